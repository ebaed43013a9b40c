import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, type PatientSummary } from './visit-draft';
import { startVisitForm, visitFormReducer, type VisitFormAction, type VisitFormState } from './visit-form';

const MARIA: PatientSummary = {
  id: 'p1',
  fullName: 'Maria Garcia',
  dateOfBirth: '1984-03-12',
  phone: '+34 612 345 678',
};
const run = (state: VisitFormState, ...actions: VisitFormAction[]) => actions.reduce(visitFormReducer, state);

describe('startVisitForm', () => {
  it('starts empty, with normal priority and nobody chosen', () => {
    expect(startVisitForm()).toEqual({ choice: { kind: 'none' }, draft: EMPTY_DRAFT, errors: {}, duplicates: null });
  });

  it('starts from a visit the server refused, exactly as it was', () => {
    const initial = {
      choice: { kind: 'new' } as const,
      draft: { ...EMPTY_DRAFT, fullName: 'Ana Ruiz', reason: 'Cough' },
    };
    expect(startVisitForm(initial)).toMatchObject(initial);
  });
});

describe('visitFormReducer', () => {
  const refused = run(
    startVisitForm(),
    { type: 'registerNew', term: 'Ana Ruiz' },
    { type: 'refused', errors: { fullName: 'Too short.', phone: 'Missing.', reason: 'Missing.' } },
  );

  it('starts a new patient from what was searched', () => {
    expect(refused.choice).toEqual({ kind: 'new' });
    expect(refused.draft).toMatchObject({ fullName: 'Ana Ruiz', phone: '' });
    expect(run(startVisitForm(), { type: 'registerNew', term: '+34 612' }).draft).toMatchObject({ phone: '+34 612' });
  });

  it('clears only the edited field’s message, and keeps every other value', () => {
    const state = run(refused, { type: 'edit', field: 'phone', value: '+34 600' });
    expect(state.errors).toEqual({ fullName: 'Too short.', reason: 'Missing.' });
    expect(state.draft).toMatchObject({ fullName: 'Ana Ruiz', phone: '+34 600' });
  });

  it('an emergency drops the phone and date-of-birth messages (a walk-in needs neither), other priorities do not', () => {
    const refusedDetails = run(refused, { type: 'refused', errors: { phone: 'Missing.', dateOfBirth: 'Missing.' } });
    expect(run(refusedDetails, { type: 'edit', field: 'priority', value: 'urgent' }).errors).toEqual({
      phone: 'Missing.',
      dateOfBirth: 'Missing.',
    });
    expect(run(refusedDetails, { type: 'edit', field: 'priority', value: 'emergency' }).errors).toEqual({});
  });

  it('forgets the duplicates found once the name or the date of birth changes, not for other fields', () => {
    const found = run(refused, { type: 'duplicatesFound', patients: [MARIA] });
    expect(run(found, { type: 'edit', field: 'reason', value: 'Cough' }).duplicates).toEqual([MARIA]);
    expect(run(found, { type: 'edit', field: 'fullName', value: 'Ana Ruíz' }).duplicates).toBeNull();
    expect(run(found, { type: 'edit', field: 'dateOfBirth', value: '1990-05-04' }).duplicates).toBeNull();
  });

  it('choosing a patient clears the patient messages and the duplicates, and keeps the visit’s', () => {
    const state = run(
      refused,
      { type: 'duplicatesFound', patients: [MARIA] },
      { type: 'choose', choice: { kind: 'existing', patient: MARIA } },
    );
    expect(state.choice).toEqual({ kind: 'existing', patient: MARIA });
    expect(state.errors).toEqual({ reason: 'Missing.' });
    expect(state.duplicates).toBeNull();
  });

  it('a refused save replaces the messages as a whole', () => {
    expect(run(refused, { type: 'refused', errors: { patient: 'Find the patient.' } }).errors).toEqual({
      patient: 'Find the patient.',
    });
  });
});
