import { ClaimHolder } from '@/components/visits/claim-holder';
import { PriorityBadge, StatusBadge, WaitTimer } from '@/components/visits/visit-badges';
import { ticketLabel } from '@/config/labels';
import { useI18n } from '@/lib/i18n';
import { OPEN, type QueueRow } from '../queue-rows';
import { TableHead } from '@/components/ui/table-head';

export interface TodayQueueProps {
  open: QueueRow[];
  finished: QueueRow[];
  now: number;
  online: boolean;
  /** Doctors' names by uid, for who holds a called or in-review visit. */
  names: ReadonlyMap<string, string>;
  /** The visit this desk saved last, highlighted until the next one. */
  highlightId?: string | undefined;
  onCancel: (row: QueueRow) => void;
  onNoShow: (row: QueueRow) => void;
  onChange: (row: QueueRow) => void;
  onEditAgain: (row: QueueRow) => void;
  onDiscard: (row: QueueRow) => void;
}

function Waited({ row, now }: { row: QueueRow; now: number }) {
  const { wait } = useI18n();
  if (row.createdAtMs === null) return <span className="muted">—</span>;
  if (row.status === 'waiting') return <WaitTimer priority={row.priority} waitedMs={now - row.createdAtMs} />;
  if (row.claimedAtMs !== null) return <span className="muted">{wait(row.claimedAtMs - row.createdAtMs)}</span>;
  return <span className="muted">—</span>;
}

function SyncNote({ row, online }: { row: QueueRow; online: boolean }) {
  const { t } = useI18n();
  if (row.sync === 'failed') {
    return (
      <span className="sync sync--failed">
        {t('queue.notSaved', { reason: t(row.error ?? 'firestoreError.unknown') })}
      </span>
    );
  }
  if (row.sync === 'pending') {
    return <span className="sync sync--pending">{online ? t('sync.saving') : t('sync.waiting')}</span>;
  }
  return null;
}

function Row({
  row,
  now,
  online,
  highlightId,
  names,
  onCancel,
  onNoShow,
  onChange,
  onEditAgain,
  onDiscard,
}: { row: QueueRow } & Omit<TodayQueueProps, 'open' | 'finished'>) {
  const { t, clock } = useI18n();
  const finished = !OPEN.includes(row.status);
  const claimed = row.status === 'called' || row.status === 'in_review';
  return (
    <tr
      className={`queue-row${finished ? ' queue-row--finished' : ''}${row.id === highlightId ? ' queue-row--new' : ''}`}
      data-visit-id={row.id}
    >
      <td className="queue-row__ticket">{ticketLabel(row.ticket)}</td>
      <td>
        <div className="queue-row__name">
          {row.patientName}
          {row.detailsMissing && <span className="tag tag--warn queue-row__missing">{t('queue.detailsMissing')}</span>}
        </div>
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
        {claimed && <ClaimHolder visit={row} names={names} />}
      </td>
      <td>
        <Waited row={row} now={now} />
        {row.createdAtMs !== null && (
          <div className="queue-row__arrived">{t('queue.arrivedAt', { time: clock(new Date(row.createdAtMs)) })}</div>
        )}
      </td>
      <td className="queue-row__actions">
        {row.sync === 'failed' ? (
          <>
            <button className="button button--small" type="button" onClick={() => onEditAgain(row)}>
              {t('queue.editAgain')}
            </button>
            <button className="button button--small button--quiet" type="button" onClick={() => onDiscard(row)}>
              {t('queue.discard')}
            </button>
          </>
        ) : row.status === 'called' ? (
          <button
            className="button button--small button--row-action"
            type="button"
            onClick={() => onNoShow(row)}
            aria-label={t('queue.noShowOf', { name: row.patientName })}
          >
            {t('action.noShow')}
          </button>
        ) : (
          row.status === 'waiting' &&
          !row.request && (
            <>
              {row.sync === 'synced' && row.patientId && (
                <button
                  className="button button--small button--row-action"
                  type="button"
                  onClick={() => onChange(row)}
                  aria-label={t('queue.changeOf', { name: row.patientName })}
                >
                  {t('queue.change')}
                </button>
              )}
              <button
                className="button button--small button--row-action"
                type="button"
                onClick={() => onCancel(row)}
                aria-label={t('queue.cancelOf', { name: row.patientName })}
              >
                {t('action.cancel')}
              </button>
            </>
          )
        )}
      </td>
    </tr>
  );
}

/** Today's visits at this clinic, live: open ones in queue order, then the finished ones. */
export function TodayQueue(props: TodayQueueProps) {
  const { open, finished } = props;
  const { t } = useI18n();
  if (open.length === 0 && finished.length === 0) {
    return <p className="empty">{t('queue.empty')}</p>;
  }
  return (
    <table className="queue-table">
      <TableHead
        columns={[
          t('queue.column.ticket'),
          t('queue.column.patient'),
          t('queue.column.priority'),
          t('queue.column.status'),
          t('queue.column.waited'),
        ]}
      />
      <tbody>
        {open.length === 0 && (
          <tr>
            <td colSpan={6} className="empty">
              {t('queue.nobodyWaiting')}
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
              {t('queue.finished', { count: finished.length })}
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
