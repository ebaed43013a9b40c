import type { VisitDoc } from '@clinicflow/shared/model';
import { Msg } from '@/lib/i18n';

/**
 * Who holds a claimed visit and where: "Called to Room 2 · Dr. Lee", "In review · you". The names
 * come from the doctors' shift documents; a doctor with none yet is named as "a doctor".
 */
export function ClaimHolder({
  visit,
  uid,
  names,
}: {
  visit: Pick<VisitDoc, 'status' | 'claimedBy' | 'room'>;
  uid?: string;
  names: ReadonlyMap<string, string>;
}) {
  const mine = visit.claimedBy === uid;
  const name = visit.claimedBy ? (names.get(visit.claimedBy) ?? '') : '';
  return (
    <span className="claim-holder" data-holder={visit.claimedBy ?? undefined}>
      <Msg
        id={visit.status === 'called' ? 'holder.called' : 'holder.inReview'}
        values={{ room: visit.room ?? '', who: mine ? 'you' : name ? 'named' : 'unknown', name }}
        components={{ 0: <strong /> }}
      />
    </span>
  );
}
