/**
 * The day close, run with a fixed clock: the scheduled function's own handler (the schedule time
 * is its clock) and closeEndedDays, for two clinics in different zones across daylight-saving
 * nights. A project of its own, which the functions emulator does not serve: no trigger fires, so
 * the audit path is delivered by hand (and redelivered, as a retry would).
 */
import functionsTest from 'firebase-functions-test';
import { Timestamp, type DocumentSnapshot } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newVisitDoc, ticketUpdate } from '@clinicflow/shared/documents';
import type { VisitDoc, VisitStatus } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { DAY_CLOSE_BY, transitionUpdate } from '@clinicflow/shared/transitions';
import { closeEndedDays } from '../../functions/src/days/close-days';
import type { RecordResult } from '../../functions/src/visits/record-status-change';
import { clearEmulators } from '../../scripts/lib/seed';
import { TEST_PATIENT, adminDb, createClinic } from './helpers';

const PROJECT = 'demo-clinicflow-day-close';
const t = functionsTest({ projectId: PROJECT });
// After functionsTest(): the functions read the project from the environment it sets.
const { dayClose, onVisitUpdated } = await import('../../functions/src/index');
const wrappedUpdate = t.wrap(onVisitUpdated);

const db = adminDb(PROJECT);
const MADRID = 'madrid';
const NEW_YORK = 'new-york';

const visitRef = (clinicId: string, visitId: string) => db.doc(`${paths.visits(clinicId)}/${visitId}`);

/** A visit that arrived at `at` with a ticket of clinic day `day`, moved to `status` the way the screens move it. */
async function visitAt(clinicId: string, visitId: string, at: string, day: string, status: VisitStatus = 'waiting') {
  const createdAt = Timestamp.fromDate(new Date(at));
  const later = Timestamp.fromMillis(createdAt.toMillis() + 10 * 60_000);
  let visit: VisitDoc<Timestamp> = {
    ...newVisitDoc(TEST_PATIENT, { reason: 'Cough', priority: 'normal' }, 'desk', createdAt),
    ...ticketUpdate(1, day),
  };
  if (status !== 'waiting') visit = { ...visit, ...transitionUpdate('claim', 'dr-1', later) };
  if (status === 'done') visit = { ...visit, ...transitionUpdate('complete', 'dr-1', later) };
  await visitRef(clinicId, visitId).set(visit);
}

const statusOf = async (clinicId: string, visitId: string) =>
  (await visitRef(clinicId, visitId).get()).get('status') as unknown;

/** The scheduled function's handler as Cloud Scheduler runs it, its schedule time the clock. */
const runSchedule = (at: string) => dayClose.run({ scheduleTime: at, jobName: 'day-close-test' });

beforeAll(async () => {
  await clearEmulators(PROJECT);
  await createClinic(MADRID, 'Europe/Madrid', db);
  await createClinic(NEW_YORK, 'America/New_York', db);
});
afterAll(() => t.cleanup());

describe('the day close, the night Madrid’s clocks go forward (2026-03-29, 02:00 → 03:00)', () => {
  beforeAll(async () => {
    // Madrid: UTC+1 until 01:00Z, UTC+2 after; its day ends at 04:00 CEST = 02:00Z.
    await visitAt(MADRID, 'evening-waiting', '2026-03-28T22:30:00Z', '2026-03-28');
    await visitAt(MADRID, 'evening-review', '2026-03-28T20:00:00Z', '2026-03-28', 'in_review');
    await visitAt(MADRID, 'evening-done', '2026-03-28T19:00:00Z', '2026-03-28', 'done');
    // 03:30 CEST, after the jump and before the day end: still the 28th.
    await visitAt(MADRID, 'small-hours', '2026-03-29T01:30:00Z', '2026-03-28');
    // 04:00 CEST: the new day's first patient.
    await visitAt(MADRID, 'new-day', '2026-03-29T02:00:00Z', '2026-03-29');
    // New York (EDT, UTC−4 since 8 March): 20:30 on the 28th; its day ends at 08:00Z.
    await visitAt(NEW_YORK, 'ny-evening', '2026-03-29T00:30:00Z', '2026-03-28');
  });

  it('closes nothing a second before Madrid’s day ends', async () => {
    await runSchedule('2026-03-29T01:59:59Z');
    expect(await statusOf(MADRID, 'evening-waiting')).toBe('waiting');
    expect(await statusOf(MADRID, 'small-hours')).toBe('waiting');
    expect(await statusOf(MADRID, 'evening-review')).toBe('in_review');
  });

  it('at Madrid’s day end closes Madrid’s day alone: waiting → not seen, in review → done, stamped', async () => {
    await runSchedule('2026-03-29T02:00:00Z');

    expect(await statusOf(MADRID, 'evening-waiting')).toBe('no_show');
    expect(await statusOf(MADRID, 'small-hours')).toBe('no_show');
    expect(await statusOf(MADRID, 'evening-review')).toBe('done');
    expect(await statusOf(MADRID, 'evening-done')).toBe('done');
    expect(await statusOf(MADRID, 'new-day')).toBe('waiting');
    expect(await statusOf(NEW_YORK, 'ny-evening')).toBe('waiting');

    const review = (await visitRef(MADRID, 'evening-review').get()).data();
    expect(review).toMatchObject({ closedAtDayEnd: true, statusChangedBy: DAY_CLOSE_BY, claimedBy: 'dr-1' });
    expect(review?.statusChangedAt).toBeInstanceOf(Timestamp);
    expect(review).not.toHaveProperty('completedAt');
    // The visit a doctor completed is left as it was.
    expect((await visitRef(MADRID, 'evening-done').get()).data()).not.toHaveProperty('closedAtDayEnd');
  });

  it('is safe to run again, and twice at once: nothing more is closed', async () => {
    const stampBefore = (await visitRef(MADRID, 'evening-waiting').get()).get('statusChangedAt') as Timestamp;
    const again = await Promise.all([
      closeEndedDays(db, new Date('2026-03-29T02:15:00Z')),
      closeEndedDays(db, new Date('2026-03-29T02:15:00Z')),
    ]);
    expect(again).toEqual([
      { clinics: 2, closed: 0 },
      { clinics: 2, closed: 0 },
    ]);
    const stampAfter = (await visitRef(MADRID, 'evening-waiting').get()).get('statusChangedAt') as Timestamp;
    expect(stampAfter.isEqual(stampBefore)).toBe(true);
  });

  it('closes New York’s day at its own day end, and leaves Madrid’s new day open', async () => {
    expect(await closeEndedDays(db, new Date('2026-03-29T07:59:59Z'))).toEqual({ clinics: 2, closed: 0 });
    expect(await closeEndedDays(db, new Date('2026-03-29T08:00:00Z'))).toEqual({ clinics: 2, closed: 1 });
    expect(await statusOf(NEW_YORK, 'ny-evening')).toBe('no_show');
    expect(await statusOf(MADRID, 'new-day')).toBe('waiting');
  });
});

describe('the day close, the night New York’s clocks go back (2026-11-01, 02:00 EDT → 01:00 EST)', () => {
  it('keeps both 01:30s with the day before and closes them at 04:00 EST (09:00Z)', async () => {
    await visitAt(NEW_YORK, 'first-0130', '2026-11-01T05:30:00Z', '2026-10-31'); // 01:30 EDT
    await visitAt(NEW_YORK, 'second-0130', '2026-11-01T06:30:00Z', '2026-10-31', 'in_review'); // 01:30 EST
    await visitAt(NEW_YORK, 'morning', '2026-11-01T09:00:00Z', '2026-11-01'); // 04:00 EST

    // Madrid (CET again since 25 October) began 1 November at 03:00Z: its visit left open since
    // 29 March is closed now, New York's 01:30s not yet.
    expect(await closeEndedDays(db, new Date('2026-11-01T08:59:59Z'))).toEqual({ clinics: 2, closed: 1 });
    expect(await statusOf(MADRID, 'new-day')).toBe('no_show');
    expect(await statusOf(NEW_YORK, 'first-0130')).toBe('waiting');
    expect(await closeEndedDays(db, new Date('2026-11-01T09:00:00Z'))).toEqual({ clinics: 2, closed: 2 });
    expect(await statusOf(NEW_YORK, 'first-0130')).toBe('no_show');
    expect(await statusOf(NEW_YORK, 'second-0130')).toBe('done');
    expect(await statusOf(NEW_YORK, 'morning')).toBe('waiting');
  });
});

describe('the day close’s changes on the audit path', () => {
  it('are audited once, by the day close, however often the update event is delivered', async () => {
    const clinicId = 'audited';
    await createClinic(clinicId, 'Europe/Madrid', db);
    await visitAt(clinicId, 'left-open', '2026-06-01T08:00:00Z', '2026-06-01');
    await db.doc(`${paths.days(clinicId)}/2026-06-01`).set({ lastTicket: 1, waiting: 1 }, { merge: true });
    const before: DocumentSnapshot = await visitRef(clinicId, 'left-open').get();
    await closeEndedDays(db, new Date('2026-06-02T02:00:00Z'));
    const after: DocumentSnapshot = await visitRef(clinicId, 'left-open').get();

    // A fresh event each time: wrap() deletes the `data` it is given.
    const deliver = async () => {
      const event: object = {
        id: 'day-close-left-open',
        data: { before, after },
        params: { clinicId, visitId: 'left-open' },
      };
      return (await wrappedUpdate(event)) as RecordResult;
    };
    const results = [await deliver(), await deliver(), ...(await Promise.all([deliver(), deliver()]))];

    expect(results.map((r) => r.kind)).toEqual(['recorded', 'replayed', 'replayed', 'replayed']);
    const audit = await db.collection(paths.audit(clinicId)).get();
    expect(audit.docs.map((d) => d.data())).toEqual([
      {
        visitId: 'left-open',
        from: 'waiting',
        to: 'no_show',
        by: DAY_CLOSE_BY,
        at: after.get('statusChangedAt') as unknown,
      },
    ]);
    expect((await db.doc(`${paths.days(clinicId)}/2026-06-01`).get()).data()).toMatchObject({ waiting: 0 });
  });
});
