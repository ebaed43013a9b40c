import { paths } from '@clinicflow/shared/paths';
import { CLINIC_A, DOCTOR_A } from '../actors';
import { notificationDoc, SEEDED_NOTIFICATION } from '../fixtures';
import { functionWrittenRows, type MatrixTable } from '../matrix';

/** clinics/{clinicId}/notifications: the clinic's checker doctors read them; only the function writes. */
export const notificationsMatrix: MatrixTable = {
  collection: 'notifications',
  rows: functionWrittenRows({
    collectionPath: paths.notifications(CLINIC_A),
    noun: 'a new-visit notification',
    plural: 'the new-visit notifications',
    seededPath: SEEDED_NOTIFICATION,
    make: notificationDoc,
    change: { ticket: 'A-999' },
    getters: [DOCTOR_A],
    listers: [DOCTOR_A],
  }),
};
