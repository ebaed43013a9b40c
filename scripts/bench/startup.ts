/**
 * Start-up on a slow tablet: a signed-in doctor opening /dashboard and the front desk opening
 * /reception in headless Chromium, with the CPU slowed 4× and the network at 1.6 Mbps down,
 * 750 kbps up and 150 ms round trip (DevTools protocol). Every request the page makes is slowed,
 * those to the emulators included, so the Auth and Firestore round trips cost what they would.
 *
 * Timed from navigation start to the live list drawn with the server's data: the list carries
 * data-list-source="server" (its latest snapshot did not come from the local cache) and, on the
 * dashboard, the connection pill is green; "drawn" is the first frame after that (a task queued
 * from requestAnimationFrame runs once the frame is painted).
 *
 * - cold: a fresh browser profile holding only the session (Auth's IndexedDB and the device's
 *   local settings, as a trusted tablet keeps them): no HTTP cache, no service worker, no
 *   Firestore cache.
 * - warm: a second visit in the same profile once its service worker is active (when the build
 *   has one), so it controls the page.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Timestamp, getFirestore } from 'firebase-admin/firestore';
import { newVisitDoc } from '@clinicflow/shared/documents';
import type { Priority, VisitDoc } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { WEB_SERVERS, origin } from '../lib/addresses';
import { DEMO_PASSWORD } from '../lib/demo-data';
import { overnightSession, type StorageState } from '../lib/overnight-session';
import { ROOT } from '../lib/root';
import { adminApp } from '../lib/seed';
import { withAppInBrowser } from './browser';
import { percentile } from './stats';

const BASE = origin(WEB_SERVERS.preview);
const CLINIC = 'sunrise';
const OPEN_VISITS = 24;

export const SLOW_TABLET = {
  cpuSlowdown: 4,
  downKbps: 1600,
  upKbps: 750,
  rttMs: 150,
} as const;

const PEOPLE = [
  { key: 'dashboard', email: 'dr.lee@sunrise.demo', path: '/dashboard', viewport: { width: 820, height: 1180 } },
  { key: 'desk', email: 'reception@sunrise.demo', path: '/reception', viewport: { width: 1366, height: 850 } },
] as const;

/** Milestones of one start, ms from navigation start (null when the page never made that request). */
export interface StartRun {
  listMs: number;
  htmlMs: number;
  firstPaintMs: number | null;
  /** Auth's check of the stored session with the server (accounts:lookup), start and end. */
  authStartMs: number | null;
  authEndMs: number | null;
  /** The role's screen chunk arrived. */
  routeChunkMs: number | null;
  /** The first request to Firestore left. */
  firestoreStartMs: number | null;
  /** JavaScript over the network (transfer size, kB): 0 when the service worker served it all. */
  jsNetworkKb: number;
  /** A service worker controlled the page. */
  controlled: boolean;
  /** Every request to Auth and Firestore: what it was, when it left and when its answer ended (ms). */
  serverRequests: { what: string; startMs: number; endMs: number }[];
}

export interface StartupCell {
  n: number;
  p50: number;
  min: number;
  max: number;
  /** Medians of each milestone, for "where the time goes". */
  milestones: Record<string, number | null>;
  controlledRuns: number;
}

export type StartupResult = Record<string, StartupCell>;

/** Runs in the page before any of its scripts: notes when the live list is first drawn. */
const WATCH_LIST = `(() => {
  const live = () =>
    document.querySelector('[data-list-source="server"]') &&
    !document.querySelector('.connection:not([data-tone="live"])');
  new MutationObserver((_, observer) => {
    if (!live()) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__listDrawnAt = performance.now(); }, 0));
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-list-source', 'data-tone'] });
})()`;

/** Read back in the page once the list is drawn: the milestones from the performance timeline. */
const MILESTONES = `(() => {
  const resources = performance.getEntriesByType('resource');
  const first = (test) => resources.find((r) => test(r.name));
  const auth = first((url) => url.includes('accounts:lookup'));
  const chunk = first((url) => /\\/assets\\/(dashboard|reception)-page-[^/]*\\.js$/.test(url));
  const firestore = first((url) => url.includes('google.firestore.v1.Firestore'));
  const nav = performance.getEntriesByType('navigation')[0];
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  const js = resources.filter((r) => r.initiatorType !== 'fetch' && r.name.endsWith('.js'));
  return {
    listMs: window.__listDrawnAt,
    htmlMs: nav ? nav.responseEnd : 0,
    firstPaintMs: paint ? paint.startTime : null,
    authStartMs: auth ? auth.startTime : null,
    authEndMs: auth ? auth.responseEnd : null,
    routeChunkMs: chunk ? chunk.responseEnd : null,
    firestoreStartMs: firestore ? firestore.startTime : null,
    jsNetworkKb: Math.round(js.reduce((t, r) => t + r.transferSize, 0) / 100) / 10,
    controlled: navigator.serviceWorker ? navigator.serviceWorker.controller !== null : false,
    serverRequests: resources
      .filter((r) => /accounts:|securetoken|google\\.firestore\\.v1/.test(r.name))
      .map((r) => {
        const what = new URL(r.name).pathname.split('/').pop();
        return { what, startMs: Math.round(r.startTime), endMs: Math.round(r.responseEnd) };
      }),
  };
})()`;

/** A morning's open visits at the clinic: most waiting, a few with doctors, tickets assigned. */
async function seedOpenVisits(count: number): Promise<void> {
  const db = getFirestore(adminApp());
  const batch = db.batch();
  const priorities: Priority[] = ['normal', 'normal', 'urgent', 'normal', 'emergency', 'normal'];
  for (let i = 0; i < count; i++) {
    const createdAt = Timestamp.fromMillis(Date.now() - (count - i) * 4 * 60_000);
    const inReview = i % 5 === 1;
    const visit: VisitDoc<Timestamp> = {
      ...newVisitDoc(
        { id: `bench-patient-${i}`, fullName: `Start-up Patient ${String(i + 1).padStart(2, '0')}` },
        { reason: 'Morning check-up before work', priority: priorities[i % priorities.length] ?? 'normal' },
        'sunrise-reception',
        createdAt,
      ),
      ticket: `A-${String(i + 1).padStart(3, '0')}`,
      ...(inReview
        ? { status: 'in_review', claimedBy: i % 2 ? 'sunrise-dr-lee' : 'sunrise-dr-okafor', claimedAt: createdAt }
        : {}),
    };
    batch.set(db.doc(`${paths.visits(CLINIC)}/bench-visit-${i}`), visit);
  }
  await batch.commit();
}

/** A trusted sign-in, unthrottled, then what the profile keeps of it overnight. */
async function savedSession(browser: Browser, email: string, path: string): Promise<StorageState> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(BASE);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('checkbox', { name: /trusted clinic computer/ }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`**${path}`);
  await page.locator('[data-list-source="server"]').waitFor({ timeout: 30_000 });
  const state = await overnightSession(context);
  await context.close();
  return state;
}

async function throttle(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_TABLET.rttMs,
    downloadThroughput: (SLOW_TABLET.downKbps * 1000) / 8,
    uploadThroughput: (SLOW_TABLET.upKbps * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_TABLET.cpuSlowdown });
}

/**
 * Waits until `condition` (page source, may use await) holds, checked every 200 ms for up to a
 * minute. Evaluated as source through the DevTools protocol: waitForFunction would eval it in the
 * page, which the app's CSP forbids.
 */
async function poll(page: Page, condition: string): Promise<void> {
  const met = await page.evaluate<boolean>(`(async () => {
    for (const end = Date.now() + 60000; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
      if (${condition}) return true;
    }
    return false;
  })()`);
  if (!met) throw new Error(`start-up bench: still waiting after a minute for ${condition}`);
}

/** BENCH_STARTUP_TRACE=1: which documents and queries each request to Firestore's channel asks to listen to. */
function traceListens(page: Page): void {
  const startedAt = Date.now();
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !request.url().includes('google.firestore.v1.Firestore/Listen')) return;
    const body = decodeURIComponent(request.postData() ?? '');
    const docs = [...body.matchAll(/"documents":\["([^"]+)"/g)].map(
      (m) => `doc ${m[1]?.split('/documents/')[1] ?? ''}`,
    );
    const queries = [...body.matchAll(/"collectionId":"([^"]+)"/g)].map((m) => `query ${m[1] ?? ''}`);
    const targets = [...docs, ...queries];
    console.log(`      +${Date.now() - startedAt} ms POST listen: ${targets.join(', ') || '(none)'}`);
  });
}

/** One start: a new tab in `context`, throttled, navigated to `path`, until the live list is drawn. */
async function start(context: BrowserContext, path: string): Promise<{ page: Page; run: StartRun }> {
  const page = await context.newPage();
  await page.addInitScript(WATCH_LIST);
  await throttle(context, page);
  if (process.env.BENCH_STARTUP_TRACE) traceListens(page);
  await page.goto(`${BASE}${path}`, { waitUntil: 'commit' });
  await poll(page, 'window.__listDrawnAt !== undefined');
  const run = await page.evaluate<StartRun>(MILESTONES);
  return { page, run };
}

/** The service worker, when the build has one, installed (its precache complete) and active. */
async function serviceWorkerActive(page: Page): Promise<void> {
  await poll(
    page,
    'await navigator.serviceWorker.getRegistration().then((r) => r !== undefined && r.active !== null && r.installing === null)',
  );
}

const median = (values: (number | null)[]) => {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? Math.round(percentile(present, 50)) : null;
};

function cell(runs: StartRun[]): StartupCell {
  const times = runs.map((r) => Math.round(r.listMs));
  const milestones: Record<string, number | null> = {};
  for (const key of [
    'htmlMs',
    'firstPaintMs',
    'authStartMs',
    'authEndMs',
    'routeChunkMs',
    'firestoreStartMs',
    'listMs',
    'jsNetworkKb',
  ] as const) {
    milestones[key] =
      key === 'jsNetworkKb'
        ? percentile(
            runs.map((r) => r.jsNetworkKb),
            50,
          )
        : median(runs.map((r) => r[key]));
  }
  return {
    n: times.length,
    p50: Math.round(percentile(times, 50)),
    min: Math.min(...times),
    max: Math.max(...times),
    milestones,
    controlledRuns: runs.filter((r) => r.controlled).length,
  };
}

export function startupBench(runs: number): Promise<StartupResult> {
  const hasServiceWorker = existsSync(join(ROOT, 'web', 'dist', 'sw.js'));
  return withAppInBrowser(async (browser) => {
    await seedOpenVisits(OPEN_VISITS);
    const result: StartupResult = {};
    for (const person of PEOPLE) {
      const session = await savedSession(browser, person.email, person.path);
      const cold: StartRun[] = [];
      const warm: StartRun[] = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({ storageState: session, viewport: person.viewport });
        try {
          const first = await start(context, person.path);
          cold.push(first.run);
          if (hasServiceWorker) await serviceWorkerActive(first.page);
          await first.page.close();
          const second = await start(context, person.path);
          warm.push(second.run);
        } finally {
          await context.close();
        }
        const last = (xs: StartRun[]) => Math.round(xs.at(-1)?.listMs ?? NaN);
        console.log(`  ${person.key} run ${i + 1}: cold ${last(cold)} ms, warm ${last(warm)} ms`);
        // BENCH_STARTUP_TRACE=1: each run's requests to the servers, to see the round trips.
        if (process.env.BENCH_STARTUP_TRACE) {
          for (const [kind, xs] of [
            ['cold', cold],
            ['warm', warm],
          ] as const) {
            const trace = (xs.at(-1)?.serverRequests ?? []).map((r) => `${r.what} ${r.startMs}→${r.endMs}`);
            console.log(`    ${kind}: ${trace.join(', ')}`);
          }
        }
      }
      result[`${person.key} cold`] = cell(cold);
      result[`${person.key} warm`] = cell(warm);
    }
    return result;
  });
}

export const STARTUP_TARGETS_MS = { cold: 3_000, warm: 1_000 } as const;

/** The part `npm run bench` runs (BENCH_ONLY=startup alone; BENCH_STARTUP_RUNS runs per cell, default 7). */
export async function startupPart(
  target: (name: string, figure: string, met: boolean) => void,
): Promise<StartupResult> {
  const runs = Number(process.env.BENCH_STARTUP_RUNS ?? 7);
  const { cpuSlowdown, downKbps, upKbps, rttMs } = SLOW_TABLET;
  console.log(
    `\n▶ start-up on a slow tablet (CPU ÷${cpuSlowdown}, ${downKbps}/${upKbps} kbps, ${rttMs} ms RTT), ${runs} runs each`,
  );
  const result = await startupBench(runs);
  for (const [name, c] of Object.entries(result)) {
    const limit = name.endsWith('warm') ? STARTUP_TARGETS_MS.warm : STARTUP_TARGETS_MS.cold;
    console.log(
      `  ${name.padEnd(15)} p50 ${c.p50} ms (min ${c.min}, max ${c.max}; ${c.controlledRuns}/${c.n} under the service worker)`,
    );
    console.log(`  ${''.padEnd(15)} milestones (median ms): ${JSON.stringify(c.milestones)}`);
    target(`start-up ${name}: list drawn p50 ≤ ${limit / 1000} s`, `${c.p50} ms (${c.min}–${c.max})`, c.p50 <= limit);
  }
  return result;
}
