import { describe, expect, it } from 'vitest';
import { callableError } from './callable-error';

describe('callableError', () => {
  it('says the reason the callable named in its details, never its English message', () => {
    const err = {
      code: 'functions/already-exists',
      message: 'That person is already on your clinic’s staff. [409]',
      details: { reason: 'alreadyOnStaff' },
    };
    expect(callableError(err)).toEqual({ message: 'refusal.alreadyOnStaff', fields: {} });
  });

  it('reads each refused field’s validation code from the details', () => {
    const err = {
      code: 'functions/invalid-argument',
      message: 'Invalid input (email: email.invalid). [400]',
      details: { reason: 'invalidInput', fields: { email: 'email.invalid', role: 42 } },
    };
    expect(callableError(err)).toEqual({ message: 'refusal.invalidInput', fields: { email: 'email.invalid' } });
  });

  it('falls back to a plain sentence per code when the answer names no known reason', () => {
    expect(callableError({ code: 'functions/permission-denied', message: 'permission-denied [403]' }).message).toBe(
      'callable.permissionDenied',
    );
    expect(callableError({ code: 'functions/internal', message: 'INTERNAL [500]' }).message).toBe('callable.internal');
    expect(callableError({ code: 'functions/not-found', details: { reason: 'somethingNew' } }).message).toBe(
      'callable.notFound',
    );
    expect(callableError(new Error('boom')).message).toBe('callable.unknown');
  });
});
