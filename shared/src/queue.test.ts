import { describe, expect, it } from 'vitest';
import type { Priority } from './model';
import { WAIT_THRESHOLDS_MIN, nextToCall, sortQueue, waitLevel } from './queue';

const at = (ms: number) => ({ toMillis: () => ms });
const min = 60_000;

describe('waitLevel', () => {
  it('stays calm below the amber threshold of each priority', () => {
    expect(waitLevel('emergency', 4 * min + 59_000)).toBe('ok');
    expect(waitLevel('urgent', 14 * min)).toBe('ok');
    expect(waitLevel('normal', 29 * min)).toBe('ok');
  });

  it('turns amber at the amber threshold and red at the red one', () => {
    for (const priority of Object.keys(WAIT_THRESHOLDS_MIN) as Priority[]) {
      const { amber, red } = WAIT_THRESHOLDS_MIN[priority];
      expect(waitLevel(priority, amber * min)).toBe('amber');
      expect(waitLevel(priority, red * min - 1)).toBe('amber');
      expect(waitLevel(priority, red * min)).toBe('red');
    }
  });

  it('is stricter for an emergency than for a normal visit after the same wait', () => {
    expect(waitLevel('emergency', 12 * min)).toBe('red');
    expect(waitLevel('urgent', 12 * min)).toBe('ok');
    expect(waitLevel('normal', 12 * min)).toBe('ok');
  });
});

describe('sortQueue', () => {
  it('puts emergencies first, then urgent, then normal, each by arrival', () => {
    const visits = [
      { id: 'n1', priority: 'normal' as const, createdAt: at(1) },
      { id: 'u2', priority: 'urgent' as const, createdAt: at(5) },
      { id: 'e1', priority: 'emergency' as const, createdAt: at(9) },
      { id: 'u1', priority: 'urgent' as const, createdAt: at(2) },
      { id: 'n2', priority: 'normal' as const, createdAt: at(3) },
    ];
    expect(sortQueue(visits).map((v) => v.id)).toEqual(['e1', 'u1', 'u2', 'n1', 'n2']);
  });

  it('puts a visit whose arrival time is still pending last within its priority', () => {
    const visits = [
      { id: 'pending', priority: 'urgent' as const, createdAt: null },
      { id: 'known', priority: 'urgent' as const, createdAt: at(100) },
    ];
    expect(sortQueue(visits).map((v) => v.id)).toEqual(['known', 'pending']);
  });

  it('leaves the input array as it was', () => {
    const visits = [
      { priority: 'normal' as const, createdAt: at(1) },
      { priority: 'emergency' as const, createdAt: at(2) },
    ];
    sortQueue(visits);
    expect(visits[0]?.priority).toBe('normal');
  });
});

describe('nextToCall', () => {
  const visit = (id: string, priority: Priority, ms: number, status = 'waiting') => ({
    id,
    priority,
    status,
    createdAt: at(ms),
  });

  it('calls by priority first, then by arrival, and only waiting visits', () => {
    const visits = [
      visit('early-normal', 'normal', 1),
      visit('late-urgent', 'urgent', 9),
      visit('early-urgent', 'urgent', 5),
      visit('called-emergency', 'emergency', 0, 'called'),
      visit('review-emergency', 'emergency', 0, 'in_review'),
    ];
    expect(nextToCall(visits)?.id).toBe('early-urgent');
  });

  it('skips the visits another doctor took first, and gives null when nobody is left', () => {
    const visits = [visit('a', 'normal', 1), visit('b', 'normal', 2)];
    expect(nextToCall(visits, new Set(['a']))?.id).toBe('b');
    expect(nextToCall(visits, new Set(['a', 'b']))).toBeNull();
    expect(nextToCall([])).toBeNull();
  });
});
