import { Timestamp, type Firestore } from 'firebase-admin/firestore';
import type { ExportDayVisitsResult, ExportedVisit } from '@clinicflow/shared/callables';
import { PRIORITIES, VISIT_STATUSES } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { EXPORT_MAX, serverQueries } from '@clinicflow/shared/queries';
import { exportDayInputSchema, type ExportDayInput } from '@clinicflow/shared/validation';
import { adminQuery } from '../admin-query';
import { staffCallable, type AdminCaller } from '../staff/staff-callable';
import { db } from '../db';

const millis = (value: unknown): number | null => (value instanceof Timestamp ? value.toMillis() : null);
const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T => values.some((v) => v === value);

/**
 * One clinic day's visits for the admin's CSV: what the export needs and nothing more. The admin
 * cannot read visits (they hold complaints); this reads them with the admin SDK and hands back
 * ticket, times, priority, status and doctor, and the patient's name only when asked.
 */
export async function exportDay(
  firestore: Firestore,
  clinicId: string,
  input: ExportDayInput,
): Promise<ExportDayVisitsResult> {
  const [snapshot, staff] = await Promise.all([
    adminQuery(firestore, serverQueries.dayVisits(clinicId, input.dayKey)).get(),
    firestore.collection(paths.staff(clinicId)).get(),
  ]);
  const names = new Map(staff.docs.map((m) => [m.id, m.get('displayName') as unknown]));
  const visits: ExportedVisit[] = [];
  for (const doc of snapshot.docs.slice(0, EXPORT_MAX)) {
    const data = doc.data();
    const arrivedAt = millis(data.createdAt);
    if (arrivedAt === null || !oneOf(PRIORITIES, data.priority) || !oneOf(VISIT_STATUSES, data.status)) continue;
    const doctorUid: unknown = data.claimedBy;
    const doctorName = typeof doctorUid === 'string' ? names.get(doctorUid) : undefined;
    visits.push({
      ticket: typeof data.ticket === 'string' ? data.ticket : null,
      arrivedAt,
      claimedAt: millis(data.claimedAt),
      completedAt: millis(data.completedAt),
      priority: data.priority,
      status: data.status,
      closedAtDayEnd: data.closedAtDayEnd === true,
      doctor: typeof doctorName === 'string' ? doctorName : null,
      ...(input.withNames && typeof data.patientName === 'string' ? { patientName: data.patientName } : {}),
    });
  }
  visits.sort((a, b) => a.arrivedAt - b.arrivedAt);
  return { visits, truncated: snapshot.size > EXPORT_MAX };
}

/** The callable: the clinic's current admin only, for their own clinic. */
export const exportDayVisits = staffCallable('exportDayVisits', exportDayInputSchema, (caller: AdminCaller, input) =>
  exportDay(db(), caller.clinicId, input),
);
