import type { VisitDoc } from '@clinicflow/shared/model';
import type { Live } from '@/lib/live-query';
import { useI18n } from '@/lib/i18n';
import type { OpenVisitGroups } from '../open-visits';
import { VisitSection, type VisitSectionProps } from './visit-section';

type CardProps = Omit<VisitSectionProps, 'id' | 'title' | 'visits' | 'empty'>;

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
  const { t } = useI18n();
  return (
    <div className="dashboard-lists" data-list-source={fromCache ? 'cache' : 'server'}>
      <VisitSection id="mine" title={t('section.mine')} visits={groups.mine} {...card} />
      <VisitSection
        id="waiting"
        title={t('section.waiting')}
        visits={groups.waiting}
        empty={t('section.waitingEmpty')}
        {...card}
      />
      <VisitSection id="others" title={t('section.others')} visits={groups.others} {...card} />
    </div>
  );
}
