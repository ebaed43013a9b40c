/**
 * The visits collection: refs, the queue queries (from the shared QuerySpecs), listener hooks
 * and every status change the rules allow. Writes are not awaited by screens: offline, their
 * promise only settles when the server answers, and the local write already shows on screen.
 */
import {
  collection,
  doc,
  getDocFromServer,
  getDocsFromServer,
  runTransaction,
  serverTimestamp,
  updateDoc,
  writeBatch,
  type FirestoreError,
} from 'firebase/firestore';
import { detailsMissing, newVisitDoc, visitCorrection } from '@clinicflow/shared/documents';
import type { Visit, VisitDoc } from '@clinicflow/shared/model';
import type { PatientInput, VisitInput } from '@clinicflow/shared/validation';
import { toQuery } from '@clinicflow/shared/firestore-query';
import { paths } from '@clinicflow/shared/paths';
import { transitionUpdate, type TransitionMove } from '@clinicflow/shared/transitions';
import { nextToCall } from '@clinicflow/shared/queue';
import { queries } from '@clinicflow/shared/queries';
import { DeadlineError, SERVER_ANSWER_MS, withDeadline } from '@/lib/deadline';
import { db, withId } from '@/lib/firestore';
import { useLiveQuery, type LiveQueryState } from '@/lib/live-query';
import { addNewPatient, addPatientCorrection } from '@/features/patients/api/patients';
import { claimRefusal, type ClaimRefusal } from '../claim-refusal';

const converter = withId<VisitDoc>();

export function visitsCollection(clinicId: string) {
  return collection(db, paths.visits(clinicId));
}

export function visitRef(clinicId: string, visitId: string) {
  return doc(db, paths.visits(clinicId), visitId).withConverter(converter);
}

/** Reception: today's visits, from the clinic's midnight (null until the clinic's time zone is known). */
export function useTodayQueue(
  clinicId: string,
  sinceMs: number | null,
  onError: (error: FirestoreError) => void,
): LiveQueryState<VisitDoc> {
  const query =
    sinceMs === null ? null : toQuery(db, queries.todayQueue(clinicId, new Date(sinceMs))).withConverter(converter);
  return useLiveQuery(query, onError);
}

function openVisitsQuery(clinicId: string) {
  return toQuery(db, queries.openVisits(clinicId)).withConverter(converter);
}

/** Doctors: everything waiting or in review. A new `attempt` re-subscribes (manual refresh). */
export function useOpenVisits(
  clinicId: string,
  attempt: number,
  onError: (error: FirestoreError) => void,
): LiveQueryState<VisitDoc> {
  return useLiveQuery(openVisitsQuery(clinicId), onError, attempt);
}

/** Reads the open visits from the server itself: proves the connection, or throws (within SERVER_ANSWER_MS). */
export async function fetchOpenVisitsFromServer(clinicId: string): Promise<number> {
  return (await withDeadline(getDocsFromServer(openVisitsQuery(clinicId)), SERVER_ANSWER_MS)).size;
}

export interface OpenVisitRequest {
  patient:
    { kind: 'existing'; id: string; fullName: string; detailsMissing: boolean } | { kind: 'new'; input: PatientInput };
  visit: VisitInput;
}

/**
 * One batch: the new patient (if any) and their visit, so neither exists without the other, and
 * offline it is queued as one write that reaches the server exactly once (its ids are fixed here).
 * `committed` settles when the server answers; the visit is on screen before that.
 */
export function openVisit(
  clinicId: string,
  uid: string,
  request: OpenVisitRequest,
): { visitId: string; committed: Promise<void> } {
  const batch = writeBatch(db);
  const { patient } = request;
  const patientId = patient.kind === 'new' ? addNewPatient(batch, clinicId, uid, patient.input) : patient.id;
  const ref = doc(visitsCollection(clinicId));
  const { fullName, missing } =
    patient.kind === 'new'
      ? { fullName: patient.input.fullName, missing: detailsMissing(patient.input) }
      : { fullName: patient.fullName, missing: patient.detailsMissing };
  const visit = newVisitDoc(
    { id: patientId, fullName, detailsMissing: missing },
    request.visit,
    uid,
    serverTimestamp(),
  );
  batch.set(ref, visit);
  return { visitId: ref.id, committed: batch.commit() };
}

/** What the desk corrects on a waiting visit and its patient; only what changed is written. */
export interface VisitCorrectionRequest {
  visitId: string;
  patientId: string;
  patient?: PatientInput | undefined;
  visit?: VisitInput | undefined;
}

/**
 * One batch, so the patient's details and the visit's reason or priority change together or not
 * at all. Settles when the server answers (offline, the write waits in the SDK's queue).
 */
export function correctVisit(clinicId: string, uid: string, request: VisitCorrectionRequest): Promise<void> {
  const batch = writeBatch(db);
  if (request.patient) addPatientCorrection(batch, clinicId, request.patientId, uid, request.patient);
  if (request.visit)
    batch.update(visitRef(clinicId, request.visitId), visitCorrection(request.visit, uid, serverTimestamp()));
  return batch.commit();
}

export class ClaimRefusedError extends Error {
  constructor(
    readonly refusal: ClaimRefusal,
    options?: ErrorOptions,
  ) {
    super(refusal.key, options);
  }
}

/** The moves that take a visit off the waiting list: a call to the doctor's room, or a review at once. */
export type TakeMove = 'claim' | { action: 'call'; room: string };

/**
 * "Call in" and "Start review" in a transaction: it reads the visit on the server first, so of
 * two doctors pressing at once exactly one gets it and the other is told plainly that someone
 * was first. It ends within SERVER_ANSWER_MS: against a silent server a transaction waits for
 * minutes. A transaction that gets its read back after the deadline gives up rather than take a
 * patient the doctor was told they did not get; one whose commit was already on its way when
 * the deadline passed and lands anyway is reported to `onLate`.
 */
export async function takeVisit(
  clinicId: string,
  visitId: string,
  uid: string,
  move: TakeMove,
  onLate?: () => void,
): Promise<void> {
  const ref = visitRef(clinicId, visitId);
  const deadline = Date.now() + SERVER_ANSWER_MS;
  const attempt = async () => {
    try {
      await runTransaction(db, async (tx) => {
        const visit: Visit | undefined = (await tx.get(ref)).data();
        if (Date.now() > deadline) throw new DeadlineError();
        const refusal = claimRefusal(visit, uid);
        if (refusal) throw new ClaimRefusedError(refusal);
        tx.update(ref, transitionUpdate(move, uid, serverTimestamp()));
      });
    } catch (err) {
      if (err instanceof ClaimRefusedError || err instanceof DeadlineError) throw err;
      // Losing the race at the commit is refused by the rules (the visit is no longer waiting),
      // not retried: read the visit again to say why instead of "permission denied".
      const fresh = await getDocFromServer(ref).catch(() => null);
      const refusal = fresh ? claimRefusal(fresh.data(), uid) : null;
      throw refusal ? new ClaimRefusedError(refusal, { cause: err }) : err;
    }
  };
  return withDeadline(attempt(), SERVER_ANSWER_MS, onLate);
}

/** How many visits "Call next" tries before it gives up: each one lost went to another doctor. */
const CALL_NEXT_TRIES = 5;

/**
 * "Call next": calls the first waiting visit in queue order (priority, then arrival) to `room`.
 * When another doctor got it first (their call landed between this list and this call), it calls
 * the next one instead. Resolves with the visit called, or null when nobody is waiting.
 */
export async function callNext<T extends Visit>(
  clinicId: string,
  uid: string,
  room: string,
  waiting: readonly T[],
): Promise<T | null> {
  const tried = new Set<string>();
  for (let n = 0; n < CALL_NEXT_TRIES; n++) {
    const next = nextToCall(waiting, tried);
    if (!next) return null;
    try {
      await takeVisit(clinicId, next.id, uid, { action: 'call', room });
      return next;
    } catch (err) {
      if (!(err instanceof ClaimRefusedError) || err.refusal.key === 'claim.gone') throw err;
      tried.add(next.id);
    }
  }
  return null;
}

/**
 * Every other move on a visit: written like any write (offline it shows here at once and is sent
 * when the server answers); the promise settles with the server's answer.
 */
export function moveVisit(clinicId: string, visitId: string, uid: string, move: TransitionMove): Promise<void> {
  return updateDoc(visitRef(clinicId, visitId), transitionUpdate(move, uid, serverTimestamp()));
}
