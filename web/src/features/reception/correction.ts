import { changedFields } from '@clinicflow/shared/documents';
import { PATIENT_CORRECTABLE, VISIT_CORRECTABLE, type Priority } from '@clinicflow/shared/model';
import {
  fieldErrors,
  patientInputSchema,
  visitInputSchema,
  walkInPatientSchema,
  type PatientInput,
  type VisitInput,
} from '@clinicflow/shared/validation';

/** What the correction dialog holds, as typed (kept even when invalid, so an error loses nothing). */
export type CorrectionDraft = {
  fullName: string;
  phone: string;
  dateOfBirth: string;
  reason: string;
  priority: Priority;
};

export type CorrectionCheck =
  { ok: true; patient?: PatientInput; visit?: VisitInput } | { ok: false; errors: Record<string, string> };

/** The dialog shows a detail not given as empty; the record holds null. */
const asStored = (draft: CorrectionDraft) => ({
  ...draft,
  phone: draft.phone || null,
  dateOfBirth: draft.dateOfBirth || null,
});

/**
 * The shared schemas decide, as on registration; only the part that changed is sent (a patient's
 * details, the visit's reason or priority), and nothing at all when nothing changed.
 */
export function checkCorrection(draft: CorrectionDraft, original: CorrectionDraft): CorrectionCheck {
  // A walk-in's record may stay incomplete; a complete record is never emptied again.
  const schema = original.phone && original.dateOfBirth ? patientInputSchema : walkInPatientSchema;
  const patient = schema.safeParse({
    fullName: draft.fullName,
    phone: draft.phone,
    dateOfBirth: draft.dateOfBirth,
  });
  const visit = visitInputSchema.safeParse({ reason: draft.reason, priority: draft.priority });
  if (!patient.success || !visit.success) {
    return {
      ok: false,
      errors: {
        ...(patient.success ? {} : fieldErrors(patient.error)),
        ...(visit.success ? {} : fieldErrors(visit.error)),
      },
    };
  }
  return {
    ok: true,
    ...(changedFields(PATIENT_CORRECTABLE, asStored(original), patient.data).length > 0
      ? { patient: patient.data }
      : {}),
    ...(changedFields(VISIT_CORRECTABLE, original, visit.data).length > 0 ? { visit: visit.data } : {}),
  };
}
