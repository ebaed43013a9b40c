import { HttpsError } from 'firebase-functions/v2/https';
import { describe, expect, it } from 'vitest';
import { addStaffInputSchema, changeRoleInputSchema } from '@clinicflow/shared/validation';
import { parseInput, refuse } from './refusals';

function refusalOf(run: () => unknown): HttpsError {
  try {
    run();
  } catch (err) {
    if (err instanceof HttpsError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('parseInput', () => {
  it('returns the parsed input, trimmed by the schema', () => {
    expect(parseInput(addStaffInputSchema, { email: 'a@b.test', displayName: '  Ana Ruiz ', role: 'admin' })).toEqual({
      email: 'a@b.test',
      displayName: 'Ana Ruiz',
      role: 'admin',
    });
  });

  it('refuses bad input as invalid-argument with each field’s message in the details', () => {
    const err = refusalOf(() => parseInput(changeRoleInputSchema, { uid: '', role: 'owner' }));
    expect(err.code).toBe('invalid-argument');
    expect(err.details).toEqual({
      uid: 'uid is required.',
      role: 'Role must be admin, receptionist or checkerDoctor.',
    });
    expect(err.message).toBe('uid is required. Role must be admin, receptionist or checkerDoctor.');
  });

  it('refuses a payload that is not an object at all', () => {
    expect(refusalOf(() => parseInput(changeRoleInputSchema, null)).code).toBe('invalid-argument');
  });
});

describe('refuse', () => {
  it('gives every refusal its own specific code', () => {
    expect({
      unauthenticated: refuse.unauthenticated().code,
      notAdmin: refuse.notAdmin().code,
      notOnStaff: refuse.notOnStaff().code,
      cannotAdd: refuse.cannotAdd().code,
      alreadyOnStaff: refuse.alreadyOnStaff().code,
      deactivated: refuse.deactivated().code,
      lastAdmin: refuse.lastAdmin().code,
    }).toEqual({
      unauthenticated: 'unauthenticated',
      notAdmin: 'permission-denied',
      notOnStaff: 'not-found',
      cannotAdd: 'permission-denied',
      alreadyOnStaff: 'already-exists',
      deactivated: 'failed-precondition',
      lastAdmin: 'failed-precondition',
    });
  });
});
