import type { ExportedVisit } from '@clinicflow/shared/callables';
import type { Language } from '@clinicflow/shared/model';

/**
 * A day's visits as CSV for a spreadsheet in the clinic's language: Spanish spreadsheets read
 * ';' between fields and a decimal comma, English ones ',' and a point. A byte-order mark makes
 * Excel read UTF-8 (accents in names); every field is quoted (quotes inside doubled, RFC 4180); a
 * cell that a spreadsheet would run as a formula (starting = + - @, tab or return) is defused with
 * a leading apostrophe, as OWASP advises. Times are the clinic's wall clock, "YYYY-MM-DD HH:MM".
 *
 * Written here rather than with papaparse: writing is these few lines, and papaparse (CommonJS)
 * in the report's chunk pulled a shared runtime chunk onto every route. The tests read what this
 * writes back with papaparse.
 */
export interface CsvWords {
  headers: string[];
  priority: (p: ExportedVisit['priority']) => string;
  status: (s: ExportedVisit['status']) => string;
  yes: string;
  no: string;
}

const SEPARATOR: Record<Language, string> = { en: ',', es: ';' };
const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formulas defused, quoted, inner quotes doubled. */
function cell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

function wallClock(ms: number | null, timeZone: string): string {
  if (ms === null) return '';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** Minutes between two times with one decimal, in the language's notation; empty when either is missing. */
function minutesBetween(from: number | null, to: number | null, language: Language): string {
  if (from === null || to === null) return '';
  const minutes = (Math.round(Math.max(0, to - from) / 6_000) / 10).toFixed(1);
  return language === 'es' ? minutes.replace('.', ',') : minutes;
}

export function dayCsv(
  visits: readonly ExportedVisit[],
  options: { language: Language; timeZone: string; withNames: boolean; words: CsvWords },
): string {
  const { language, timeZone, withNames, words } = options;
  const rows = visits.map((v) => [
    v.ticket ?? '',
    wallClock(v.arrivedAt, timeZone),
    wallClock(v.claimedAt, timeZone),
    wallClock(v.completedAt, timeZone),
    minutesBetween(v.arrivedAt, v.claimedAt, language),
    minutesBetween(v.closedAtDayEnd ? null : v.claimedAt, v.completedAt, language),
    words.priority(v.priority),
    words.status(v.status),
    v.closedAtDayEnd ? words.yes : words.no,
    v.doctor ?? '',
    ...(withNames ? [v.patientName ?? ''] : []),
  ]);
  const headers = withNames ? words.headers : words.headers.slice(0, -1);
  return BOM + [headers, ...rows].map((row) => row.map(cell).join(SEPARATOR[language])).join('\r\n');
}
