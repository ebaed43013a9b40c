/**
 * Runs inside `firebase emulators:exec` (see scripts/bench.ts): every measurement in turn, then
 * a table against the targets, and the same figures as JSON in bench/results/latest.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { measureRouteJavaScript } from '../../web/scripts/bundle-report';
import { ROOT } from '../lib/root';
import { browserBench } from './browser';
import { burst, firstLoadReads, rawBurst } from './burst';
import { connectionBench } from './connection';
import { appLatency, rawBaseline } from './live';
import { rulesReads } from './rules-reads';
import { startupPart } from './startup';
import { summarize, type Summary } from './stats';

const VISITS = Number(process.env.BENCH_VISITS ?? 40);
const CLIENT_COUNTS = (process.env.BENCH_N ?? '1,10,50').split(',').map(Number);
/** Visits of the write → notification run alone (one dashboard): enough for a steady p99. */
const NOTIFY_VISITS = Number(process.env.BENCH_NOTIFY_VISITS ?? 200);
if (!Number.isInteger(NOTIFY_VISITS) || NOTIFY_VISITS < 1) {
  throw new Error(`BENCH_NOTIFY_VISITS must be a whole number of visits, got "${process.env.BENCH_NOTIFY_VISITS}"`);
}

interface Target {
  name: string;
  figure: string;
  met: boolean;
}

const targets: Target[] = [];
const target = (name: string, figure: string, met: boolean) => targets.push({ name, figure, met });
const fmt = (s: Summary) => `p50 ${s.p50} / p95 ${s.p95} / p99 ${s.p99} / max ${s.max} ms (n=${s.n})`;

// BENCH_ONLY=browser (or live, notify, burst, browser, reads, connection, startup, comma-separated) re-measures a part; default all.
const only = process.env.BENCH_ONLY?.split(',');
const runs = (part: string) => !only || only.includes(part);
const results: Record<string, unknown> = { date: new Date().toISOString(), visitsPerRun: VISITS };

const live: Record<
  string,
  { raw: Summary; visible: Summary; notify: Summary; ratioP95: number; readsPerVisit: object }
> = {};
for (const n of runs('live') ? CLIENT_COUNTS : []) {
  console.log(`\n▶ write → visible, N = ${n} (raw floor, then the app)`);
  const raw = await rawBaseline(n, VISITS);
  const app = await appLatency(n, VISITS);
  const rawS = summarize(raw.visibleMs);
  const visible = summarize(app.visibleMs);
  const notify = summarize(app.notifyMs);
  const ratioP95 = Math.round((visible.p95 / rawS.p95) * 100) / 100;
  live[`N=${n}`] = { raw: rawS, visible, notify, ratioP95, readsPerVisit: app.readsPerVisit };
  console.log(`  raw floor   ${fmt(rawS)}`);
  console.log(`  app visible ${fmt(visible)}  (p95 ×${ratioP95} of raw)`);
  console.log(`  app notify  ${fmt(notify)}`);
  console.log(
    `  reads per new visit per dashboard: list ${app.readsPerVisit.list}, notifications ${app.readsPerVisit.notifications}`,
  );
  target(
    `write→visible p95 ≤ 1.2× raw at N=${n}`,
    `${visible.p95} ms vs raw ${rawS.p95} ms (×${ratioP95})`,
    ratioP95 <= 1.2,
  );
  if (n === 10) target('write→visible p95 < 200 ms at N=10', `${visible.p95} ms`, visible.p95 < 200);
  target(`write→notification p95 < 1 s at N=${n}`, `${notify.p95} ms`, notify.p95 < 1000);
  const reads = app.readsPerVisit.list + app.readsPerVisit.notifications;
  target(
    `≤ 2 document reads per new visit per dashboard (N=${n})`,
    `${reads} (list ${app.readsPerVisit.list} + notifications ${app.readsPerVisit.notifications})`,
    reads <= 2,
  );
}

results.live = live;

if (runs('notify')) {
  console.log(`\n▶ write → notification alone: ${NOTIFY_VISITS} visits one after another, one dashboard`);
  const run = await appLatency(1, NOTIFY_VISITS);
  const notification = summarize(run.notifyMs);
  const visible = summarize(run.visibleMs);
  console.log(`  notification ${fmt(notification)}`);
  console.log(`  visible      ${fmt(visible)}`);
  target(
    `write→notification p95 < 1 s over ${NOTIFY_VISITS} visits`,
    `${notification.p95} ms`,
    notification.p95 < 1000,
  );
  results.notify = { visits: NOTIFY_VISITS, notification, visible };
}

if (runs('burst')) {
  console.log('\n▶ burst: 10 receptionists, 300 visits, 10 dashboards (raw floor, then the app)');
  const rawBurstResult = await rawBurst();
  console.log('  raw floor', rawBurstResult);
  const burstResult = await burst();
  console.log('  app', burstResult);
  target(
    'burst: 0 lost, 0 duplicated, tickets gap-free',
    `lost ${burstResult.lost}, duplicated ${burstResult.notificationsDuplicated}, gap-free ${burstResult.ticketsGapFree}, ${burstResult.dashboardsThatSawAll}/${burstResult.dashboards} dashboards saw all`,
    burstResult.lost === 0 &&
      burstResult.notificationsDuplicated === 0 &&
      burstResult.ticketsGapFree &&
      burstResult.ticketsUnique &&
      burstResult.dashboardsThatSawAll === burstResult.dashboards,
  );

  console.log('\n▶ first load with 100 visits in the day');
  const firstLoad = await firstLoadReads(100);
  console.log(firstLoad);
  results.burst = { raw: rawBurstResult, app: burstResult };
  results.firstLoad = firstLoad;
}

if (runs('reads')) {
  console.log("\n▶ reads of the member's staff record by the rules, per request and per listener");
  const reads = await rulesReads();
  for (const r of reads.requests) console.log(`  ${r.actor.padEnd(13)} ${r.request.padEnd(64)} ${r.staffReads}`);
  for (const l of reads.listeners) {
    console.log(
      `  ${l.actor.padEnd(13)} listener ${l.listener.padEnd(55)} initial ${l.initial}, per delivered change ${l.perDeliveredChange}`,
    );
  }
  results.rulesReads = reads;
}

if (runs('browser')) {
  console.log('\n▶ browser: Save click → row on an open dashboard; JavaScript per route (production build)');
  const browser = await browserBench(30);
  const saveToRow = summarize(browser.saveToRowMs);
  console.log(`  save → row ${fmt(saveToRow)}`);
  target('browser Save → row p95 < 400 ms', `${saveToRow.p95} ms (p50 ${saveToRow.p50})`, saveToRow.p95 < 400);
  const { routes: js, optional } = await measureRouteJavaScript();
  console.log('  JS per route (gzip kB)', js, optional);
  // 110 until the languages (+9.8: Lingui, our i18n code, the larger catalog) and the installable
  // app (+1.5: service-worker registration, update offer, early start) came in.
  target('sign-in route < 118 kB gzip JS', `${js['sign-in']} kB`, (js['sign-in'] ?? Infinity) < 118);
  target('dashboard route < 270 kB gzip JS', `${js.dashboard} kB`, (js.dashboard ?? Infinity) < 270);
  results.browser = { saveToRow, routeJsGzipKb: js, optionalChunksGzipKb: optional };
}

if (runs('connection')) {
  const perStyle = Number(process.env.BENCH_CUTS ?? 8);
  console.log(`\n▶ connection: the server cut off under an open dashboard, ${perStyle} cuts each way`);
  const connection = await connectionBench(perStyle);
  const styles = { refused: connection.refused, silent: connection.silent };
  const summaries: Record<string, { yellow: Summary; green: Summary }> = {};
  for (const [style, times] of Object.entries(styles)) {
    const yellow = summarize(times.yellowMs);
    const green = summarize(times.greenMs);
    summaries[style] = { yellow, green };
    console.log(`  ${style}: to yellow ${fmt(yellow)}; to green ${fmt(green)}`);
    target(
      `${style}: yellow within 10 s of the cut (every cut)`,
      `max ${yellow.max} ms (p50 ${yellow.p50})`,
      yellow.max <= 10_000,
    );
    target(
      `${style}: green within 5 s of the return (every cut)`,
      `max ${green.max} ms (p50 ${green.p50})`,
      green.max <= 5_000,
    );
  }
  console.log(`  probe while live: ${connection.probe.perMinute} requests/min`);
  results.connection = { ...summaries, probe: connection.probe };
}

if (runs('startup')) results.startup = await startupPart(target);

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
};
Object.assign(results, { machine, targets });
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);

console.log('\nTarget                                                   Figure');
for (const t of targets) console.log(`${t.met ? '✔ met    ' : '✖ missed '} ${t.name.padEnd(48)} ${t.figure}`);
console.log('\nFigures written to bench/results/latest.json');
