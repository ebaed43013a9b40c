import { describe, expect, it } from 'vitest';
import type { VisitDoc } from '@clinicflow/shared/model';
import type { Live } from '@/lib/live-query';
import { buildQueueRows, openVisitsByPatient, type OutboxEntry, type QueueRow } from './queue-rows';

const ts = (ms: number) => ({ toMillis: () => ms });
function visit(id: string, over: Partial<Live<VisitDoc>> = {}): Live<VisitDoc> {
  return {
    id,
    patientId: `p-${id}`,
    patientName: `Patient ${id}`,
    reason: 'Reason',
    priority: 'normal',
    status: 'waiting',
    createdAt: ts(1000),
    createdBy: 'desk',
    hasPendingWrites: false,
    ...over,
  };
}
const outboxEntry = (visitId: string, state: OutboxEntry['state'], savedAtMs = 5000): OutboxEntry => ({
  visitId,
  savedAtMs,
  state,
  request: {
    patient: { kind: 'new', input: { fullName: `New ${visitId}`, phone: '600111222', dateOfBirth: '1990-01-01' } },
    visit: { reason: 'Offline visit', priority: 'urgent' },
  },
});

describe('buildQueueRows', () => {
  it('orders open visits like the doctors do and lists finished ones latest first', () => {
    const { open, finished } = buildQueueRows(
      [
        visit('n1', { createdAt: ts(1) }),
        visit('e1', { priority: 'emergency', createdAt: ts(5) }),
        visit('d1', { status: 'done', createdAt: ts(2) }),
        visit('c1', { status: 'cancelled', createdAt: ts(3) }),
        visit('r1', { status: 'in_review', priority: 'urgent', createdAt: ts(4) }),
      ],
      [],
    );
    expect(open.map((r) => r.id)).toEqual(['e1', 'r1', 'n1']);
    expect(finished.map((r) => r.id)).toEqual(['c1', 'd1']);
  });

  it('shows a visit saved on this computer as pending until the server has it', () => {
    const { open } = buildQueueRows([], [outboxEntry('x1', 'sending')]);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ id: 'x1', patientName: 'New x1', priority: 'urgent', sync: 'pending' });
  });

  it('shows each visit once when the queue already has the saved one', () => {
    const { open } = buildQueueRows([visit('x1', { ticket: 'A-003' })], [outboxEntry('x1', 'sent')]);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ ticket: 'A-003', sync: 'synced' });
  });

  it('drops a visit the server took before the clinic day began, and keeps one not yet sent', () => {
    const outbox = [outboxEntry('sent-yesterday', 'sent', 1000), outboxEntry('unsent-yesterday', 'sending', 1000)];
    const { open } = buildQueueRows([], outbox, 2000);
    expect(open.map((r) => r.id)).toEqual(['unsent-yesterday']);
  });

  it('marks a refused visit as failed and keeps what was sent', () => {
    const entry = { ...outboxEntry('x2', 'failed'), error: 'firestoreError.permissionDenied' as const };
    const { open } = buildQueueRows([], [entry]);
    expect(open[0]).toMatchObject({ sync: 'failed', error: 'firestoreError.permissionDenied', request: entry.request });
  });

  it('flags a queue row whose own change is still pending', () => {
    const { open } = buildQueueRows([visit('v1', { hasPendingWrites: true })], []);
    expect(open[0]?.sync).toBe('pending');
  });
});

describe('openVisitsByPatient', () => {
  it('maps each patient with an open visit to their first one, and skips rows with no patient on file', () => {
    const rows = [
      { id: 'v1', patientId: 'p1' },
      { id: 'v2', patientId: null },
      { id: 'v3', patientId: 'p1' },
      { id: 'v4', patientId: 'p2' },
    ] as QueueRow[];
    const byPatient = openVisitsByPatient(rows);
    expect([...byPatient].map(([patient, row]) => [patient, row.id])).toEqual([
      ['p1', 'v1'],
      ['p2', 'v4'],
    ]);
  });
});
