/**
 * The visit status machine, whole: every (from, to) pair of statuses × every role of clinic A,
 * plus a checker doctor who does not hold the claim, and a deactivated receptionist and a demoted
 * doctor holding the claim whose tokens still carry their old role. The expected outcome comes
 * from the shared TRANSITIONS table the web also uses, never from this file. The doctors are on
 * duty (dutyWorld); a visit done or marked absent was so made just now, by its holder (absent:
 * by the desk mover itself, for the desk's cells), so the undos' window is open.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { doc, Timestamp, updateDoc, type DocumentData } from 'firebase/firestore';
import { VISIT_STATUSES, type VisitStatus } from '@clinicflow/shared/model';
import {
  findTransition,
  TRANSITIONS,
  type TransitionAction,
  type TransitionMove,
} from '@clinicflow/shared/transitions';
import {
  ADMIN_A,
  DEACTIVATED_A,
  DEMOTED_DOCTOR_A,
  DOCTOR_A,
  OTHER_DOCTOR_A,
  RECEPTIONIST_A,
  type Actor,
} from './actors';
import { visitPath } from './collections/visits';
import { dutyWorld, roomOf, storedVisit, transitionBy } from './fixtures';
import { caseCounts, clientFor, expectOutcome, outcomeWord, seed } from './harness';

/** Seeded visits in review or done are DOCTOR_A's claim, or the demoted doctor's in their own cells. */
interface Mover {
  actor: Actor;
  label: string;
  holdsClaim: boolean;
  /** Made the no-show of the visits marked absent (a desk's own), so it may undo it. */
  marksAbsent: boolean;
}

const MOVERS: readonly Mover[] = [
  { actor: ADMIN_A, label: ADMIN_A.label, holdsClaim: false, marksAbsent: false },
  { actor: RECEPTIONIST_A, label: RECEPTIONIST_A.label, holdsClaim: false, marksAbsent: true },
  { actor: DOCTOR_A, label: 'the checker doctor holding the claim', holdsClaim: true, marksAbsent: true },
  { actor: OTHER_DOCTOR_A, label: 'a checker doctor not holding the claim', holdsClaim: false, marksAbsent: false },
  { actor: DEACTIVATED_A, label: DEACTIVATED_A.label, holdsClaim: false, marksAbsent: true },
  {
    actor: DEMOTED_DOCTOR_A,
    label: `${DEMOTED_DOCTOR_A.label}, holding the claim`,
    holdsClaim: true,
    marksAbsent: true,
  },
];

/** The action as the mover would send it: a call to their own room, a transfer to a colleague on duty. */
function moveBy(action: TransitionAction, actor: Actor): TransitionMove {
  if (action === 'call') return { action, room: roomOf(actor) };
  if (action === 'transfer') {
    const colleague = actor === OTHER_DOCTOR_A ? DOCTOR_A : OTHER_DOCTOR_A;
    return { action, to: colleague.uid, room: roomOf(colleague) };
  }
  return action;
}

/**
 * What a client sends to move a visit to `to`: the fields of the transition between the two
 * statuses if there is one, else of a transition that reaches `to`, else the bare status change.
 */
function attemptedUpdate(from: VisitStatus, to: VisitStatus, actor: Actor): DocumentData {
  const like = TRANSITIONS.find((t) => t.from === from && t.to === to) ?? TRANSITIONS.find((t) => t.to === to);
  return { ...transitionBy(moveBy(like?.action ?? 'cancel', actor), actor.uid), status: to };
}

/** Who made the last change of a seeded visit in `from`: the mover itself where it may have. */
function madeLastChange(mover: Mover, from: VisitStatus): boolean {
  return from === 'no_show' ? mover.marksAbsent : mover.holdsClaim;
}

function isAllowed(mover: Mover, from: VisitStatus, to: VisitStatus): boolean {
  const { actor, holdsClaim } = mover;
  const transition = actor.staff ? findTransition(actor.staff.role, from, to) : undefined;
  return (
    transition !== undefined &&
    (!transition.ownClaimOnly || holdsClaim) &&
    (!transition.undo || madeLastChange(mover, from))
  );
}

/** The visits done or absent are stamped just now (the undo window open), by whoever made the change. */
const STAMPED_NOW: readonly VisitStatus[] = ['done', 'no_show'];

function seededVisit(mover: Mover, from: VisitStatus) {
  const holder = mover.holdsClaim ? mover.actor : DOCTOR_A;
  if (!STAMPED_NOW.includes(from)) return storedVisit(from, holder);
  const by = madeLastChange(mover, from) ? mover.actor : DOCTOR_A;
  return storedVisit(from, holder, { by, at: Timestamp.now() });
}

export function describeTransitions(): void {
  const cells = VISIT_STATUSES.flatMap((from) =>
    VISIT_STATUSES.flatMap((to) =>
      MOVERS.map((mover) => ({ ...mover, from, to, docId: `transition-${from}-${to}-${mover.actor.key}` })),
    ),
  );

  describe('visit status transitions: every (from, to) × every role', () => {
    beforeAll(async () => {
      await seed({
        ...dutyWorld(),
        ...Object.fromEntries(
          cells.filter((c) => !STAMPED_NOW.includes(c.from)).map((c) => [visitPath(c.docId), seededVisit(c, c.from)]),
        ),
      });
    });

    for (const cell of cells) {
      const { actor, label, from, to, docId } = cell;
      const allowed = isAllowed(cell, from, to);
      it(`${label} ${outcomeWord(allowed)} move a visit from ${from} to ${to}`, async () => {
        caseCounts.transitions++;
        // Seeded here, not before the table: the undo window is 10 s.
        if (STAMPED_NOW.includes(from)) await seed({ [visitPath(docId)]: seededVisit(cell, from) });
        await expectOutcome(
          allowed,
          updateDoc(doc(clientFor(actor), visitPath(docId)), attemptedUpdate(from, to, actor)),
        );
      });
    }

    it('lets someone in the table make each transition of the shared table', () => {
      for (const t of TRANSITIONS) {
        const movers = MOVERS.filter((m) => isAllowed(m, t.from, t.to));
        expect(movers.length, `${t.action}: ${t.from} → ${t.to}`).toBeGreaterThan(0);
      }
    });
  });
}
