import { OPEN_STATUSES, type Priority, type VisitDoc, type VisitStatus } from '@clinicflow/shared/model';
import { compareQueue } from '@clinicflow/shared/queue';
import { detailsMissing } from '@clinicflow/shared/documents';
import type { Live } from '@/lib/live-query';
import type { OpenVisitRequest } from '@/features/visits/api/visits';
import type { MessageKey } from '@/lib/i18n';

/** A visit saved at this desk, followed until the queue shows it from the server. */
export interface OutboxEntry {
  visitId: string;
  request: OpenVisitRequest;
  savedAtMs: number;
  state: 'sending' | 'sent' | 'failed';
  error?: MessageKey;
}

export interface QueueRow {
  id: string;
  /** Null for a patient registered in a visit not yet saved (no record to correct). */
  patientId: string | null;
  ticket: string | null | undefined;
  patientName: string;
  /** The patient's record lacks phone or date of birth (an emergency walk-in's). */
  detailsMissing: boolean;
  reason: string;
  priority: Priority;
  status: VisitStatus;
  createdAtMs: number | null;
  claimedAtMs: number | null;
  /** The doctor holding the visit (or who held it last: the wait estimate's pace), and the room it was called to. */
  claimedBy: string | null;
  room: string | null;
  completedAtMs: number | null;
  /** pending: on this computer only so far; failed: the server refused it. */
  sync: 'synced' | 'pending' | 'failed';
  error?: MessageKey | undefined;
  /** Only for rows that never reached the server: what was sent, to edit again. */
  request?: OpenVisitRequest;
}

export const OPEN: readonly VisitStatus[] = OPEN_STATUSES;

function fromVisit(v: Live<VisitDoc>): QueueRow {
  return {
    id: v.id,
    patientId: v.patientId,
    ticket: v.ticket,
    patientName: v.patientName,
    detailsMissing: v.patientDetailsMissing === true,
    reason: v.reason,
    priority: v.priority,
    status: v.status,
    createdAtMs: v.createdAt.toMillis(),
    claimedAtMs: v.claimedAt?.toMillis() ?? null,
    claimedBy: v.claimedBy ?? null,
    completedAtMs: v.completedAt?.toMillis() ?? null,
    room: v.room ?? null,
    sync: v.hasPendingWrites ? 'pending' : 'synced',
  };
}

function fromOutbox(e: OutboxEntry): QueueRow {
  const { patient, visit } = e.request;
  return {
    id: e.visitId,
    patientId: patient.kind === 'existing' ? patient.id : null,
    ticket: undefined,
    patientName: patient.kind === 'new' ? patient.input.fullName : patient.fullName,
    detailsMissing: patient.kind === 'new' ? detailsMissing(patient.input) : patient.detailsMissing,
    reason: visit.reason,
    priority: visit.priority,
    status: 'waiting',
    createdAtMs: e.savedAtMs,
    claimedAtMs: null,
    claimedBy: null,
    completedAtMs: null,
    room: null,
    sync: e.state === 'failed' ? 'failed' : 'pending',
    error: e.error,
    request: e.request,
  };
}

const byQueueOrder = (a: QueueRow, b: QueueRow) =>
  compareQueue(
    { priority: a.priority, createdAt: a.createdAtMs === null ? null : { toMillis: () => a.createdAtMs ?? 0 } },
    { priority: b.priority, createdAt: b.createdAtMs === null ? null : { toMillis: () => b.createdAtMs ?? 0 } },
  );

/**
 * Today's queue as the desk sees it: open visits in the doctors' order (with those saved here
 * but not yet on the server), then the finished ones, latest first. A visit saved offline is
 * not in the query's results until the server has it (its server timestamp is still pending),
 * so the outbox fills that gap. One the server took before the clinic day began at `dayStartMs`
 * belongs to an earlier day: the query no longer lists it, and neither does the desk.
 */
export function buildQueueRows(
  visits: readonly Live<VisitDoc>[],
  outbox: readonly OutboxEntry[],
  dayStartMs: number | null = null,
): { open: QueueRow[]; finished: QueueRow[] } {
  const known = new Set(visits.map((v) => v.id));
  const earlierDay = (e: OutboxEntry) => e.state === 'sent' && dayStartMs !== null && e.savedAtMs < dayStartMs;
  const waiting = outbox.filter((e) => !known.has(e.visitId) && !earlierDay(e));
  const rows = [...visits.map(fromVisit), ...waiting.map(fromOutbox)];
  return {
    open: rows.filter((r) => OPEN.includes(r.status)).sort(byQueueOrder),
    finished: rows.filter((r) => !OPEN.includes(r.status)).sort((a, b) => (b.createdAtMs ?? 0) - (a.createdAtMs ?? 0)),
  };
}

/** Each patient's open visit today (the first in queue order), for "already in today's queue". */
export function openVisitsByPatient(open: readonly QueueRow[]): Map<string, QueueRow> {
  const byPatient = new Map<string, QueueRow>();
  for (const row of open) {
    if (row.patientId && !byPatient.has(row.patientId)) byPatient.set(row.patientId, row);
  }
  return byPatient;
}
