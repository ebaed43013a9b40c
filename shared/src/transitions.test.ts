import { describe, expect, it } from 'vitest';
import { LIMITS } from './model';
import { TRANSITIONS, UNDO_OF, findTransition, transitionFor, transitionUpdate, withinUndoWindow } from './transitions';

describe('transitionUpdate', () => {
  it('moves the visit to the status the table gives its action, stamped with who and when', () => {
    for (const t of TRANSITIONS) {
      if (t.action === 'call' || t.action === 'transfer') continue;
      expect(transitionUpdate(t.action, 'u1', 'now'), t.action).toMatchObject({
        status: t.to,
        statusChangedBy: 'u1',
        statusChangedAt: 'now',
      });
    }
  });

  // firestore.rules allows each action exactly these changed keys; the rules suite proves it.
  it('writes exactly the fields each action may change', () => {
    const stamp = (by: string) => ({ statusChangedBy: by, statusChangedAt: 1 });
    expect(transitionUpdate('cancel', 'desk', 1)).toEqual({ status: 'cancelled', ...stamp('desk') });
    expect(transitionUpdate({ action: 'call', room: 'Room 2' }, 'dr', 1)).toEqual({
      status: 'called',
      claimedBy: 'dr',
      claimedAt: 1,
      room: 'Room 2',
      calledAt: 1,
      ...stamp('dr'),
    });
    expect(transitionUpdate('claim', 'dr', 1)).toEqual({
      status: 'in_review',
      claimedBy: 'dr',
      claimedAt: 1,
      ...stamp('dr'),
    });
    expect(transitionUpdate('recall', 'dr', 1)).toEqual({ status: 'called', calledAt: 1, ...stamp('dr') });
    expect(transitionUpdate({ action: 'transfer', to: 'dr2', room: 'Room 3' }, 'dr', 1)).toEqual({
      claimedBy: 'dr2',
      room: 'Room 3',
      ...stamp('dr'),
    });
    expect(transitionUpdate('start', 'dr', 1)).toEqual({ status: 'in_review', ...stamp('dr') });
    expect(transitionUpdate('noShow', 'desk', 1)).toEqual({ status: 'no_show', ...stamp('desk') });
    expect(transitionUpdate('complete', 'dr', 1)).toEqual({ status: 'done', completedAt: 1, ...stamp('dr') });
    expect(transitionUpdate('undoComplete', 'dr', 1)).toEqual({
      status: 'in_review',
      completedAt: null,
      ...stamp('dr'),
    });
    expect(transitionUpdate('undoNoShow', 'desk', 1)).toEqual({ status: 'called', ...stamp('desk') });
    expect(transitionUpdate('return', 'admin', 1)).toEqual({
      status: 'waiting',
      claimedBy: null,
      claimedAt: null,
      room: null,
      calledAt: null,
      ...stamp('admin'),
    });
  });
});

describe('the table', () => {
  it("finds each action's first transition", () => {
    for (const t of TRANSITIONS) expect(transitionFor(t.action).action).toBe(t.action);
  });

  it('undoes a complete and a no-show by the reverse move, and marks only those as undos', () => {
    for (const [action, undo] of Object.entries(UNDO_OF)) {
      const forward = TRANSITIONS.filter((t) => t.action === action);
      const backward = TRANSITIONS.filter((t) => t.action === undo);
      expect(backward.map((t) => [t.role, t.from, t.to])).toEqual(forward.map((t) => [t.role, t.to, t.from]));
    }
    expect(TRANSITIONS.filter((t) => t.undo).map((t) => t.action)).toEqual([
      'undoComplete',
      'undoNoShow',
      'undoNoShow',
    ]);
  });

  it('lets the desk mark a called patient absent, and a doctor only on their own claim', () => {
    expect(findTransition('receptionist', 'called', 'no_show')?.ownClaimOnly).toBe(false);
    expect(findTransition('checkerDoctor', 'called', 'no_show')?.ownClaimOnly).toBe(true);
    expect(findTransition('receptionist', 'in_review', 'no_show')).toBeUndefined();
  });

  it('lets any doctor call a waiting visit, and only the holder start, recall, return or transfer it', () => {
    expect(findTransition('checkerDoctor', 'waiting', 'called')?.ownClaimOnly).toBe(false);
    for (const t of TRANSITIONS.filter((t) => ['recall', 'start', 'return', 'transfer'].includes(t.action))) {
      expect(t.ownClaimOnly, t.action).toBe(true);
    }
  });
});

describe('withinUndoWindow', () => {
  it('is open for LIMITS.undoWindowMs after the change and closed from then on', () => {
    expect(withinUndoWindow(1_000, 1_000)).toBe(true);
    expect(withinUndoWindow(1_000, 1_000 + LIMITS.undoWindowMs - 1)).toBe(true);
    expect(withinUndoWindow(1_000, 1_000 + LIMITS.undoWindowMs)).toBe(false);
  });
});
