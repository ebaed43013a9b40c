import { paths } from '@clinicflow/shared/paths';
import { ADMIN_A, CLINIC_A } from '../actors';
import { SEEDED_STAFF_AUDIT, staffAuditDoc } from '../fixtures';
import { functionWrittenRows, type MatrixTable } from '../matrix';

/** clinics/{clinicId}/staffAudit: the clinic admin reads who changed whom; only functions write it. */
export const staffAuditMatrix: MatrixTable = {
  collection: 'staffAudit',
  rows: functionWrittenRows({
    collectionPath: paths.staffAudit(CLINIC_A),
    noun: 'a staff-change audit entry',
    plural: 'the staff-change audit trail',
    seededPath: SEEDED_STAFF_AUDIT,
    make: staffAuditDoc,
    change: { by: 'someone-else' },
    getters: [ADMIN_A],
    listers: [ADMIN_A],
  }),
};
