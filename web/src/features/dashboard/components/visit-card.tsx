import type { VisitDoc } from '@clinicflow/shared/model';
import type { Transition } from '@clinicflow/shared/transitions';
import { PriorityBadge, WaitTimer } from '@/components/visits/visit-badges';
import { ticketLabel } from '@/config/labels';
import type { Live } from '@/lib/live-query';
import { formatClock, formatWait } from '@/lib/time';
import { ACTION_LABELS, doctorActions } from '../visit-actions';

export interface VisitCardProps {
  visit: Live<VisitDoc>;
  uid: string;
  now: number;
  isNew: boolean;
  busy: boolean;
  /** Id of the notice saying why "Start review" cannot run now (offline, server silent); null when it can. */
  claimBlockedBy: string | null;
  onAction: (visit: Live<VisitDoc>, action: Transition['action']) => void;
}

function Holder({ visit, uid, now }: Pick<VisitCardProps, 'visit' | 'uid' | 'now'>) {
  const since = visit.claimedAt ? visit.claimedAt.toMillis() : null;
  const who = visit.claimedBy === uid ? 'you' : 'another doctor';
  return (
    <span className="visit-card__holder">
      In review by <strong>{who}</strong>
      {since !== null && ` for ${formatWait(now - since)}`}
    </span>
  );
}

export function VisitCard({ visit, uid, now, isNew, busy, claimBlockedBy, onAction }: VisitCardProps) {
  const arrived = visit.createdAt.toMillis();
  const actions = doctorActions(visit, uid);
  const ticket = ticketLabel(visit.ticket);
  return (
    <article
      className={`visit-card visit-card--${visit.priority}${visit.status === 'in_review' ? ' visit-card--review' : ''}${isNew ? ' visit-card--new' : ''}`}
      aria-label={`${ticket}, ${visit.patientName}`}
      data-visit-id={visit.id}
    >
      <div className="visit-card__ticket" aria-hidden={visit.ticket ? undefined : true}>
        {ticket}
      </div>
      <div className="visit-card__body">
        <div className="visit-card__head">
          <PriorityBadge priority={visit.priority} />
          <h3 className="visit-card__name">{visit.patientName}</h3>
          {isNew && <span className="tag tag--new">New</span>}
        </div>
        <p className="visit-card__reason">{visit.reason}</p>
        <p className="visit-card__meta">
          <span>Arrived {formatClock(new Date(arrived))}</span>
          {visit.status === 'waiting' ? (
            <WaitTimer priority={visit.priority} waitedMs={now - arrived} />
          ) : (
            <Holder visit={visit} uid={uid} now={now} />
          )}
          {visit.hasPendingWrites && <span className="sync sync--pending">Saving…</span>}
        </p>
      </div>
      {actions.length > 0 && (
        <div className="visit-card__actions">
          {actions.map((action) => {
            const blockedBy = action === 'claim' ? claimBlockedBy : null;
            return (
              <button
                key={action}
                className={`button ${action === 'return' ? '' : 'button--primary'}`}
                type="button"
                disabled={busy || blockedBy !== null}
                aria-describedby={blockedBy ?? undefined}
                onClick={() => onAction(visit, action)}
              >
                {busy && action === 'claim' ? 'Starting…' : ACTION_LABELS[action]}
              </button>
            );
          })}
        </div>
      )}
    </article>
  );
}
