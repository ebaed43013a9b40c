import { doc, getDoc } from 'firebase/firestore';
import { paths } from '@clinicflow/shared/paths';
import { ADMIN_B, BOARD_READERS_A, CLINIC_A, DISPLAY_B, DOCTOR_B, NOBODY, RECEPTIONIST_B } from '../actors';
import { boardDoc, SEEDED_BOARD, SEEDED_BOARD_B } from '../fixtures';
import { functionWrittenRows, type MatrixTable } from '../matrix';

/**
 * clinics/{clinicId}/board: the waiting-room board, tickets and rooms only. The clinic's display
 * and its staff read it; only the board keeper function writes it. The display reads nothing
 * else (every other table refuses it), and no other clinic's board.
 */
export const boardMatrix: MatrixTable = {
  collection: 'board',
  rows: [
    ...functionWrittenRows({
      collectionPath: paths.board(CLINIC_A),
      noun: "clinic A's waiting-room board",
      plural: "clinic A's boards",
      seededPath: SEEDED_BOARD,
      make: boardDoc,
      change: { waiting: ['A-999'] },
      getters: BOARD_READERS_A,
      listers: NOBODY,
    }),
    {
      op: 'get',
      what: "read clinic B's waiting-room board",
      allowed: [ADMIN_B, RECEPTIONIST_B, DOCTOR_B, DISPLAY_B],
      attempt: ({ db }) => getDoc(doc(db, SEEDED_BOARD_B)),
    },
  ],
};
