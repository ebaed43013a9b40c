import { ticketLabel } from '@/config/labels';
import { useI18n } from '@/lib/i18n';
import type { QueueRow } from '../queue-rows';

/** A patient's open visit today, if any: search results and the duplicate warning say so. */
export type InQueue = (patientId: string) => QueueRow | undefined;

/** "In today's queue: A-004, waiting since 10:02." */
export function InQueueNote({ row }: { row: QueueRow }) {
  const { t, clock } = useI18n();
  return (
    <span className="in-queue">
      {t('queue.inQueue', {
        ticket: ticketLabel(row.ticket),
        status: row.status,
        time: row.createdAtMs === null ? '—' : clock(new Date(row.createdAtMs)),
      })}
    </span>
  );
}
