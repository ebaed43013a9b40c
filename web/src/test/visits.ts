import type { VisitDoc } from '@clinicflow/shared/model';
import type { Live } from '@/lib/live-query';

/** The time the visit fixtures are seen at: 11:00 local on 15 January 2026. */
export const NOW = new Date(2026, 0, 15, 11, 0).getTime();

export const ts = (ms: number) => ({ toMillis: () => ms });

/** A visit as the dashboard's listener hands it over: Pablo Moreno, emergency, waiting for 11 minutes. */
export const liveVisit = (over: Partial<Live<VisitDoc>> = {}): Live<VisitDoc> => ({
  id: 'v1',
  patientId: 'p1',
  patientName: 'Pablo Moreno',
  reason: 'Chest tightness',
  priority: 'emergency',
  status: 'waiting',
  createdAt: ts(NOW - 11 * 60_000),
  createdBy: 'desk',
  ticket: 'A-008',
  hasPendingWrites: false,
  ...over,
});
