/**
 * Time to yellow and time to green: a doctor's dashboard open in headless Chromium, the server
 * cut off while the page stays online, both ways the browser tests cut it (tests/e2e/server-cut.ts:
 * our TCP proxy refusing connections; the Firestore emulator frozen with SIGSTOP, silently). Each
 * cut lands at a random moment of the probe's cycle. Yellow is timed from the cut to the pill
 * leaving "Live", green from the server's return to "Live" again, both on the page's clock
 * (a MutationObserver on the pill). Also counts what the probe costs while live.
 */
import type { Page } from '@playwright/test';
import {
  FIRESTORE_ORIGIN,
  freezeFirestore,
  routeFirestoreThrough,
  startFirestoreProxy,
} from '../../tests/e2e/server-cut';
import { signedIn, withAppInBrowser } from './browser';

export interface CutTimes {
  yellowMs: number[];
  greenMs: number[];
}

export interface ConnectionResult {
  refused: CutTimes;
  silent: CutTimes;
  /** While live: probe requests per minute. */
  probe: { perMinute: number };
}

const STAY_CUT_MS = 3_000;
const PROBE_URL = `${FIRESTORE_ORIGIN}/`;

/** Records each change of the pill's tone with the page's wall-clock time. */
async function watchTone(page: Page): Promise<void> {
  await page.locator('.connection[data-tone="live"]').waitFor({ timeout: 30_000 });
  await page.evaluate(`(() => {
    window.toneLog = [];
    const pill = document.querySelector('.connection');
    new MutationObserver(() => window.toneLog.push({ tone: pill.dataset.tone, at: Date.now() }))
      .observe(pill, { attributes: true, attributeFilter: ['data-tone'] });
  })()`);
}

/** When the pill first showed a tone matching `wanted` after `since` (epoch ms). */
async function toneAfter(page: Page, since: number, wanted: (tone: string) => boolean): Promise<number> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const log = await page.evaluate<{ tone: string; at: number }[]>('window.toneLog');
    const hit = log.find((e) => e.at >= since && wanted(e.tone));
    if (hit) return hit.at;
    if (Date.now() > deadline) throw new Error(`the pill never turned ${wanted.toString()} after the cut`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function cuts(
  page: Page,
  count: number,
  cut: () => Promise<void> | void,
  restore: () => Promise<void> | void,
): Promise<CutTimes> {
  const times: CutTimes = { yellowMs: [], greenMs: [] };
  for (let i = 0; i < count; i++) {
    await page.locator('.connection[data-tone="live"]').waitFor({ timeout: 30_000 });
    // A random moment of the probe's 5 s cycle, then a little settling.
    await page.waitForTimeout(1_000 + Math.random() * 5_000);
    const cutAt = Date.now();
    await cut();
    const yellowAt = await toneAfter(page, cutAt, (tone) => tone !== 'live');
    await page.waitForTimeout(STAY_CUT_MS);
    const backAt = Date.now();
    await restore();
    const greenAt = await toneAfter(page, backAt, (tone) => tone === 'live');
    times.yellowMs.push(yellowAt - cutAt);
    times.greenMs.push(greenAt - backAt);
    console.log(`  cut ${i + 1}: yellow after ${yellowAt - cutAt} ms, green after ${greenAt - backAt} ms`);
  }
  return times;
}

export function connectionBench(cutsPerStyle = 8): Promise<ConnectionResult> {
  return withAppInBrowser(async (browser) => {
    const proxy = await startFirestoreProxy();
    try {
      const viaProxy = await signedIn(browser, 'dr.lee@sunrise.demo', (context) =>
        routeFirestoreThrough(context, proxy),
      );
      await watchTone(viaProxy.page);
      console.log('  refused connections (our proxy stops listening and resets every connection)');
      const refused = await cuts(
        viaProxy.page,
        cutsPerStyle,
        () => proxy.refuse(),
        () => proxy.restore(),
      );
      await viaProxy.context.close();

      const direct = await signedIn(browser, 'dr.lee@sunrise.demo');
      await watchTone(direct.page);
      // Chromium reports each probe as aborted (its opaque answer is withheld from the page,
      // which only needs to know one came), so count the requests made.
      let probes = 0;
      direct.page.on('request', (req) => {
        if (req.method() === 'HEAD' && req.url() === PROBE_URL) probes++;
      });
      const probeWindowMs = 60_000;
      await direct.page.waitForTimeout(probeWindowMs);
      const probe = { perMinute: Math.round((probes * 60_000) / probeWindowMs) };

      console.log('  silently lost packets (the Firestore emulator frozen with SIGSTOP)');
      let resume = () => {};
      let silent: CutTimes;
      try {
        silent = await cuts(
          direct.page,
          cutsPerStyle,
          () => {
            resume = freezeFirestore();
          },
          () => resume(),
        );
      } finally {
        resume();
      }
      await direct.context.close();
      return { refused, silent, probe };
    } finally {
      await proxy.close();
    }
  });
}
