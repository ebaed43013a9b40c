import { describe, expect, it } from 'vitest';
import { deriveConnection, heardSinceReturn, lastSynced, serverActionBlock, type ConnectionInput } from './connection';

const LIVE: ConnectionInput = { online: true, reachable: true, status: 'ready', fromCache: false };

describe('deriveConnection', () => {
  it('is live only when online, the server answers and the latest snapshot came from it', () => {
    expect(deriveConnection(LIVE)).toEqual({ tone: 'live', label: 'connection.live' });
    // Before the first probe has answered, the listeners' word is taken.
    expect(deriveConnection({ ...LIVE, reachable: null }).tone).toBe('live');
  });

  it('says connecting while the first snapshot is awaited or data comes from the cache', () => {
    expect(deriveConnection({ ...LIVE, status: 'loading', fromCache: true }).label).toBe('connection.connecting');
    expect(deriveConnection({ ...LIVE, fromCache: true }).tone).toBe('connecting');
  });

  it('is not live when the server stops answering, however sure the SDK still is', () => {
    expect(deriveConnection({ ...LIVE, reachable: false })).toEqual({
      tone: 'unreachable',
      label: 'connection.unreachable',
    });
  });

  it('says offline, showing saved data, as soon as the browser loses the network', () => {
    expect(deriveConnection({ ...LIVE, online: false, reachable: false })).toEqual({
      tone: 'offline',
      label: 'connection.offline',
    });
  });

  it('reports a stopped listener above everything else', () => {
    expect(deriveConnection({ ...LIVE, online: false, status: 'error', fromCache: true }).tone).toBe('error');
    expect(deriveConnection({ ...LIVE, status: 'error' }).label).toBe('connection.error');
  });
});

describe('serverActionBlock', () => {
  it('blocks server actions offline and while the server is silent, with the reason', () => {
    expect(serverActionBlock(deriveConnection({ ...LIVE, online: false }))).toBe('blocked.offline');
    expect(serverActionBlock(deriveConnection({ ...LIVE, reachable: false }))).toBe('blocked.unreachable');
  });

  it('lets them run while live or reconnecting (they are bounded by a deadline)', () => {
    expect(serverActionBlock(deriveConnection(LIVE))).toBeNull();
    expect(serverActionBlock(deriveConnection({ ...LIVE, fromCache: true }))).toBeNull();
  });
});

describe('lastSynced', () => {
  it('is the later of the last server snapshot and the last answer heard while live', () => {
    expect(lastSynced(1_000, 5_000)?.getTime()).toBe(5_000);
    expect(lastSynced(7_000, 5_000)?.getTime()).toBe(7_000);
    expect(lastSynced(null, 5_000)?.getTime()).toBe(5_000);
  });

  it('is unknown until the server has been heard', () => {
    expect(lastSynced(null, null)).toBeNull();
  });
});

describe('heardSinceReturn', () => {
  it('holds while the server never went away', () => {
    expect(heardSinceReturn(1_000, null)).toBe(true);
    expect(heardSinceReturn(null, null)).toBe(true);
  });

  it('waits, after the server comes back, for a snapshot from after its return', () => {
    expect(heardSinceReturn(4_000, 5_000)).toBe(false);
    expect(heardSinceReturn(null, 5_000)).toBe(false);
    expect(heardSinceReturn(5_200, 5_000)).toBe(true);
  });
});
