import { useState } from 'react';
import toast from 'react-hot-toast';
import type { VisitDoc } from '@clinicflow/shared/model';
import { UNDO_OF, type TransitionAction } from '@clinicflow/shared/transitions';
import { undoToast } from '@/components/ui/undo-toast';
import { ClaimRefusedError, callNext, moveVisit, takeVisit, type TakeMove } from '@/features/visits/api/visits';
import { DeadlineError, SERVER_ANSWER_MS } from '@/lib/deadline';
import { friendlyFirestoreError } from '@/lib/errors';
import { useI18n, type MessageKey, type Translate } from '@/lib/i18n';
import type { Live } from '@/lib/live-query';

function takeFailure(err: unknown, label: string, t: Translate): string {
  if (err instanceof ClaimRefusedError) return t(err.refusal.key, { label: err.refusal.label });
  if (err instanceof DeadlineError) return t('claim.deadline', { seconds: SERVER_ANSWER_MS / 1000, label });
  return t('claim.failed', { label, reason: t(friendlyFirestoreError(err)) });
}

/** What a doctor's own moves need: where they are on duty (null: not on duty, so no calls). */
export interface ActionContext {
  clinicId: string;
  uid: string;
  room: string | null;
  /** Why the moves that need the server (call, start review) cannot run now; null when they can. */
  blocked: MessageKey | null;
}

const UNDO_MESSAGES: Record<keyof typeof UNDO_OF, MessageKey> = {
  complete: 'undo.completed',
  noShow: 'undo.noShow',
};

/**
 * The doctor's buttons. "Call in", "Call next" and "Start review" from the waiting list wait for
 * the server (and are refused while `blocked` names why it cannot answer): of two doctors, one
 * gets the patient. The other moves are queued like any write: offline they apply here at once,
 * are counted in `unsynced` until the server has them, and a refusal comes back as a message.
 * Complete and no-show offer Undo for the window the rules allow.
 */
export function useVisitActions({ clinicId, uid, room, blocked }: ActionContext) {
  const { t } = useI18n();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [unsynced, setUnsynced] = useState(0);

  function queue(write: Promise<void>, label: string) {
    setUnsynced((n) => n + 1);
    write
      .catch((err: unknown) => toast.error(t('action.failed', { label, reason: t(friendlyFirestoreError(err)) })))
      .finally(() => setUnsynced((n) => n - 1));
  }

  /** The server-bound moves: refused at once while the server cannot answer, one at a time. */
  async function withServer(id: string, work: () => Promise<void>, onError: (err: unknown) => string) {
    if (blocked) {
      toast.error(`${t(blocked)} ${t('blocked.claimNeedsServer')}`, { id });
      return;
    }
    setBusyId(id);
    try {
      await work();
    } catch (err) {
      toast.error(onError(err), { id });
    } finally {
      setBusyId(null);
    }
  }

  function take(visit: Live<VisitDoc>, move: TakeMove, label: string) {
    const id = `take-${visit.id}`;
    return withServer(
      visit.id,
      async () => {
        await takeVisit(clinicId, visit.id, uid, move, () => toast.success(t('claim.late', { label }), { id }));
        toast.success(move === 'claim' ? t('claim.ok', { label }) : t('call.ok', { label, room: move.room }), { id });
      },
      (err) => takeFailure(err, label, t),
    );
  }

  function withUndo(visit: Live<VisitDoc>, action: keyof typeof UNDO_OF, label: string) {
    queue(moveVisit(clinicId, visit.id, uid, action), label);
    undoToast({
      id: `undo-${visit.id}`,
      message: t(UNDO_MESSAGES[action], { label }),
      undoLabel: t('action.undo'),
      onUndo: () => queue(moveVisit(clinicId, visit.id, uid, UNDO_OF[action]), label),
    });
  }

  function run(visit: Live<VisitDoc>, action: TransitionAction) {
    const label = visit.ticket ?? visit.patientName;
    switch (action) {
      case 'call':
        if (room) void take(visit, { action: 'call', room }, label);
        else toast.error(t('duty.needed'), { id: 'duty-needed' });
        return;
      case 'claim':
        void take(visit, 'claim', label);
        return;
      case 'complete':
      case 'noShow':
        withUndo(visit, action, label);
        return;
      case 'recall':
      case 'start':
      case 'return':
        queue(moveVisit(clinicId, visit.id, uid, action), label);
        return;
      default:
        return;
    }
  }

  /** Hands the visit to a colleague on duty, to their room. */
  function transfer(visit: Live<VisitDoc>, colleague: { uid: string; name: string; room: string }) {
    const label = visit.ticket ?? visit.patientName;
    queue(moveVisit(clinicId, visit.id, uid, { action: 'transfer', to: colleague.uid, room: colleague.room }), label);
    toast.success(t('transfer.sent', { label, name: colleague.name }), { id: `transfer-${visit.id}` });
  }

  /** "Call next": the first waiting visit in queue order, or the next if another doctor took it first. */
  function next(waiting: readonly Live<VisitDoc>[]) {
    if (!room) {
      toast.error(t('duty.needed'), { id: 'duty-needed' });
      return;
    }
    void withServer(
      'call-next',
      async () => {
        const called = await callNext(clinicId, uid, room, waiting);
        if (called)
          toast.success(t('call.ok', { label: called.ticket ?? called.patientName, room }), { id: 'call-next' });
        else toast(t('call.nobody'), { id: 'call-next' });
      },
      (err) => takeFailure(err, '', t),
    );
  }

  return { busyId, unsynced, run, transfer, next };
}
