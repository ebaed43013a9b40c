/**
 * The Functions emulator never runs scheduled functions, so `npm start` runs the ticket sweeper's
 * own handler (the one the scheduled ticketSweeper calls) itself: as soon as the functions have
 * loaded, for the visits written while they were loading, and then periodically, as Cloud
 * Scheduler would. Emulators only: adminApp() refuses to start without the emulator hosts.
 */
import { getFirestore } from 'firebase-admin/firestore';
import { sweepUnticketedVisits, type SweepResult } from '../../functions/src/visits/sweep-unticketed';
import { adminApp } from './seed';

export const SWEEP_EVERY_MS = 15_000;

export function sweepTicketsNow(now?: Date): Promise<SweepResult> {
  return sweepUnticketedVisits(getFirestore(adminApp()), now);
}

/** Sweeps now and every `everyMs` until the returned stop function is called. */
export function keepSweepingTickets(everyMs = SWEEP_EVERY_MS): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const run = async () => {
    try {
      const { assigned } = await sweepTicketsNow();
      if (assigned > 0) console.log(`Ticket sweep: ${assigned} visit(s) that missed their trigger got a ticket.`);
    } catch (err) {
      console.error('Ticket sweep failed (it runs again shortly):', (err as Error).message);
    }
    if (!stopped) timer = setTimeout(() => void run(), everyMs);
  };
  void run();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
