/** The operating system's notifications, for a dashboard tab that is in the background. */
export function systemNotificationsSupported(): boolean {
  return typeof Notification !== 'undefined';
}

export function systemNotificationsGranted(): boolean {
  return systemNotificationsSupported() && Notification.permission === 'granted';
}

export async function requestSystemNotifications(): Promise<boolean> {
  if (!systemNotificationsSupported()) return false;
  if (Notification.permission === 'granted') return true;
  return (await Notification.requestPermission()) === 'granted';
}

/**
 * Only when the doctor switched background alerts on, the browser allows them, and the tab is
 * hidden: a visible dashboard already has its toast and banner. The permission outlives the
 * switch, so the switch must be asked every time.
 */
export function shouldNotifySystem(state: { switchedOn: boolean; permission: string; hidden: boolean }): boolean {
  return state.switchedOn && state.permission === 'granted' && state.hidden;
}

export function notifyIfHidden(switchedOn: boolean, title: string, body: string, tag: string): void {
  if (!systemNotificationsSupported()) return;
  if (!shouldNotifySystem({ switchedOn, permission: Notification.permission, hidden: document.hidden })) return;
  const notification = new Notification(title, { body, tag });
  notification.onclick = () => {
    window.focus();
    notification.close();
  };
}
