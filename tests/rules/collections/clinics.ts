import { collection, deleteDoc, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
import { paths } from '@clinicflow/shared/paths';
import { CLINIC_A, NOBODY, STAFF_A } from '../actors';
import { clinicDoc } from '../fixtures';
import type { MatrixTable } from '../matrix';

/** clinics/{clinicId}: its staff read it; only admin tooling writes it. */
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
      op: 'delete',
      what: 'delete clinic A',
      allowed: NOBODY,
      attempt: ({ db }) => deleteDoc(doc(db, paths.clinic(CLINIC_A))),
    },
  ],
};
