import { AppShell } from '@/components/ui/app-shell';
import { WhoAmI } from '@/components/ui/whoami';

export default function DashboardPage() {
  return (
    <AppShell title="Doctor dashboard">
      <WhoAmI />
    </AppShell>
  );
}
