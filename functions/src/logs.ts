import { logger } from 'firebase-functions/logger';
import type { Role, VisitStatus } from '@clinicflow/shared/model';

/**
 * Every log line is a named function, so no call site can slip personal data in: they take ids,
 * ticket numbers, roles and statuses only, never names, emails, phones or complaints.
 */
export const logs = {
  ticketAssigned: (clinicId: string, visitId: string, ticket: string, notified: boolean) =>
    logger.info('ticket assigned', { clinicId, visitId, ticket, notified }),
  ticketAlreadyAssigned: (clinicId: string, visitId: string) =>
    logger.info('visit already has a ticket; event ignored', { clinicId, visitId }),
  visitGone: (clinicId: string, visitId: string) =>
    logger.warn('visit no longer exists; nothing to do', { clinicId, visitId }),
  clinicMissing: (clinicId: string, visitId: string) =>
    logger.error('visit under a clinic with no clinic document or no valid timezone', { clinicId, visitId }),
  invalidVisit: (clinicId: string, visitId: string, problem: string) =>
    logger.error('new visit failed validation; no ticket assigned', { clinicId, visitId, problem }),
  invalidStatusChange: (clinicId: string, visitId: string, problem: string) =>
    logger.error('visit status change failed validation; not audited', { clinicId, visitId, problem }),
  statusChangeRecorded: (clinicId: string, visitId: string, from: VisitStatus, to: VisitStatus, auditId: string) =>
    logger.info('status change audited', { clinicId, visitId, from, to, auditId }),
  statusChangeReplayed: (clinicId: string, visitId: string, auditId: string) =>
    logger.info('status change already audited; replayed event ignored', { clinicId, visitId, auditId }),
  patientCorrected: (clinicId: string, patientId: string, audit: string, renamedVisits: number) =>
    logger.info('patient correction audited', { clinicId, patientId, audit, renamedVisits }),
  visitCorrected: (clinicId: string, visitId: string, audit: string, raiseAnnounced: boolean) =>
    logger.info('visit correction audited', { clinicId, visitId, audit, raiseAnnounced }),
  boardKept: (clinicId: string, result: string) => logger.info('waiting-room board rebuilt', { clinicId, result }),
  sweepFinished: (found: number, assigned: number) => logger.info('ticket sweep finished', { found, assigned }),
  dayClosed: (clinicId: string, dayStart: string, closed: number) =>
    logger.info('visits left open from earlier clinic days closed', { clinicId, dayStart, closed }),
  dayCloseSkipped: (clinicId: string) => logger.error('day close skipped: clinic has no valid timezone', { clinicId }),
  staffWritten: (clinicId: string, uid: string, role: Role, active: boolean) =>
    logger.info('staff claims and mirror written', { clinicId, uid, role, active }),
  staffRefused: (action: string, code: string, callerUid: string | undefined) =>
    logger.info('staff request refused', { action, code, callerUid }),
  /** Why an add was refused stays here, for the operator; the admin gets one message for all. */
  addRefused: (clinicId: string, uid: string, owner: string | null | undefined) =>
    logger.info('add refused: the account is not this clinic’s to take', {
      clinicId,
      uid,
      owner: owner === undefined ? 'not in the registry' : (owner ?? 'none'),
    }),
  accountApplied: (uid: string, version: number, rounds: number) =>
    logger.info('account state applied', { uid, version, rounds }),
  accountMissing: (uid: string) => logger.warn('registry entry without an Auth account; nothing applied', { uid }),
  claimsReturned: (clinicId: string, uid: string, visits: number) =>
    logger.info('deactivated member’s claimed visits returned to the queue', { clinicId, uid, visits }),
  signUpRefused: (providerId: string) => logger.info('sign-up refused: accounts are made by admins', { providerId }),
};
