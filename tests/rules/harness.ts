/**
 * The rules suite's one test environment: started once by rules.test.ts (loading the rules again
 * would reset the emulator's coverage report), with the actors' clients, seeding and the
 * allowed/refused assertion every table uses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  assertFails,
  assertSucceeds,
  initializeTestEnvironment,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { doc, setLogLevel, writeBatch, type DocumentData, type Firestore } from 'firebase/firestore';
import { emulatorEnv } from '../../scripts/lib/emulators';
import { ROOT } from '../../scripts/lib/root';
import type { Actor } from './actors';

// Its own project id: writes here must not fire the demo project's functions.
export const RULES_PROJECT_ID = 'demo-clinicflow-rules';
export const RULES_SOURCE = readFileSync(join(ROOT, 'firestore.rules'), 'utf8');

let env: RulesTestEnvironment | undefined;
const clients = new Map<string, Firestore>();

export async function startRulesEnv(): Promise<void> {
  // Refused writes are the point of this suite; the SDK would log a warning for each one.
  setLogLevel('silent');
  const [host, port] = emulatorEnv().firestoreHost.split(':');
  env = await initializeTestEnvironment({
    projectId: RULES_PROJECT_ID,
    firestore: { rules: RULES_SOURCE, host: host ?? '127.0.0.1', port: Number(port) },
  });
  await env.clearFirestore();
}

export async function stopRulesEnv(): Promise<void> {
  clients.clear();
  await env?.cleanup();
}

function rulesEnv(): RulesTestEnvironment {
  if (!env) throw new Error('The rules environment is not started: run the suite through tests/rules/rules.test.ts.');
  return env;
}

function newClient(actor: Actor): Firestore {
  const e = rulesEnv();
  const context = actor.claims === null ? e.unauthenticatedContext() : e.authenticatedContext(actor.uid, actor.claims);
  // The compat instance it hands out is what the modular API unwraps anyway (getModularInstance).
  return context.firestore() as unknown as Firestore;
}

/** The actor's web-SDK client, signed in with the actor's claims (one per actor, reused). */
export function clientFor(actor: Actor): Firestore {
  let db = clients.get(actor.key);
  if (!db) {
    db = newClient(actor);
    clients.set(actor.key, db);
  }
  return db;
}

/**
 * Separate clients for one actor. A refused write restarts the client's write stream, so one
 * client settles writes one by one; a pool lets generated writes run side by side.
 */
export function clientPool(actor: Actor, size: number): Firestore[] {
  return Array.from({ length: size }, () => newClient(actor));
}

/** Writes documents as the functions and admin tooling would, past the rules. */
export async function seed(docs: Record<string, DocumentData>): Promise<void> {
  const entries = Object.entries(docs);
  await rulesEnv().withSecurityRulesDisabled(async (context) => {
    const db = context.firestore() as unknown as Firestore;
    for (let i = 0; i < entries.length; i += 400) {
      const batch = writeBatch(db);
      for (const [path, data] of entries.slice(i, i + 400)) batch.set(doc(db, path), data);
      await batch.commit();
    }
  });
}

const SETTLE_MS = 15_000;

/**
 * A write the server cannot even parse (a lone surrogate, say) comes back UNKNOWN, which the SDK
 * retries forever: name that instead of letting the test time out.
 */
async function settled<T>(attempt: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(
        new Error(
          `neither allowed nor refused within ${SETTLE_MS} ms: the SDK keeps retrying a request the server cannot process`,
        ),
      );
    }, SETTLE_MS);
  });
  try {
    return await Promise.race([attempt, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Allowed means the rules let it through; refused means PERMISSION_DENIED, and nothing else. */
export async function expectOutcome(allowed: boolean, attempt: Promise<unknown>): Promise<void> {
  if (allowed) await settled(assertSucceeds(attempt));
  else await settled(assertFails(attempt));
}

export function outcomeWord(allowed: boolean): 'can' | 'cannot' {
  return allowed ? 'can' : 'cannot';
}

/** What the suite ran, printed at the end so a shrinking table is noticed. */
export const caseCounts = {
  matrix: 0,
  transitions: 0,
  fieldRules: 0,
  queries: 0,
  boundedReads: 0,
  limits: 0,
  generatedRefused: 0,
  generatedAccepted: 0,
};

export function printCaseCounts(): void {
  const c = caseCounts;
  const lines = [
    `matrix cases (collection × actor × operation): ${c.matrix}`,
    `status transitions (from × to × actor):        ${c.transitions}`,
    `field-level write cases:                       ${c.fieldRules}`,
    `query runs (query × actor):                    ${c.queries}`,
    `unbounded and bounded list cases:              ${c.boundedReads}`,
    `limit boundary cases:                          ${c.limits}`,
    `generated documents refused:                   ${c.generatedRefused}`,
    `generated documents accepted:                  ${c.generatedAccepted}`,
  ];
  console.log(`\nRules suite case counts\n  ${lines.join('\n  ')}\n`);
}
