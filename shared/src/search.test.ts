import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from './model';
import {
  foldText,
  matchesPatientSearch,
  nationalDigits,
  patientNameKey,
  patientSearch,
  patientSearchKeys,
} from './search';
import { patientInputSchema, searchKeysSchema } from './validation';

/** A surrogate without its partner: Firestore refuses to store such a string. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether what is typed finds a patient registered with this name and phone. */
function finds(typed: string, fullName: string, phone = '600 000 000'): boolean {
  const search = patientSearch(typed);
  if (!search) return false;
  const keys = patientSearchKeys(fullName, phone);
  return keys.includes(search.key) && matchesPatientSearch({ searchKeys: keys }, search);
}

describe('foldText', () => {
  it.each([
    ['Lucía Fernández', 'lucia fernandez'],
    ['GÓMEZ', 'gomez'],
    ['María García-López', 'maria garcia lopez'],
    ["  O'Brien  ", 'obrien'],
    ['N’Diaye', 'ndiaye'],
    ['İpek Işık', 'ipek isik'],
    ['Straße', 'strasse'],
    ['Søren Łukasz', 'soren lukasz'],
    ['ΟΔΥΣΣΕΑΣ Παπαδόπουλος', 'οδυσσεασ παπαδοπουλοσ'],
    ['ΠΑΠΑΣ', 'παπασ'],
    ['Ｌｕｃｉａ', 'lucia'],
    ['王小明', '王小明'],
    ['አበበ ቢቂላ', 'አበበ ቢቂላ'],
  ])('folds %s to %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('keeps the marks that tell names apart in other scripts', () => {
    expect(foldText('राम')).not.toBe(foldText('रम'));
    expect(foldText('がく')).not.toBe(foldText('かく'));
    expect(foldText('김민준')).toBe('김민준');
  });
});

describe('nationalDigits', () => {
  it.each([
    ['+34 612 345 678', '612345678'],
    ['0034 612 345 678', '612345678'],
    ['612-345-678', '612345678'],
    ['+44 7700 900123', '7700900123'],
    ['07700 900123', '7700900123'],
    ['+1 (415) 555-0100', '4155550100'],
    ['+251 91 123 4567', '911234567'],
    ['+39 06 1234 5678', '612345678'],
  ])('reads %s as %s', (phone, national) => {
    expect(nationalDigits(phone)).toBe(national);
  });
});

describe('patientSearchKeys', () => {
  it('lists every prefix of each folded name word and of the national digits from three', () => {
    expect(patientSearchKeys('Ana Gómez', '+34 600-1')).toEqual([
      'a',
      'an',
      'ana',
      'g',
      'go',
      'gom',
      'gome',
      'gomez',
      '600',
      '6001',
    ]);
  });

  it('never cuts a character outside the basic plane in two', () => {
    expect(patientSearchKeys('𠮷田 Ana', '')).toEqual(['𠮷', '𠮷田', 'a', 'an', 'ana']);
  });

  it('keeps the phone keys whole when a long name fills the list', () => {
    const keys = patientSearchKeys(
      'Maximiliana Santísima Bartholomea Constantinopla Wolfeschlegelstein Hohenzollern',
      '+34 612 345 678',
    );
    expect(keys).toHaveLength(LIMITS.searchKeysMax);
    expect(keys).toContain('612345678');
  });

  it('keeps every key whole and within LIMITS for any name and phone', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.string({ maxLength: 30 }), (name, phone) => {
        const keys = patientSearchKeys(name, phone);
        expect(keys.length).toBeLessThanOrEqual(LIMITS.searchKeysMax);
        for (const key of keys) {
          expect(key).not.toMatch(LONE_SURROGATE);
          expect(key.length).toBeLessThanOrEqual(LIMITS.searchKeyMax);
          // The rules split the joined keys on a space to bound each one.
          expect(key).not.toContain(' ');
          expect(key.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives every patient the form accepts keys that the stored schema, and so the rules, accept', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.string({ maxLength: 30 }), (name, phone) => {
        const input = patientInputSchema.safeParse({ fullName: name, phone: '600 123 456', dateOfBirth: '1984-03-09' });
        fc.pre(input.success);
        expect(searchKeysSchema.safeParse(patientSearchKeys(input.data.fullName, phone)).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('patientSearch', () => {
  it.each([
    ['lucia', 'Lucía Fernández'],
    ['LUCIA fern', 'Lucía Fernández'],
    ['gomez', 'Ana Gómez'],
    ['garcia-lopez', 'María García López'],
    ['maria garcia lopez', 'Maria Garcia-Lopez'],
    ["o'brien", "Siobhán O'Brien"],
    ['obrien', 'Siobhán O’Brien'],
    ['brien', "Siobhán O'Brien"],
    ['angelo', "Lucia d'Angelo"],
    ['ipek', 'İpek Yılmaz'],
    ['yilmaz', 'İpek Yılmaz'],
    ['王小', '王小明'],
    ['አበበ', 'አበበ ቢቂላ'],
  ])('"%s" finds %s', (typed, name) => {
    expect(finds(typed, name)).toBe(true);
  });

  it.each([
    ['612 345 678', '+34 612 345 678'],
    ['612345', '+34 612 345 678'],
    ['+34 612', '612 345 678'],
    ['0034 612 34', '+34 612345678'],
    ['07700 900', '+44 7700 900123'],
  ])('the phone "%s" finds %s', (typed, phone) => {
    expect(finds(typed, 'Ana Gómez', phone)).toBe(true);
  });

  it('queries by the longest word and narrows by every word', () => {
    expect(patientSearch('ana  GÓMEZ')).toEqual({ kind: 'name', key: 'gomez', words: ['ana', 'gomez'] });
    expect(finds('maria smith', 'Maria Garcia Lopez')).toBe(false);
  });

  it('treats a spaced phone number as one number, not as words', () => {
    expect(patientSearch(' +34 (600) 12')).toEqual({ kind: 'phone', key: '60012', words: ['60012'] });
  });

  it('has nothing to search for in punctuation alone', () => {
    expect(patientSearch(' - ')).toBeNull();
    expect(patientSearch('+')).toBeNull();
  });

  it('finds every patient the form accepts by their whole name, typed in any case', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (name) => {
        const input = patientInputSchema.safeParse({ fullName: name, phone: '600 123 456', dateOfBirth: '1984-03-09' });
        fc.pre(input.success && !/^[0-9 +().-]+$/.test(input.data.fullName));
        expect(finds(name.toUpperCase() === name ? name : name.toLowerCase(), name)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('patientNameKey', () => {
  it('is the same for the spellings of one name the desk types', () => {
    const key = patientNameKey('Maria Garcia Lopez');
    expect(patientNameKey('María García López')).toBe(key);
    expect(patientNameKey('maria garcia-lopez')).toBe(key);
    expect(patientNameKey('  MARIA   GARCIA  LOPEZ ')).toBe(key);
  });
});
