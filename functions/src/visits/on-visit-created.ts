import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { db } from '../db';
import { assignTicket } from './assign-ticket';

/** Retries are on: a transient failure re-runs the event, and assignTicket makes that safe. */
export const onVisitCreated = onDocumentCreated(
  { document: 'clinics/{clinicId}/visits/{visitId}', retry: true },
  async (event) => {
    await assignTicket(db(), event.params.clinicId, event.params.visitId);
  },
);
