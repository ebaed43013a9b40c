import { onDocumentUpdated } from 'firebase-functions/v2/firestore';
import { VISIT_CORRECTABLE } from '@clinicflow/shared/model';
import { announceRaise } from '../corrections/announce-raise';
import { recordCorrection } from '../corrections/record-correction';
import { db } from '../db';
import { logs } from '../logs';
import { recordStatusChange } from './record-status-change';

/**
 * A visit changed: its status change (audit and day figures) and the desk's correction of its
 * reason or priority (audit; a raised priority announced to the doctors) are recorded. Retries are on: both key their writes on the event
 * id, so a re-run is safe.
 */
export const onVisitUpdated = onDocumentUpdated(
  { document: 'clinics/{clinicId}/visits/{visitId}', retry: true },
  async (event) => {
    const { clinicId, visitId } = event.params;
    const change = {
      eventId: event.id,
      eventTime: new Date(event.time),
      before: event.data?.before.data(),
      after: event.data?.after.data(),
    };
    const status = await recordStatusChange(db(), { clinicId, visitId, ...change });
    const audit = await recordCorrection(
      db(),
      { clinicId, targetId: visitId, ...change },
      { kind: 'visit', fields: VISIT_CORRECTABLE, byField: 'correctedBy', atField: 'correctedAt' },
    );
    const announced = audit === 'unchanged' ? false : await announceRaise(db(), { clinicId, visitId, ...change });
    if (audit !== 'unchanged') logs.visitCorrected(clinicId, visitId, audit, announced);
    return status;
  },
);
