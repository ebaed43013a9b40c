import { normalizeSearchTerm } from '@clinicflow/shared/search';

const PHONE_LIKE = /^[0-9 +()-]+$/;

/**
 * Firestore finds patients by the first word typed (or by all the digits of a phone number);
 * every further word of a name search must also start one of the patient's name words.
 */
export function matchesEveryWord(patient: { searchKeys: readonly string[] }, typed: string): boolean {
  const trimmed = typed.trim();
  if (PHONE_LIKE.test(trimmed)) return true;
  const words = trimmed.split(/\s+/).slice(1).map(normalizeSearchTerm).filter(Boolean);
  return words.every((word) => patient.searchKeys.includes(word));
}
