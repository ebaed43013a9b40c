import { collection, deleteDoc, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
import { paths } from '@clinicflow/shared/paths';
import { ADMIN_A, CLINIC_A, NOBODY, STAFF_A } from '../actors';
import { clinicDoc } from '../fixtures';
import type { MatrixTable } from '../matrix';

/** clinics/{clinicId}: its staff read it; admin tooling makes it; its admin sets the default language alone. */
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
      op: 'delete',
      what: 'delete clinic A',
      allowed: NOBODY,
      attempt: ({ db }) => deleteDoc(doc(db, paths.clinic(CLINIC_A))),
    },
  ],
};
