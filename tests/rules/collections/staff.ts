import { collection, deleteDoc, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
import { paths } from '@clinicflow/shared/paths';
import {
  ADMIN_A,
  ADMIN_B,
  CLINIC_A,
  DOCTOR_A,
  DOCTOR_B,
  DISPLAY_A,
  DISPLAY_B,
  NOBODY,
  OTHER_DOCTOR_A,
  RECEPTIONIST_A,
  RECEPTIONIST_B,
  STALE_TOKENS_A,
  type Actor,
} from '../actors';
import { staffDoc } from '../fixtures';
import type { MatrixTable } from '../matrix';

const staffPath = (uid: string) => `${paths.staff(CLINIC_A)}/${uid}`;
const seedStaff = (docId: string, actor: Actor) => ({ [staffPath(docId)]: staffDoc(actor) });

/**
 * clinics/{clinicId}/staff/{uid}: the clinic admin lists and reads it, each member with a known
 * role (the waiting-room display too) reads their own (in their own clinic), even once the record no longer backs their token:
 * that change is what tells their app to refresh it. Only functions write it, so nobody can grant
 * themselves a role through it.
 */
export const staffMatrix: MatrixTable = {
  collection: 'staff',
  rows: [
    {
      op: 'get',
      what: 'read their own staff record',
      allowed: [
        ADMIN_A,
        RECEPTIONIST_A,
        DOCTOR_A,
        DISPLAY_A,
        ADMIN_B,
        RECEPTIONIST_B,
        DOCTOR_B,
        DISPLAY_B,
        ...STALE_TOKENS_A,
      ],
      attempt: ({ db, actor }) => getDoc(doc(db, `${paths.staff(actor.staff?.clinicId ?? CLINIC_A)}/${actor.uid}`)),
    },
    {
      op: 'get',
      what: "read another member's staff record in clinic A",
      allowed: [ADMIN_A],
      attempt: ({ db }) => getDoc(doc(db, staffPath(OTHER_DOCTOR_A.uid))),
    },
    {
      op: 'list',
      what: "list clinic A's staff",
      allowed: [ADMIN_A],
      attempt: ({ db }) => getDocs(collection(db, paths.staff(CLINIC_A))),
    },
    {
      op: 'create',
      what: 'add a staff record to clinic A',
      allowed: NOBODY,
      attempt: ({ db, docId, actor }) => setDoc(doc(db, staffPath(docId)), { ...staffDoc(actor), role: 'admin' }),
    },
    {
      op: 'update',
      what: 'promote a member of clinic A to admin',
      allowed: NOBODY,
      seed: seedStaff,
      attempt: ({ db, docId }) => updateDoc(doc(db, staffPath(docId)), { role: 'admin' }),
    },
    {
      op: 'delete',
      what: 'delete a staff record of clinic A',
      allowed: NOBODY,
      seed: seedStaff,
      attempt: ({ db, docId }) => deleteDoc(doc(db, staffPath(docId))),
    },
  ],
};
