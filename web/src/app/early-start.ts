import { isTrustedDevice, lastMember } from '@/lib/trusted-device';
import { loadScreen } from './screen-modules';

/**
 * A page entry of its own (index.html, async), so it runs as soon as this small file is here,
 * long before the app's entry (React, Firebase Auth) has downloaded. On a trusted device that
 * remembers its last member (lib/trusted-device), starts fetching and running that member's
 * screen, with Firestore and its persistent cache beside it, at once: in parallel with the app's
 * entry and with Auth checking the stored session, instead of one after the other (BENCHMARKS.md,
 * start-up). The router then renders the module already loaded. Should the session turn out to be
 * another member's, or nobody's, a download is all it cost.
 */
const member = isTrustedDevice() ? lastMember() : null;
if (member) {
  // Failures are the router's to report: it asks for the same modules again.
  const ignore = () => undefined;
  loadScreen(member.role).catch(ignore);
  // The waiting-room display runs without the staff services (app.tsx).
  if (member.role !== 'display') loadScreen('staffServices').catch(ignore);
  import('@/lib/firestore-persistent-cache').catch(ignore);
}
