import { paths } from '@clinicflow/shared/paths';
import { ADMIN_A, CLINIC_A } from '../actors';
import { correctionDoc, SEEDED_CORRECTION } from '../fixtures';
import { functionWrittenRows, type MatrixTable } from '../matrix';

/** clinics/{clinicId}/corrections: the clinic admin reads the desk's corrections; only the functions write them. */
export const correctionsMatrix: MatrixTable = {
  collection: 'corrections',
  rows: functionWrittenRows({
    collectionPath: paths.corrections(CLINIC_A),
    noun: 'a correction entry',
    plural: 'the corrections trail',
    seededPath: SEEDED_CORRECTION,
    make: correctionDoc,
    change: { by: 'someone-else' },
    getters: [ADMIN_A],
    listers: [ADMIN_A],
  }),
};
