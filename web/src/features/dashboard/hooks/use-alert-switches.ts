import { useEffect, useSyncExternalStore } from 'react';
import toast from 'react-hot-toast';
import { audioState, beep, unlockAudio, watchAudio, type AudioState } from '@/lib/beep';
import {
  notifyIfHidden,
  requestSystemNotifications,
  systemNotificationsGranted,
  systemNotificationsSupported,
} from '@/lib/system-notification';
import { useStoredFlag } from '@/lib/use-stored-flag';

const noSubscription = () => () => {};
const soundOff = (): AudioState | 'off' => 'off';

/**
 * The dashboard's Sound and Background alerts switches, remembered on this device. Sound that
 * was left on is ready from the first arrival after a reload: the audio is prepared at once,
 * and if the browser wants a gesture first, the first tap or key press anywhere starts it
 * (`needsTap` says so on screen until then).
 */
export function useAlertSwitches() {
  const [sound, setSound] = useStoredFlag('clinicflow.sound');
  const [background, setBackground] = useStoredFlag('clinicflow.desktopAlerts');
  const audio = useSyncExternalStore(sound ? watchAudio : noSubscription, sound ? audioState : soundOff, soundOff);

  useEffect(() => {
    if (audio !== 'suspended') return;
    const unlock = () => void unlockAudio();
    document.addEventListener('pointerdown', unlock, true);
    document.addEventListener('keydown', unlock, true);
    return () => {
      document.removeEventListener('pointerdown', unlock, true);
      document.removeEventListener('keydown', unlock, true);
    };
  }, [audio]);

  async function toggleSound() {
    if (!sound) {
      await unlockAudio();
      beep(1);
    }
    setSound(!sound);
  }

  async function toggleBackground() {
    if (background) {
      setBackground(false);
      return;
    }
    const granted = await requestSystemNotifications();
    if (!granted) toast.error('The browser blocked notifications for this site. Allow them in its site settings.');
    setBackground(granted);
  }

  // A permission withdrawn in the browser's settings turns the switch off with it.
  const backgroundOn = background && systemNotificationsGranted();
  return {
    sound,
    soundNeedsTap: audio === 'suspended',
    toggleSound,
    backgroundSupported: systemNotificationsSupported(),
    background: backgroundOn,
    toggleBackground,
    /** `count` beeps, when Sound is on. */
    beep(count: number) {
      if (sound) beep(count);
    },
    /** A system notification, when Background alerts is on and the tab is hidden. */
    notify(title: string, body: string, tag: string) {
      notifyIfHidden(backgroundOn, title, body, tag);
    },
  };
}
