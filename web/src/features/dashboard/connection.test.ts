import { describe, expect, it } from 'vitest';
import { deriveConnection } from './connection';

describe('deriveConnection', () => {
  it('is live only when online and the latest snapshot came from the server', () => {
    expect(deriveConnection({ online: true, status: 'ready', fromCache: false })).toEqual({
      tone: 'live',
      label: 'Live',
    });
  });

  it('says connecting while the first snapshot is awaited or data comes from the cache', () => {
    expect(deriveConnection({ online: true, status: 'loading', fromCache: true }).label).toBe('Connecting…');
    expect(deriveConnection({ online: true, status: 'ready', fromCache: true }).tone).toBe('connecting');
  });

  it('says offline, showing saved data, as soon as the browser loses the network', () => {
    expect(deriveConnection({ online: false, status: 'ready', fromCache: false })).toEqual({
      tone: 'offline',
      label: 'Offline — showing saved data',
    });
  });

  it('reports a stopped listener above everything else', () => {
    expect(deriveConnection({ online: false, status: 'error', fromCache: true }).tone).toBe('error');
    expect(deriveConnection({ online: true, status: 'error', fromCache: false }).label).toBe('Live updates stopped');
  });
});
