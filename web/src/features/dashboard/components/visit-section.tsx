import type { VisitDoc } from '@clinicflow/shared/model';
import type { TransitionAction } from '@clinicflow/shared/transitions';
import type { Live } from '@/lib/live-query';
import { VisitCard } from './visit-card';

export interface VisitSectionProps {
  /** Names the heading for aria-labelledby, the same in every language. */
  id: string;
  title: string;
  visits: Live<VisitDoc>[];
  /** Shown when there are none; without it an empty section is left out. */
  empty?: string;
  uid: string;
  now: number;
  newIds: ReadonlySet<string>;
  busyId: string | null;
  names: ReadonlyMap<string, string>;
  /** Id of the notice saying why "Call in" and "Start review" are disabled, while they are. */
  claimBlockedBy: string | null;
  /** Id of the notice saying why "Call in" is disabled (not on duty), while it is. */
  callBlockedBy: string | null;
  onAction: (visit: Live<VisitDoc>, action: TransitionAction) => void;
}

/** One heading and its cards: your patients, the waiting list, those with other doctors. */
export function VisitSection({ id, title, visits, empty, ...card }: VisitSectionProps) {
  if (visits.length === 0 && !empty) return null;
  const headingId = `section-${id}`;
  return (
    <section className="visit-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="visit-section__title">
        {title} <span className="count">{visits.length}</span>
      </h2>
      {visits.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <div className="visit-list">
          {visits.map((v) => (
            <VisitCard
              key={v.id}
              visit={v}
              uid={card.uid}
              now={card.now}
              isNew={card.newIds.has(v.id)}
              busy={card.busyId === v.id}
              names={card.names}
              claimBlockedBy={card.claimBlockedBy}
              callBlockedBy={card.callBlockedBy}
              onAction={card.onAction}
            />
          ))}
        </div>
      )}
    </section>
  );
}
