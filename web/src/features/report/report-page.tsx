import { useState } from 'react';
import toast from 'react-hot-toast';
import { ScreenLink } from '@/components/ui/screen-link';
import { dayEndMinutes } from '@clinicflow/shared/clinic-time';
import { dayStats } from '@clinicflow/shared/day-stats';
import { PRIORITIES, VISIT_STATUSES } from '@clinicflow/shared/model';
import { AppShell } from '@/components/ui/app-shell';
import { Loading } from '@/components/ui/loading';
import { PRIORITY_LABELS, STATUS_LABELS } from '@/config/labels';
import { useClinic, useClinicDayClock } from '@/features/clinic/api/clinic';
import { useDayFigures } from '@/features/days/api/days';
import { useStaffList } from '@/features/staff/api/staff';
import { friendlyFirestoreError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n';
import { useStaffSession } from '@/lib/session';
import { useClinicDay } from '@/lib/use-clinic-day';
import { useNow } from '@/lib/use-now';
import { ArrivalsChart } from './components/arrivals-chart';
import { DayExport } from './components/day-export';
import { dayReport } from './day-report';
import './report.css';

/**
 * The day report: today's clinic day (live) or any earlier one, from the figures the functions
 * keep. Admins and the front desk read it; only the admin exports the day's visits.
 */
export default function ReportPage() {
  const { claims } = useStaffSession();
  const { clinicId, role } = claims;
  const isAdmin = role === 'admin';
  const clinic = useClinic(clinicId);
  const clock = useClinicDayClock(clinicId, clinic);
  const today = useClinicDay(clock, useNow(60_000))?.day ?? null;
  const [chosen, setChosen] = useState<string | null>(null);
  const day = chosen ?? today;
  const { t, number, wait, calendarDate } = useI18n();
  const figures = useDayFigures(clinicId, day, (err) =>
    toast.error(t('report.loadFailed', { reason: t(friendlyFirestoreError(err)) }), { id: 'report-error' }),
  );
  // Only the admin may list the staff: the front desk sees doctors numbered instead of named.
  const staff = useStaffList(isAdmin ? clinicId : null, (err) =>
    toast.error(t('admin.staffStopped', { reason: t(friendlyFirestoreError(err)) }), { id: 'staff-error' }),
  );
  const nameOf = (uid: string, index: number) =>
    (isAdmin ? staff.docs.find((m) => m.id === uid)?.displayName : undefined) ??
    t('report.doctors.numbered', { n: index + 1 });

  const report = dayReport(dayStats(figures.doc ?? undefined), Math.floor(dayEndMinutes(clock?.dayEndsAt) / 60));
  const minutes = (ms: number | null) => (ms === null ? '—' : wait(ms));

  return (
    <AppShell title={t('report.title')} clinicName={clinic?.name}>
      <div className="report">
        <div className="report__bar card">
          <div className="field report__day">
            <label htmlFor="report-day">{t('report.day')}</label>
            <input
              id="report-day"
              type="date"
              value={day ?? ''}
              max={today ?? undefined}
              onChange={(e) => setChosen(/^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : null)}
            />
          </div>
          <p className="muted report__note">{t('report.note', { time: clock?.dayEndsAt ?? '04:00' })}</p>
          <ScreenLink className="button" href={isAdmin ? '/admin' : '/reception'}>
            {t('report.back')}
          </ScreenLink>
        </div>

        {figures.status === 'loading' || !day ? (
          <Loading label={t('report.loading')} compact />
        ) : (
          <>
            <section className="card report__summary" aria-labelledby="report-summary-title">
              <h1 id="report-summary-title">{t('report.summary', { day: calendarDate(day) })}</h1>
              {report.arrivals === 0 ? (
                <p className="muted">{t('report.empty')}</p>
              ) : (
                <dl className="report__figures">
                  <div>
                    <dt>{t('report.arrivals')}</dt>
                    <dd>{number(report.arrivals)}</dd>
                  </div>
                  <div>
                    <dt>{t('report.seen')}</dt>
                    <dd>{number(report.byStatus.done)}</dd>
                  </div>
                  <div>
                    <dt>{t('report.noShows')}</dt>
                    <dd>{number(report.byStatus.no_show)}</dd>
                  </div>
                  <div>
                    <dt>{t('report.wait.median')}</dt>
                    <dd>{minutes(report.wait.medianMs)}</dd>
                  </div>
                </dl>
              )}
            </section>

            <section className="card" aria-labelledby="report-status-title">
              <h2 id="report-status-title">{t('report.byStatus')}</h2>
              <table className="report__table">
                <tbody>
                  {VISIT_STATUSES.map((s) => (
                    <tr key={s}>
                      <th scope="row">{t(STATUS_LABELS[s])}</th>
                      <td>{number(report.byStatus[s])}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <h2>{t('report.byPriority')}</h2>
              <table className="report__table">
                <tbody>
                  {PRIORITIES.map((p) => (
                    <tr key={p}>
                      <th scope="row">{t(PRIORITY_LABELS[p])}</th>
                      <td>{number(report.byPriority[p])}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>

            <section className="card" aria-labelledby="report-wait-title">
              <h2 id="report-wait-title">{t('report.wait.title')}</h2>
              <table className="report__table">
                <tbody>
                  <tr>
                    <th scope="row">{t('report.wait.average')}</th>
                    <td>{minutes(report.wait.averageMs)}</td>
                  </tr>
                  <tr>
                    <th scope="row">{t('report.wait.median')}</th>
                    <td>{minutes(report.wait.medianMs)}</td>
                  </tr>
                  <tr>
                    <th scope="row">{t('report.wait.p90')}</th>
                    <td>{minutes(report.wait.p90Ms)}</td>
                  </tr>
                </tbody>
              </table>
              <p className="muted">{t('report.wait.basis', { count: report.wait.count })}</p>
            </section>

            <section className="card" aria-labelledby="report-doctors-title">
              <h2 id="report-doctors-title">{t('report.doctors.title')}</h2>
              {report.doctors.length === 0 ? (
                <p className="muted">{t('report.doctors.none')}</p>
              ) : (
                <table className="report__table">
                  <thead>
                    <tr>
                      <th scope="col">{t('report.doctors.doctor')}</th>
                      <th scope="col">{t('report.seen')}</th>
                      <th scope="col">{t('report.doctors.average')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.doctors.map((d, i) => (
                      <tr key={d.uid}>
                        <th scope="row">{nameOf(d.uid, i)}</th>
                        <td>{number(d.seen)}</td>
                        <td>{minutes(d.averageWithPatientMs)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>

            <section className="card report__chart" aria-labelledby="report-chart-title">
              <h2 id="report-chart-title">{t('report.chart.title')}</h2>
              <ArrivalsChart hours={report.hours} />
            </section>

            {isAdmin && (
              <section className="card report__export" aria-labelledby="report-export-title">
                <h2 id="report-export-title">{t('report.export.title')}</h2>
                <DayExport day={day} timeZone={clock?.timezone ?? 'UTC'} />
              </section>
            )}
          </>
        )}
      </div>
    </AppShell>
  );
}
