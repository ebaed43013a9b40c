import { paths } from '@clinicflow/shared/paths';
import { ADMIN_A, CLINIC_A } from '../actors';
import { auditDoc, SEEDED_AUDIT } from '../fixtures';
import { functionWrittenRows, type MatrixTable } from '../matrix';

/** clinics/{clinicId}/audit: the clinic admin reads the trail; only the function writes it. */
export const auditMatrix: MatrixTable = {
  collection: 'audit',
  rows: functionWrittenRows({
    collectionPath: paths.audit(CLINIC_A),
    noun: 'an audit entry',
    plural: 'the audit trail',
    seededPath: SEEDED_AUDIT,
    make: auditDoc,
    change: { by: 'someone-else' },
    getters: [ADMIN_A],
    listers: [ADMIN_A],
  }),
};
