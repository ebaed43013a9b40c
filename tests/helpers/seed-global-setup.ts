import { clearEmulators, seedDemo } from '../../scripts/lib/seed';

/** Every emulator suite starts from the same freshly seeded demo clinics. */
export default async function setup(): Promise<void> {
  await clearEmulators();
  await seedDemo();
}
