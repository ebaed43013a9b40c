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
      <p className="counts">
        <span>
          <strong>{waiting}</strong> waiting
        </span>
        <span>
          <strong>{inReview}</strong> in review
        </span>
        {longestWaitMs !== null && (
          <span>
            longest wait <strong>{formatWait(longestWaitMs)}</strong>
          </span>
        )}
      </p>
    </div>
  );
}
