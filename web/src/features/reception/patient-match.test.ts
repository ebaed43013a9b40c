import { describe, expect, it } from 'vitest';
import { patientSearchKeys } from '@clinicflow/shared/search';
import { matchesEveryWord } from './patient-match';

const maria = { searchKeys: patientSearchKeys('Maria Garcia Lopez', '+34 612 345 678') };

describe('matchesEveryWord', () => {
  it('keeps a patient when every further word starts one of their names', () => {
    expect(matchesEveryWord(maria, 'maria')).toBe(true);
    expect(matchesEveryWord(maria, 'Maria lop')).toBe(true);
    expect(matchesEveryWord(maria, 'garcia ma lo')).toBe(true);
  });

  it('drops a patient when a further word matches none of their names', () => {
    expect(matchesEveryWord(maria, 'maria smith')).toBe(false);
  });

  it('treats a spaced phone number as one number, not as words', () => {
    expect(matchesEveryWord(maria, '+34 612 345')).toBe(true);
  });
});
