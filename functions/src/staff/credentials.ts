import { randomBytes } from 'node:crypto';

/**
 * A password nobody knows, for a new or re-added account until the member sets their own from the
 * reset email: 192 random bits, plus one character of each kind a project's password policy may
 * demand (upper, lower, digit, symbol), so the policy can never refuse it.
 */
export function unguessablePassword(): string {
  return `${randomBytes(24).toString('base64url')}Aa1!`;
}

/** A new account's uid, chosen before the account exists so its registry entry can come first. */
export function newAccountId(): string {
  return randomBytes(21).toString('base64url');
}
