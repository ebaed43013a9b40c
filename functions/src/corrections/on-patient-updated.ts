import { onDocumentUpdated } from 'firebase-functions/v2/firestore';
import { db } from '../db';
import { correctPatient } from './correct-patient';

/** Retries are on: the audit entry is keyed on the event id and the rename only sets what is due. */
export const onPatientUpdated = onDocumentUpdated(
  { document: 'clinics/{clinicId}/patients/{patientId}', retry: true },
  (event) =>
    correctPatient(db(), {
      clinicId: event.params.clinicId,
      targetId: event.params.patientId,
      eventId: event.id,
      eventTime: new Date(event.time),
      before: event.data?.before.data(),
      after: event.data?.after.data(),
    }),
);
