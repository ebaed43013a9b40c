import { useState } from 'react';
import { PRIORITY_LABELS } from '@/config/labels';
import { useI18n } from '@/lib/i18n';
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
  const { t, clock } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const { shown, folded } = foldBanners(banners, expanded);
  return (
    <section className="arrivals" aria-label={t('arrivals.label')}>
      <div aria-live="polite" aria-relevant="additions" className="arrivals__list" id="arrival-list">
        {shown.map((b) => (
          <div key={b.visitId} className={`arrival arrival--${b.priority}`} data-testid="arrival-banner">
            <span className="arrival__icon" aria-hidden="true">
              ●
            </span>
            <p className="arrival__text">
              {t('arrivals.newVisit')} <strong className="arrival__ticket">{b.ticket}</strong>
              <span className={`badge badge--${b.priority}`}>{t(PRIORITY_LABELS[b.priority])}</span>
              <span className="arrival__time">{t('arrivals.arrivedAt', { time: clock(new Date(b.arrivedAtMs)) })}</span>
            </p>
            <button
              className="button button--small button--quiet"
              type="button"
              onClick={() => onDismiss(b.visitId)}
              aria-label={t('arrivals.dismissTicket', { ticket: b.ticket })}
            >
              {t('arrivals.dismiss')}
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
              {folded > 0 ? t('arrivals.more', { count: folded }) : t('arrivals.fewer')}
            </button>
          )}
          <button className="button button--small" type="button" onClick={onDismissAll}>
            {t('arrivals.dismissAll', { count: banners.length })}
          </button>
        </div>
      )}
    </section>
  );
}
