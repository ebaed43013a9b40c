import { describe, expect, it } from 'vitest';
import { callableError } from './callable-error';

describe('callableError', () => {
  it('shows the message an HttpsError was thrown with, without the HTTP status the SDK appends', () => {
    const err = { code: 'functions/already-exists', message: 'That person is already on your clinic’s staff. [409]' };
    expect(callableError(err)).toEqual({ message: 'That person is already on your clinic’s staff.', fields: {} });
  });

  it('reads field messages from the error details', () => {
    const err = {
      code: 'functions/invalid-argument',
      message: 'Enter a valid email address. [400]',
      details: { email: 'Enter a valid email address.' },
    };
    expect(callableError(err).fields).toEqual({ email: 'Enter a valid email address.' });
  });

  it('falls back to a plain sentence per code when the server sent none', () => {
    expect(callableError({ code: 'functions/permission-denied', message: 'permission-denied [403]' }).message).toBe(
      'Only a clinic admin can change staff.',
    );
    expect(callableError({ code: 'functions/internal', message: 'INTERNAL [500]' }).message).toMatch(
      /could not finish/,
    );
    expect(
      callableError({ code: 'functions/not-found', message: 'Backend error status: NOT_FOUND [404]' }).message,
    ).toBe('That staff member no longer exists.');
    expect(callableError(new Error('boom')).message).toBe('boom');
  });
});
