import { accountsMatrix } from './collections/accounts';
import { auditMatrix } from './collections/audit';
import { boardMatrix } from './collections/board';
import { clinicsMatrix } from './collections/clinics';
import { correctionsMatrix } from './collections/corrections';
import { daysMatrix } from './collections/days';
import { dutyMatrix } from './collections/duty';
import { notificationsMatrix } from './collections/notifications';
import { patientsMatrix } from './collections/patients';
import { staffMatrix } from './collections/staff';
import { staffAuditMatrix } from './collections/staff-audit';
import { unlistedMatrix } from './collections/unlisted';
import { visitsMatrix } from './collections/visits';
import type { MatrixTable } from './matrix';

/** Every collection's access table, in the order the suite runs them. */
export const MATRICES: readonly MatrixTable[] = [
  clinicsMatrix,
  staffMatrix,
  dutyMatrix,
  patientsMatrix,
  visitsMatrix,
  notificationsMatrix,
  auditMatrix,
  correctionsMatrix,
  staffAuditMatrix,
  daysMatrix,
  boardMatrix,
  unlistedMatrix,
  accountsMatrix,
];

export function matrixFor(collection: string): MatrixTable {
  const table = MATRICES.find((m) => m.collection === collection);
  if (!table) throw new Error(`No access table for the ${collection} collection`);
  return table;
}
