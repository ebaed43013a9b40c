import { useState } from 'react';
import toast from 'react-hot-toast';
import type { ExportedVisit } from '@clinicflow/shared/callables';
import { PRIORITY_LABELS, STATUS_LABELS } from '@/config/labels';
import { exportDayVisits } from '@/features/days/api/day-export';
import { callableError } from '@/features/staff/api/callable-error';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { dayCsv, type CsvWords } from '../day-csv';

const HEADERS: MessageKey[] = [
  'queue.column.ticket',
  'report.csv.arrived',
  'report.csv.called',
  'report.csv.completed',
  'report.csv.waitMinutes',
  'report.csv.withDoctorMinutes',
  'queue.column.priority',
  'queue.column.status',
  'report.csv.closedAtDayEnd',
  'report.doctors.doctor',
  'queue.column.patient',
];

/** Hands the browser a file to save, without a server round trip. */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The admin's CSV of a day's visits. The patients' names go in only when the box is ticked. */
export function DayExport({ day, timeZone }: { day: string; timeZone: string }) {
  const { t, language } = useI18n();
  const [withNames, setWithNames] = useState(false);
  const [busy, setBusy] = useState(false);

  async function onExport() {
    setBusy(true);
    try {
      const { data } = await exportDayVisits({ dayKey: day, withNames });
      const words: CsvWords = {
        headers: HEADERS.map((key) => t(key)),
        priority: (p: ExportedVisit['priority']) => t(PRIORITY_LABELS[p]),
        status: (s: ExportedVisit['status']) => t(STATUS_LABELS[s]),
        yes: t('report.csv.yes'),
        no: t('report.csv.no'),
      };
      download(`clinicflow-${day}.csv`, dayCsv(data.visits, { language, timeZone, withNames, words }));
      toast.success(
        t(data.truncated ? 'report.export.truncated' : 'report.export.done', { count: data.visits.length }),
      );
    } catch (err) {
      toast.error(t('report.export.failed', { reason: t(callableError(err).message) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="day-export">
      <label className="check">
        <input type="checkbox" checked={withNames} onChange={(e) => setWithNames(e.target.checked)} />
        {t('report.export.withNames')}
      </label>
      <button type="button" className="button button--primary" disabled={busy} onClick={() => void onExport()}>
        {busy ? t('report.export.busy') : t('report.export.download')}
      </button>
      <p className="muted">{t('report.export.hint')}</p>
    </div>
  );
}
