import { EMPTY_DRAFT, draftFromSearch, type PatientChoice, type PatientSummary, type VisitDraft } from './visit-draft';

/** Everything the new-visit form shows: whose visit, what is typed, the messages, the duplicates found. */
export interface VisitFormState {
  choice: PatientChoice;
  draft: VisitDraft;
  /** A message per field ('patient' for the search box). */
  errors: Record<string, string>;
  /** Registered patients with the new patient's name and date of birth, once the check found some. */
  duplicates: PatientSummary[] | null;
}

export type VisitFormAction =
  | { type: 'edit'; field: keyof VisitDraft; value: string }
  | { type: 'choose'; choice: PatientChoice }
  | { type: 'registerNew'; term: string }
  | { type: 'refused'; errors: Record<string, string> }
  | { type: 'duplicatesFound'; patients: PatientSummary[] };

const PATIENT_FIELDS = ['patient', 'fullName', 'phone', 'dateOfBirth'];

function without(errors: Record<string, string>, fields: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).filter(([key]) => !fields.includes(key)));
}

/** Empty, or pre-filled with a visit the server refused. */
export function startVisitForm(initial?: { choice: PatientChoice; draft: VisitDraft }): VisitFormState {
  return {
    choice: initial?.choice ?? { kind: 'none' },
    draft: initial?.draft ?? EMPTY_DRAFT,
    errors: {},
    duplicates: null,
  };
}

/** An edit clears its own field's message; what was typed stays until the visit is saved. */
export function visitFormReducer(state: VisitFormState, action: VisitFormAction): VisitFormState {
  switch (action.type) {
    case 'edit': {
      // The duplicates were found for the name and date of birth as they were.
      const stale = action.field === 'fullName' || action.field === 'dateOfBirth';
      // An emergency walk-in needs no phone or date of birth: their "missing" messages no longer hold.
      const walkIn = action.field === 'priority' && action.value === 'emergency';
      return {
        ...state,
        draft: { ...state.draft, [action.field]: action.value },
        errors: without(state.errors, walkIn ? [action.field, 'phone', 'dateOfBirth'] : [action.field]),
        duplicates: stale ? null : state.duplicates,
      };
    }
    case 'choose':
      return { ...state, choice: action.choice, duplicates: null, errors: without(state.errors, PATIENT_FIELDS) };
    case 'registerNew':
      return visitFormReducer(
        { ...state, draft: { ...state.draft, ...draftFromSearch(action.term) } },
        { type: 'choose', choice: { kind: 'new' } },
      );
    case 'refused':
      return { ...state, errors: action.errors };
    case 'duplicatesFound':
      return { ...state, duplicates: action.patients };
  }
}
