/**
 * Runs inside `firebase emulators:exec`: each suite in turn, all of them even when one fails,
 * then a table of counts and one closing line. An empty suite or a skipped test is a failure.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
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
];

// SUITES=rules,functions runs a subset while developing; `npm test` and CI run them all.
const only = process.env.SUITES?.split(',').filter(Boolean);
const selected = only ? SUITES.filter((s) => only.includes(s.key)) : SUITES;
if (selected.length === 0) {
  console.error(`SUITES=${process.env.SUITES ?? ''} matches none of: ${SUITES.map((s) => s.key).join(', ')}`);
  process.exit(1);
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const rows: (Counts & { name: string; exit: number; problem?: string })[] = [];
for (const suite of selected) {
  console.log(`\n━━ ${suite.name} ━━`);
  const [cmd, ...args] = suite.cmd;
  const exit = await run(cmd ?? 'npx', args, { cwd: ROOT });
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
