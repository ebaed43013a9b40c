/**
 * The visit status machine, whole: every (from, to) pair of statuses × every role of clinic A,
 * plus a checker doctor who does not hold the claim, and a deactivated receptionist and a demoted
 * doctor holding the claim whose tokens still carry their old role. The expected outcome comes
 * from the shared TRANSITIONS table the web also uses, never from this file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { doc, updateDoc, type DocumentData } from 'firebase/firestore';
import { VISIT_STATUSES, type VisitStatus } from '@clinicflow/shared/model';
import { findTransition, TRANSITIONS } from '@clinicflow/shared/transitions';
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
import { storedVisit, transitionBy } from './fixtures';
import { caseCounts, clientFor, expectOutcome, outcomeWord, seed } from './harness';

/** Seeded visits in review or done are DOCTOR_A's claim, or the demoted doctor's in their own cells. */
const MOVERS: readonly { actor: Actor; label: string; holdsClaim: boolean }[] = [
  { actor: ADMIN_A, label: ADMIN_A.label, holdsClaim: false },
  { actor: RECEPTIONIST_A, label: RECEPTIONIST_A.label, holdsClaim: false },
  { actor: DOCTOR_A, label: 'the checker doctor holding the claim', holdsClaim: true },
  { actor: OTHER_DOCTOR_A, label: 'a checker doctor not holding the claim', holdsClaim: false },
  { actor: DEACTIVATED_A, label: DEACTIVATED_A.label, holdsClaim: false },
  { actor: DEMOTED_DOCTOR_A, label: `${DEMOTED_DOCTOR_A.label}, holding the claim`, holdsClaim: true },
];

/**
 * What a client sends to move a visit to `to`: the fields of the transition between the two
 * statuses if there is one, else of a transition that reaches `to`, else the bare status change.
 */
function attemptedUpdate(from: VisitStatus, to: VisitStatus, uid: string): DocumentData {
  const like = TRANSITIONS.find((t) => t.from === from && t.to === to) ?? TRANSITIONS.find((t) => t.to === to);
  return { ...transitionBy(like?.action ?? 'cancel', uid), status: to };
}

function isAllowed(actor: Actor, holdsClaim: boolean, from: VisitStatus, to: VisitStatus): boolean {
  const transition = actor.staff ? findTransition(actor.staff.role, from, to) : undefined;
  return transition !== undefined && (!transition.ownClaimOnly || holdsClaim);
}

export function describeTransitions(): void {
  const cells = VISIT_STATUSES.flatMap((from) =>
    VISIT_STATUSES.flatMap((to) =>
      MOVERS.map((mover) => ({ ...mover, from, to, docId: `transition-${from}-${to}-${mover.actor.key}` })),
    ),
  );

  describe('visit status transitions: every (from, to) × every role', () => {
    beforeAll(async () => {
      await seed(
        Object.fromEntries(
          cells.map((c) => [visitPath(c.docId), storedVisit(c.from, c.holdsClaim ? c.actor : DOCTOR_A)]),
        ),
      );
    });

    for (const { actor, label, holdsClaim, from, to, docId } of cells) {
      const allowed = isAllowed(actor, holdsClaim, from, to);
      it(`${label} ${outcomeWord(allowed)} move a visit from ${from} to ${to}`, async () => {
        caseCounts.transitions++;
        await expectOutcome(
          allowed,
          updateDoc(doc(clientFor(actor), visitPath(docId)), attemptedUpdate(from, to, actor.uid)),
        );
      });
    }

    it('lets someone in the table make each transition of the shared table', () => {
      for (const t of TRANSITIONS) {
        const movers = MOVERS.filter((m) => isAllowed(m.actor, m.holdsClaim, t.from, t.to));
        expect(movers.length, `${t.action}: ${t.from} → ${t.to}`).toBeGreaterThan(0);
      }
    });
  });
}
