import { PRIORITY_LABELS } from '@/features/visits/labels';
import { formatClock } from '@/lib/time';
import type { Arrival } from '../arrivals';

export interface ArrivalBannersProps {
  banners: Arrival[];
  onDismiss: (visitId: string) => void;
  onDismissAll: () => void;
}

/** One banner per new visit, newest first, until dismissed; read out as they arrive. */
export function ArrivalBanners({ banners, onDismiss, onDismissAll }: ArrivalBannersProps) {
  return (
    <section className="arrivals" aria-label="New arrivals">
      <div aria-live="polite" aria-relevant="additions" className="arrivals__list">
        {banners.map((b) => (
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
        <button className="button button--small arrivals__all" type="button" onClick={onDismissAll}>
          Dismiss all ({banners.length})
        </button>
      )}
    </section>
  );
}
