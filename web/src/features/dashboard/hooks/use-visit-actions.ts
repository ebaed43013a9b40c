import { useState } from 'react';
import toast from 'react-hot-toast';
import type { VisitDoc } from '@clinicflow/shared/model';
import type { Transition } from '@clinicflow/shared/transitions';
import { ClaimRefusedError, claimVisit, completeVisit, returnVisit } from '@/features/visits/api/visits';
import { DeadlineError, SERVER_ANSWER_MS } from '@/lib/deadline';
import { friendlyFirestoreError } from '@/lib/errors';
import type { Live } from '@/lib/live-query';

export const CLAIM_NEEDS_SERVER = 'Starting a review needs the server, so that no two doctors take the same patient.';

function claimFailure(err: unknown, label: string): string {
  if (err instanceof ClaimRefusedError) return err.message;
  if (err instanceof DeadlineError) {
    return `No answer from the server within ${SERVER_ANSWER_MS / 1000} s: the review of ${label} did not start. Try again when the connection is back.`;
  }
  return `Could not start the review of ${label}. ${friendlyFirestoreError(err)}`;
}

/**
 * The doctor's buttons. "Start review" waits for the server (and is refused while `blocked`
 * names why it cannot answer); complete and return are queued like any write: offline they
 * apply here at once, are counted in `unsynced` until the server has them, and a refusal
 * comes back as a message.
 */
export function useVisitActions(clinicId: string, uid: string, blocked: string | null) {
  const [busyId, setBusyId] = useState<string | null>(null);
  const [unsynced, setUnsynced] = useState(0);

  function queue(write: Promise<void>, label: string) {
    setUnsynced((n) => n + 1);
    write
      .catch((err: unknown) => toast.error(`${label}: ${friendlyFirestoreError(err)}`))
      .finally(() => setUnsynced((n) => n - 1));
  }

  async function claim(visit: Live<VisitDoc>, label: string) {
    const id = `claim-${visit.id}`;
    if (blocked) {
      toast.error(`${blocked} ${CLAIM_NEEDS_SERVER}`, { id });
      return;
    }
    setBusyId(visit.id);
    try {
      await claimVisit(clinicId, visit.id, uid, () =>
        toast.success(`The server answered late: you are reviewing ${label} after all.`, { id }),
      );
      toast.success(`You are reviewing ${label}.`, { id });
    } catch (err) {
      toast.error(claimFailure(err, label), { id });
    } finally {
      setBusyId(null);
    }
  }

  function run(visit: Live<VisitDoc>, action: Transition['action']) {
    const label = visit.ticket ?? visit.patientName;
    if (action === 'claim') void claim(visit, label);
    if (action === 'complete') queue(completeVisit(clinicId, visit.id, uid), label);
    if (action === 'return') queue(returnVisit(clinicId, visit.id, uid), label);
  }

  return { busyId, unsynced, run };
}
