import { logger } from 'firebase-functions/logger';

/**
 * Every log line is a named function, so no call site can slip personal data in: they take ids,
 * ticket numbers and statuses only, never names, phones or complaints.
 */
export const logs = {
  ticketAssigned: (clinicId: string, visitId: string, ticket: string) =>
    logger.info('ticket assigned', { clinicId, visitId, ticket }),
  ticketAlreadyAssigned: (clinicId: string, visitId: string) =>
    logger.info('visit already has a ticket; replayed event ignored', { clinicId, visitId }),
  visitGone: (clinicId: string, visitId: string) =>
    logger.warn('visit no longer exists; nothing to do', { clinicId, visitId }),
  clinicMissing: (clinicId: string, visitId: string) =>
    logger.error('visit written under a clinic with no clinic document', { clinicId, visitId }),
  invalidVisit: (clinicId: string, visitId: string, problem: string) =>
    logger.error('visit document failed validation; no ticket assigned', { clinicId, visitId, problem }),
};
