import { describe, expect, it } from 'vitest';
import { createFormatter } from '@/lib/format';
import { translate } from '@/lib/i18n';
import {
  EMPTY_DRAFT,
  checkVisitDraft,
  draftFromRequest,
  draftFromSearch,
  patientFacts,
  type VisitDraft,
} from './visit-draft';

const complete: VisitDraft = {
  fullName: '  Ana   Ruiz ',
  phone: '+34 600 111 222',
  dateOfBirth: '1990-05-04',
  reason: ' Sore throat ',
  priority: 'urgent',
};

describe('checkVisitDraft', () => {
  it('asks for a patient before anything else can be saved', () => {
    const check = checkVisitDraft({ kind: 'none' }, { ...EMPTY_DRAFT, reason: 'Cough' });
    expect(check).toEqual({ ok: false, errors: { patient: 'patient.required' } });
  });

  it('gives a validation code per field for a new patient, from the shared schemas', () => {
    const check = checkVisitDraft(
      { kind: 'new' },
      { fullName: 'A', phone: 'abc', dateOfBirth: '2999-01-01', reason: '', priority: 'normal' },
    );
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors).toEqual({
      fullName: 'name.tooShort',
      phone: 'phone.tooShort',
      dateOfBirth: 'dateOfBirth.invalid',
      reason: 'reason.required',
    });
  });

  it('builds a new-patient request with trimmed values', () => {
    const check = checkVisitDraft({ kind: 'new' }, complete);
    expect(check).toEqual({
      ok: true,
      request: {
        patient: {
          kind: 'new',
          input: { fullName: 'Ana   Ruiz', phone: '+34 600 111 222', dateOfBirth: '1990-05-04' },
        },
        visit: { reason: 'Sore throat', priority: 'urgent' },
      },
    });
  });

  it('registers an emergency walk-in by name alone, and nobody else', () => {
    const nameOnly = { ...complete, phone: '', dateOfBirth: '', priority: 'emergency' as const };
    expect(checkVisitDraft({ kind: 'new' }, nameOnly)).toEqual({
      ok: true,
      request: {
        patient: { kind: 'new', input: { fullName: 'Ana   Ruiz', phone: null, dateOfBirth: null } },
        visit: { reason: 'Sore throat', priority: 'emergency' },
      },
    });
    const urgent = checkVisitDraft({ kind: 'new' }, { ...nameOnly, priority: 'urgent' });
    expect(urgent.ok ? {} : urgent.errors).toEqual({ phone: 'phone.tooShort', dateOfBirth: 'dateOfBirth.invalid' });
  });

  it('carries over that a chosen patient’s record lacks details (null), not when they are merely not shown', () => {
    const visit = { ...complete, priority: 'normal' as const };
    const walkIn = checkVisitDraft(
      { kind: 'existing', patient: { id: 'w1', fullName: 'Walk In', phone: null, dateOfBirth: null } },
      visit,
    );
    expect(walkIn.ok && walkIn.request.patient).toEqual({
      kind: 'existing',
      id: 'w1',
      fullName: 'Walk In',
      detailsMissing: true,
    });
    const known = checkVisitDraft({ kind: 'existing', patient: { id: 'p1', fullName: 'Ana' } }, visit);
    expect(known.ok && known.request.patient).toMatchObject({ detailsMissing: false });
  });

  it('ignores the new-patient fields when a registered patient was chosen', () => {
    const check = checkVisitDraft(
      { kind: 'existing', patient: { id: 'p1', fullName: 'Maria Garcia' } },
      { ...EMPTY_DRAFT, reason: 'Check-up' },
    );
    expect(check).toEqual({
      ok: true,
      request: {
        patient: { kind: 'existing', id: 'p1', fullName: 'Maria Garcia', detailsMissing: false },
        visit: { reason: 'Check-up', priority: 'normal' },
      },
    });
  });
});

describe('draftFromSearch', () => {
  it('puts a typed phone number in the phone field and a name in the name field', () => {
    expect(draftFromSearch(' +34 612 ')).toEqual({ fullName: '', phone: '+34 612' });
    expect(draftFromSearch('Maria Gar')).toEqual({ fullName: 'Maria Gar', phone: '' });
  });
});

describe('draftFromRequest', () => {
  it('puts a refused new-patient visit back into the form exactly', () => {
    const input = { fullName: 'Ana Ruiz', phone: '+34 600 111 222', dateOfBirth: '1990-05-04' };
    const { choice, draft } = draftFromRequest({
      patient: { kind: 'new', input },
      visit: { reason: 'Sore throat', priority: 'urgent' },
    });
    expect(choice).toEqual({ kind: 'new' });
    expect(draft).toEqual({ ...input, reason: 'Sore throat', priority: 'urgent' });
  });
});

describe('patientFacts', () => {
  it('says what is known of a patient: date of birth and phone', () => {
    const en = { t: translate, ...createFormatter('en', 'Europe/Madrid') };
    expect(patientFacts({ dateOfBirth: '1984-03-12', phone: '+34 612 345 678' }, en)).toBe(
      'Born 12 Mar 1984 · +34 612 345 678',
    );
    expect(patientFacts({ phone: '+34 612 345 678' }, en)).toBe('+34 612 345 678');
    expect(patientFacts({}, en)).toBe('');
  });
});
