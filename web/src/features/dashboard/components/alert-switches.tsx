import { BellIcon, BellOffIcon, ScreenIcon } from '@/components/ui/icons';
import type { useAlertSwitches } from '../hooks/use-alert-switches';

/** Sound and Background alerts, each a pressed/unpressed button, and what the browser still needs. */
export function AlertSwitches({ switches }: { switches: ReturnType<typeof useAlertSwitches> }) {
  return (
    <>
      <button
        className="button"
        type="button"
        aria-pressed={switches.sound}
        aria-describedby={switches.soundNeedsTap ? 'sound-needs-tap' : undefined}
        onClick={() => void switches.toggleSound()}
      >
        {switches.sound ? <BellIcon /> : <BellOffIcon />} Sound
      </button>
      {switches.backgroundSupported && (
        <button
          className="button"
          type="button"
          aria-pressed={switches.background}
          onClick={() => void switches.toggleBackground()}
        >
          <ScreenIcon /> Background alerts
        </button>
      )}
      {switches.soundNeedsTap && (
        <p className="hint hint--warn" id="sound-needs-tap" role="status">
          Sound is on: tap anywhere on the page once so the browser lets it play.
        </p>
      )}
    </>
  );
}
