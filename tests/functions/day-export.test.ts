/**
 * The day export callable against the emulators, called as the web app calls it: only a current
 * admin of the clinic gets its visits, and only their own clinic's; bad input gets its codes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { deleteApp, initializeApp } from 'firebase/app';
import type { ExportDayVisitsResult } from '@clinicflow/shared/callables';
import { clinicDayOf } from '@clinicflow/shared/clinic-time';
import type { ExportDayInput } from '@clinicflow/shared/validation';
import { PROJECT_ID } from '../../scripts/lib/emulators';
import type { Client } from '../helpers/clients';
import {
  TEST_PATIENT,
  callableFor,
  createClinic,
  createStaff,
  refusal,
  registerVisit,
  signedInClients,
  ticketedVisits,
} from './helpers';

const clinicId = 'exporting';
const rivalId = 'exporting-rival';
const TIMEZONE = 'Europe/Madrid';
const signIn = signedInClients();
const exportAs = (client: { app: Client['app'] }) =>
  callableFor<ExportDayInput, ExportDayVisitsResult>(client.app, 'exportDayVisits');

let admin: Client;
let desk: Client;
let visitId: string;
let today: string;

beforeAll(async () => {
  await Promise.all([createClinic(clinicId, TIMEZONE), createClinic(rivalId, TIMEZONE)]);
  admin = await signIn((await createStaff(clinicId, 'admin', 'export-boss')).email);
  desk = await signIn((await createStaff(clinicId, 'receptionist', 'export-desk')).email);
  visitId = await registerVisit(desk, clinicId, 'urgent');
  await ticketedVisits(clinicId, [visitId]);
  today = clinicDayOf(new Date(), { timezone: TIMEZONE });
});

describe('the day export', () => {
  it('gives the clinic’s admin the day’s visits, without names unless asked, never the reason', async () => {
    const { data } = await exportAs(admin)({ dayKey: today, withNames: false });
    expect(data.truncated).toBe(false);
    expect(data.visits).toHaveLength(1);
    expect(data.visits[0]).toMatchObject({ ticket: 'A-001', priority: 'urgent', status: 'waiting', doctor: null });
    expect(data.visits[0]).not.toHaveProperty('patientName');
    expect(JSON.stringify(data)).not.toContain('cough');

    const named = await exportAs(admin)({ dayKey: today, withNames: true });
    expect(named.data.visits[0]?.patientName).toBe(TEST_PATIENT.fullName);
  });

  it('refuses the front desk, a doctor and another clinic’s admin gets only their own clinic', async () => {
    const doctor = await signIn((await createStaff(clinicId, 'checkerDoctor', 'export-doc')).email);
    for (const caller of [desk, doctor]) {
      const answer = await refusal(exportAs(caller)({ dayKey: today, withNames: true }));
      expect(answer).toMatchObject({ code: 'functions/permission-denied', details: { reason: 'notAdmin' } });
    }
    const rival = await signIn((await createStaff(rivalId, 'admin', 'export-rival')).email);
    const theirs = await exportAs(rival)({ dayKey: today, withNames: true });
    expect(theirs.data.visits).toEqual([]);
  });

  it('refuses a stranger who is not signed in, and bad input with a code per field', async () => {
    const app = initializeApp({ projectId: PROJECT_ID, apiKey: 'demo-api-key' }, 'export-signed-out');
    try {
      const answer = await refusal(exportAs({ app })({ dayKey: today, withNames: false }));
      expect(answer.code).toBe('functions/unauthenticated');
    } finally {
      await deleteApp(app);
    }
    const bad = await refusal(
      exportAs(admin)({ dayKey: 'last tuesday', withNames: 'yes' } as unknown as ExportDayInput),
    );
    expect(bad).toMatchObject({
      code: 'functions/invalid-argument',
      details: { reason: 'invalidInput', fields: { dayKey: 'day.invalid', withNames: 'withNames.invalid' } },
    });
  });
});
