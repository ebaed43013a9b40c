/**
 * The desk's corrections: a corrected name reaches the visits the screens can show, and every
 * correction (patient details, a waiting visit's reason or priority) leaves one audit entry with
 * before and after, read by the clinic admin through the rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Timestamp } from 'firebase-admin/firestore';
import { collection, doc, getDocs, serverTimestamp, updateDoc } from 'firebase/firestore';
import { newPatientDoc, newVisitDoc, patientCorrection, visitCorrection } from '@clinicflow/shared/documents';
import { transitionUpdate } from '@clinicflow/shared/transitions';
import type { CorrectionDoc, NotificationDoc, PatientDoc, VisitDoc } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { correctPatient } from '../../functions/src/corrections/correct-patient';
import { eventually, signInAs, type Client } from '../helpers/clients';
import { PATIENT_ID, adminDb, createClinic, createStaff, registerVisit, ticketedVisits } from './helpers';

const clinicId = 'corrections';
const clients: Client[] = [];
let desk: Client;
let admin: Client;
const DAY = 24 * 60 * 60 * 1000;

const patientPath = (id: string) => `${paths.patients(clinicId)}/${id}`;
const visitPath = (id: string) => `${paths.visits(clinicId)}/${id}`;

beforeAll(async () => {
  await createClinic(clinicId, 'Europe/Madrid');
  desk = await signInAs((await createStaff(clinicId, 'receptionist', 'desk')).email);
  admin = await signInAs((await createStaff(clinicId, 'admin', 'boss')).email);
  clients.push(desk, admin);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
});

async function correctionsOf(targetId: string, count: number): Promise<CorrectionDoc[]> {
  return eventually(`${count} correction entries for ${targetId}`, async () => {
    const snap = await getDocs(collection(admin.db, paths.corrections(clinicId)));
    const entries = snap.docs.map((d) => d.data() as CorrectionDoc).filter((e) => e.targetId === targetId);
    return entries.length === count ? entries : undefined;
  });
}

describe('a corrected patient name', () => {
  it('reaches their open and recent visits, not an old closed one, and is audited with before and after', async () => {
    const id = 'misspelt';
    const input = { fullName: 'Lucia Fernandes', phone: '+34 622 480 915', dateOfBirth: '1979-06-21' };
    await adminDb()
      .doc(patientPath(id))
      .set(newPatientDoc(input, desk.uid, Timestamp.now()));
    const patient = { id, fullName: input.fullName };
    const visit = (createdAt: Timestamp) =>
      newVisitDoc(patient, { reason: 'Fever', priority: 'normal' }, desk.uid, createdAt);
    const lastWeek = Timestamp.fromMillis(Date.now() - 7 * DAY);
    await adminDb().doc(visitPath('today-waiting')).set(visit(Timestamp.now()));
    await adminDb()
      .doc(visitPath('earlier-open'))
      .set({ ...visit(lastWeek), ...transitionUpdate('claim', 'dr', lastWeek) });
    await adminDb()
      .doc(visitPath('earlier-done'))
      .set({
        ...visit(lastWeek),
        ...transitionUpdate('claim', 'dr', lastWeek),
        ...transitionUpdate('complete', 'dr', lastWeek),
      });

    const corrected = { ...input, fullName: 'Lucía Fernández' };
    await updateDoc(doc(desk.db, patientPath(id)), patientCorrection(corrected, desk.uid, serverTimestamp()));

    const names = await eventually('the open visits renamed', async () => {
      const read = async (visitId: string) =>
        ((await adminDb().doc(visitPath(visitId)).get()).data() as VisitDoc).patientName;
      const now = {
        today: await read('today-waiting'),
        open: await read('earlier-open'),
        done: await read('earlier-done'),
      };
      return now.today === corrected.fullName && now.open === corrected.fullName ? now : undefined;
    });
    expect(names.done).toBe(input.fullName);

    const [entry] = await correctionsOf(id, 1);
    expect(entry).toMatchObject({
      kind: 'patient',
      by: desk.uid,
      before: { fullName: 'Lucia Fernandes' },
      after: { fullName: 'Lucía Fernández' },
    });
    const stored = (await adminDb().doc(patientPath(id)).get()).data() as PatientDoc<Timestamp>;
    expect(entry?.at.toMillis()).toBe(stored.updatedAt?.toMillis());
  });

  it('is audited once when its event is delivered twice', async () => {
    const before = (
      await adminDb()
        .doc(`${paths.patients(clinicId)}/${PATIENT_ID}`)
        .get()
    ).data() as PatientDoc;
    const after = { ...before, phone: '+1 555 0199', updatedBy: desk.uid, updatedAt: Timestamp.now() };
    const event = {
      clinicId,
      targetId: PATIENT_ID,
      eventId: `redelivered-${Date.now()}`,
      eventTime: new Date(),
      before: before as unknown as Record<string, unknown>,
      after: after as unknown as Record<string, unknown>,
    };
    expect(await correctPatient(adminDb(), event)).toEqual({ audit: 'recorded', renamed: 0 });
    expect(await correctPatient(adminDb(), event)).toEqual({ audit: 'replayed', renamed: 0 });
    const entries = await correctionsOf(PATIENT_ID, 1);
    expect(entries[0]).toMatchObject({ before: { phone: '+1 555 0100' }, after: { phone: '+1 555 0199' } });
  });
});

describe("an emergency walk-in's details", () => {
  it('added at the desk, end "details missing" on their open visit, and are audited', async () => {
    const id = 'walk-in';
    const walkIn = { fullName: 'Walk In Patient', phone: null, dateOfBirth: null };
    await adminDb()
      .doc(patientPath(id))
      .set(newPatientDoc(walkIn, desk.uid, Timestamp.now()));
    const visit = newVisitDoc(
      { id, fullName: walkIn.fullName, detailsMissing: true },
      { reason: 'Collapsed in the street', priority: 'emergency' },
      desk.uid,
      Timestamp.now(),
    );
    await adminDb().doc(visitPath('walk-in-visit')).set(visit);

    const complete = { ...walkIn, phone: '+34 699 100 200', dateOfBirth: '1958-04-30' };
    await updateDoc(doc(desk.db, patientPath(id)), patientCorrection(complete, desk.uid, serverTimestamp()));

    const stored = await eventually('the visit no longer marked incomplete', async () => {
      const data = (await adminDb().doc(visitPath('walk-in-visit')).get()).data() as VisitDoc;
      return data.patientDetailsMissing === undefined ? data : undefined;
    });
    expect(stored.patientName).toBe(walkIn.fullName);
    const [entry] = await correctionsOf(id, 1);
    expect(entry).toMatchObject({
      // The audit trail holds text: a detail not given reads as empty.
      before: { phone: '', dateOfBirth: '' },
      after: { phone: complete.phone, dateOfBirth: complete.dateOfBirth },
    });
  });
});

describe("a waiting visit's correction", () => {
  it('is audited with the priority and reason before and after, and keeps its ticket and status', async () => {
    const visitId = await registerVisit(desk, clinicId);
    const [ticketed] = await ticketedVisits(clinicId, [visitId]);
    await updateDoc(
      doc(desk.db, visitPath(visitId)),
      visitCorrection({ reason: 'Chest pain since this morning', priority: 'emergency' }, desk.uid, serverTimestamp()),
    );
    const [entry] = await correctionsOf(visitId, 1);
    expect(entry).toMatchObject({
      kind: 'visit',
      by: desk.uid,
      before: { reason: 'Persistent cough', priority: 'normal' },
      after: { reason: 'Chest pain since this morning', priority: 'emergency' },
    });
    const stored = (await adminDb().doc(visitPath(visitId)).get()).data() as VisitDoc;
    expect(stored).toMatchObject({ status: 'waiting', ticket: ticketed?.ticket, priority: 'emergency' });

    // Raised: the doctors hear of it, ticket and priority only.
    const raised = await eventually('the raise announced', async () => {
      const snap = await adminDb()
        .collection(paths.notifications(clinicId))
        .where('visitId', '==', visitId)
        .where('kind', '==', 'raised')
        .get();
      return snap.size === 1 ? (snap.docs[0]?.data() as NotificationDoc) : undefined;
    });
    expect(Object.keys(raised).sort()).toEqual(['createdAt', 'expiresAt', 'kind', 'priority', 'ticket', 'visitId']);
    expect(raised).toMatchObject({ ticket: ticketed?.ticket, priority: 'emergency', kind: 'raised' });
  });

  it('lowered, is audited but not announced', async () => {
    const visitId = await registerVisit(desk, clinicId, 'urgent');
    await ticketedVisits(clinicId, [visitId]);
    await updateDoc(
      doc(desk.db, visitPath(visitId)),
      visitCorrection({ reason: 'Persistent cough', priority: 'normal' }, desk.uid, serverTimestamp()),
    );
    const [entry] = await correctionsOf(visitId, 1);
    expect(entry).toMatchObject({ before: { priority: 'urgent' }, after: { priority: 'normal' } });
    const notices = await adminDb().collection(paths.notifications(clinicId)).where('visitId', '==', visitId).get();
    expect(notices.docs.map((d) => (d.data() as NotificationDoc).kind)).toEqual([undefined]);
  });
});
