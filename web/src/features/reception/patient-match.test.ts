import { describe, expect, it } from 'vitest';
import { PATIENT_SEARCH_LIMIT } from '@clinicflow/shared/queries';
import { patientSearch, patientSearchKeys, type PatientSearch } from '@clinicflow/shared/search';
import { rankPatients, searchResults } from './patient-match';

function patient(fullName: string, phone = '+34 600 000 000') {
  return { fullName, phone, searchKeys: patientSearchKeys(fullName, phone) };
}

function searchFor(typed: string): PatientSearch {
  const search = patientSearch(typed);
  if (!search) throw new Error(`nothing to search in "${typed}"`);
  return search;
}

const names = (list: { fullName: string }[]) => list.map((p) => p.fullName);

describe('searchResults', () => {
  const maria = patient('María García López', '+34 612 345 678');
  const mario = patient('Mario Garcia Ruiz');

  it('keeps the patients matching every typed word', () => {
    expect(names(searchResults([maria, mario], searchFor('garcia maria')).results)).toEqual(['María García López']);
    expect(names(searchResults([maria, mario], searchFor('GARCIA lop')).results)).toEqual(['María García López']);
    expect(searchResults([maria, mario], searchFor('maria smith')).results).toEqual([]);
  });

  it('treats a spaced phone number as one number, not as words', () => {
    expect(names(searchResults([maria], searchFor('612 345')).results)).toEqual(['María García López']);
  });

  it('says the list was cut when the query returned as many as it may', () => {
    const many = Array.from({ length: PATIENT_SEARCH_LIMIT }, (_, i) =>
      patient(`Ana Prieto ${String.fromCharCode(97 + i)}`),
    );
    expect(searchResults(many, searchFor('ana')).cut).toBe(true);
    expect(searchResults(many.slice(1), searchFor('ana')).cut).toBe(false);
  });
});

describe('rankPatients', () => {
  it('puts whole-word matches before prefixes, and first names first', () => {
    const listed = [patient('Anabel Ruiz'), patient('Diana Ana Soto'), patient('Ana Torres'), patient('Juana Anaya')];
    expect(names(rankPatients(listed, searchFor('ana')))).toEqual([
      'Ana Torres',
      'Diana Ana Soto',
      'Anabel Ruiz',
      'Juana Anaya',
    ]);
  });

  it('puts the whole phone number before numbers it only starts', () => {
    const listed = [patient('Ana Ruiz', '+34 612 345 6789'), patient('Eva Soto', '612 345 678')];
    expect(names(rankPatients(listed, searchFor('+34 612 345 678')))).toEqual(['Eva Soto', 'Ana Ruiz']);
  });
});
