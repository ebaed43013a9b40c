import { AppShell } from '@/components/ui/app-shell';
import { WhoAmI } from '@/components/ui/whoami';

export default function ReceptionPage() {
  return (
    <AppShell title="Front desk">
      <WhoAmI />
    </AppShell>
  );
}
