import { useEffect, useState } from 'react';
import { useI18n } from '@/lib/i18n';
import { applyUpdate, useUpdateWaiting } from '@/lib/service-worker';
import { isMidTask } from '@/lib/screen-idle';
import './update-prompt.css';

/** Offered after this long without a key press, tap or typing, so it never appears under a finger. */
const QUIET_MS = 3_000;
const CHECK_MS = 1_000;
/** "Later" puts it off for this long. */
const SNOOZE_MS = 30 * 60_000;
const ACTIVITY = ['keydown', 'pointerdown', 'input'] as const;

/**
 * "A new version is ready — Reload", a strip above the screen (it covers nothing), shown only
 * while the person is not in the middle of something (lib/screen-idle) and has paused a moment.
 * The page reloads only when they press Reload.
 */
export function UpdatePrompt() {
  const { t } = useI18n();
  const waiting = useUpdateWaiting();
  const [shown, setShown] = useState(false);
  const [snoozedUntil, setSnoozedUntil] = useState(0);

  useEffect(() => {
    if (!waiting) return;
    let lastActivity = Date.now();
    const onActivity = (event: Event) => {
      if (event.target instanceof Element && event.target.closest('.update-prompt')) return;
      lastActivity = Date.now();
    };
    const evaluate = () => {
      const now = Date.now();
      setShown((was) => now >= snoozedUntil && !isMidTask(document) && (was || now - lastActivity >= QUIET_MS));
    };
    for (const type of ACTIVITY) document.addEventListener(type, onActivity, true);
    document.addEventListener('focusin', evaluate);
    const timer = setInterval(evaluate, CHECK_MS);
    return () => {
      for (const type of ACTIVITY) document.removeEventListener(type, onActivity, true);
      document.removeEventListener('focusin', evaluate);
      clearInterval(timer);
    };
  }, [waiting, snoozedUntil]);

  // The live region appears with the waiting version and is filled when the offer is shown, so
  // the offer is announced; until then the page has no extra status region to confuse.
  if (!waiting) return null;
  return (
    <div className="update-prompt" role="status">
      {shown && (
        <div className="update-prompt__bar">
          <p className="update-prompt__text">{t('update.ready')}</p>
          <div className="update-prompt__actions">
            <button className="button button--primary button--small" type="button" onClick={applyUpdate}>
              {t('update.reload')}
            </button>
            <button
              className="button button--quiet button--small"
              type="button"
              onClick={() => {
                setSnoozedUntil(Date.now() + SNOOZE_MS);
                setShown(false);
              }}
            >
              {t('update.later')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
