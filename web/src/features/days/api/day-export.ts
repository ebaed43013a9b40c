/** The admin's export of a day's visits, through the callable (admins cannot read visits themselves). */
import { httpsCallable } from 'firebase/functions';
import { CALLABLES, type ExportDayVisitsResult } from '@clinicflow/shared/callables';
import type { ExportDayInput } from '@clinicflow/shared/validation';
import { functions } from '@/lib/functions';

export const exportDayVisits = httpsCallable<ExportDayInput, ExportDayVisitsResult>(
  functions,
  CALLABLES.exportDayVisits,
);
