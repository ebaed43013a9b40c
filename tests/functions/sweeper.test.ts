/**
 * The ticket sweeper catches visits whose onVisitCreated never ran. These run in a project of
 * their own, which the functions emulator does not serve: no trigger fires here, so every visit
 * written is one whose trigger was missed until the test delivers it by hand (late), through
 * firebase-functions-test's wrap() as a real retry would arrive.
 */
import functionsTest from 'firebase-functions-test';
import { Timestamp, type DocumentSnapshot } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newVisitDoc } from '@clinicflow/shared/documents';
import type { VisitDoc, VisitStatus } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { clinicDayOf } from '@clinicflow/shared/clinic-time';
import { TICKET_GRACE_MS } from '../../functions/src/config';
import type { AssignResult } from '../../functions/src/visits/assign-ticket';
import { sweepUnticketedVisits } from '../../functions/src/visits/sweep-unticketed';
import { clearEmulators } from '../../scripts/lib/seed';
import { TEST_PATIENT, adminDb, createClinic } from './helpers';

const PROJECT = 'demo-clinicflow-sweep';
const t = functionsTest({ projectId: PROJECT });
// After functionsTest(): the functions read the project from the environment it sets.
const { onVisitCreated, ticketSweeper } = await import('../../functions/src/index');
const wrappedCreate = t.wrap(onVisitCreated);

const db = adminDb(PROJECT);
const clinicId = 'sweep';
const TIMEZONE = 'Europe/Madrid';
const visitPath = (visitId: string) => `${paths.visits(clinicId)}/${visitId}`;
/** Just past the grace period the trigger is given (a near-midnight run still keeps every visit on one day). */
const pastGrace = () => Timestamp.fromMillis(Date.now() - TICKET_GRACE_MS - 5_000);

/** A visit exactly as the desk writes it (ticket null), `createdAt` in the past; returns it as created. */
async function deskVisit(visitId: string, createdAt: Timestamp, status: VisitStatus = 'waiting') {
  const visit: VisitDoc<Timestamp> = {
    ...newVisitDoc(TEST_PATIENT, { reason: 'Fever', priority: 'urgent' }, 'desk', createdAt),
    status,
  };
  await db.doc(visitPath(visitId)).set(visit);
  return db.doc(visitPath(visitId)).get();
}

/** The create event that should have run, delivered now. */
const lateTrigger = async (visitId: string, created: DocumentSnapshot) =>
  (await wrappedCreate({ id: `late-${visitId}`, data: created, params: { clinicId, visitId } })) as AssignResult;

const ticketOf = async (visitId: string) => (await db.doc(visitPath(visitId)).get()).get('ticket') as unknown;
const notificationIds = async () => (await db.collection(paths.notifications(clinicId)).get()).docs.map((d) => d.id);
const today = () => clinicDayOf(new Date(), { timezone: TIMEZONE });
const dayFigures = async () => (await db.doc(`${paths.days(clinicId)}/${today()}`).get()).data();

beforeAll(async () => {
  await clearEmulators(PROJECT);
  await createClinic(clinicId, TIMEZONE, db);
});
afterAll(() => t.cleanup());

describe('a visit whose trigger was missed', () => {
  it('gets one ticket and one notification from the scheduled sweeper, and a late trigger changes nothing', async () => {
    const missed = await deskVisit('missed', pastGrace());
    const fresh = await deskVisit('fresh', Timestamp.now());

    // The scheduled function's own handler, as Cloud Scheduler would run it.
    await ticketSweeper.run({ scheduleTime: new Date().toISOString(), jobName: 'test' });

    expect(await ticketOf('missed')).toBe('A-001');
    expect(await notificationIds()).toEqual(['missed']);
    const notification = (await db.doc(`${paths.notifications(clinicId)}/missed`).get()).data();
    expect(Object.keys(notification ?? {}).sort()).toEqual(['createdAt', 'expiresAt', 'priority', 'ticket', 'visitId']);
    expect(notification).toMatchObject({ visitId: 'missed', ticket: 'A-001', priority: 'urgent' });
    // Opened a moment ago: its trigger still has the grace period to land.
    expect(await ticketOf('fresh')).toBeNull();
    expect(await dayFigures()).toMatchObject({ lastTicket: 1, waiting: 1 });

    // Another sweep, then the trigger turning up late: neither gives a second ticket or alert.
    expect(await sweepUnticketedVisits(db)).toEqual({ found: 0, assigned: 0 });
    expect(await lateTrigger('missed', missed)).toEqual({ kind: 'already-assigned' });
    expect(await ticketOf('missed')).toBe('A-001');
    expect(await notificationIds()).toEqual(['missed']);
    expect(await dayFigures()).toMatchObject({ lastTicket: 1, waiting: 1 });

    // The fresh visit's own trigger arrives in time: the sweeper never sees it.
    expect(await lateTrigger('fresh', fresh)).toMatchObject({ kind: 'assigned', ticket: 'A-002' });
    expect(await sweepUnticketedVisits(db, new Date(Date.now() + TICKET_GRACE_MS))).toEqual({ found: 0, assigned: 0 });
  });

  it('gets exactly one ticket when its late trigger and the sweeper run at the same moment', async () => {
    const created = await deskVisit('race', pastGrace());

    const outcomes = await Promise.allSettled([lateTrigger('race', created), sweepUnticketedVisits(db)]);
    const [trigger, sweep] = outcomes;
    const assigned =
      (trigger.status === 'fulfilled' && trigger.value.kind === 'assigned' ? 1 : 0) +
      (sweep.status === 'fulfilled' ? sweep.value.assigned : 0);
    expect(assigned).toBeLessThanOrEqual(1);
    // The emulator may end the losing transaction with an error instead of a retry; then the
    // trigger is redelivered (retry: true) and the sweeper runs again a minute later.
    if (outcomes.some((o) => o.status === 'rejected')) {
      await lateTrigger('race', created);
      await sweepUnticketedVisits(db);
    }

    expect(await ticketOf('race')).toBe('A-003');
    expect((await notificationIds()).filter((id) => id === 'race')).toEqual(['race']);
    expect(await dayFigures()).toMatchObject({ lastTicket: 3, waiting: 3 });
  });

  it('is ticketed but not announced when it was cancelled before the sweep, its arrival counted as waiting', async () => {
    await deskVisit('cancelled-early', pastGrace(), 'cancelled');

    expect(await sweepUnticketedVisits(db)).toEqual({ found: 1, assigned: 1 });

    expect(await ticketOf('cancelled-early')).toBe('A-004');
    expect(await notificationIds()).not.toContain('cancelled-early');
    // The update trigger moves it from waiting to cancelled; the arrival itself is counted as opened.
    expect(await dayFigures()).toMatchObject({ lastTicket: 4, waiting: 4, cancelled: 0 });
  });
});
