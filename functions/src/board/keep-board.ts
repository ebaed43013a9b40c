import { Timestamp, type Firestore, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import { BOARD_ID, BOARD_STATUSES, boardVisitOf, buildBoard, type BoardDoc } from '@clinicflow/shared/board';
import { clinicDayOf, startOfClinicDay } from '@clinicflow/shared/clinic-time';
import { LANGUAGES, type Language } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { DAY_TRANSACTION_ATTEMPTS } from '../config';
import { clinicClock } from '../visits/clinic-day';

export type BoardResult = 'written' | 'stale' | 'clinic-missing';

export const boardRef = (db: Firestore, clinicId: string) => db.doc(`${paths.board(clinicId)}/${BOARD_ID}`);

/** A timestamp in whole microseconds, Firestore's own precision (toMillis would make two readings of one millisecond equal). */
const micros = (t: Timestamp) => t.seconds * 1_000_000 + Math.floor(t.nanoseconds / 1000);

const present = <T>(value: T | null): value is T => value !== null;
const boardVisits = (docs: QueryDocumentSnapshot[]) => docs.map((d) => boardVisitOf(d.data())).filter(present);

/**
 * Rebuilds the clinic's board from its visits as they are now. Every event does the whole sum
 * again rather than apply its own change, so events may land in any order, twice or not at all
 * (a change that leaves the board as it was): the last reading wins. The visits are read
 * outside any transaction (a transaction would lock them against the desk's and the doctors'
 * writes); the board is then written in one that keeps it only if no later reading got there
 * first. A reading made after the last visit write sees that write, and no reading made before it
 * can replace it, so the board always ends up matching the visits.
 */
export async function keepBoard(db: Firestore, clinicId: string, now = new Date()): Promise<BoardResult> {
  const clinic = await db.doc(paths.clinic(clinicId)).get();
  const clock = clinicClock(clinic.data());
  if (!clock) return 'clinic-missing';
  const { timezone } = clock;
  const stored: unknown = clinic.get('language');
  const language: Language = (LANGUAGES as readonly unknown[]).includes(stored) ? (stored as Language) : 'en';

  const visits = db.collection(paths.visits(clinicId));
  // The clinic day (it ends at the clinic's own hour), as the desk and the dashboards count it.
  const dayStart = Timestamp.fromDate(startOfClinicDay(now, clock));
  const [open, calledToday] = await Promise.all([
    visits.where('status', 'in', BOARD_STATUSES).get(),
    visits.where('calledAt', '>=', dayStart).orderBy('calledAt', 'desc').limit(20).get(),
  ]);
  // The earliest of the three readings (clinic, open visits, today's calls): everything written
  // before it is in all three.
  const readAt = [clinic.readTime, open.readTime, calledToday.readTime].reduce((a, b) =>
    micros(b) < micros(a) ? b : a,
  );

  const board = buildBoard(
    {
      open: boardVisits(open.docs),
      calledToday: boardVisits(calledToday.docs),
      dayKey: clinicDayOf(now, clock),
      timezone,
      language,
      readAt,
    },
    (ms) => Timestamp.fromMillis(ms),
  );

  const ref = boardRef(db, clinicId);
  return db.runTransaction(
    async (tx): Promise<BoardResult> => {
      const current = (await tx.get(ref)).data() as BoardDoc<Timestamp> | undefined;
      if (current && current.readAt instanceof Timestamp && micros(current.readAt) >= micros(readAt)) {
        return 'stale';
      }
      // Written even when it shows the same: its later readAt is what keeps an older reading out.
      tx.set(ref, board);
      return 'written';
    },
    { maxAttempts: DAY_TRANSACTION_ATTEMPTS },
  );
}
