import { paths } from '@clinicflow/shared/paths';
import { CLINIC_A, NOBODY, STAFF_A } from '../actors';
import { dayDoc, SEEDED_DAY_PATH } from '../fixtures';
import { functionWrittenRows, type MatrixTable } from '../matrix';

/** clinics/{clinicId}/days: the ticket counter; the clinic's staff read a day, only the function writes. */
export const daysMatrix: MatrixTable = {
  collection: 'days',
  rows: functionWrittenRows({
    collectionPath: paths.days(CLINIC_A),
    noun: "a day's ticket counter",
    plural: "the days' counters",
    seededPath: SEEDED_DAY_PATH,
    make: dayDoc,
    change: { lastTicket: 0 },
    getters: STAFF_A,
    listers: NOBODY,
  }),
};
