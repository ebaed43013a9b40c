import { useState } from 'react';
import { AppShell } from '@/components/ui/app-shell';
import { LockIcon } from '@/components/ui/icons';
import { refreshClaims } from '@/lib/auth';
import { Msg, useI18n } from '@/lib/i18n';

export function NoRolePage({ email }: { email: string }) {
  const { t } = useI18n();
  const [checking, setChecking] = useState(false);
  const [checkedOnce, setCheckedOnce] = useState(false);

  async function checkAgain() {
    setChecking(true);
    try {
      await refreshClaims();
    } finally {
      setChecking(false);
      setCheckedOnce(true);
    }
  }

  return (
    <AppShell title={t('noRole.title')}>
      <section className="card empty-state">
        <div className="empty-state__icon">
          <LockIcon />
        </div>
        <h1>{t('noRole.heading')}</h1>
        <p>
          <Msg id="noRole.body" values={{ email }} components={{ 0: <strong /> }} />
        </p>
        <p className="muted">{t('noRole.ask')}</p>
        <button className="button" type="button" onClick={() => void checkAgain()} disabled={checking}>
          {checking ? t('noRole.checking') : t('noRole.check')}
        </button>
        <p className="muted" role="status">
          {checkedOnce && !checking ? t('noRole.still') : ''}
        </p>
      </section>
    </AppShell>
  );
}
