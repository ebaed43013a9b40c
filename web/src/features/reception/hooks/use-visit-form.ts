import { useReducer, useState } from 'react';
import type { PatientInput } from '@clinicflow/shared/validation';
import type { OpenVisitRequest } from '@/features/visits/api/visits';
import { checkVisitDraft, type PatientChoice, type PatientSummary, type VisitDraft } from '../visit-draft';
import { startVisitForm, visitFormReducer } from '../visit-form';

export interface VisitFormOptions {
  initial?: { choice: PatientChoice; draft: VisitDraft } | undefined;
  findDuplicates: (input: PatientInput) => Promise<PatientSummary[] | null>;
  onSave: (request: OpenVisitRequest) => void;
}

/**
 * The new-visit form's state and its submit: the shared schemas check the draft; a new patient
 * is checked for duplicates first (unless the receptionist says it is another person), and a
 * valid visit goes to `onSave`.
 */
export function useVisitForm({ initial, findDuplicates, onSave }: VisitFormOptions) {
  const [state, dispatch] = useReducer(visitFormReducer, initial, startVisitForm);
  const [checking, setChecking] = useState(false);

  async function submit(allowDuplicate: boolean) {
    const check = checkVisitDraft(state.choice, state.draft);
    if (!check.ok) {
      dispatch({ type: 'refused', errors: check.errors });
      return;
    }
    const { patient } = check.request;
    if (patient.kind === 'new' && !allowDuplicate) {
      setChecking(true);
      const found = await findDuplicates(patient.input);
      setChecking(false);
      if (found && found.length > 0) {
        dispatch({ type: 'duplicatesFound', patients: found });
        return;
      }
    }
    onSave(check.request);
  }

  return {
    ...state,
    checking,
    edit: (field: keyof VisitDraft, value: string) => dispatch({ type: 'edit', field, value }),
    choose: (choice: PatientChoice) => dispatch({ type: 'choose', choice }),
    registerNew: (term: string) => dispatch({ type: 'registerNew', term }),
    submit,
  };
}
