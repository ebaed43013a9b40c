import { collection, deleteDoc, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
import { paths } from '@clinicflow/shared/paths';
import { ADMIN_A, CLINIC_A, NOBODY, STAFF_A } from '../actors';
import { clinicDoc } from '../fixtures';
import type { MatrixRow, MatrixTable } from '../matrix';

/** clinics/{clinicId}: its staff read it; admin tooling makes it; its admin sets the default language and the day end alone. */
export const clinicsMatrix: MatrixTable = {
  collection: 'clinics',
  rows: [
    {
      op: 'get',
      what: 'read clinic A',
      allowed: STAFF_A,
      attempt: ({ db }) => getDoc(doc(db, paths.clinic(CLINIC_A))),
    },
    { op: 'list', what: 'list the clinics', allowed: NOBODY, attempt: ({ db }) => getDocs(collection(db, 'clinics')) },
    {
      op: 'create',
      what: 'create a clinic',
      allowed: NOBODY,
      attempt: ({ db, docId }) => setDoc(doc(db, paths.clinic(docId)), clinicDoc('New clinic')),
    },
    {
      op: 'update',
      what: 'rename clinic A',
      allowed: NOBODY,
      attempt: ({ db }) => updateDoc(doc(db, paths.clinic(CLINIC_A)), { name: 'Renamed clinic' }),
    },
    {
      op: 'update',
      what: 'set clinic A’s default language to Spanish',
      allowed: [ADMIN_A],
      attempt: ({ db }) => updateDoc(doc(db, paths.clinic(CLINIC_A)), { language: 'es' }),
    },
    {
      op: 'update',
      what: 'set clinic A’s language to one ClinicFlow does not speak',
      allowed: NOBODY,
      attempt: ({ db }) => updateDoc(doc(db, paths.clinic(CLINIC_A)), { language: 'fr' }),
    },
    {
      op: 'update',
      what: 'set clinic A’s language and rename it in one write',
      allowed: NOBODY,
      attempt: ({ db }) => updateDoc(doc(db, paths.clinic(CLINIC_A)), { language: 'es', name: 'Renamed clinic' }),
    },
    {
      op: 'update',
      what: 'set when clinic A’s day ends to 05:30',
      allowed: [ADMIN_A],
      attempt: ({ db }) => updateDoc(doc(db, paths.clinic(CLINIC_A)), { dayEndsAt: '05:30' }),
    },
    ...['12:00', '4:00', '04:60', '24:00', '', 'late'].map((dayEndsAt): MatrixRow => ({
      op: 'update',
      what: `set clinic A’s day end to ${JSON.stringify(dayEndsAt)}, which is not HH:MM from 00:00 to 11:59`,
      allowed: NOBODY,
      attempt: ({ db }) => updateDoc(doc(db, paths.clinic(CLINIC_A)), { dayEndsAt }),
    })),
    {
      op: 'update',
      what: 'set clinic A’s day end to a number',
      allowed: NOBODY,
      attempt: ({ db }) => updateDoc(doc(db, paths.clinic(CLINIC_A)), { dayEndsAt: 400 }),
    },
    {
      op: 'update',
      what: 'set clinic A’s day end and language together',
      allowed: [ADMIN_A],
      attempt: ({ db }) => updateDoc(doc(db, paths.clinic(CLINIC_A)), { dayEndsAt: '03:00', language: 'es' }),
    },
    {
      op: 'update',
      what: 'set clinic A’s day end and its time zone in one write',
      allowed: NOBODY,
      attempt: ({ db }) =>
        updateDoc(doc(db, paths.clinic(CLINIC_A)), { dayEndsAt: '03:00', timezone: 'America/New_York' }),
    },
    {
      op: 'delete',
      what: 'delete clinic A',
      allowed: NOBODY,
      attempt: ({ db }) => deleteDoc(doc(db, paths.clinic(CLINIC_A))),
    },
  ],
};
