/**
 * Direct reads and writes through the admin SDK on the emulators: to count what really reached
 * the server, and to lay out realistic past visits for the screenshots.
 */
import { getAuth } from 'firebase-admin/auth';
import { Timestamp, getFirestore } from 'firebase-admin/firestore';
import { BOARD_ID, type BoardDoc } from '@clinicflow/shared/board';
import { newPatientDoc, newVisitDoc } from '@clinicflow/shared/documents';
import type { Priority, StaffRecord } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { transitionUpdate, type TransitionUpdate } from '@clinicflow/shared/transitions';
import { writeStaffRecord } from '../../functions/src/staff/staff-record';
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
  status?: 'waiting' | 'in_review' | 'done' | 'cancelled';
  /** The doctor who claimed it: required in review and done. */
  claimedBy?: string;
  claimedMinutesAgo?: number;
}

const DESK = 'sunrise-reception';

/** The status changes that brought a past visit where it is, each as the screens write it. */
function history(v: PastVisit, at: (minutesAgo: number) => Timestamp): TransitionUpdate<Timestamp>[] {
  const status = v.status ?? 'waiting';
  if (status === 'waiting') return [];
  if (status === 'cancelled') return [transitionUpdate('cancel', DESK, at(v.minutesAgo - 1))];
  if (!v.claimedBy) throw new Error(`a past visit ${status} needs the doctor who claimed it`);
  const claimed = transitionUpdate('claim', v.claimedBy, at(v.claimedMinutesAgo ?? 0));
  if (status === 'in_review') return [claimed];
  return [claimed, transitionUpdate('complete', v.claimedBy, at((v.claimedMinutesAgo ?? 1) - 1))];
}

/**
 * Writes a patient and a visit that arrived `minutesAgo`, waits for the function to give it a
 * ticket, then makes its status changes one by one as the screens would, so the day's figures
 * (waits, doctors) count them too.
 */
export async function seedPastVisit(clinicId: string, v: PastVisit): Promise<string> {
  const db = adminDb();
  const at = (minutes: number) => Timestamp.fromMillis(Date.now() - minutes * 60_000);
  const patientRef = db.collection(paths.patients(clinicId)).doc();
  await patientRef.set(newPatientDoc(v.patient, DESK, at(v.minutesAgo)));
  const visitRef = db.collection(paths.visits(clinicId)).doc();
  const opened = newVisitDoc(
    { id: patientRef.id, fullName: v.patient.fullName },
    { reason: v.reason, priority: v.priority },
    DESK,
    at(v.minutesAgo),
  );
  await visitRef.set(opened);
  await eventually(
    'a ticket on the seeded visit',
    async () => ((await visitRef.get()).get('ticket') as string | null) ?? undefined,
  );
  for (const change of history(v, at)) await visitRef.update(change);
  return visitRef.id;
}

/**
 * The visit called to `room` `minutesAgo`, as the calling core writes it (status 'called' unless
 * it has moved on, room and calledAt); the waiting-room board follows.
 */
export async function callVisit(clinicId: string, visitId: string, room: string, minutesAgo = 0): Promise<void> {
  const ref = adminDb().doc(`${paths.visits(clinicId)}/${visitId}`);
  const status = (await ref.get()).get('status') as string;
  await ref.update({
    ...(status === 'waiting' && { status: 'called' }),
    room,
    calledAt: Timestamp.fromMillis(Date.now() - minutesAgo * 60_000),
  });
}

/** Waits until the clinic's waiting-room board, as the keeper wrote it, satisfies `ok`. */
export async function boardWhen(clinicId: string, what: string, ok: (board: BoardDoc) => boolean): Promise<void> {
  const ref = adminDb().doc(`${paths.board(clinicId)}/${BOARD_ID}`);
  await eventually(`${clinicId}'s board: ${what}`, async () => {
    const board = (await ref.get()).data() as BoardDoc | undefined;
    return board && ok(board) ? true : undefined;
  });
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
