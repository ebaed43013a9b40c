import { doc, type FirestoreError } from 'firebase/firestore';
import type { DocumentData } from 'firebase/firestore';
import { paths } from '@clinicflow/shared/paths';
import { db, withId } from '@/lib/firestore';
import { useLiveDoc, type LiveDocState } from '@/lib/live-query';

const converter = withId<DocumentData>();

/**
 * The figures the functions keep for one clinic day (days/{dayKey}), live: today's move as the
 * day goes on. Stored as the functions wrote them; read them with dayStats (shared/day-stats).
 */
export function useDayFigures(
  clinicId: string,
  day: string | null,
  onError: (error: FirestoreError) => void,
): LiveDocState<DocumentData> {
  return useLiveDoc(day ? doc(db, `${paths.days(clinicId)}/${day}`).withConverter(converter) : null, onError);
}
