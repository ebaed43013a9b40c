import { PriorityBadge, StatusBadge, WaitTimer } from '@/components/visits/visit-badges';
import { ticketLabel } from '@/config/labels';
import { formatClock, formatWait } from '@/lib/time';
import type { QueueRow } from '../queue-rows';
import { TableHead } from '@/components/ui/table-head';

export interface TodayQueueProps {
  open: QueueRow[];
  finished: QueueRow[];
  now: number;
  online: boolean;
  onCancel: (row: QueueRow) => void;
  onEditAgain: (row: QueueRow) => void;
  onDiscard: (row: QueueRow) => void;
}

function Waited({ row, now }: { row: QueueRow; now: number }) {
  if (row.createdAtMs === null) return <span className="muted">—</span>;
  if (row.status === 'waiting') return <WaitTimer priority={row.priority} waitedMs={now - row.createdAtMs} />;
  if (row.claimedAtMs !== null) return <span className="muted">{formatWait(row.claimedAtMs - row.createdAtMs)}</span>;
  return <span className="muted">—</span>;
}

function SyncNote({ row, online }: { row: QueueRow; online: boolean }) {
  if (row.sync === 'failed') return <span className="sync sync--failed">Not saved: {row.error}</span>;
  if (row.sync === 'pending') {
    return <span className="sync sync--pending">{online ? 'Saving…' : 'Waiting to sync'}</span>;
  }
  return null;
}

function Row({
  row,
  now,
  online,
  onCancel,
  onEditAgain,
  onDiscard,
}: { row: QueueRow } & Omit<TodayQueueProps, 'open' | 'finished'>) {
  const finished = row.status !== 'waiting' && row.status !== 'in_review';
  return (
    <tr className={`queue-row${finished ? ' queue-row--finished' : ''}`} data-visit-id={row.id}>
      <td className="queue-row__ticket">{ticketLabel(row.ticket)}</td>
      <td>
        <div className="queue-row__name">{row.patientName}</div>
        <div className="queue-row__reason">{row.reason}</div>
      </td>
      <td>
        <PriorityBadge priority={row.priority} />
      </td>
      <td>
        <div className="queue-row__status">
          <StatusBadge status={row.status} />
          <SyncNote row={row} online={online} />
        </div>
      </td>
      <td>
        <Waited row={row} now={now} />
        {row.createdAtMs !== null && (
          <div className="queue-row__arrived">arrived {formatClock(new Date(row.createdAtMs))}</div>
        )}
      </td>
      <td className="queue-row__actions">
        {row.sync === 'failed' ? (
          <>
            <button className="button button--small" type="button" onClick={() => onEditAgain(row)}>
              Edit again
            </button>
            <button className="button button--small button--quiet" type="button" onClick={() => onDiscard(row)}>
              Discard
            </button>
          </>
        ) : (
          row.status === 'waiting' &&
          !row.request && (
            <button
              className="button button--small button--row-action"
              type="button"
              onClick={() => onCancel(row)}
              aria-label={`Cancel the visit of ${row.patientName}`}
            >
              Cancel
            </button>
          )
        )}
      </td>
    </tr>
  );
}

/** Today's visits at this clinic, live: open ones in queue order, then the finished ones. */
export function TodayQueue(props: TodayQueueProps) {
  const { open, finished } = props;
  if (open.length === 0 && finished.length === 0) {
    return <p className="empty">No visits yet today. Visits you open appear here at once.</p>;
  }
  return (
    <table className="queue-table">
      <TableHead columns={['Ticket', 'Patient', 'Priority', 'Status', 'Waited']} />
      <tbody>
        {open.length === 0 && (
          <tr>
            <td colSpan={6} className="empty">
              Nobody is waiting.
            </td>
          </tr>
        )}
        {open.map((row) => (
          <Row key={row.id} row={row} {...props} />
        ))}
      </tbody>
      {finished.length > 0 && (
        <tbody>
          <tr className="queue-table__divider">
            <th colSpan={6} scope="colgroup">
              Finished today ({finished.length})
            </th>
          </tr>
          {finished.map((row) => (
            <Row key={row.id} row={row} {...props} />
          ))}
        </tbody>
      )}
    </table>
  );
}
