import { onDocumentUpdated } from 'firebase-functions/v2/firestore';
import { db } from '../db';
import { recordStatusChange } from './record-status-change';

/** Retries are on: recordStatusChange keys its writes on the event id, so a re-run is safe. */
export const onVisitUpdated = onDocumentUpdated(
  { document: 'clinics/{clinicId}/visits/{visitId}', retry: true },
  (event) =>
    recordStatusChange(db(), {
      clinicId: event.params.clinicId,
      visitId: event.params.visitId,
      eventId: event.id,
      eventTime: new Date(event.time),
      before: event.data?.before.data(),
      after: event.data?.after.data(),
    }),
);
