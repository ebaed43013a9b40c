import { useMemo, type ReactNode } from 'react';
import { ROLE_LABELS } from '@/config/labels';
import { signOut } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useSession } from '@/lib/session';
import { hasUnsyncedWrites } from '@/lib/teardown';
import { rememberedClinic } from '@/lib/trusted-device';
import { useConfirm } from './confirm-dialog';
import { LanguageSwitch } from './language-switch';

/** Top bar (brand, screen, who is signed in where, sign out) around every signed-in screen. */
export function AppShell({
  title,
  clinicName,
  children,
}: {
  title: string;
  clinicName?: string | undefined;
  children: ReactNode;
}) {
  const session = useSession();
  const [dialog, confirm] = useConfirm();
  const { t } = useI18n();

  async function onSignOut() {
    const unsynced = await hasUnsyncedWrites();
    if (
      unsynced &&
      !(await confirm({
        title: t('shell.unsynced.title'),
        body: t('shell.unsynced.body'),
        confirmLabel: t('shell.unsynced.confirm'),
        cancelLabel: t('shell.unsynced.cancel'),
        danger: true,
      }))
    ) {
      return;
    }
    await signOut();
  }

  const claims = session.status === 'signedIn' ? session.claims : null;
  const clinicId = claims?.clinicId;
  // Until the clinic document arrives, the name a trusted device remembers, else the clinic's id.
  const rememberedName = useMemo(() => (clinicId ? rememberedClinic(clinicId)?.name : undefined), [clinicId]);
  const where = claims
    ? t('shell.where', { role: t(ROLE_LABELS[claims.role]), clinic: clinicName ?? rememberedName ?? claims.clinicId })
    : null;
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true">
            +
          </span>
          <span className="brand__name">{t('app.name')}</span>
        </div>
        <div className="topbar__title">{title}</div>
        <LanguageSwitch className="topbar__language" />
        {session.status === 'signedIn' && (
          <div className="topbar__user">
            <div className="topbar__who">
              <span className="topbar__name">{session.displayName}</span>
              {where && <span className="topbar__role">{where}</span>}
            </div>
            <button className="button button--ghost topbar__signout" type="button" onClick={() => void onSignOut()}>
              {t('shell.signOut')}
            </button>
          </div>
        )}
      </header>
      <main className="shell__main" id="main" tabIndex={-1}>
        {children}
      </main>
      {dialog}
    </div>
  );
}
