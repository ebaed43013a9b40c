/**
 * The day report's numbers against the visits a test made. Every trigger event is delivered more
 * than once (in turn and at the same moment), as retries and duplicate deliveries would, through
 * firebase-functions-test's wrap(); in a project of its own that the functions emulator does not
 * serve, so these deliveries are the only ones. Then the export: its CSV, parsed back, holds
 * exactly those visits.
 */
import functionsTest from 'firebase-functions-test';
import Papa from 'papaparse';
import { Timestamp } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayStats } from '@clinicflow/shared/day-stats';
import { newStaffDoc, newVisitDoc } from '@clinicflow/shared/documents';
import type { Priority, VisitDoc } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { transitionUpdate, type TransitionMove } from '@clinicflow/shared/transitions';
import { closeEndedDays } from '../../functions/src/days/close-days';
import { exportDay } from '../../functions/src/days/export-day';
import { dayCsv, type CsvWords } from '../../web/src/features/report/day-csv';
import { median } from '@clinicflow/shared/median';
import { dayReport, percentile } from '../../web/src/features/report/day-report';
import { clearEmulators } from '../../scripts/lib/seed';
import { TEST_PATIENT, adminDb, createClinic } from './helpers';

const PROJECT = 'demo-clinicflow-day-report';
const t = functionsTest({ projectId: PROJECT });
// After functionsTest(): the functions read the project from the environment it sets.
const { onVisitCreated, onVisitUpdated } = await import('../../functions/src/index');
const wrappedCreate = t.wrap(onVisitCreated);
const wrappedUpdate = t.wrap(onVisitUpdated);

const db = adminDb(PROJECT);
const clinicId = 'reported';
const DAY = '2026-06-01';
const visitRef = (visitId: string) => db.doc(`${paths.visits(clinicId)}/${visitId}`);
/** 2026-06-01 hh:mm in Madrid (UTC+2 in June). */
const madrid = (hhmm: string) => Timestamp.fromDate(new Date(`${DAY}T${hhmm}:00+02:00`));

/** Delivers one event three times: once, then twice at the same moment. */
async function deliverThrice(deliver: () => Promise<unknown>) {
  await deliver();
  await Promise.all([deliver(), deliver()]);
}

async function arrive(visitId: string, priority: Priority, at: Timestamp) {
  await visitRef(visitId).set(newVisitDoc(TEST_PATIENT, { reason: 'Checkup', priority }, 'desk', at));
  // A fresh event object per delivery: wrap() deletes the `data` it is given.
  await deliverThrice(async () => {
    const event: object = {
      id: `create-${visitId}`,
      data: await visitRef(visitId).get(),
      params: { clinicId, visitId },
    };
    return (await wrappedCreate(event)) as unknown;
  });
}

/** A status change written as the screens write it, its update event delivered three times. */
async function move(visitId: string, action: Exclude<TransitionMove, object>, by: string, at: Timestamp) {
  const before = await visitRef(visitId).get();
  await visitRef(visitId).update(transitionUpdate(action, by, at));
  const after = await visitRef(visitId).get();
  await deliverThrice(async () => {
    const event: object = {
      id: `${action}-${visitId}-${at.toMillis()}`,
      data: { before, after },
      params: { clinicId, visitId },
    };
    return (await wrappedUpdate(event)) as unknown;
  });
}

beforeAll(async () => {
  await clearEmulators(PROJECT);
  await createClinic(clinicId, 'Europe/Madrid', db);
  for (const [uid, name] of [
    ['dr-1', 'Dr. Ana Ruiz'],
    ['dr-2', 'Dr. Ben Ode'],
  ] as const) {
    await db
      .doc(`${paths.staff(clinicId)}/${uid}`)
      .set(
        newStaffDoc(
          { displayName: name, email: `${uid}@clinic.test`, role: 'checkerDoctor', active: true },
          new Date(),
        ),
      );
  }

  await arrive('v1', 'urgent', madrid('09:05'));
  await arrive('v2', 'normal', madrid('09:40'));
  await arrive('v3', 'emergency', madrid('10:15'));
  await arrive('v4', 'normal', madrid('13:00'));
  await arrive('v5', 'normal', madrid('13:30'));
  await arrive('v6', 'urgent', madrid('23:50'));

  await move('v1', 'claim', 'dr-1', madrid('09:17'));
  await move('v1', 'complete', 'dr-1', madrid('09:32'));
  await move('v3', 'claim', 'dr-2', madrid('10:16'));
  await move('v3', 'return', 'dr-2', madrid('10:20'));
  await move('v3', 'claim', 'dr-1', madrid('10:40'));
  await move('v3', 'complete', 'dr-1', madrid('11:10'));
  await move('v2', 'claim', 'dr-2', madrid('10:30'));
  await move('v4', 'cancel', 'desk', madrid('13:10'));
  // v5 and v6 are still waiting and v2 still in review when the day ends (04:00 on the 2nd, 02:00Z).
  const before = { v2: await visitRef('v2').get(), v5: await visitRef('v5').get(), v6: await visitRef('v6').get() };
  await closeEndedDays(db, new Date('2026-06-02T02:00:00Z'));
  for (const visitId of ['v2', 'v5', 'v6'] as const) {
    const after = await visitRef(visitId).get();
    await deliverThrice(async () => {
      const event: object = {
        id: `close-${visitId}`,
        data: { before: before[visitId], after },
        params: { clinicId, visitId },
      };
      return (await wrappedUpdate(event)) as unknown;
    });
  }
});
afterAll(() => t.cleanup());

const storedVisits = async () =>
  (await db.collection(paths.visits(clinicId)).get()).docs.map((d) => ({
    id: d.id,
    ...(d.data() as VisitDoc<Timestamp>),
  }));

describe('the day report', () => {
  it('shows the numbers of the visits made, however often each trigger event was delivered', async () => {
    const visits = await storedVisits();
    const report = dayReport(dayStats((await db.doc(`${paths.days(clinicId)}/${DAY}`).get()).data()), 4);

    // Worked out from the visits themselves, not from the figures.
    const count = (pred: (v: (typeof visits)[number]) => boolean) => visits.filter(pred).length;
    expect(report.arrivals).toBe(visits.length);
    expect(report.byStatus).toEqual({
      waiting: count((v) => v.status === 'waiting'),
      called: count((v) => v.status === 'called'),
      in_review: count((v) => v.status === 'in_review'),
      done: count((v) => v.status === 'done'),
      cancelled: count((v) => v.status === 'cancelled'),
      no_show: count((v) => v.status === 'no_show'),
    });
    expect(report.byStatus).toEqual({ waiting: 0, called: 0, in_review: 0, done: 3, cancelled: 1, no_show: 2 });
    expect(report.byPriority).toEqual({
      emergency: count((v) => v.priority === 'emergency'),
      urgent: count((v) => v.priority === 'urgent'),
      normal: count((v) => v.priority === 'normal'),
    });

    // Wait from arrival to the (latest) claim of each claimed visit: v1 12 min, v2 50 min, v3 25 min.
    const waits = visits
      .filter((v) => v.claimedAt)
      .map((v) => (v.claimedAt as Timestamp).toMillis() - v.createdAt.toMillis())
      .sort((a, b) => a - b);
    expect(waits).toEqual([12, 25, 50].map((m) => m * 60_000));
    expect(report.wait).toEqual({
      count: 3,
      averageMs: waits.reduce((a, b) => a + b, 0) / 3,
      medianMs: median(waits),
      p90Ms: percentile(waits, 90),
    });

    // dr-1 completed v1 (15 min) and v3 (30 min); dr-2 had v2 in review when the day closed.
    expect(report.doctors).toEqual([
      { uid: 'dr-1', seen: 2, averageWithPatientMs: 22.5 * 60_000 },
      { uid: 'dr-2', seen: 1, averageWithPatientMs: null },
    ]);
    const hours = Object.fromEntries(report.hours.filter((h) => h.arrivals > 0).map((h) => [h.hour, h.arrivals]));
    expect(hours).toEqual({ '09': 2, '10': 1, '13': 2, '23': 1 });
  });

  it('exports the day’s visits as a CSV that parses back to them, names only when asked', async () => {
    const words: CsvWords = {
      headers: [
        'Ticket',
        'Arrived',
        'Called',
        'Completed',
        'Wait',
        'With',
        'Priority',
        'Status',
        'Closed',
        'Doctor',
        'Patient',
      ],
      priority: (p) => p,
      status: (s) => s,
      yes: 'sí',
      no: 'no',
    };
    const exported = await exportDay(db, clinicId, { dayKey: DAY, withNames: true });
    expect(exported.truncated).toBe(false);
    const csv = dayCsv(exported.visits, { language: 'es', timeZone: 'Europe/Madrid', withNames: true, words });
    const [header, ...rows] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
      delimiter: ';',
      skipEmptyLines: true,
    }).data;
    expect(header).toEqual(words.headers);

    const visits = (await storedVisits()).sort((a, b) => a.createdAt.toMillis() - b.createdAt.toMillis());
    const doctorName: Record<string, string> = { 'dr-1': 'Dr. Ana Ruiz', 'dr-2': 'Dr. Ben Ode' };
    const clock = (at: Timestamp | null | undefined) =>
      at ? new Date(at.toMillis() + 2 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') : '';
    expect(rows.map((r) => [r[0], r[1], r[2], r[3], r[6], r[7], r[8], r[9], r[10]])).toEqual(
      visits.map((v) => [
        v.ticket,
        clock(v.createdAt),
        clock(v.claimedAt),
        clock(v.completedAt),
        v.priority,
        v.status,
        v.closedAtDayEnd ? 'sí' : 'no',
        v.claimedBy ? doctorName[v.claimedBy] : '',
        v.patientName,
      ]),
    );
    // v1 waited 12 minutes and was with dr-1 for 15, written with a decimal comma.
    expect(rows[0]?.slice(4, 6)).toEqual(['12,0', '15,0']);

    const anonymous = await exportDay(db, clinicId, { dayKey: DAY, withNames: false });
    expect(JSON.stringify(anonymous)).not.toContain(TEST_PATIENT.fullName);
    expect(JSON.stringify(exported)).not.toContain('Checkup');
  });
});
