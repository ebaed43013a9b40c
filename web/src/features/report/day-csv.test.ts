import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ExportedVisit } from '@clinicflow/shared/callables';
import { dayCsv, type CsvWords } from './day-csv';

const words: CsvWords = {
  headers: [
    'Ticket',
    'Arrived',
    'Called',
    'Completed',
    'Wait',
    'With doctor',
    'Priority',
    'Status',
    'Closed',
    'Doctor',
    'Patient',
  ],
  priority: (p) => p,
  status: (s) => s,
  yes: 'yes',
  no: 'no',
};

// 2026-11-26 09:00 in Madrid (UTC+1) is 08:00Z.
const at = (hhmm: string) => Date.parse(`2026-11-26T${hhmm}:00Z`);
const visits: ExportedVisit[] = [
  {
    ticket: 'A-001',
    arrivedAt: at('08:00'),
    claimedAt: at('08:12') + 30_000,
    completedAt: at('08:30'),
    priority: 'urgent',
    status: 'done',
    closedAtDayEnd: false,
    doctor: 'Dr. Ana Ruiz',
    patientName: '=HYPERLINK("http://x","María; "la" de Peña")',
  },
  {
    ticket: 'A-002',
    arrivedAt: at('09:00'),
    claimedAt: null,
    completedAt: null,
    priority: 'normal',
    status: 'no_show',
    closedAtDayEnd: true,
    doctor: null,
    patientName: '+34 600',
  },
];

const parse = (csv: string, delimiter: string) => Papa.parse<string[]>(csv.slice(1), { delimiter }).data;

describe('dayCsv', () => {
  it('writes Spanish spreadsheets’ CSV: BOM, ";" and a decimal comma, every field quoted, formulas defused', () => {
    const csv = dayCsv(visits, { language: 'es', timeZone: 'Europe/Madrid', withNames: true, words });
    expect(csv.startsWith('\uFEFF"Ticket";"Arrived"')).toBe(true);
    expect(parse(csv, ';')).toEqual([
      words.headers,
      [
        'A-001',
        '2026-11-26 09:00',
        '2026-11-26 09:12',
        '2026-11-26 09:30',
        '12,5',
        '17,5',
        'urgent',
        'done',
        'no',
        'Dr. Ana Ruiz',
        '\'=HYPERLINK("http://x","María; "la" de Peña")',
      ],
      ['A-002', '2026-11-26 10:00', '', '', '', '', 'normal', 'no_show', 'yes', '', "'+34 600"],
    ]);
  });

  it('writes English spreadsheets’ CSV with "," and a decimal point, and no name column unless asked', () => {
    const csv = dayCsv(visits, { language: 'en', timeZone: 'Europe/Madrid', withNames: false, words });
    const rows = parse(csv, ',');
    expect(rows[0]).toEqual(words.headers.slice(0, -1));
    expect(rows[1]).toEqual([
      'A-001',
      '2026-11-26 09:00',
      '2026-11-26 09:12',
      '2026-11-26 09:30',
      '12.5',
      '17.5',
      'urgent',
      'done',
      'no',
      'Dr. Ana Ruiz',
    ]);
    expect(csv).not.toContain('María');
  });
});
