/** `npm run seed`: (re)seeds the demo clinics into already-running emulators. */
import { clearEmulators, seedDemo } from './lib/seed';

const reset = process.argv.includes('--reset');
if (reset) await clearEmulators();
await seedDemo();
console.log(reset ? 'Emulators cleared and demo clinics seeded.' : 'Demo clinics seeded.');
