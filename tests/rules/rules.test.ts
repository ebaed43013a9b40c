/**
 * The security rules suite, in one file so the rules are loaded once: loading them again resets
 * the emulator's coverage report. Tests run in the order below. Coverage is read after every
 * named table, so those alone must reach each rule expression; the generated writes come last
 * because the report keeps every value each expression produced, and their ~2,000 writes would
 * take it from 23 MB to 212 MB.
 */
import { afterAll, beforeAll } from 'vitest';
import { boundedReadCases } from './bounded-reads';
import { describeCases } from './cases';
import { roomCases } from './collections/clinics';
import { dutyFieldCases } from './collections/duty';
import { patientCorrectionCases, patientFieldCases } from './collections/patients';
import { visitFieldCases } from './collections/visits';
import { describeCoverage } from './coverage';
import { seedWorld } from './fixtures';
import { describeGeneratedWrites } from './generated-writes';
import { printCaseCounts, startRulesEnv, stopRulesEnv } from './harness';
import { describeLimits } from './limits';
import { MATRICES } from './matrices';
import { describeMatrix } from './matrix';
import { describeQueries } from './queries';
import { describeTransitions } from './transitions';

beforeAll(async () => {
  await startRulesEnv();
  await seedWorld();
});

afterAll(async () => {
  printCaseCounts();
  await stopRulesEnv();
});

for (const table of MATRICES) describeMatrix(table);
describeCases('clinics: the room list', roomCases, 'fieldRules');
describeCases('duty: one field at a time', dutyFieldCases, 'fieldRules');
describeCases('patients: one field at a time', patientFieldCases, 'fieldRules');
describeCases('patients: corrections', patientCorrectionCases, 'fieldRules');
describeCases('visits: one field at a time', visitFieldCases, 'fieldRules');
describeTransitions();
describeQueries();
describeCases('bounded reads: no query returns a whole collection', boundedReadCases, 'boundedReads');
describeLimits();
describeCoverage();
describeGeneratedWrites();
