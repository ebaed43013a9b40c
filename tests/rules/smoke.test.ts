import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  assertFails,
  assertSucceeds,
  initializeTestEnvironment,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { doc, getDoc, setDoc } from 'firebase/firestore';
import { emulatorEnv } from '../../scripts/lib/emulators';

// Own project id: writes here must not fire the demo project's functions.
const PROJECT_ID = 'demo-clinicflow-rules';
let env: RulesTestEnvironment;

beforeAll(async () => {
  const [host, port] = emulatorEnv().firestoreHost.split(':');
  env = await initializeTestEnvironment({
    projectId: PROJECT_ID,
    firestore: { rules: readFileSync('firestore.rules', 'utf8'), host: host ?? '127.0.0.1', port: Number(port) },
  });
  await env.withSecurityRulesDisabled(async (ctx) => {
    await setDoc(doc(ctx.firestore(), 'clinics/c1'), { name: 'Clinic One', timezone: 'UTC' });
  });
});

afterAll(async () => {
  await env.cleanup();
});

describe('rules smoke', () => {
  it('a receptionist of the clinic can read the clinic', async () => {
    const db = env.authenticatedContext('r1', { role: 'receptionist', clinicId: 'c1' }).firestore();
    await assertSucceeds(getDoc(doc(db, 'clinics/c1')));
  });

  it('a receptionist of another clinic cannot read it', async () => {
    const db = env.authenticatedContext('r2', { role: 'receptionist', clinicId: 'c2' }).firestore();
    await assertFails(getDoc(doc(db, 'clinics/c1')));
  });

  it('nobody signed out can read it', async () => {
    await assertFails(getDoc(doc(env.unauthenticatedContext().firestore(), 'clinics/c1')));
  });
});
