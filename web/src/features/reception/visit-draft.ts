import type { Priority } from '@clinicflow/shared/model';
import { fieldErrors, patientInputSchema, visitInputSchema, walkInPatientSchema } from '@clinicflow/shared/validation';
import type { ValidationCode } from '@clinicflow/shared/validation-codes';
import type { OpenVisitRequest } from '@/features/visits/api/visits';
import type { I18n } from '@/lib/i18n';

export interface PatientSummary {
  id: string;
  fullName: string;
  /** Null or absent: not known (an emergency walk-in's record, until the desk adds it). */
  dateOfBirth?: string | null;
  phone?: string | null;
}

/** "Born 12 Mar 1984 · +34 612 345 678", with whatever is known. */
export function patientFacts(
  p: Pick<PatientSummary, 'dateOfBirth' | 'phone'>,
  { t, calendarDate }: Pick<I18n, 't' | 'calendarDate'>,
): string {
  return [p.dateOfBirth && t('patient.born', { date: calendarDate(p.dateOfBirth) }), p.phone]
    .filter(Boolean)
    .join(' · ');
}

/** Who the visit is for: nobody chosen yet, a registered patient, or one being registered now. */
export type PatientChoice = { kind: 'none' } | { kind: 'existing'; patient: PatientSummary } | { kind: 'new' };

/** What is typed, kept as typed (even when invalid) so an error never loses input. */
export interface VisitDraft {
  fullName: string;
  phone: string;
  dateOfBirth: string;
  reason: string;
  priority: Priority | '';
}

export const EMPTY_DRAFT: VisitDraft = { fullName: '', phone: '', dateOfBirth: '', reason: '', priority: 'normal' };

export type DraftCheck = { ok: true; request: OpenVisitRequest } | { ok: false; errors: Record<string, string> };

/** The shared zod schemas decide; their validation codes land next to each field. */
export function checkVisitDraft(choice: PatientChoice, draft: VisitDraft): DraftCheck {
  const errors: Record<string, string> = {};
  const visit = visitInputSchema.safeParse({ reason: draft.reason, priority: draft.priority || undefined });
  if (!visit.success) Object.assign(errors, fieldErrors(visit.error));

  if (choice.kind === 'none') {
    errors.patient = 'patient.required' satisfies ValidationCode;
    return { ok: false, errors };
  }
  if (choice.kind === 'existing') {
    if (!visit.success) return { ok: false, errors };
    const { id, fullName, phone, dateOfBirth } = choice.patient;
    // Null (not absent) is a record known to lack it: a walk-in's, until the desk adds it.
    const missing = phone === null || dateOfBirth === null;
    return {
      ok: true,
      request: { patient: { kind: 'existing', id, fullName, detailsMissing: missing }, visit: visit.data },
    };
  }
  // An emergency walk-in is registered by name alone; everyone else with phone and date of birth.
  const schema = draft.priority === 'emergency' ? walkInPatientSchema : patientInputSchema;
  const patient = schema.safeParse({
    fullName: draft.fullName,
    phone: draft.phone,
    dateOfBirth: draft.dateOfBirth,
  });
  if (!patient.success) Object.assign(errors, fieldErrors(patient.error));
  if (!patient.success || !visit.success) return { ok: false, errors };
  return { ok: true, request: { patient: { kind: 'new', input: patient.data }, visit: visit.data } };
}

/** What the search box held becomes the start of the new patient's name or phone. */
export function draftFromSearch(term: string): Pick<VisitDraft, 'fullName' | 'phone'> {
  const trimmed = term.trim();
  if (/^[0-9 +()-]+$/.test(trimmed)) return { fullName: '', phone: trimmed };
  return { fullName: trimmed, phone: '' };
}

/** A visit that did not reach the server goes back into the form exactly as it was sent. */
export function draftFromRequest(request: OpenVisitRequest): { choice: PatientChoice; draft: VisitDraft } {
  const visit = { reason: request.visit.reason, priority: request.visit.priority };
  const { patient } = request;
  if (patient.kind === 'existing') {
    return {
      choice: {
        kind: 'existing',
        patient: { id: patient.id, fullName: patient.fullName, ...(patient.detailsMissing && { phone: null }) },
      },
      draft: { ...EMPTY_DRAFT, ...visit },
    };
  }
  const { fullName, phone, dateOfBirth } = patient.input;
  return { choice: { kind: 'new' }, draft: { fullName, phone: phone ?? '', dateOfBirth: dateOfBirth ?? '', ...visit } };
}
