import { onSchedule } from 'firebase-functions/v2/scheduler';
import { db } from '../db';
import { closeEndedDays } from './close-days';

/**
 * Every 15 minutes: closes what each clinic left open when its day ended (a clinic's day ends at
 * its own time, so the run checks them all). The Functions emulator does not run schedules;
 * tests call the handler, or closeEndedDays with a fixed clock.
 */
export const dayClose = onSchedule({ schedule: 'every 15 minutes', timeoutSeconds: 300 }, async (event) => {
  await closeEndedDays(db(), new Date(event.scheduleTime));
});
