import { isTrustedDevice, lastMember } from '@/lib/trusted-device';
import { ROLE_SCREENS, STAFF_SERVICES } from './role-screens';

/**
 * Runs when imported, first thing in main.tsx. On a trusted device that remembers its last member
 * (lib/trusted-device), starts fetching and running that member's screen, with Firestore's
 * persistent cache setup beside it, at once: in parallel with Auth checking the stored session
 * with the server, instead of one after the other (BENCHMARKS.md, start-up). The router then
 * renders the module already loaded. Should the session turn out to be another member's, or
 * nobody's, a download is all it cost.
 */
const member = isTrustedDevice() ? lastMember() : null;
if (member) {
  // Failures are the router's to report: it asks for the same modules again.
  const ignore = () => undefined;
  ROLE_SCREENS[member.role].preload().catch(ignore);
  // The waiting-room display runs without the staff services (app.tsx).
  if (member.role !== 'display') STAFF_SERVICES.preload().catch(ignore);
  import('@/lib/firestore-persistent-cache').catch(ignore);
}
