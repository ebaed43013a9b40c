/**
 * Direct reads and writes through the admin SDK on the emulators: to count what really reached
 * the server, and to lay out realistic past visits for the screenshots.
 */
import { getAuth } from 'firebase-admin/auth';
import { Timestamp, getFirestore } from 'firebase-admin/firestore';
import { newVisitDoc } from '@clinicflow/shared/documents';
import type { PatientDoc, Priority, VisitDoc, VisitStatus } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { patientNameKey, patientSearchKeys } from '@clinicflow/shared/search';
import { writeStaffRecord, type StaffRecord } from '../../functions/src/staff/staff-record';
import { DEMO_PASSWORD } from '../../scripts/lib/demo-data';
import { adminApp } from '../../scripts/lib/seed';
import { eventually } from '../helpers/clients';
import { unique } from './helpers';

export function adminDb() {
  return getFirestore(adminApp());
}

export async function countVisits(clinicId: string, reason: string): Promise<number> {
  const snap = await adminDb().collection(paths.visits(clinicId)).where('reason', '==', reason).get();
  return snap.size;
}

export interface PastVisit {
  patient: { fullName: string; phone: string; dateOfBirth: string };
  reason: string;
  priority: Priority;
  minutesAgo: number;
  status?: VisitStatus;
  claimedBy?: string;
  claimedMinutesAgo?: number;
}

/** Writes a patient and a visit that arrived `minutesAgo`; resolves once the function has given it a ticket. */
export async function seedPastVisit(clinicId: string, v: PastVisit): Promise<string> {
  const db = adminDb();
  const at = (minutes: number) => Timestamp.fromMillis(Date.now() - minutes * 60_000);
  const patientRef = db.collection(paths.patients(clinicId)).doc();
  const patient: PatientDoc<Timestamp> = {
    ...v.patient,
    searchKeys: patientSearchKeys(v.patient.fullName, v.patient.phone),
    nameKey: patientNameKey(v.patient.fullName),
    createdAt: at(v.minutesAgo),
    createdBy: 'sunrise-reception',
  };
  await patientRef.set(patient);
  const visitRef = db.collection(paths.visits(clinicId)).doc();
  const visit: VisitDoc<Timestamp> = {
    ...newVisitDoc(
      { id: patientRef.id, fullName: v.patient.fullName },
      { reason: v.reason, priority: v.priority },
      'sunrise-reception',
      at(v.minutesAgo),
    ),
    status: v.status ?? 'waiting',
    ...(v.claimedBy ? { claimedBy: v.claimedBy, claimedAt: at(v.claimedMinutesAgo ?? 0) } : {}),
    ...(v.status === 'done' ? { completedAt: at((v.claimedMinutesAgo ?? 1) - 1) } : {}),
  };
  await visitRef.set(visit);
  await eventually(
    'a ticket on the seeded visit',
    async () => ((await visitRef.get()).get('ticket') as string | null) ?? undefined,
  );
  return visitRef.id;
}

/** A staff member of their own (so a test may change their role without touching the demo users). */
export async function createStaffMember(
  clinicId: string,
  role: StaffRecord['role'],
): Promise<{ uid: string; email: string; setRole(role: StaffRecord['role'] | null): Promise<void> }> {
  const app = adminApp();
  const uid = `e2e-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
  const email = `${uid}@${clinicId}.demo`;
  const displayName = 'Sam Temp';
  await getAuth(app).createUser({ uid, email, displayName, password: DEMO_PASSWORD });
  const write = async (next: StaffRecord['role'] | null) => {
    await writeStaffRecord(getAuth(app), adminDb(), clinicId, uid, {
      displayName,
      email,
      role: next ?? role,
      active: next !== null,
    });
  };
  await write(role);
  return { uid, email, setRole: write };
}

/** A waiting visit for a new patient no other test knows, `minutesAgo`; resolves once it has a ticket. */
export async function seedWaitingVisit(
  clinicId: string,
  label: string,
  priority: Priority = 'normal',
  minutesAgo = 2,
): Promise<{ name: string; visitId: string }> {
  const name = unique(label);
  const visitId = await seedPastVisit(clinicId, {
    patient: { fullName: name, phone: '+34 600 000 000', dateOfBirth: '1980-01-01' },
    reason: unique(`Reason of ${label}`),
    priority,
    minutesAgo,
  });
  return { name, visitId };
}
