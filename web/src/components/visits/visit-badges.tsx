import type { Priority, VisitStatus } from '@clinicflow/shared/model';
import { waitLevel } from '@clinicflow/shared/queue';
import { PRIORITY_LABELS, STATUS_LABELS } from '@/config/labels';
import { formatWait } from '@/lib/time';

export function PriorityBadge({ priority }: { priority: Priority }) {
  return <span className={`badge badge--${priority}`}>{PRIORITY_LABELS[priority]}</span>;
}

export function StatusBadge({ status }: { status: VisitStatus }) {
  return <span className={`status status--${status}`}>{STATUS_LABELS[status]}</span>;
}

const LEVEL_TEXT = { ok: '', amber: 'long wait', red: 'overdue' } as const;

/** Minutes waited, amber then red past the priority's thresholds; the words say it too, not only the colour. */
export function WaitTimer({ priority, waitedMs }: { priority: Priority; waitedMs: number }) {
  const level = waitLevel(priority, waitedMs);
  return (
    <span className={`wait wait--${level}`} data-level={level}>
      <span className="wait__time">{formatWait(waitedMs)}</span>
      {level !== 'ok' && <span className="wait__level">{LEVEL_TEXT[level]}</span>}
    </span>
  );
}
