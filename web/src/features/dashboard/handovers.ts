import type { Visit } from '@clinicflow/shared/model';

type Held = Pick<Visit, 'id' | 'claimedBy' | 'statusChangedBy'>;

/**
 * The visits that joined the doctor's own list by someone else's hand since `seen` (the ids it
 * held before): a colleague's transfer, or the desk undoing its no-show. Those the doctor took
 * themselves are not news.
 */
export function handedOver<T extends Held>(seen: ReadonlySet<string>, mine: readonly T[], uid: string): T[] {
  return mine.filter((v) => !seen.has(v.id) && v.claimedBy === uid && v.statusChangedBy !== uid);
}
