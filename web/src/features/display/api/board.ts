/**
 * The waiting-room board: the one document the display may read (tickets and rooms, no personal
 * or clinical data). Checked with the shared schema as it arrives: a board the screen does not
 * recognise is not shown.
 */
import { doc, type FirestoreError } from 'firebase/firestore';
import { BOARD_ID, boardDocSchema, type BoardDoc } from '@clinicflow/shared/board';
import { paths } from '@clinicflow/shared/paths';
import { db, withId } from '@/lib/firestore';
import { useLiveDoc, type LiveDocState } from '@/lib/live-query';

const converter = withId<BoardDoc>();

export interface LiveBoard extends Omit<LiveDocState<BoardDoc>, 'doc'> {
  board: BoardDoc | null;
  /** The stored board failed the shared schema (a keeper of another version, say). */
  malformed: boolean;
}

export function useBoard(clinicId: string, attempt: number, onError: (error: FirestoreError) => void): LiveBoard {
  const { doc: stored, ...state } = useLiveDoc(
    doc(db, paths.board(clinicId), BOARD_ID).withConverter(converter),
    onError,
    attempt,
  );
  if (!stored) return { ...state, board: null, malformed: false };
  // The listener's own fields (id, hasPendingWrites) are not the board's: the strict schema would refuse them.
  const data = Object.fromEntries(Object.entries(stored).filter(([key]) => key !== 'id' && key !== 'hasPendingWrites'));
  const parsed = boardDocSchema.safeParse(data);
  return { ...state, board: parsed.success ? parsed.data : null, malformed: !parsed.success };
}
