import { useState } from 'react';
import { PRIORITY_LABELS } from '@/config/labels';
import { formatClock } from '@/lib/time';
import { BANNERS_SHOWN, foldBanners, type Arrival } from '../arrivals';

export interface ArrivalBannersProps {
  banners: Arrival[];
  onDismiss: (visitId: string) => void;
  onDismissAll: () => void;
}

/**
 * One banner per new visit, newest first, read out as they arrive. Beyond two the rest fold
 * into "+N more", so a busy morning does not push the list off the tablet.
 */
export function ArrivalBanners({ banners, onDismiss, onDismissAll }: ArrivalBannersProps) {
  const [expanded, setExpanded] = useState(false);
  const { shown, folded } = foldBanners(banners, expanded);
  return (
    <section className="arrivals" aria-label="New arrivals">
      <div aria-live="polite" aria-relevant="additions" className="arrivals__list" id="arrival-list">
        {shown.map((b) => (
          <div key={b.visitId} className={`arrival arrival--${b.priority}`} data-testid="arrival-banner">
            <span className="arrival__icon" aria-hidden="true">
              ●
            </span>
            <p className="arrival__text">
              New visit <strong className="arrival__ticket">{b.ticket}</strong>
              <span className={`badge badge--${b.priority}`}>{PRIORITY_LABELS[b.priority]}</span>
              <span className="arrival__time">arrived {formatClock(new Date(b.arrivedAtMs))}</span>
            </p>
            <button
              className="button button--small button--quiet"
              type="button"
              onClick={() => onDismiss(b.visitId)}
              aria-label={`Dismiss ${b.ticket}`}
            >
              Dismiss
            </button>
          </div>
        ))}
      </div>
      {banners.length > 1 && (
        <div className="arrivals__more">
          {(folded > 0 || banners.length > BANNERS_SHOWN) && (
            <button
              className="button button--small button--quiet"
              type="button"
              aria-expanded={expanded}
              aria-controls="arrival-list"
              onClick={() => setExpanded(!expanded)}
            >
              {folded > 0 ? `+${folded} more` : 'Show fewer'}
            </button>
          )}
          <button className="button button--small" type="button" onClick={onDismissAll}>
            Dismiss all ({banners.length})
          </button>
        </div>
      )}
    </section>
  );
}
