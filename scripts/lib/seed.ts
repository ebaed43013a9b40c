/**
 * Seeds the demo clinics into the emulators through the admin SDK. Only ever runs against
 * emulators: it refuses to start unless both emulator hosts are set.
 */
import { getApps, initializeApp, type App } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { FieldValue, getFirestore, type Firestore } from 'firebase-admin/firestore';
import { dutyDoc, newClinicDoc, newPatientDoc, roomsUpdate } from '@clinicflow/shared/documents';
import { paths } from '@clinicflow/shared/paths';
import { writeStaffRecord } from '../../functions/src/staff/staff-record';
import { DEMO_CLINICS, DEMO_PASSWORD, DEMO_USERS } from './demo-data';
import { PROJECT_ID, emulatorEnv } from './emulators';

export function adminApp(projectId = PROJECT_ID): App {
  emulatorEnv();
  return getApps().find((a) => a.name === projectId) ?? initializeApp({ projectId }, projectId);
}

export const adminDb = (projectId = PROJECT_ID): Firestore => getFirestore(adminApp(projectId));

export async function isSeeded(projectId = PROJECT_ID): Promise<boolean> {
  const db = adminDb(projectId);
  const first = DEMO_CLINICS[0];
  return first !== undefined && (await db.doc(paths.clinic(first.id)).get()).exists;
}

/** Wipes Firestore and Auth of the project: tests start each run from the same demo clinic. */
export async function clearEmulators(projectId = PROJECT_ID): Promise<void> {
  const { firestoreHost, authHost } = emulatorEnv();
  const urls = [
    `http://${firestoreHost}/emulator/v1/projects/${projectId}/databases/(default)/documents`,
    `http://${authHost}/emulator/v1/projects/${projectId}/accounts`,
  ];
  for (const url of urls) {
    const res = await fetch(url, { method: 'DELETE' });
    if (!res.ok) throw new Error(`clearing ${url} failed: ${res.status} ${await res.text()}`);
  }
}

export async function seedDemo(projectId = PROJECT_ID): Promise<void> {
  const app = adminApp(projectId);
  const db = getFirestore(app);
  const auth = getAuth(app);

  for (const clinic of DEMO_CLINICS) {
    await db
      .doc(paths.clinic(clinic.id))
      .set({ ...newClinicDoc(clinic.name, clinic.timezone, clinic.language), ...roomsUpdate(clinic.rooms ?? []) });
    const batch = db.batch();
    clinic.patients.forEach((p, i) => {
      const patient = newPatientDoc(p, 'seed', FieldValue.serverTimestamp());
      batch.set(db.doc(`${paths.patients(clinic.id)}/demo-patient-${i + 1}`), patient);
    });
    await batch.commit();
  }

  for (const user of DEMO_USERS) {
    await auth
      .createUser({ uid: user.uid, email: user.email, displayName: user.displayName, password: DEMO_PASSWORD })
      .catch(async (err: unknown) => {
        if ((err as { code?: string }).code !== 'auth/uid-already-exists') throw err;
        await auth.updateUser(user.uid, {
          email: user.email,
          displayName: user.displayName,
          password: DEMO_PASSWORD,
          disabled: false,
        });
      });
    if (user.staff) {
      await writeStaffRecord(auth, db, user.staff.clinicId, user.uid, {
        displayName: user.displayName,
        email: user.email,
        role: user.staff.role,
        active: true,
      });
    }
    if (user.staff && user.onDutyIn) {
      const shift = dutyDoc({ state: 'on_duty', room: user.onDutyIn }, user.displayName, FieldValue.serverTimestamp());
      await db.doc(`${paths.duty(user.staff.clinicId)}/${user.uid}`).set(shift);
    }
  }
}
