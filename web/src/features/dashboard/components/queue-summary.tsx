import { Counts } from '@/components/ui/counts';
import { useI18n } from '@/lib/i18n';

/** The page's heading with the counts a doctor scans first; the longest wait only while someone waits. */
export function QueueSummary({
  waiting,
  called,
  inReview,
  longestWaitMs,
}: {
  waiting: number;
  called: number;
  inReview: number;
  longestWaitMs: number | null;
}) {
  const { t, wait } = useI18n();
  return (
    <div className="dashboard-summary" aria-label={t('dashboard.summary')}>
      <h1 className="dashboard-summary__title">{t('dashboard.openVisits')}</h1>
      <Counts
        items={[
          { value: waiting, label: t('count.waiting', { count: waiting }) },
          { value: called, label: t('count.called', { count: called }) },
          { value: inReview, label: t('count.inReview', { count: inReview }) },
          longestWaitMs !== null && { value: wait(longestWaitMs), label: t('count.longestWait'), labelFirst: true },
        ]}
      />
    </div>
  );
}
