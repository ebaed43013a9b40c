import { describe, expect, it } from 'vitest';
import type { Priority, VisitStatus } from '@clinicflow/shared/model';
import { groupOpenVisits } from './open-visits';

const visit = (
  id: string,
  priority: Priority,
  minute: number,
  status: VisitStatus = 'waiting',
  claimedBy?: string,
) => ({
  id,
  priority,
  status,
  claimedBy: claimedBy ?? null,
  createdAt: { toMillis: () => minute * 60_000 },
});
const ids = (visits: { id: string }[]) => visits.map((v) => v.id);

describe('groupOpenVisits', () => {
  const visits = [
    visit('normal-early', 'normal', 1),
    visit('mine', 'normal', 2, 'in_review', 'dr-lee'),
    visit('urgent-late', 'urgent', 9),
    visit('theirs', 'urgent', 3, 'in_review', 'dr-okafor'),
    visit('emergency', 'emergency', 8),
    visit('urgent-early', 'urgent', 4),
    visit('mine-emergency', 'emergency', 5, 'in_review', 'dr-lee'),
    visit('mine-called', 'urgent', 6, 'called', 'dr-lee'),
    visit('theirs-called', 'normal', 0, 'called', 'dr-okafor'),
  ];

  it('puts my called and reviewed patients first, then the waiting list, then the other doctors’', () => {
    const groups = groupOpenVisits(visits, 'dr-lee', null);
    expect(ids(groups.mine)).toEqual(['mine-emergency', 'mine-called', 'mine']);
    expect(ids(groups.others)).toEqual(['theirs', 'theirs-called']);
  });

  it('orders the waiting list by priority, then by arrival', () => {
    expect(ids(groupOpenVisits(visits, 'dr-lee', null).waiting)).toEqual([
      'emergency',
      'urgent-early',
      'urgent-late',
      'normal-early',
    ]);
  });

  it('names the longest wait by arrival, whatever its priority', () => {
    expect(groupOpenVisits(visits, 'dr-lee', null).longest?.id).toBe('normal-early');
  });

  it('has no longest wait when nobody waits, and another doctor sees the reviews the other way round', () => {
    const reviews = visits.filter((v) => v.status !== 'waiting');
    const groups = groupOpenVisits(reviews, 'dr-okafor', null);
    expect(groups.longest).toBeNull();
    expect(ids(groups.mine)).toEqual(['theirs', 'theirs-called']);
    expect(ids(groups.others)).toEqual(['mine-emergency', 'mine-called', 'mine']);
  });

  it('lists only the visits of the clinic day that began at the given moment, as the desk does', () => {
    const groups = groupOpenVisits(visits, 'dr-lee', 4 * 60_000);
    expect(ids(groups.waiting)).toEqual(['emergency', 'urgent-early', 'urgent-late']);
    expect(ids(groups.mine)).toEqual(['mine-emergency', 'mine-called']);
    expect(ids(groups.others)).toEqual([]);
    expect(groups.longest?.id).toBe('urgent-early');
  });
});
