import { LIMITS } from './model';

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

/** Normalizes what is typed into the search box to the form stored in searchKeys. */
export function normalizeSearchTerm(term: string): string {
  const trimmed = term.trim().toLowerCase();
  const digits = trimmed.replace(/[^0-9]/g, '');
  // A term made of phone characters searches by digits; anything else by its first word.
  const searched = digits.length > 0 && /^[0-9 +()-]+$/.test(trimmed) ? digits : (trimmed.split(/\s+/)[0] ?? '');
  return prefixes(searched, 1).at(-1) ?? '';
}

/**
 * Every prefix of every name word (from 1 letter) and of the phone digits (from 3), so one
 * array-contains query finds a patient by any name or the start of their number.
 */
export function patientSearchKeys(fullName: string, phone: string): string[] {
  const keys = new Set<string>();
  for (const word of fullName.toLowerCase().split(/\s+/).filter(Boolean)) {
    for (const key of prefixes(word, 1)) keys.add(key);
  }
  for (const key of prefixes(phone.replace(/[^0-9]/g, ''), 3)) keys.add(key);
  return [...keys].slice(0, LIMITS.searchKeysMax);
}

/** "  María  GARCIA " → "maría garcia": the form duplicate checks compare. */
export function patientNameKey(fullName: string): string {
  return fullName.trim().toLowerCase().replace(/\s+/g, ' ');
}
