import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { db } from '../db';
import { assignTicket } from './assign-ticket';

/**
 * Retries are on: a transient failure re-runs the event, and assignTicket makes that safe.
 * The result is returned so a test can see what a (replayed) delivery did.
 */
export const onVisitCreated = onDocumentCreated(
  { document: 'clinics/{clinicId}/visits/{visitId}', retry: true },
  (event) => assignTicket(db(), event.params.clinicId, event.params.visitId, event.data?.data()),
);
