import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMULATORS, emulatorAddress, emulatorSuite, readFirebaseJson } from './addresses';
import { PROJECT_ID, emulatorsCommand } from './emulators';
import { ROOT } from './root';

describe('the emulators, from firebase.json', () => {
  it('start every emulator firebase.json gives an address, leaving the hub and logging to firebase-tools', () => {
    expect(emulatorSuite()).toEqual(['auth', 'firestore', 'functions']);
    expect(emulatorsCommand('exec', { args: ['npm run x'] })).toEqual([
      'emulators:exec',
      '--only',
      'auth,firestore,functions',
      '--project',
      PROJECT_ID,
      'npm run x',
    ]);
  });

  it('take their hosts and ports from firebase.json, and a missing one is an error', () => {
    const config = readFirebaseJson();
    expect(EMULATORS.firestore).toEqual(config.emulators.firestore);
    expect(() => emulatorAddress('storage', config)).toThrow(
      'firebase.json sets no host and port for the storage emulator',
    );
  });
});

/** KEY=value lines of one of the web's env files. */
function webEnv(file: string): Record<string, string> {
  const lines = readFileSync(join(ROOT, 'web', file), 'utf8').split('\n');
  return Object.fromEntries(
    lines.filter((l) => /^[A-Z_]+=/.test(l)).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
}

describe("the web app's emulator modes", () => {
  // The ports reach the app from firebase.json through vite.config.ts; the project id is the harness's.
  it.each(['.env.development', '.env.emulator', '.env.test'])(
    '%s talks to the emulators of the harness project',
    (file) => {
      expect(webEnv(file)).toEqual({ VITE_USE_EMULATORS: 'true', VITE_FIREBASE_PROJECT_ID: PROJECT_ID });
    },
  );
});
