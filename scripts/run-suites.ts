/**
 * Every suite in turn, all of them even when one fails, then a table of counts and one closing
 * line. An empty suite or a skipped test is a failure. Runs under the machine-wide emulator lock
 * (scripts/test.ts): the suites that share the emulators run inside one `firebase emulators:exec`
 * (this script again, with --inside), then the restart suite, which starts and stops the
 * emulators itself.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execWithEmulators } from './lib/harness';
import { run } from './lib/processes';
import { ROOT } from './lib/root';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

interface Suite {
  key: string;
  name: string;
  cmd: string[];
  report: string;
  parse(json: unknown): Counts;
  /** Starts and stops the emulators itself, so it runs outside emulators:exec. */
  ownEmulators?: boolean;
}

const OUT = join(ROOT, '.test-output');

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}
const parseVitest = (json: unknown): Counts => {
  const r = json as VitestReport;
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
};

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; skipped: number; flaky: number };
}
const parsePlaywright = (json: unknown): Counts => {
  const { stats } = json as PlaywrightReport;
  return { passed: stats.expected, failed: stats.unexpected + stats.flaky, skipped: stats.skipped };
};

const vitest = (project: string, name: string): Suite => ({
  key: project,
  name,
  cmd: [
    'npx',
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${join(OUT, `${project}.json`)}`,
  ],
  report: join(OUT, `${project}.json`),
  parse: parseVitest,
});

const SUITES: Suite[] = [
  vitest('unit', 'unit'),
  vitest('web', 'web components'),
  vitest('rules', 'security rules'),
  vitest('functions', 'functions integration'),
  {
    key: 'e2e',
    name: 'browser end-to-end',
    cmd: ['npx', 'playwright', 'test', '-c', 'tests/e2e/playwright.config.ts'],
    report: join(OUT, 'e2e.json'),
    parse: parsePlaywright,
  },
  {
    key: 'restart',
    name: 'emulator restart',
    cmd: ['npx', 'playwright', 'test', '-c', 'tests/restart/playwright.config.ts'],
    report: join(OUT, 'restart.json'),
    parse: parsePlaywright,
    ownEmulators: true,
  },
];

// SUITES=rules,functions runs a subset while developing; `npm test` and CI run them all.
const only = process.env.SUITES?.split(',').filter(Boolean);
const selected = only ? SUITES.filter((s) => only.includes(s.key)) : SUITES;
if (selected.length === 0) {
  console.error(`SUITES=${process.env.SUITES ?? ''} matches none of: ${SUITES.map((s) => s.key).join(', ')}`);
  process.exit(1);
}

// FILES="tests/e2e/ticket.spec.ts" narrows the selected suites to those files while developing.
const files = process.env.FILES?.split(' ').filter(Boolean) ?? [];

const exitFile = (suite: Suite) => join(OUT, `${suite.key}.exit`);

async function runSuite(suite: Suite): Promise<void> {
  console.log(`\n━━ ${suite.name} ━━`);
  const [cmd, ...args] = suite.cmd;
  writeFileSync(exitFile(suite), String(await run(cmd ?? 'npx', [...args, ...files], { cwd: ROOT })));
}

if (process.argv.includes('--inside')) {
  // Inside emulators:exec: the outer run reads the reports and exit codes.
  for (const suite of selected) await runSuite(suite);
  process.exit(0);
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const shared = selected.filter((s) => !s.ownEmulators);
if (shared.length > 0) {
  try {
    await execWithEmulators('npx tsx scripts/run-suites.ts --inside', {
      ...process.env,
      SUITES: shared.map((s) => s.key).join(','),
    });
  } catch (err) {
    // The ports are taken: the suites report "no report" below and the run fails.
    console.error(`\n✖ ${(err as Error).message}\n`);
  }
}
for (const suite of selected.filter((s) => s.ownEmulators)) await runSuite(suite);

const rows: (Counts & { name: string; exit: number; problem?: string })[] = [];
for (const suite of selected) {
  const exit = existsSync(exitFile(suite)) ? Number(readFileSync(exitFile(suite), 'utf8')) : 1;
  let counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  let problem: string | undefined;
  try {
    counts = suite.parse(JSON.parse(readFileSync(suite.report, 'utf8')));
  } catch {
    problem = 'no report (the runner crashed before reporting)';
  }
  if (!problem && counts.passed + counts.failed === 0) problem = 'ran no tests';
  if (!problem && counts.skipped > 0) problem = `${counts.skipped} skipped`;
  if (!problem && exit !== 0 && counts.failed === 0) problem = `runner exited ${exit}`;
  rows.push({ name: suite.name, exit, ...counts, problem });
}

const total = rows.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed }), {
  passed: 0,
  failed: 0,
});
const bad = rows.filter((r) => r.failed > 0 || r.problem);
console.log('\nSuite                    passed  failed  skipped');
for (const r of rows) {
  const note = r.problem ? `  ✖ ${r.problem}` : r.failed > 0 ? '  ✖' : '';
  console.log(
    `${r.name.padEnd(24)} ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${String(r.skipped).padStart(7)}${note}`,
  );
}
console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exit(bad.length > 0 ? 1 : 0);
