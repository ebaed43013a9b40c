import { useState } from 'react';
import toast from 'react-hot-toast';
import type { VisitDoc } from '@clinicflow/shared/model';
import type { Transition } from '@clinicflow/shared/transitions';
import { ClaimRefusedError, claimVisit, completeVisit, returnVisit } from '@/features/visits/api/visits';
import { DeadlineError, SERVER_ANSWER_MS } from '@/lib/deadline';
import { friendlyFirestoreError } from '@/lib/errors';
import { useI18n, type MessageKey, type Translate } from '@/lib/i18n';
import type { Live } from '@/lib/live-query';

function claimFailure(err: unknown, label: string, t: Translate): string {
  if (err instanceof ClaimRefusedError) return t(err.refusal.key, { label: err.refusal.label });
  if (err instanceof DeadlineError) return t('claim.deadline', { seconds: SERVER_ANSWER_MS / 1000, label });
  return t('claim.failed', { label, reason: t(friendlyFirestoreError(err)) });
}

/**
 * The doctor's buttons. "Start review" waits for the server (and is refused while `blocked`
 * names why it cannot answer); complete and return are queued like any write: offline they
 * apply here at once, are counted in `unsynced` until the server has them, and a refusal
 * comes back as a message.
 */
export function useVisitActions(clinicId: string, uid: string, blocked: MessageKey | null) {
  const { t } = useI18n();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [unsynced, setUnsynced] = useState(0);

  function queue(write: Promise<void>, label: string) {
    setUnsynced((n) => n + 1);
    write
      .catch((err: unknown) => toast.error(t('action.failed', { label, reason: t(friendlyFirestoreError(err)) })))
      .finally(() => setUnsynced((n) => n - 1));
  }

  async function claim(visit: Live<VisitDoc>, label: string) {
    const id = `claim-${visit.id}`;
    if (blocked) {
      toast.error(`${t(blocked)} ${t('blocked.claimNeedsServer')}`, { id });
      return;
    }
    setBusyId(visit.id);
    try {
      await claimVisit(clinicId, visit.id, uid, () => toast.success(t('claim.late', { label }), { id }));
      toast.success(t('claim.ok', { label }), { id });
    } catch (err) {
      toast.error(claimFailure(err, label, t), { id });
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
