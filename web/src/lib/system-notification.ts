/** The operating system's notifications, for a dashboard tab that is in the background. */
export function systemNotificationsSupported(): boolean {
  return typeof Notification !== 'undefined';
}

export async function requestSystemNotifications(): Promise<boolean> {
  if (!systemNotificationsSupported()) return false;
  if (Notification.permission === 'granted') return true;
  return (await Notification.requestPermission()) === 'granted';
}

/** Shown only while the tab is hidden: a visible dashboard already has its toast and banner. */
export function notifyIfHidden(title: string, body: string, tag: string): void {
  if (!systemNotificationsSupported() || Notification.permission !== 'granted' || !document.hidden) return;
  const notification = new Notification(title, { body, tag });
  notification.onclick = () => {
    window.focus();
    notification.close();
  };
}
