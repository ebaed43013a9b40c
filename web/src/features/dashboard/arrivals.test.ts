import { describe, expect, it } from 'vitest';
import { NO_ARRIVALS, arrivalsReducer, foldBanners, type Arrival, type ArrivalsState } from './arrivals';

const arrival = (visitId: string, arrivedAtMs: number, priority: Arrival['priority'] = 'normal'): Arrival => ({
  visitId,
  ticket: `A-${visitId}`,
  priority,
  arrivedAtMs,
});
const ids = (state: ArrivalsState) => state.banners.map((b) => b.visitId);
const arrive = (state: ArrivalsState, ...arrivals: Arrival[]) => arrivalsReducer(state, { type: 'arrived', arrivals });
const list = (state: ArrivalsState, ...visits: [string, 'waiting' | 'in_review'][]) =>
  arrivalsReducer(state, { type: 'listed', visits: visits.map(([id, status]) => ({ id, status })) });

describe('arrivalsReducer', () => {
  it('stacks new arrivals with the newest on top', () => {
    let state = arrive(NO_ARRIVALS, arrival('001', 1));
    state = arrive(state, arrival('002', 2), arrival('003', 3));
    expect(ids(state)).toEqual(['003', '002', '001']);
  });

  it('shows a visit once even when the listener delivers it again', () => {
    const state = arrive(arrive(NO_ARRIVALS, arrival('001', 1)), arrival('001', 1));
    expect(ids(state)).toEqual(['001']);
  });

  it('dismisses one banner, or all of them', () => {
    const state = arrive(NO_ARRIVALS, arrival('001', 1), arrival('002', 2));
    expect(ids(arrivalsReducer(state, { type: 'dismiss', visitId: '001' }))).toEqual(['002']);
    expect(ids(arrivalsReducer(state, { type: 'dismissAll' }))).toEqual([]);
  });

  it('clears a banner by itself once its visit is taken by any doctor', () => {
    let state = list(NO_ARRIVALS, ['001', 'waiting'], ['002', 'waiting']);
    state = arrive(state, arrival('001', 1), arrival('002', 2));
    state = list(state, ['001', 'in_review'], ['002', 'waiting']);
    expect(ids(state)).toEqual(['002']);
  });

  it('clears a banner by itself once its visit leaves the list (cancelled at the desk)', () => {
    let state = list(NO_ARRIVALS, ['001', 'waiting']);
    state = arrive(state, arrival('001', 1));
    state = list(state);
    expect(ids(state)).toEqual([]);
  });

  it('keeps a banner whose visit the list has not shown yet', () => {
    let state = arrive(NO_ARRIVALS, arrival('001', 1));
    state = list(state, ['000', 'waiting']);
    expect(ids(state)).toEqual(['001']);
    state = list(state, ['000', 'waiting'], ['001', 'waiting']);
    expect(ids(state)).toEqual(['001']);
  });

  it('announces nothing for a visit already taken when its notification arrives', () => {
    const state = arrive(list(NO_ARRIVALS, ['001', 'in_review']), arrival('001', 1));
    expect(ids(state)).toEqual([]);
  });
});

describe('foldBanners', () => {
  const five = [1, 2, 3, 4, 5].map((n) => arrival(String(n), n));

  it('shows two and folds the rest into "+N more"', () => {
    const { shown, folded } = foldBanners(five, false);
    expect(shown.map((b) => b.visitId)).toEqual(['1', '2']);
    expect(folded).toBe(3);
  });

  it('shows them all when unfolded, or when there are two or fewer', () => {
    expect(foldBanners(five, true)).toEqual({ shown: five, folded: 0 });
    expect(foldBanners(five.slice(0, 2), false)).toEqual({ shown: five.slice(0, 2), folded: 0 });
  });
});
