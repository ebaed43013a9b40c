import type { Priority, VisitStatus } from '@clinicflow/shared/model';
import { waitLevel } from '@clinicflow/shared/queue';
import { PRIORITY_LABELS, STATUS_LABELS } from '@/config/labels';
import { useI18n, type MessageKey } from '@/lib/i18n';

export function PriorityBadge({ priority }: { priority: Priority }) {
  const { t } = useI18n();
  return <span className={`badge badge--${priority}`}>{t(PRIORITY_LABELS[priority])}</span>;
}

export function StatusBadge({ status }: { status: VisitStatus }) {
  const { t } = useI18n();
  return <span className={`status status--${status}`}>{t(STATUS_LABELS[status])}</span>;
}

const LEVEL_TEXT: Record<'amber' | 'red', MessageKey> = { amber: 'wait.long', red: 'wait.overdue' };

/** Minutes waited, amber then red past the priority's thresholds; the words say it too, not only the colour. */
export function WaitTimer({ priority, waitedMs }: { priority: Priority; waitedMs: number }) {
  const { t, wait } = useI18n();
  const level = waitLevel(priority, waitedMs);
  return (
    <span className={`wait wait--${level}`} data-level={level}>
      <span className="wait__time">{wait(waitedMs)}</span>
      {level !== 'ok' && <span className="wait__level">{t(LEVEL_TEXT[level])}</span>}
    </span>
  );
}
