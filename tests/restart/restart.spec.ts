/**
 * Restarting the emulators under an open dashboard, the way `npm start` runs them: data exported
 * on Ctrl-C and imported on the next start (scripts/lib/emulators.ts startEmulatorsWithData).
 * The open page must stay signed in — also across the reload that Vite's dev server gives every
 * open page when `npm start` comes back — and its listeners must pick up where they left off.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getFirestore, Timestamp } from 'firebase-admin/firestore';
import { newVisitDoc } from '@clinicflow/shared/documents';
import { paths } from '@clinicflow/shared/paths';
import {
  assertPortsFree,
  emulatorsListeningOn,
  prepareEmulators,
  startEmulatorsWithData,
  useEmulatorsInThisProcess,
  type RunningEmulators,
} from '../../scripts/lib/emulators';
import { adminApp, seedDemo } from '../../scripts/lib/seed';
import { openAs, unique, visitCard } from '../e2e/helpers';

useEmulatorsInThisProcess();

/** A waiting visit as the desk writes it, for the demo's first patient (no function runs here: no ticket). */
async function openVisit(): Promise<string> {
  const name = unique('Restart Patient');
  const db = getFirestore(adminApp());
  const patient = (await db.doc(`${paths.patients('sunrise')}/demo-patient-1`).get()).get('fullName') as string;
  await db
    .collection(paths.visits('sunrise'))
    .add(
      newVisitDoc(
        { id: 'demo-patient-1', fullName: patient },
        { reason: name, priority: 'urgent' },
        'sunrise-reception',
        Timestamp.now(),
      ),
    );
  return name;
}

test('an open dashboard stays signed in across an emulator restart, and its listeners resume', async ({ browser }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'clinicflow-restart-'));
  const env = await prepareEmulators();
  // The suites before this one ran in emulators:exec, whose java may still be exiting.
  await assertPortsFree(20_000, emulatorsListeningOn());
  const start = async () => {
    const emulators = startEmulatorsWithData(env, { dataDir, only: ['auth', 'firestore'] });
    await emulators.ready;
    return emulators;
  };
  let emulators: RunningEmulators | null = await start();
  try {
    await seedDemo();
    // A trusted tablet: an untrusted session ends with any reload by design (issue 9).
    const doctor = await openAs(browser, 'dr.lee@sunrise.demo', 'tablet', { trusted: true });
    const pill = doctor.page.locator('.connection');
    await expect(pill).toHaveAttribute('data-tone', 'live');
    const before = await openVisit();
    await expect(visitCard(doctor.page, before)).toBeVisible();
    // Gone after a reload: proves the listeners below resumed on the page as it was.
    await doctor.page.evaluate(() => Object.assign(window, { sameDocument: true }));

    await emulators.stop();
    emulators = null;
    await expect(pill).not.toHaveAttribute('data-tone', 'live', { timeout: 15_000 });
    emulators = await start();

    const after = await openVisit();
    await expect(visitCard(doctor.page, after)).toBeVisible({ timeout: 20_000 });
    await expect(pill).toHaveAttribute('data-tone', 'live');
    expect(await doctor.page.evaluate(() => 'sameDocument' in window)).toBe(true);

    // What the dev server does to every open page when `npm start` comes back.
    await doctor.page.reload();
    await expect(doctor.page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect(doctor.page).toHaveURL(/\/dashboard$/);
    await expect(visitCard(doctor.page, before)).toBeVisible();
    await expect(visitCard(doctor.page, after)).toBeVisible();
    await expect(pill).toHaveAttribute('data-tone', 'live');
    await doctor.context.close();
  } finally {
    await emulators?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
