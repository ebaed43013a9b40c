import { describe, expect, it } from 'vitest';
import { detailsMissing } from './documents';
import { LIMITS } from './model';
import {
  dayEndsAtSchema,
  fieldErrors,
  fullNameSchema,
  patientIdSchema,
  patientInputSchema,
  searchKeysSchema,
  walkInPatientSchema,
} from './validation';

describe('walkInPatientSchema', () => {
  it('takes an emergency walk-in by name alone: empty phone and date of birth are not given (null)', () => {
    expect(walkInPatientSchema.parse({ fullName: ' Walk In ', phone: ' ', dateOfBirth: '' })).toEqual({
      fullName: 'Walk In',
      phone: null,
      dateOfBirth: null,
    });
    expect(detailsMissing({ phone: null, dateOfBirth: '1990-01-01' })).toBe(true);
    expect(detailsMissing({ phone: '+34 600 111 222', dateOfBirth: '1990-01-01' })).toBe(false);
  });

  it('still checks what is given, and still wants a name', () => {
    const result = walkInPatientSchema.safeParse({ fullName: '', phone: 'call me', dateOfBirth: '1990-02-30' });
    expect(result.success ? {} : fieldErrors(result.error)).toEqual({
      fullName: 'name.tooShort',
      phone: 'phone.format',
      dateOfBirth: 'dateOfBirth.invalid',
    });
  });

  it('is what patientInputSchema is not: there phone and date of birth are required', () => {
    const result = patientInputSchema.safeParse({ fullName: 'Walk In', phone: '', dateOfBirth: '' });
    expect(result.success).toBe(false);
  });
});

describe('patientIdSchema', () => {
  it('accepts Firestore auto-ids and readable ids up to LIMITS.idMax', () => {
    for (const id of ['Xk3v9QpLmN2bR7tY0aZc', 'demo-patient-1', 'patient_a', 'p'.repeat(LIMITS.idMax)]) {
      expect(patientIdSchema.safeParse(id).success, id).toBe(true);
    }
  });

  it('refuses empty, overlong and path-like ids', () => {
    for (const id of ['', 'p'.repeat(LIMITS.idMax + 1), '../visits/x', 'a/b', 'ana gomez', 'Ñandú', 'a.b']) {
      expect(patientIdSchema.safeParse(id).success, id).toBe(false);
    }
  });
});

describe('searchKeysSchema', () => {
  it('accepts 1 to LIMITS.searchKeysMax keys of 1 to LIMITS.searchKeyMax characters', () => {
    expect(searchKeysSchema.safeParse(['a']).success).toBe(true);
    expect(searchKeysSchema.safeParse(['ñandú', '𠮷田', '346001']).success).toBe(true);
    expect(searchKeysSchema.safeParse(Array.from({ length: LIMITS.searchKeysMax }, () => 'k'.repeat(40))).success).toBe(
      true,
    );
  });

  it('refuses no keys, too many, an empty or overlong key, a key with a space and a non-string', () => {
    for (const keys of [
      [],
      Array.from({ length: LIMITS.searchKeysMax + 1 }, (_, i) => `k${i}`),
      [''],
      ['k'.repeat(LIMITS.searchKeyMax + 1)],
      ['ana gomez'],
      [1],
    ]) {
      expect(searchKeysSchema.safeParse(keys).success, JSON.stringify(keys)).toBe(false);
    }
  });
});

describe('fullNameSchema', () => {
  it('accepts names in any script', () => {
    for (const name of ['María García-López', "O'Brien Jo", '李王', 'Ζωή Σ.', 'Абебе']) {
      expect(fullNameSchema.safeParse(name).success, name).toBe(true);
    }
  });

  it('refuses a name with no letter with its own code, and a short one with another', () => {
    expect(fullNameSchema.safeParse('123 --').error?.issues.map((i) => i.message)).toEqual(['name.noLetter']);
    // ʼ is a letter to Unicode (a modifier) but folds away like an apostrophe: nothing would find it.
    expect(fullNameSchema.safeParse('ʼ\u0000').error?.issues.map((i) => i.message)).toEqual(['name.noLetter']);
    expect(fullNameSchema.safeParse(' a ').error?.issues.map((i) => i.message)).toEqual(['name.tooShort']);
  });
});

describe('dayEndsAtSchema', () => {
  it('accepts HH:MM from 00:00 to 11:59, as the rules do', () => {
    for (const time of ['00:00', '04:00', '05:30', '11:59'])
      expect(dayEndsAtSchema.safeParse(time).success, time).toBe(true);
  });

  it('refuses the afternoon, malformed times and other types with the dayEnd code (the rules test the same)', () => {
    for (const time of ['12:00', '4:00', '04:60', '24:00', '', 'late', 400]) {
      expect(
        dayEndsAtSchema.safeParse(time).error?.issues.map((i) => i.message),
        String(time),
      ).toEqual(['dayEnd.invalid']);
    }
  });
});
