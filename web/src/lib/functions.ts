/**
 * Cloud Functions callables, loaded only by the admin screens. Region from the build's env;
 * hosts and ports from firebase.ts.
 */
import { connectFunctionsEmulator, getFunctions, httpsCallable } from 'firebase/functions';
import { EMULATOR_HOSTS, app, useEmulators } from './firebase';

const functions = getFunctions(app, import.meta.env.VITE_FUNCTIONS_REGION ?? 'europe-west1');
if (useEmulators) connectFunctionsEmulator(functions, EMULATOR_HOSTS.functions.host, EMULATOR_HOSTS.functions.port);

export function callable<Input, Output>(name: string): (input: Input) => Promise<Output> {
  const call = httpsCallable<Input, Output>(functions, name);
  return async (input) => (await call(input)).data;
}
