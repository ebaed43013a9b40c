import { LIMITS } from './model';

/** Normalizes what is typed into the search box to the form stored in searchKeys. */
export function normalizeSearchTerm(term: string): string {
  const trimmed = term.trim().toLowerCase();
  const digits = trimmed.replace(/[^0-9]/g, '');
  // A term made of phone characters searches by digits; anything else by its first word.
  if (digits.length > 0 && /^[0-9 +()-]+$/.test(trimmed)) return digits.slice(0, LIMITS.searchKeyMax);
  return (trimmed.split(/\s+/)[0] ?? '').slice(0, LIMITS.searchKeyMax);
}

/**
 * Every prefix of every name word (from 1 letter) and of the phone digits (from 3), so one
 * array-contains query finds a patient by any name or the start of their number.
 */
export function patientSearchKeys(fullName: string, phone: string): string[] {
  const keys = new Set<string>();
  for (const word of fullName.toLowerCase().split(/\s+/).filter(Boolean)) {
    for (let i = 1; i <= Math.min(word.length, LIMITS.searchKeyMax); i++) keys.add(word.slice(0, i));
  }
  const digits = phone.replace(/[^0-9]/g, '');
  for (let i = 3; i <= Math.min(digits.length, LIMITS.searchKeyMax); i++) keys.add(digits.slice(0, i));
  return [...keys].slice(0, LIMITS.searchKeysMax);
}

/** "  María  GARCIA " → "maría garcia": the form duplicate checks compare. */
export function patientNameKey(fullName: string): string {
  return fullName.trim().toLowerCase().replace(/\s+/g, ' ');
}
