import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collection, doc, getDocs, serverTimestamp, setDoc } from 'firebase/firestore';
import { dutyDoc, roomsUpdate } from '@clinicflow/shared/documents';
import type { AuditDoc, DayStatsDoc, Role } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { eventually, signInAs, type Client } from '../helpers/clients';
import { dayRef } from '../../functions/src/visits/clinic-day';
import { adminDb, changeVisit, createClinic, createStaff, registerVisit, ticketedVisits } from './helpers';

const clinicId = 'figures';
const dayFigures = async (dayKey: string) => (await dayRef(adminDb(), clinicId, dayKey).get()).data() as DayStatsDoc;
const clients: Client[] = [];
let desk: Client;
let drAda: Client;
let drBo: Client;
let admin: Client;

beforeAll(async () => {
  await createClinic(clinicId, 'America/New_York');
  const member = async (role: Role, name: string) => {
    const client = await signInAs((await createStaff(clinicId, role, name)).email);
    clients.push(client);
    return client;
  };
  [desk, drAda, drBo, admin] = await Promise.all([
    member('receptionist', 'desk'),
    member('checkerDoctor', 'ada'),
    member('checkerDoctor', 'bo'),
    member('admin', 'boss'),
  ]);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
});

/** One visit's audit entries in the order they happened: from, to and by. */
function trailOf(entries: readonly AuditDoc[], visitId: string) {
  return entries
    .filter((e) => e.visitId === visitId)
    .sort((a, b) => a.at.toMillis() - b.at.toMillis())
    .map(({ from, to, by }) => ({ from, to, by }));
}

describe('status changes', () => {
  it('each leave one audit entry and move the day’s figures: claim, complete, return, cancel', async () => {
    const visitIds = await Promise.all([
      registerVisit(desk, clinicId),
      registerVisit(desk, clinicId),
      registerVisit(desk, clinicId),
    ]);
    const [v1, v2, v3] = visitIds;
    const visits = await ticketedVisits(clinicId, visitIds);

    await changeVisit(drAda, clinicId, v1, 'claim');
    await changeVisit(drAda, clinicId, v1, 'complete');
    await changeVisit(drBo, clinicId, v2, 'claim');
    await changeVisit(drBo, clinicId, v2, 'return');
    await changeVisit(desk, clinicId, v3, 'cancel');

    // Read as the clinic admin, through the rules.
    const entries = await eventually('five audit entries', async () => {
      const snap = await getDocs(collection(admin.db, paths.audit(clinicId)));
      return snap.size === 5 ? snap.docs.map((d) => d.data() as AuditDoc) : undefined;
    });
    const trail = (visitId: string) => trailOf(entries, visitId);
    expect(trail(v1)).toEqual([
      { from: 'waiting', to: 'in_review', by: drAda.uid },
      { from: 'in_review', to: 'done', by: drAda.uid },
    ]);
    expect(trail(v2)).toEqual([
      { from: 'waiting', to: 'in_review', by: drBo.uid },
      { from: 'in_review', to: 'waiting', by: drBo.uid },
    ]);
    expect(trail(v3)).toEqual([{ from: 'waiting', to: 'cancelled', by: desk.uid }]);

    // Waits run from arrival to claim: the claim entries' times against the visits' createdAt.
    const claimAt = (visitId: string) =>
      entries.find((e) => e.visitId === visitId && e.to === 'in_review')?.at.toMillis() ?? NaN;
    const createdAt = (visitId: string) => visits.find((v) => v.id === visitId)?.createdAt.toMillis() ?? NaN;
    const expectedWait = claimAt(v1) - createdAt(v1) + (claimAt(v2) - createdAt(v2));

    // Each entry was written in the same transaction as its figures, so these are final.
    const dayKey = visits[0]?.dayKey ?? '';
    const stats = await dayFigures(dayKey);
    expect(stats).toMatchObject({
      lastTicket: 3,
      waiting: 1,
      called: 0,
      inReview: 0,
      done: 1,
      cancelled: 1,
      noShow: 0,
      claimedCount: 2,
      totalWaitMs: expectedWait,
      arrivalsByPriority: { emergency: 0, urgent: 0, normal: 3 },
    });
    expect(expectedWait).toBeGreaterThan(0);
    // One wait sample per claimed visit, and Dr Ada's completed patient with its time.
    expect(stats.waits).toEqual({ [v1]: claimAt(v1) - createdAt(v1), [v2]: claimAt(v2) - createdAt(v2) });
    expect(Object.keys(stats.doctors)).toEqual([drAda.uid]);
    expect(stats.doctors[drAda.uid]).toMatchObject({ seen: 1, timed: 1 });
    expect(Object.values(stats.arrivalsByHour).reduce((sum, n) => sum + n, 0)).toBe(3);
  });
});

describe('calling', () => {
  it('audits each move, those that keep the status too, and counts called visits apart', async () => {
    await adminDb()
      .doc(paths.clinic(clinicId))
      .update(roomsUpdate(['Room 1', 'Room 2']));
    // Each doctor starts their own shift, through the rules.
    await setDoc(
      doc(drAda.db, paths.duty(clinicId), drAda.uid),
      dutyDoc({ state: 'on_duty', room: 'Room 1' }, 'ada', serverTimestamp()),
    );
    await setDoc(
      doc(drBo.db, paths.duty(clinicId), drBo.uid),
      dutyDoc({ state: 'on_duty', room: 'Room 2' }, 'bo', serverTimestamp()),
    );
    const visitIds = await Promise.all([registerVisit(desk, clinicId), registerVisit(desk, clinicId)]);
    const [v1, v2] = visitIds;
    const visits = await ticketedVisits(clinicId, visitIds);
    const dayKey = visits[0]?.dayKey ?? '';
    const before = await dayFigures(dayKey);

    await changeVisit(drAda, clinicId, v1, { action: 'call', room: 'Room 1' });
    await changeVisit(drAda, clinicId, v1, 'recall');
    await changeVisit(drAda, clinicId, v1, { action: 'transfer', to: drBo.uid, room: 'Room 2' });
    await changeVisit(drBo, clinicId, v1, 'start');
    await changeVisit(drBo, clinicId, v2, { action: 'call', room: 'Room 2' });
    await changeVisit(desk, clinicId, v2, 'noShow');
    await changeVisit(desk, clinicId, v2, 'undoNoShow');

    const entries = await eventually('seven more audit entries', async () => {
      const snap = await getDocs(collection(admin.db, paths.audit(clinicId)));
      const mine = snap.docs.map((d) => d.data() as AuditDoc).filter((e) => e.visitId === v1 || e.visitId === v2);
      return mine.length === 7 ? mine : undefined;
    });
    const trail = (visitId: string) => trailOf(entries, visitId);
    expect(trail(v1)).toEqual([
      { from: 'waiting', to: 'called', by: drAda.uid },
      { from: 'called', to: 'called', by: drAda.uid },
      { from: 'called', to: 'called', by: drAda.uid },
      { from: 'called', to: 'in_review', by: drBo.uid },
    ]);
    expect(trail(v2)).toEqual([
      { from: 'waiting', to: 'called', by: drBo.uid },
      { from: 'called', to: 'no_show', by: desk.uid },
      { from: 'no_show', to: 'called', by: desk.uid },
    ]);

    const stats = await dayFigures(dayKey);
    expect(stats).toMatchObject({
      lastTicket: before.lastTicket,
      waiting: before.waiting - 2,
      called: before.called + 1,
      inReview: before.inReview + 1,
      claimedCount: before.claimedCount + 2,
    });
  });
});
