import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collection, doc, getDocs, serverTimestamp, updateDoc, type UpdateData } from 'firebase/firestore';
import type { AuditDoc, DayStatsDoc, Role, VisitDoc, VisitStatus } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { eventually, signInAs, type Client } from '../helpers/clients';
import { adminDb, createClinic, createStaff, registerVisit, ticketedVisits } from './helpers';

const clinicId = 'figures';
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

/** A status change as the screens make it: the new status stamped with who and when. */
function changeStatus(client: Client, visitId: string, status: VisitStatus, extra: UpdateData<VisitDoc> = {}) {
  return updateDoc(doc(client.db, `${paths.visits(clinicId)}/${visitId}`), {
    status,
    statusChangedBy: client.uid,
    statusChangedAt: serverTimestamp(),
    ...extra,
  });
}
const claim = (c: Client, id: string) =>
  changeStatus(c, id, 'in_review', { claimedBy: c.uid, claimedAt: serverTimestamp() });
const complete = (c: Client, id: string) => changeStatus(c, id, 'done', { completedAt: serverTimestamp() });
const giveBack = (c: Client, id: string) => changeStatus(c, id, 'waiting', { claimedBy: null, claimedAt: null });

describe('status changes', () => {
  it('each leave one audit entry and move the day’s figures: claim, complete, return, cancel', async () => {
    const visitIds = await Promise.all([
      registerVisit(desk, clinicId),
      registerVisit(desk, clinicId),
      registerVisit(desk, clinicId),
    ]);
    const [v1, v2, v3] = visitIds;
    const visits = await ticketedVisits(clinicId, visitIds);

    await claim(drAda, v1);
    await complete(drAda, v1);
    await claim(drBo, v2);
    await giveBack(drBo, v2);
    await changeStatus(desk, v3, 'cancelled');

    // Read as the clinic admin, through the rules.
    const entries = await eventually('five audit entries', async () => {
      const snap = await getDocs(collection(admin.db, paths.audit(clinicId)));
      return snap.size === 5 ? snap.docs.map((d) => d.data() as AuditDoc) : undefined;
    });
    const trail = (visitId: string) =>
      entries
        .filter((e) => e.visitId === visitId)
        .sort((a, b) => a.at.toMillis() - b.at.toMillis())
        .map(({ from, to, by }) => ({ from, to, by }));
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
    const stats = (
      await adminDb()
        .doc(`${paths.days(clinicId)}/${dayKey}`)
        .get()
    ).data() as DayStatsDoc;
    expect(stats).toEqual({
      lastTicket: 3,
      waiting: 1,
      inReview: 0,
      done: 1,
      cancelled: 1,
      claimedCount: 2,
      totalWaitMs: expectedWait,
    });
    expect(expectedWait).toBeGreaterThan(0);
  });
});
