import { onDocumentUpdated, onDocumentWritten } from 'firebase-functions/v2/firestore';
import { db } from '../db';
import { logs } from '../logs';
import { keepBoard } from './keep-board';

/** The fields of a visit the board shows: a write changing none of them leaves the board as it is. */
const BOARD_FIELDS = ['status', 'ticket', 'ticketNumber', 'dayKey', 'room', 'calledAt'] as const;

/** What the board could show of a version of a visit: nothing until its ticket is on. */
function boardFields(data: Record<string, unknown> | undefined): string | null {
  if (typeof data?.ticket !== 'string') return null;
  return JSON.stringify(BOARD_FIELDS.map((field) => data[field] ?? null));
}

/**
 * A visit was written: the clinic's board is rebuilt when something it shows moved. Retries are
 * on, and safe: a rebuild reads the visits as they are, whichever event runs it.
 */
export const onBoardVisitWritten = onDocumentWritten(
  { document: 'clinics/{clinicId}/visits/{visitId}', retry: true },
  async (event) => {
    const { clinicId } = event.params;
    if (boardFields(event.data?.before.data()) === boardFields(event.data?.after.data())) return 'unchanged';
    const result = await keepBoard(db(), clinicId);
    logs.boardKept(clinicId, result);
    return result;
  },
);

/** The clinic's language or time zone changed: the board carries both for the display. */
export const onBoardClinicUpdated = onDocumentUpdated(
  { document: 'clinics/{clinicId}', retry: true },
  async (event) => {
    const { clinicId } = event.params;
    const before = event.data?.before.data();
    const after = event.data?.after.data();
    if (before?.language === after?.language && before?.timezone === after?.timezone) return 'unchanged';
    const result = await keepBoard(db(), clinicId);
    logs.boardKept(clinicId, result);
    return result;
  },
);
