import type { VisitDoc } from '@clinicflow/shared/model';
import type { Live } from '@/lib/live-query';
import type { OpenVisitGroups } from '../open-visits';
import { VisitSection, type VisitSectionProps } from './visit-section';

type CardProps = Omit<VisitSectionProps, 'title' | 'visits' | 'empty'>;

/**
 * Your patients, the waiting list (said to be empty when it is), those with other doctors.
 * data-list-source says whether the lists drawn are the server's or the local cache's (the start-up
 * bench and the offline-start test wait on it).
 */
export function VisitLists({
  groups,
  fromCache,
  ...card
}: { groups: OpenVisitGroups<Live<VisitDoc>>; fromCache: boolean } & CardProps) {
  return (
    <div className="dashboard-lists" data-list-source={fromCache ? 'cache' : 'server'}>
      <VisitSection title="Your patients" visits={groups.mine} {...card} />
      <VisitSection
        title="Waiting"
        visits={groups.waiting}
        empty="Nobody is waiting. New visits appear here the moment the front desk opens them."
        {...card}
      />
      <VisitSection title="With other doctors" visits={groups.others} {...card} />
    </div>
  );
}
