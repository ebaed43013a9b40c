import type { QueueRow } from './queue-rows';

/** A synced waiting row at 11:00 on 15 Jan 2026 less 12 minutes, for tests to vary. */
export const FIXTURE_NOW = new Date(2026, 0, 15, 11, 0).getTime();

export const queueRowFixture = (over: Partial<QueueRow>): QueueRow => ({
  id: 'v1',
  patientId: 'p1',
  ticket: 'A-001',
  patientName: 'Maria Garcia',
  detailsMissing: false,
  reason: 'Cough',
  priority: 'normal',
  status: 'waiting',
  createdAtMs: FIXTURE_NOW - 12 * 60_000,
  claimedAtMs: null,
  claimedBy: null,
  room: null,
  completedAtMs: null,
  sync: 'synced',
  ...over,
});
