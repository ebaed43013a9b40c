import { describe, expect, it } from 'vitest';
import { callableError } from './callable-error';

describe('callableError', () => {
  it('shows the message an HttpsError was thrown with', () => {
    const err = { code: 'functions/already-exists', message: 'jo@sunrise.demo is already on the staff of Sunrise.' };
    expect(callableError(err)).toEqual({ message: 'jo@sunrise.demo is already on the staff of Sunrise.', fields: {} });
  });

  it('reads field messages from the error details', () => {
    const err = {
      code: 'functions/invalid-argument',
      message: 'Check the highlighted fields.',
      details: { fieldErrors: { email: 'Enter a valid email address.' } },
    };
    expect(callableError(err).fields).toEqual({ email: 'Enter a valid email address.' });
  });

  it('falls back to a plain sentence per code when the server sent none', () => {
    expect(callableError({ code: 'functions/permission-denied', message: 'permission-denied' }).message).toBe(
      'Only a clinic admin can change staff.',
    );
    expect(callableError({ code: 'functions/internal', message: 'INTERNAL' }).message).toMatch(/could not finish/);
    expect(callableError(new Error('boom')).message).toBe('boom');
  });
});
