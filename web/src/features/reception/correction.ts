import { changedFields } from '@clinicflow/shared/documents';
import { PATIENT_CORRECTABLE, VISIT_CORRECTABLE, type Priority } from '@clinicflow/shared/model';
import {
  fieldErrors,
  patientInputSchema,
  visitInputSchema,
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

/**
 * The shared schemas decide, as on registration; only the part that changed is sent (a patient's
 * details, the visit's reason or priority), and nothing at all when nothing changed.
 */
export function checkCorrection(draft: CorrectionDraft, original: CorrectionDraft): CorrectionCheck {
  const patient = patientInputSchema.safeParse({
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
    ...(changedFields(PATIENT_CORRECTABLE, original, patient.data).length > 0 ? { patient: patient.data } : {}),
    ...(changedFields(VISIT_CORRECTABLE, original, visit.data).length > 0 ? { visit: visit.data } : {}),
  };
}
