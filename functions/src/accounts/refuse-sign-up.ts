import { HttpsError, beforeUserCreated } from 'firebase-functions/v2/identity';
import { logs } from '../logs';

/**
 * Nobody signs up alone. Every ClinicFlow account is made by the addStaff callable or by admin
 * tooling, through the Admin SDK's createUser, which never reaches a blocking function; anything
 * else that would create an account (email sign-up, anonymous sign-in, a first federated
 * sign-in) arrives here and is refused.
 */
export const refuseSignUp = beforeUserCreated((event) => {
  logs.signUpRefused(event.additionalUserInfo?.providerId ?? 'unknown');
  throw new HttpsError('permission-denied', 'Accounts are made by your clinic’s admin. Ask them to add you.');
});
