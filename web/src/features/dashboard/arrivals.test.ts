import { describe, expect, it } from 'vitest';
import { arrivalsReducer, type Arrival } from './arrivals';

const arrival = (visitId: string, arrivedAtMs: number, priority: Arrival['priority'] = 'normal'): Arrival => ({
  visitId,
  ticket: `A-${visitId}`,
  priority,
  arrivedAtMs,
});

describe('arrivalsReducer', () => {
  it('stacks new arrivals with the newest on top', () => {
    let banners = arrivalsReducer([], { type: 'arrived', arrivals: [arrival('001', 1)] });
    banners = arrivalsReducer(banners, { type: 'arrived', arrivals: [arrival('002', 2), arrival('003', 3)] });
    expect(banners.map((b) => b.visitId)).toEqual(['003', '002', '001']);
  });

  it('shows a visit once even when the listener delivers it again', () => {
    const banners = arrivalsReducer([arrival('001', 1)], { type: 'arrived', arrivals: [arrival('001', 1)] });
    expect(banners).toHaveLength(1);
  });

  it('dismisses one banner, or all of them', () => {
    const banners = [arrival('001', 1), arrival('002', 2)];
    expect(arrivalsReducer(banners, { type: 'dismiss', visitId: '001' }).map((b) => b.visitId)).toEqual(['002']);
    expect(arrivalsReducer(banners, { type: 'dismissAll' })).toEqual([]);
  });
});
