import { PATIENT_SEARCH_LIMIT } from '@clinicflow/shared/queries';
import { matchesPatientSearch, nameWords, nationalDigits, type PatientSearch } from '@clinicflow/shared/search';

interface Candidate {
  fullName: string;
  phone: string | null;
  searchKeys: readonly string[];
}

/**
 * How well a patient answers what was typed: a typed word that is a whole name word counts more
 * than one that only starts it, and a search that begins with their first name more again; a
 * phone search ranks the whole number first.
 */
function score(patient: Candidate, search: PatientSearch): number {
  if (search.kind === 'phone') return nationalDigits(patient.phone ?? '') === search.key ? 1 : 0;
  const words = nameWords(patient.fullName);
  let total = 0;
  for (const typed of search.words) {
    if (words.includes(typed)) total += 3;
    else if (words.some((word) => word.startsWith(typed))) total += 1;
  }
  if (words[0]?.startsWith(search.words[0] ?? '')) total += 1;
  return total;
}

/** The matches, best first; equal matches stay in the order the query returned them (by name). */
export function rankPatients<T extends Candidate>(patients: readonly T[], search: PatientSearch): T[] {
  return patients
    .map((patient, index) => ({ patient, index, score: score(patient, search) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ patient }) => patient);
}

/**
 * What the desk lists for a query's documents: those matching every typed word, best first, and
 * whether the query was cut at its limit (so more patients may match: keep typing).
 */
export function searchResults<T extends Candidate>(
  docs: readonly T[],
  search: PatientSearch,
): { results: T[]; cut: boolean } {
  return {
    results: rankPatients(
      docs.filter((patient) => matchesPatientSearch(patient, search)),
      search,
    ),
    cut: docs.length >= PATIENT_SEARCH_LIMIT,
  };
}
