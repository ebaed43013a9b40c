import { HttpsError } from 'firebase-functions/v2/https';
import { describe, expect, it } from 'vitest';
import { REFUSALS } from '@clinicflow/shared/callables';
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

  it('refuses bad input as invalid-argument with each field’s validation code in the details', () => {
    const err = refusalOf(() => parseInput(changeRoleInputSchema, { uid: '', role: 'owner' }));
    expect(err.code).toBe('invalid-argument');
    expect(err.details).toEqual({ reason: 'invalidInput', fields: { uid: 'uid.required', role: 'role.invalid' } });
    expect(err.message).toBe('Invalid input (uid: uid.required, role: role.invalid).');
  });

  it('refuses a payload that is not an object at all', () => {
    expect(refusalOf(() => parseInput(changeRoleInputSchema, null)).code).toBe('invalid-argument');
  });
});

describe('refuse', () => {
  it('names each refusal’s reason in the details, for the web to say in the screen’s language', () => {
    for (const reason of REFUSALS.filter((r) => r !== 'invalidInput')) {
      expect(refuse[reason]().details, reason).toEqual({ reason });
    }
  });

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
