import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from './model';
import { normalizeSearchTerm, patientSearchKeys } from './search';
import { patientInputSchema, searchKeysSchema } from './validation';

/** A surrogate without its partner: Firestore refuses to store such a string. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('patientSearchKeys', () => {
  it('lists every prefix of each name word and of the phone digits from three', () => {
    expect(patientSearchKeys('Ana Gómez', '+34 600-1')).toEqual([
      'a',
      'an',
      'ana',
      'g',
      'gó',
      'góm',
      'góme',
      'gómez',
      '346',
      '3460',
      '34600',
      '346001',
    ]);
  });

  it('never cuts a character outside the basic plane in two', () => {
    expect(patientSearchKeys('𠮷田 Ana', '')).toEqual(['𠮷', '𠮷田', 'a', 'an', 'ana']);
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

describe('normalizeSearchTerm', () => {
  it('searches a phone-like term by its digits and anything else by its first word', () => {
    expect(normalizeSearchTerm(' +34 (600) ')).toBe('34600');
    expect(normalizeSearchTerm('  GÓMEZ ana')).toBe('gómez');
  });

  it('matches a stored key for any term, without cutting a character in two', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (term) => {
        const normalized = normalizeSearchTerm(term);
        expect(normalized).not.toMatch(LONE_SURROGATE);
        expect(normalized.length).toBeLessThanOrEqual(LIMITS.searchKeyMax);
        if (normalized.length > 0 && !/^[0-9]+$/.test(normalized)) {
          expect(patientSearchKeys(term, '')).toContain(normalized);
        }
      }),
      { numRuns: 500 },
    );
  });
});
