import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Timestamp } from 'firebase-admin/firestore';
import { doc, getDoc } from 'firebase/firestore';
import { newVisitDoc } from '@clinicflow/shared/documents';
import { NOTIFICATION_TTL_MS, type DayStatsDoc, type NotificationDoc, type VisitDoc } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { transitionUpdate } from '@clinicflow/shared/transitions';
import { assignTicket } from '../../functions/src/visits/assign-ticket';
import { eventually, signInAs, type Client } from '../helpers/clients';
import {
  TEST_PATIENT,
  adminDb,
  createClinic,
  createStaff,
  registerVisit,
  ticketedVisits,
  type StoredVisit,
} from './helpers';

const clients: Client[] = [];
async function signIn(email: string): Promise<Client> {
  const client = await signInAs(email);
  clients.push(client);
  return client;
}
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
});

const ticketNumber = (ticket: string | null | undefined) => Number(ticket?.slice(2));

describe('a receptionist registers a visit', () => {
  it('gets the visit its ticket and the doctors a notification without personal data', async () => {
    const reception = await signIn('reception@sunrise.demo');
    const doctor = await signIn('dr.lee@sunrise.demo');
    const visitId = await registerVisit(reception, 'sunrise', 'urgent');

    const [visit] = await ticketedVisits('sunrise', [visitId]);
    expect(visit?.ticket).toMatch(/^A-\d{3}$/);
    expect(visit?.dayKey).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(visit?.ticketNumber).toBe(ticketNumber(visit?.ticket));

    // Read as the doctor, through the rules, as the dashboard reads it.
    const notification = await eventually('the notification, read by the doctor', async () => {
      const snap = await getDoc(doc(doctor.db, `${paths.notifications('sunrise')}/${visitId}`));
      return snap.exists() ? (snap.data() as NotificationDoc) : undefined;
    });
    expect(Object.keys(notification).sort()).toEqual(['createdAt', 'expiresAt', 'priority', 'ticket', 'visitId']);
    expect(notification).toMatchObject({ visitId, ticket: visit?.ticket, priority: 'urgent' });
    // The TTL policy on expiresAt deletes it a few days on: the doctors' feed does not grow forever.
    const lifetime = notification.expiresAt.toMillis() - notification.createdAt.toMillis();
    expect(lifetime).toBeGreaterThan(NOTIFICATION_TTL_MS - 60_000);
    expect(lifetime).toBeLessThan(NOTIFICATION_TTL_MS + 60_000);
  });
});

describe('a burst of arrivals', () => {
  const clinicId = 'burst';
  const RECEPTIONISTS = 5;
  const VISITS = 50;
  let receptionists: Client[] = [];

  beforeAll(async () => {
    await createClinic(clinicId, 'Europe/Madrid');
    const emails = await Promise.all(
      Array.from({ length: RECEPTIONISTS }, (_, i) => createStaff(clinicId, 'receptionist', `desk${i + 1}`)),
    );
    receptionists = await Promise.all(emails.map((e) => signIn(e.email)));
  });

  it(`gives ${VISITS} visits created at once by ${RECEPTIONISTS} receptionists distinct, gap-free tickets`, async () => {
    const visitIds = await Promise.all(
      Array.from({ length: VISITS }, (_, i) => {
        const desk = receptionists[i % RECEPTIONISTS];
        if (!desk) throw new Error('no receptionist');
        return registerVisit(desk, clinicId);
      }),
    );
    const visits = await ticketedVisits(clinicId, visitIds, 60_000);

    // Grouped by day, so a run that straddles midnight in Madrid still checks each day's run.
    const byDay = new Map<string | undefined, StoredVisit[]>();
    for (const v of visits) byDay.set(v.dayKey, [...(byDay.get(v.dayKey) ?? []), v]);
    for (const [day, dayVisits] of byDay) {
      const numbers = dayVisits.map((v) => ticketNumber(v.ticket)).sort((a, b) => a - b);
      expect(numbers, `tickets of ${day}`).toEqual(Array.from({ length: dayVisits.length }, (_, i) => i + 1));
      const stats = (
        await adminDb()
          .doc(`${paths.days(clinicId)}/${day}`)
          .get()
      ).data() as DayStatsDoc;
      expect(stats).toMatchObject({ lastTicket: dayVisits.length, waiting: dayVisits.length });
    }
    const notifications = await adminDb().collection(paths.notifications(clinicId)).get();
    expect(notifications.docs.map((d) => d.id).sort()).toEqual([...visitIds].sort());
  });
});

/**
 * Direct calls of assignTicket, in a project of their own: the functions emulator only serves
 * demo-clinicflow, so no trigger runs here and the call under test is the only writer.
 */
describe('assignTicket called directly', () => {
  const db = adminDb('demo-clinicflow-direct');

  async function writeVisit(clinicId: string, visitId: string, fields: Partial<VisitDoc<Timestamp>>) {
    const visit: VisitDoc<Timestamp> = {
      ...newVisitDoc(TEST_PATIENT, { reason: 'Check-up', priority: 'normal' }, 'test', Timestamp.now()),
      ...fields,
    };
    await db.doc(`${paths.visits(clinicId)}/${visitId}`).set(visit);
    return visit;
  }

  it('restarts numbering at the clinic’s day end (04:00 by default) in its timezone, not at midnight', async () => {
    const clinicId = 'rollover';
    await createClinic(clinicId, 'America/New_York', db);
    // 08:59Z and 09:01Z on 2026-03-03 are 03:59 and 04:01 in New York (EST, UTC−5): midnight
    // (05:00Z) passes between the first two without a new day.
    const arrivals = [
      ['late-1', '2026-03-03T04:58:00Z'],
      ['late-2', '2026-03-03T08:59:00Z'],
      ['early-1', '2026-03-03T09:01:00Z'],
      ['early-2', '2026-03-03T09:02:00Z'],
    ] as const;
    const results = [];
    for (const [visitId, at] of arrivals) {
      const visit = await writeVisit(clinicId, visitId, { createdAt: Timestamp.fromDate(new Date(at)) });
      results.push(await assignTicket(db, clinicId, visitId, visit));
    }
    expect(results).toEqual([
      { kind: 'assigned', ticket: 'A-001', dayKey: '2026-03-02', notified: true },
      { kind: 'assigned', ticket: 'A-002', dayKey: '2026-03-02', notified: true },
      { kind: 'assigned', ticket: 'A-001', dayKey: '2026-03-03', notified: true },
      { kind: 'assigned', ticket: 'A-002', dayKey: '2026-03-03', notified: true },
    ]);
    const days = await db.collection(paths.days(clinicId)).get();
    expect(days.docs.map((d) => [d.id, d.get('lastTicket') as number])).toEqual([
      ['2026-03-02', 2],
      ['2026-03-03', 2],
    ]);
  });

  // The functions emulator runs one trigger at a time, so only direct calls make transactions
  // contend here. The Firestore emulator resolves contention slowly (each lock conflict waits
  // for its lock timeout, then aborts), so 20 contenders already need up to 4 attempts.
  it('keeps tickets distinct and gap-free when 20 transactions contend for one day', async () => {
    const CONTENDERS = 20;
    const clinicId = 'contention';
    await createClinic(clinicId, 'Europe/Madrid', db);
    const createdAt = Timestamp.fromDate(new Date('2026-05-05T10:00:00Z'));
    const visits = await Promise.all(
      Array.from({ length: CONTENDERS }, (_, i) =>
        writeVisit(clinicId, `v${i}`, { createdAt }).then((v) => [`v${i}`, v] as const),
      ),
    );
    const results = await Promise.all(visits.map(([id, visit]) => assignTicket(db, clinicId, id, visit)));
    const numbers = results.map((r) => (r.kind === 'assigned' ? ticketNumber(r.ticket) : 0)).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: CONTENDERS }, (_, i) => i + 1));
    const day = (await db.doc(`${paths.days(clinicId)}/2026-05-05`).get()).data();
    expect(day).toMatchObject({ lastTicket: CONTENDERS, waiting: CONTENDERS });
  });

  it('gives a visit cancelled before its ticket a ticket but sends the doctors no notification', async () => {
    const clinicId = 'cancel-race';
    await createClinic(clinicId, 'Europe/Madrid', db);
    const created = await writeVisit(clinicId, 'v1', {});
    await db.doc(`${paths.visits(clinicId)}/v1`).update(transitionUpdate('cancel', 'test', Timestamp.now()));

    const result = await assignTicket(db, clinicId, 'v1', created);
    expect(result).toMatchObject({ kind: 'assigned', ticket: 'A-001', notified: false });
    expect((await db.doc(`${paths.notifications(clinicId)}/v1`).get()).exists).toBe(false);
    // Counted as it arrived (waiting): the update trigger moves it to cancelled.
    const day = result.kind === 'assigned' ? result.dayKey : '';
    expect((await db.doc(`${paths.days(clinicId)}/${day}`).get()).data()).toMatchObject({ waiting: 1, cancelled: 0 });
  });

  it('leaves a malformed visit without a ticket and says which fields are wrong', async () => {
    const clinicId = 'malformed';
    await createClinic(clinicId, 'Europe/Madrid', db);
    const visit = await writeVisit(clinicId, 'v1', { priority: 'whenever' as VisitDoc['priority'] });

    expect(await assignTicket(db, clinicId, 'v1', visit)).toEqual({ kind: 'invalid' });
    // Still the desk's null: no ticket was written.
    expect((await db.doc(`${paths.visits(clinicId)}/v1`).get()).get('ticket')).toBeNull();
    expect((await db.collection(paths.days(clinicId)).get()).empty).toBe(true);
  });

  it('assigns nothing under a clinic with no clinic document', async () => {
    const visit = await writeVisit('no-such-clinic', 'v1', {});
    expect(await assignTicket(db, 'no-such-clinic', 'v1', visit)).toEqual({ kind: 'clinic-missing' });
    expect((await db.doc(`${paths.visits('no-such-clinic')}/v1`).get()).get('ticket')).toBeNull();
  });
});
