import { LIMITS } from './model';

/**
 * How the front desk finds patients. One folding function serves the stored keys and what is
 * typed, so "lucia" finds "Lucía", "gomez" finds "Gómez", "garcia-lopez" finds "García López",
 * and a phone number is found by its national part whichever way it is written.
 */

/** Letters that are not a base letter plus marks, so NFKD alone does not fold them. */
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss',
  ı: 'i',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ð: 'd',
  // Lower-casing writes a word-final sigma as ς; a typed prefix ending there must still match.
  ς: 'σ',
};
const FOLDED_LETTERS = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'gu');

/** Straight, curly and modifier apostrophes and the accents people type for them: O'Brien, N’Diaye. */
const APOSTROPHES = /['’ʼ‘`´]/gu;

/**
 * Accents are dropped from Latin and Greek letters only: in scripts such as Devanagari or
 * Japanese kana the marks tell names apart, and NFC puts those (and Hangul) back together.
 */
const LATIN_GREEK_MARKS = /(?<=[\p{Script=Latin}\p{Script=Greek}]\p{M}*)\p{M}/gu;

/**
 * "  María GARCÍA-López " → "maria garcia lopez": case and accents folded (Unicode NFKD, so
 * full-width and ligature letters fold too; Turkish İ and ı both become i), apostrophes dropped
 * (O'Brien → obrien), anything else that is not a letter or digit a word break.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(LATIN_GREEK_MARKS, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(FOLDED_LETTERS, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(APOSTROPHES, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
}

/** The folded words of a name; a word with an apostrophe also by its part after it (d'Angelo: dangelo, angelo). */
export function nameWords(fullName: string): string[] {
  const words = new Set(foldText(fullName).split(' '));
  for (const word of foldText(fullName.replace(APOSTROPHES, ' ')).split(' ')) words.add(word);
  words.delete('');
  return [...words];
}

/**
 * The first digits of international numbers that are a whole country calling code (ITU-T E.164):
 * 1 and 7 alone, these two-digit codes, and three digits for every other code.
 */
const TWO_DIGIT_CODES = new Set(
  '20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'.split(
    ' ',
  ),
);

function callingCodeLength(digits: string): number {
  if (digits.startsWith('1') || digits.startsWith('7')) return 1;
  return TWO_DIGIT_CODES.has(digits.slice(0, 2)) ? 2 : 3;
}

/**
 * A phone number's national part, digits only: without its country code when written
 * internationally (+34 …, 0034 …) and without a leading trunk zero, so "+34 612 345 678",
 * "0034 612345678" and "612 345 678" are the same number, and "07700 900123" is "+44 7700 900123".
 */
export function nationalDigits(phone: string): string {
  const trimmed = phone.trim();
  let digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+') || digits.startsWith('00')) {
    if (!trimmed.startsWith('+')) digits = digits.slice(2);
    digits = digits.slice(callingCodeLength(digits));
  }
  return digits.replace(/^0+/, '');
}

/**
 * The prefixes of `text` by whole characters (code points), from `minChars` characters on, up to
 * LIMITS.searchKeyMax UTF-16 units. Slicing by units would cut a character such as 𠮷 in two,
 * and Firestore cannot store the lone surrogate that leaves: the write fails and is retried forever.
 */
function prefixes(text: string, minChars: number): string[] {
  const out: string[] = [];
  let prefix = '';
  let chars = 0;
  for (const char of text) {
    if (prefix.length + char.length > LIMITS.searchKeyMax) break;
    prefix += char;
    chars++;
    if (chars >= minChars) out.push(prefix);
  }
  return out;
}

/** The most a key can be: what is typed is cut the same way the stored keys are. */
function asKey(word: string): string {
  return prefixes(word, 1).at(-1) ?? '';
}

/** A phone is searched from this many national digits on; fewer match too many numbers to help. */
export const PHONE_KEY_MIN_DIGITS = 3;

/**
 * Every prefix of every folded name word (from 1 letter) and of the phone's national digits
 * (from 3), so one array-contains query finds a patient by any name or the start of their number.
 * The phone's keys are kept whole; a very long name loses its last words' longest prefixes first.
 */
export function patientSearchKeys(fullName: string, phone: string): string[] {
  const phoneKeys = prefixes(nationalDigits(phone), PHONE_KEY_MIN_DIGITS);
  const nameKeys = new Set<string>();
  for (const word of nameWords(fullName)) {
    for (const key of prefixes(word, 1)) nameKeys.add(key);
  }
  const keys = new Set([...[...nameKeys].slice(0, LIMITS.searchKeysMax - phoneKeys.length), ...phoneKeys]);
  return [...keys];
}

/** "María García-López" → "maria garcia lopez": the form duplicate checks compare, with the date of birth. */
export function patientNameKey(fullName: string): string {
  return foldText(fullName);
}

const PHONE_LIKE = /^\+?[0-9 ().-]+$/;

/**
 * What a search box's text asks for: Firestore is queried by one key (the national digits of a
 * phone-like term, else the longest typed word, the one that narrows most) and every typed word
 * must then be one of the patient's keys. Null when nothing searchable was typed.
 */
export interface PatientSearch {
  kind: 'name' | 'phone';
  key: string;
  words: string[];
}

export function patientSearch(typed: string): PatientSearch | null {
  const trimmed = typed.trim();
  if (/[0-9]/.test(trimmed) && PHONE_LIKE.test(trimmed)) {
    const key = asKey(nationalDigits(trimmed));
    return key ? { kind: 'phone', key, words: [key] } : null;
  }
  const words = [...new Set(foldText(trimmed).split(' ').filter(Boolean).map(asKey))];
  if (words.length === 0) return null;
  const key = words.reduce((longest, word) => (word.length > longest.length ? word : longest));
  return { kind: 'name', key, words };
}

/** Whether a patient the query returned matches every typed word. */
export function matchesPatientSearch(patient: { searchKeys: readonly string[] }, search: PatientSearch): boolean {
  return search.words.every((word) => patient.searchKeys.includes(word));
}
