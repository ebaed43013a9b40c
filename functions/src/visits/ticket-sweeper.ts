import { onSchedule } from 'firebase-functions/v2/scheduler';
import { db } from '../db';
import { sweepUnticketedVisits } from './sweep-unticketed';

/**
 * Every minute: tickets (and announces) any visit its trigger missed. The Functions emulator does
 * not run schedules; `npm start` calls sweepUnticketedVisits itself (scripts/lib/ticket-sweep.ts).
 */
export const ticketSweeper = onSchedule({ schedule: 'every 1 minutes', timeoutSeconds: 120 }, async () => {
  await sweepUnticketedVisits(db());
});
