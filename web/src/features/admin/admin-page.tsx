import { useMemo, useState } from 'react';
import toast from 'react-hot-toast';
import type { Role, StaffDoc } from '@clinicflow/shared/model';
import type { AddStaffInput } from '@clinicflow/shared/validation';
import { AppShell } from '@/components/ui/app-shell';
import { useConfirm } from '@/components/ui/confirm-dialog';
import { Counts } from '@/components/ui/counts';
import { Loading } from '@/components/ui/loading';
import { ROLE_LABELS } from '@/config/labels';
import { useClinic } from '@/features/clinic/api/clinic';
import { callableError } from '@/features/staff/api/callable-error';
import { useStaffList } from '@/features/staff/api/staff';
import { addStaff, changeStaffRole, deactivateStaff } from '@/features/staff/api/staff-admin';
import { useStaffChanges } from '@/features/staff/api/staff-changes';
import { sendPasswordEmail } from '@/lib/auth';
import { friendlyFirestoreError } from '@/lib/errors';
import type { Live } from '@/lib/live-query';
import { useStaffSession } from '@/lib/session';
import { useNow } from '@/lib/use-now';
import { AddStaffForm, type AddStaffOutcome } from './components/add-staff-form';
import { StaffChanges } from './components/staff-changes';
import { StaffTable } from './components/staff-table';
import './admin.css';

const ROLE_SCREENS: Record<Role, string> = {
  admin: 'staff admin',
  receptionist: 'front desk',
  checkerDoctor: 'doctor dashboard',
};

export default function AdminPage() {
  const { uid, claims } = useStaffSession();
  const { clinicId } = claims;
  const clinic = useClinic(clinicId);
  const [busyUid, setBusyUid] = useState<string | null>(null);
  const [confirmDialog, confirm] = useConfirm();
  const staff = useStaffList(clinicId, (err) =>
    toast.error(`The staff list stopped updating. ${friendlyFirestoreError(err)}`, { id: 'staff-error' }),
  );
  const changes = useStaffChanges(clinicId, (err) =>
    toast.error(`Staff changes stopped updating. ${friendlyFirestoreError(err)}`, { id: 'staff-changes-error' }),
  );
  const now = useNow(60_000);
  const names = useMemo(() => new Map(staff.docs.map((m) => [m.id, m.displayName])), [staff.docs]);

  async function onAdd(input: AddStaffInput): Promise<AddStaffOutcome> {
    try {
      await addStaff(input);
    } catch (err) {
      return { ok: false, ...callableError(err) };
    }
    toast.success(`${input.displayName} was added as ${ROLE_LABELS[input.role].toLowerCase()}.`);
    return { ok: true, displayName: input.displayName, email: input.email };
  }

  async function sendSetupEmail(email: string): Promise<void> {
    if ((await sendPasswordEmail(email)) === 'no-account') {
      throw new Error('The sign-in service has no account for that address. Try adding them again.');
    }
  }

  async function run(member: Live<StaffDoc>, work: () => Promise<unknown>, done: string) {
    setBusyUid(member.id);
    try {
      await work();
      toast.success(done);
    } catch (err) {
      toast.error(callableError(err).message);
    } finally {
      setBusyUid(null);
    }
  }

  async function onChangeRole(member: Live<StaffDoc>, role: Role) {
    const ok = await confirm({
      title: `Make ${member.displayName} ${ROLE_LABELS[role].toLowerCase()}?`,
      body: (
        <p>
          If they are signed in, their screen switches to the {ROLE_SCREENS[role]} within seconds. They keep working
          without signing out.
        </p>
      ),
      confirmLabel: 'Change role',
    });
    if (!ok) return;
    await run(
      member,
      () => changeStaffRole({ uid: member.id, role }),
      `${member.displayName} is now ${ROLE_LABELS[role].toLowerCase()}.`,
    );
  }

  async function onDeactivate(member: Live<StaffDoc>) {
    const ok = await confirm({
      title: `Deactivate ${member.displayName}?`,
      body: (
        <p>
          They can no longer sign in, and if they are signed in now they lose access to this clinic at once. Their past
          work stays on record.
        </p>
      ),
      confirmLabel: 'Deactivate',
      danger: true,
    });
    if (!ok) return;
    await run(member, () => deactivateStaff({ uid: member.id }), `${member.displayName} was deactivated.`);
  }

  const active = staff.docs.filter((m) => m.active).length;
  return (
    <AppShell title="Staff admin" clinicName={clinic?.name}>
      <div className="admin">
        <section className="card admin__staff" aria-labelledby="staff-title">
          <div className="section-head">
            <h1 id="staff-title">Staff</h1>
            <Counts
              items={[
                { value: active, label: 'active' },
                { value: staff.docs.length - active, label: 'deactivated' },
              ]}
            />
          </div>
          {staff.status === 'loading' ? (
            <Loading label="Loading staff…" compact />
          ) : staff.status === 'error' && staff.docs.length === 0 ? (
            <p className="notice notice--error" role="alert">
              The staff list could not be loaded. {staff.error ? friendlyFirestoreError(staff.error) : ''}
            </p>
          ) : (
            <StaffTable
              staff={staff.docs}
              uid={uid}
              busyUid={busyUid}
              onChangeRole={(m, r) => void onChangeRole(m, r)}
              onDeactivate={(m) => void onDeactivate(m)}
            />
          )}
        </section>
        <section className="card admin__add" aria-labelledby="add-title">
          <h2 id="add-title">Add staff member</h2>
          <p className="muted">
            They get an email to choose their own password; nobody else sees it. Roles can be changed later.
          </p>
          <AddStaffForm onAdd={onAdd} onSendSetupEmail={sendSetupEmail} />
        </section>
        <section className="card admin__changes" aria-labelledby="changes-title">
          <h2 id="changes-title">Recent staff changes</h2>
          <StaffChanges changes={changes} nameOf={(id) => names.get(id)} viewerUid={uid} now={new Date(now)} />
        </section>
      </div>
      {confirmDialog}
    </AppShell>
  );
}
