import { clearEmulators, seedDemo } from '../../scripts/lib/seed';

export default async function globalSetup(): Promise<void> {
  await clearEmulators();
  await seedDemo();
}
