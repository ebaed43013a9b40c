/**
 * Firestore triggers are at-least-once: these deliver the same event again and again through
 * firebase-functions-test's wrap(), the way a retry or a duplicate delivery would. They run in
 * a project of their own, which the functions emulator does not serve, so the wrapped calls
 * are the only deliveries and every outcome is exact.
 */
import functionsTest from 'firebase-functions-test';
import { Timestamp, type DocumentSnapshot } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newVisitDoc } from '@clinicflow/shared/documents';
import { paths } from '@clinicflow/shared/paths';
import { transitionUpdate } from '@clinicflow/shared/transitions';
import type { AssignResult } from '../../functions/src/visits/assign-ticket';
import type { RecordResult } from '../../functions/src/visits/record-status-change';
import { auditEntryId } from '../../functions/src/visits/status-change';
import { TEST_PATIENT, adminDb, createClinic } from './helpers';

const PROJECT = 'demo-clinicflow-replay';
const t = functionsTest({ projectId: PROJECT });
// After functionsTest(): the functions read the project from the environment it sets.
const { onVisitCreated, onVisitUpdated } = await import('../../functions/src/index');
const wrappedCreate = t.wrap(onVisitCreated);
const wrappedUpdate = t.wrap(onVisitUpdated);

const db = adminDb(PROJECT);
const clinicId = 'replay';
const visitPath = (visitId: string) => `${paths.visits(clinicId)}/${visitId}`;
const createdAt = Timestamp.fromDate(new Date('2026-06-01T08:00:00Z'));
const DAY = '2026-06-01';

async function newVisit(visitId: string): Promise<void> {
  await db
    .doc(visitPath(visitId))
    .set(newVisitDoc(TEST_PATIENT, { reason: 'Sprained ankle', priority: 'urgent' }, 'desk', createdAt));
}

const createEvent = async (eventId: string, visitId: string): Promise<object> => ({
  id: eventId,
  data: await db.doc(visitPath(visitId)).get(),
  params: { clinicId, visitId },
});

/** One delivery of a create event; the trigger hands back what assignTicket did. */
const deliverCreate = async (event: object) => (await wrappedCreate(event)) as AssignResult;

/** One delivery of an update event. A fresh object each time: wrap() deletes the `data` it is given. */
async function deliverUpdate(eventId: string, visitId: string, before: DocumentSnapshot, after: DocumentSnapshot) {
  const event: object = { id: eventId, data: { before, after }, params: { clinicId, visitId } };
  return (await wrappedUpdate(event)) as RecordResult;
}

const kinds = (results: { kind: string }[]) => results.map((r) => r.kind);

beforeAll(async () => {
  await createClinic(clinicId, 'Europe/Madrid', db);
});
afterAll(() => t.cleanup());

describe('a replayed visit-created event', () => {
  it('yields one ticket, one notification and one arrival however often it is delivered', async () => {
    await newVisit('v1');
    const event = await createEvent('create-v1', 'v1');

    const first = await deliverCreate(event);
    const sequential = [await deliverCreate(event), await deliverCreate(event)];
    const concurrent = await Promise.all([deliverCreate(event), deliverCreate(event), deliverCreate(event)]);

    expect(first).toEqual({ kind: 'assigned', ticket: 'A-001', dayKey: DAY, notified: true });
    expect(kinds([...sequential, ...concurrent])).toEqual(Array(5).fill('already-assigned'));
    expect((await db.doc(visitPath('v1')).get()).data()).toMatchObject({
      ticket: 'A-001',
      ticketNumber: 1,
      dayKey: DAY,
    });
    const notifications = await db.collection(paths.notifications(clinicId)).get();
    expect(notifications.docs.map((d) => d.id)).toEqual(['v1']);
    expect((await db.doc(`${paths.days(clinicId)}/${DAY}`).get()).data()).toMatchObject({ lastTicket: 1, waiting: 1 });
  });

  it('does nothing new for a second, different event about a visit that already has its ticket', async () => {
    const result = await deliverCreate(await createEvent('create-v1-again', 'v1'));
    expect(result).toEqual({ kind: 'already-assigned' });
    expect((await db.doc(`${paths.days(clinicId)}/${DAY}`).get()).get('lastTicket')).toBe(1);
  });
});

describe('a replayed visit-updated event', () => {
  it('yields one audit entry and moves the day’s figures once', async () => {
    await newVisit('v2');
    await deliverCreate(await createEvent('create-v2', 'v2'));
    const before = await db.doc(visitPath('v2')).get();
    const claimedAt = Timestamp.fromMillis(createdAt.toMillis() + 12 * 60_000);
    await db.doc(visitPath('v2')).update(transitionUpdate('claim', 'dr-1', claimedAt));
    const after = await db.doc(visitPath('v2')).get();
    const deliver = () => deliverUpdate('claim-v2', 'v2', before, after);

    const first = await deliver();
    const replays = [await deliver(), ...(await Promise.all([deliver(), deliver()]))];

    expect(first).toEqual({ kind: 'recorded', auditId: auditEntryId('claim-v2'), dayKey: DAY });
    expect(kinds(replays)).toEqual(['replayed', 'replayed', 'replayed']);
    const audit = await db.collection(paths.audit(clinicId)).where('visitId', '==', 'v2').get();
    expect(audit.docs.map((d) => [d.id, d.data()])).toEqual([
      [auditEntryId('claim-v2'), { visitId: 'v2', from: 'waiting', to: 'in_review', by: 'dr-1', at: claimedAt }],
    ]);
    // v1 is still waiting; v2 moved to review after a 12-minute wait.
    expect((await db.doc(`${paths.days(clinicId)}/${DAY}`).get()).data()).toMatchObject({
      lastTicket: 2,
      waiting: 1,
      inReview: 1,
      claimedCount: 1,
      totalWaitMs: 12 * 60_000,
    });
  });

  it('ignores an update that keeps the status, such as the ticket being written', async () => {
    await newVisit('v3');
    const before = await db.doc(visitPath('v3')).get();
    await deliverCreate(await createEvent('create-v3', 'v3'));
    const after = await db.doc(visitPath('v3')).get();
    const auditBefore = (await db.collection(paths.audit(clinicId)).get()).size;

    const result = await deliverUpdate('ticket-v3', 'v3', before, after);

    expect(result).toEqual({ kind: 'unchanged' });
    expect((await db.collection(paths.audit(clinicId)).get()).size).toBe(auditBefore);
  });
});
