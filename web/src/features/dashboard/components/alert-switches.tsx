import { BellIcon, BellOffIcon, ScreenIcon } from '@/components/ui/icons';
import { useI18n } from '@/lib/i18n';
import type { useAlertSwitches } from '../hooks/use-alert-switches';

/** Sound and Background alerts, each a pressed/unpressed button, and what the browser still needs. */
export function AlertSwitches({ switches }: { switches: ReturnType<typeof useAlertSwitches> }) {
  const { t } = useI18n();
  return (
    <>
      <button
        className="button"
        type="button"
        aria-pressed={switches.sound}
        aria-describedby={switches.soundNeedsTap ? 'sound-needs-tap' : undefined}
        onClick={() => void switches.toggleSound()}
      >
        {switches.sound ? <BellIcon /> : <BellOffIcon />} {t('alerts.sound')}
      </button>
      {switches.backgroundSupported && (
        <button
          className="button"
          type="button"
          aria-pressed={switches.background}
          onClick={() => void switches.toggleBackground()}
        >
          <ScreenIcon /> {t('alerts.background')}
        </button>
      )}
      {switches.soundNeedsTap && (
        <p className="hint hint--warn" id="sound-needs-tap" role="status">
          {t('alerts.needsTap')}
        </p>
      )}
    </>
  );
}
