import { FieldValue, Timestamp, type Firestore } from 'firebase-admin/firestore';
import { LIMITS, OPEN_STATUSES, PATIENT_CORRECTABLE, type VisitDoc } from '@clinicflow/shared/model';
import { serverQueries } from '@clinicflow/shared/queries';
import { detailsMissing } from '@clinicflow/shared/documents';
import { adminQuery } from '../admin-query';
import { logs } from '../logs';
import { recordCorrection, type CorrectionEvent, type CorrectionResult } from './record-correction';

/** The desk's list reaches this far back: a visit it can show carries the new name. */
const RENAME_WINDOW_MS = LIMITS.visitListHours * 60 * 60 * 1000;

/**
 * A patient's details were corrected: the correction is audited, and a new name (and, once a
 * walk-in's details are added, the end of "details missing") is copied onto the patient's visits
 * that a screen can still show (open ones, and any from the desk's window), so the queue shows
 * the record as it is without a patient read. Done here rather than by the
 * desk: the rules need not let a client rewrite visit names, a correction queued offline still
 * renames once it lands, and a doctor's open visit from an earlier day is renamed too.
 */
export async function correctPatient(
  db: Firestore,
  event: CorrectionEvent,
): Promise<{ audit: CorrectionResult; renamed: number }> {
  const audit = await recordCorrection(db, event, {
    kind: 'patient',
    fields: PATIENT_CORRECTABLE,
    byField: 'updatedBy',
    atField: 'updatedAt',
  });
  const name = event.after?.fullName;
  const missing = event.after ? detailsMissing(event.after) : false;
  const renaming = typeof name === 'string' && event.before?.fullName !== name;
  const completing = event.before !== undefined && detailsMissing(event.before) !== missing;
  let renamed = 0;
  if (typeof name === 'string' && (renaming || completing)) {
    const since = Timestamp.fromMillis(event.eventTime.getTime() - RENAME_WINDOW_MS);
    const visits = await adminQuery(db, serverQueries.patientVisits(event.clinicId, event.targetId)).get();
    const batch = db.batch();
    for (const snapshot of visits.docs) {
      const visit = snapshot.data() as VisitDoc<Timestamp>;
      const shown =
        (OPEN_STATUSES as readonly string[]).includes(visit.status) || visit.createdAt.toMillis() >= since.toMillis();
      const flagged = visit.patientDetailsMissing === true;
      if (!shown || (visit.patientName === name && flagged === missing)) continue;
      batch.update(snapshot.ref, {
        patientName: name,
        patientDetailsMissing: missing ? true : FieldValue.delete(),
      });
      renamed++;
    }
    if (renamed > 0) await batch.commit();
  }
  if (audit !== 'unchanged') logs.patientCorrected(event.clinicId, event.targetId, audit, renamed);
  return { audit, renamed };
}
