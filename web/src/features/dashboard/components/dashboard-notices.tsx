import { friendlyFirestoreError } from '@/lib/errors';
import { Msg, useI18n, type MessageKey } from '@/lib/i18n';

/** Why "Start review" is disabled while the server cannot answer; the cards point here by `id`. */
export function ServerActionsBlocked({ id, reason }: { id: string; reason: MessageKey }) {
  const { t } = useI18n();
  return (
    <p className="notice notice--warn" id={id}>
      {t(reason)} {t('blocked.claimNeedsServer')} {t('blocked.othersQueued')}
    </p>
  );
}

/** A listener stopped: what is on screen may be old, and Refresh listens again. */
export function ListStopped({ error, onRefresh }: { error: { code: string } | null; onRefresh: () => void }) {
  const { t } = useI18n();
  return (
    <div className="notice notice--error" role="alert">
      <p>
        <Msg
          id="dashboard.listStopped"
          values={{ reason: error ? t(friendlyFirestoreError(error)) : '' }}
          components={{ 0: <strong /> }}
        />
      </p>
      <button className="button button--small" type="button" onClick={onRefresh}>
        {t('dashboard.refresh')}
      </button>
    </div>
  );
}
