import { Counts } from '@/components/ui/counts';
import { formatWait } from '@/lib/time';

/** The page's heading with the counts a doctor scans first; the longest wait only while someone waits. */
export function QueueSummary({
  waiting,
  inReview,
  longestWaitMs,
}: {
  waiting: number;
  inReview: number;
  longestWaitMs: number | null;
}) {
  return (
    <div className="dashboard-summary" aria-label="Queue summary">
      <h1 className="dashboard-summary__title">Open visits</h1>
      <Counts
        items={[
          { value: waiting, label: 'waiting' },
          { value: inReview, label: 'in review' },
          longestWaitMs !== null && { value: formatWait(longestWaitMs), label: 'longest wait', labelFirst: true },
        ]}
      />
    </div>
  );
}
