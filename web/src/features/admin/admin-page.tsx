import { useMemo, useState } from 'react';
import { ScreenLink } from '@/components/ui/screen-link';
import toast from 'react-hot-toast';
import type { Role, StaffDoc } from '@clinicflow/shared/model';
import type { AddStaffInput } from '@clinicflow/shared/validation';
import { AppShell } from '@/components/ui/app-shell';
import { useConfirm } from '@/components/ui/confirm-dialog';
import { Counts } from '@/components/ui/counts';
import { Loading } from '@/components/ui/loading';
import { DayEndSetting } from './components/day-end-setting';
import { LanguageSetting } from './components/language-setting';
import { RoomList } from './components/room-list';
import { ROLE_IN_SENTENCE } from '@/config/labels';
import { REPORT_PATH } from '@/config/routes';
import { useClinic } from '@/features/clinic/api/clinic';
import { callableError } from '@/features/staff/api/callable-error';
import { useStaffList } from '@/features/staff/api/staff';
import { addStaff, changeStaffRole, deactivateStaff } from '@/features/staff/api/staff-admin';
import { useStaffChanges } from '@/features/staff/api/staff-changes';
import { sendPasswordEmail } from '@/lib/auth';
import { friendlyFirestoreError } from '@/lib/errors';
import { MessageError, useI18n, type MessageKey } from '@/lib/i18n';
import type { Live } from '@/lib/live-query';
import { useStaffSession } from '@/lib/session';
import { useNow } from '@/lib/use-now';
import { AddStaffForm, type AddStaffOutcome } from './components/add-staff-form';
import { StaffChanges } from './components/staff-changes';
import { StaffTable } from './components/staff-table';
import './admin.css';

const ROLE_SCREENS: Record<Role, MessageKey> = {
  admin: 'admin.roleScreen.admin',
  receptionist: 'admin.roleScreen.receptionist',
  checkerDoctor: 'admin.roleScreen.checkerDoctor',
  display: 'admin.roleScreen.display',
};

export default function AdminPage() {
  const { uid, claims } = useStaffSession();
  const { clinicId } = claims;
  const clinic = useClinic(clinicId);
  const { t } = useI18n();
  const [busyUid, setBusyUid] = useState<string | null>(null);
  const [confirmDialog, confirm] = useConfirm();
  const staff = useStaffList(clinicId, (err) =>
    toast.error(t('admin.staffStopped', { reason: t(friendlyFirestoreError(err)) }), { id: 'staff-error' }),
  );
  const changes = useStaffChanges(clinicId, (err) =>
    toast.error(t('admin.changesStopped', { reason: t(friendlyFirestoreError(err)) }), { id: 'staff-changes-error' }),
  );
  const now = useNow(60_000);
  const names = useMemo(() => new Map(staff.docs.map((m) => [m.id, m.displayName])), [staff.docs]);

  async function onAdd(input: AddStaffInput): Promise<AddStaffOutcome> {
    try {
      await addStaff(input);
    } catch (err) {
      return { ok: false, ...callableError(err) };
    }
    toast.success(t('admin.added', { name: input.displayName, role: t(ROLE_IN_SENTENCE[input.role]) }));
    return { ok: true, displayName: input.displayName, email: input.email };
  }

  async function sendSetupEmail(email: string): Promise<void> {
    if ((await sendPasswordEmail(email)) === 'no-account') {
      throw new MessageError('admin.setupEmail.noAccount');
    }
  }

  async function run(member: Live<StaffDoc>, work: () => Promise<unknown>, done: string) {
    setBusyUid(member.id);
    try {
      await work();
      toast.success(done);
    } catch (err) {
      toast.error(t(callableError(err).message));
    } finally {
      setBusyUid(null);
    }
  }

  async function onChangeRole(member: Live<StaffDoc>, role: Role) {
    const ok = await confirm({
      title: t('admin.changeRole.title', { name: member.displayName, role: t(ROLE_IN_SENTENCE[role]) }),
      body: <p>{t('admin.changeRole.body', { screen: t(ROLE_SCREENS[role]) })}</p>,
      confirmLabel: t('admin.changeRole.confirm'),
    });
    if (!ok) return;
    await run(
      member,
      () => changeStaffRole({ uid: member.id, role }),
      t('admin.changeRole.done', { name: member.displayName, role: t(ROLE_IN_SENTENCE[role]) }),
    );
  }

  async function onDeactivate(member: Live<StaffDoc>) {
    const ok = await confirm({
      title: t('admin.deactivate.title', { name: member.displayName }),
      body: <p>{t('admin.deactivate.body')}</p>,
      confirmLabel: t('admin.deactivate.confirm'),
      danger: true,
    });
    if (!ok) return;
    await run(
      member,
      () => deactivateStaff({ uid: member.id }),
      t('admin.deactivate.done', { name: member.displayName }),
    );
  }

  const active = staff.docs.filter((m) => m.active).length;
  return (
    <AppShell title={t('admin.title')} clinicName={clinic?.name}>
      <div className="admin">
        <section className="card admin__staff" aria-labelledby="staff-title">
          <div className="section-head">
            <h1 id="staff-title">{t('admin.staff')}</h1>
            <Counts
              items={[
                { value: active, label: t('admin.count.active', { count: active }) },
                {
                  value: staff.docs.length - active,
                  label: t('admin.count.deactivated', { count: staff.docs.length - active }),
                },
              ]}
            />
          </div>
          {staff.status === 'loading' ? (
            <Loading label={t('admin.loadingStaff')} compact />
          ) : staff.status === 'error' && staff.docs.length === 0 ? (
            <p className="notice notice--error" role="alert">
              {t('admin.staffFailed')} {staff.error ? t(friendlyFirestoreError(staff.error)) : ''}
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
          <h2 id="add-title">{t('admin.add.title')}</h2>
          <p className="muted">{t('admin.add.lead')}</p>
          <AddStaffForm onAdd={onAdd} onSendSetupEmail={sendSetupEmail} />
        </section>
        <section className="card admin__language" aria-labelledby="language-title">
          <h2 id="language-title">{t('admin.language.title')}</h2>
          <LanguageSetting clinicId={clinicId} language={clinic?.language ?? 'en'} />
        </section>
        <section className="card admin__day-end" aria-labelledby="day-end-title">
          <h2 id="day-end-title">{t('admin.dayEnd.title')}</h2>
          <DayEndSetting clinicId={clinicId} dayEndsAt={clinic?.dayEndsAt} />
          <ScreenLink className="button" href={REPORT_PATH}>
            {t('report.title')}
          </ScreenLink>
        </section>
        <section className="card admin__rooms" aria-labelledby="rooms-title">
          <h2 id="rooms-title">{t('admin.rooms.title')}</h2>
          <p className="muted">{t('admin.rooms.lead')}</p>
          <RoomList clinicId={clinicId} rooms={clinic?.rooms ?? []} />
        </section>
        <section className="card admin__changes" aria-labelledby="changes-title">
          <h2 id="changes-title">{t('admin.changes.title')}</h2>
          <StaffChanges changes={changes} nameOf={(id) => names.get(id)} viewerUid={uid} now={new Date(now)} />
        </section>
      </div>
      {confirmDialog}
    </AppShell>
  );
}
