import { describe, expect, it } from 'vitest';
import { TRANSITIONS, transitionFor, transitionUpdate } from './transitions';

describe('transitionUpdate', () => {
  it('moves the visit to the status the table gives its action, stamped with who and when', () => {
    for (const t of TRANSITIONS) {
      expect(transitionUpdate(t.action, 'u1', 'now'), t.action).toMatchObject({
        status: t.to,
        statusChangedBy: 'u1',
        statusChangedAt: 'now',
      });
    }
  });

  // firestore.rules allows each action exactly these changed keys; the rules suite proves it.
  it('writes exactly the fields each action may change', () => {
    expect(transitionUpdate('cancel', 'desk', 1)).toEqual({
      status: 'cancelled',
      statusChangedBy: 'desk',
      statusChangedAt: 1,
    });
    expect(transitionUpdate('claim', 'dr', 1)).toEqual({
      status: 'in_review',
      claimedBy: 'dr',
      claimedAt: 1,
      statusChangedBy: 'dr',
      statusChangedAt: 1,
    });
    expect(transitionUpdate('complete', 'dr', 1)).toEqual({
      status: 'done',
      completedAt: 1,
      statusChangedBy: 'dr',
      statusChangedAt: 1,
    });
    expect(transitionUpdate('return', 'admin', 1)).toEqual({
      status: 'waiting',
      claimedBy: null,
      claimedAt: null,
      statusChangedBy: 'admin',
      statusChangedAt: 1,
    });
  });
});

describe('transitionFor', () => {
  it("finds each action's transition in the table", () => {
    for (const t of TRANSITIONS) expect(transitionFor(t.action)).toBe(t);
  });
});
