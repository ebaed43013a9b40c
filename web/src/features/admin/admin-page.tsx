import { AppShell } from '@/components/ui/app-shell';
import { WhoAmI } from '@/components/ui/whoami';

export default function AdminPage() {
  return (
    <AppShell title="Staff admin">
      <WhoAmI />
    </AppShell>
  );
}
