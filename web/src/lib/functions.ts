/**
 * Cloud Functions for the callables, loaded only by the admin screens. Region from the build's
 * env (or the functions' default); hosts and ports from firebase.ts.
 */
import { connectFunctionsEmulator, getFunctions } from 'firebase/functions';
import { DEFAULT_FUNCTIONS_REGION } from '@clinicflow/shared/callables';
import { startAppCheck } from './app-check';
import { EMULATOR_HOSTS, app, useEmulators } from './firebase';

// The callables enforce App Check in production: it must be running before the first call.
await startAppCheck();

export const functions = getFunctions(app, import.meta.env.VITE_FUNCTIONS_REGION ?? DEFAULT_FUNCTIONS_REGION);
if (useEmulators) connectFunctionsEmulator(functions, EMULATOR_HOSTS.functions.host, EMULATOR_HOSTS.functions.port);
