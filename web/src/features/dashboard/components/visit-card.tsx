import type { VisitDoc } from '@clinicflow/shared/model';
import type { TransitionAction } from '@clinicflow/shared/transitions';
import { ClaimHolder } from '@/components/visits/claim-holder';
import { PriorityBadge, WaitTimer } from '@/components/visits/visit-badges';
import { ticketLabel } from '@/config/labels';
import type { Live } from '@/lib/live-query';
import { useI18n } from '@/lib/i18n';
import { ACTION_LABELS, SECONDARY_ACTIONS, doctorActions } from '../visit-actions';

export interface VisitCardProps {
  visit: Live<VisitDoc>;
  uid: string;
  now: number;
  isNew: boolean;
  busy: boolean;
  /** Doctors' names by uid, for the holder of a claimed visit. */
  names: ReadonlyMap<string, string>;
  /** Id of the notice saying why "Call in" and "Start review" cannot run now (offline, server silent); null when they can. */
  claimBlockedBy: string | null;
  /** Id of the notice saying why "Call in" cannot run (not on duty in a room); null when it can. */
  callBlockedBy: string | null;
  onAction: (visit: Live<VisitDoc>, action: TransitionAction) => void;
}

/** The moves that wait for the server: taking a visit off the waiting list. */
const SERVER_MOVES: ReadonlySet<TransitionAction> = new Set(['call', 'claim']);

function Holder({ visit, uid, now, names }: Pick<VisitCardProps, 'visit' | 'uid' | 'now' | 'names'>) {
  const { t, wait } = useI18n();
  const since = visit.status === 'called' ? visit.calledAt : visit.claimedAt;
  return (
    <span className="visit-card__holder">
      <ClaimHolder visit={visit} uid={uid} names={names} />
      {since && <span className="muted"> · {t('card.for', { wait: wait(now - since.toMillis()) })}</span>}
    </span>
  );
}

export function VisitCard({
  visit,
  uid,
  now,
  isNew,
  busy,
  names,
  claimBlockedBy,
  callBlockedBy,
  onAction,
}: VisitCardProps) {
  const { t, clock } = useI18n();
  const arrived = visit.createdAt.toMillis();
  const actions = doctorActions(visit, uid);
  const ticket = ticketLabel(visit.ticket);
  const main = actions.filter((a) => !SECONDARY_ACTIONS.has(a));
  const secondary = actions.filter((a) => SECONDARY_ACTIONS.has(a));
  const button = (action: TransitionAction) => {
    const blockedBy = SERVER_MOVES.has(action) ? (claimBlockedBy ?? (action === 'call' ? callBlockedBy : null)) : null;
    const primary = action !== 'noShow' && !SECONDARY_ACTIONS.has(action);
    return (
      <button
        key={action}
        className={`button${primary ? ' button--primary' : ''}`}
        type="button"
        disabled={(busy && SERVER_MOVES.has(action)) || blockedBy !== null}
        aria-describedby={blockedBy ?? undefined}
        onClick={() => onAction(visit, action)}
      >
        {busy && action === 'claim' ? t('action.claiming') : t(ACTION_LABELS[action])}
      </button>
    );
  };
  return (
    <article
      className={`visit-card visit-card--${visit.priority}${visit.status === 'waiting' ? '' : ` visit-card--${visit.status}`}${isNew ? ' visit-card--new' : ''}`}
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
          {isNew && <span className="tag tag--new">{t('card.new')}</span>}
        </div>
        <p className="visit-card__reason">{visit.reason}</p>
        <p className="visit-card__meta">
          <span>{t('card.arrivedAt', { time: clock(new Date(arrived)) })}</span>
          {visit.status === 'waiting' ? (
            <WaitTimer priority={visit.priority} waitedMs={now - arrived} />
          ) : (
            <Holder visit={visit} uid={uid} now={now} names={names} />
          )}
          {visit.hasPendingWrites && <span className="sync sync--pending">{t('sync.saving')}</span>}
        </p>
      </div>
      {actions.length > 0 && (
        <div className="visit-card__actions">
          {main.map(button)}
          {secondary.length > 0 && <div className="visit-card__secondary">{secondary.map(button)}</div>}
        </div>
      )}
    </article>
  );
}
