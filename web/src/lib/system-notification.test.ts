import { describe, expect, it } from 'vitest';
import { shouldNotifySystem } from './system-notification';

describe('shouldNotifySystem', () => {
  it('notifies a hidden tab when the switch is on and the browser allows it', () => {
    expect(shouldNotifySystem({ switchedOn: true, permission: 'granted', hidden: true })).toBe(true);
  });

  it('stays silent when the switch is off, even though the browser still allows it', () => {
    expect(shouldNotifySystem({ switchedOn: false, permission: 'granted', hidden: true })).toBe(false);
  });

  it('stays silent on a visible tab, or without the browser’s permission', () => {
    expect(shouldNotifySystem({ switchedOn: true, permission: 'granted', hidden: false })).toBe(false);
    expect(shouldNotifySystem({ switchedOn: true, permission: 'denied', hidden: true })).toBe(false);
    expect(shouldNotifySystem({ switchedOn: true, permission: 'default', hidden: true })).toBe(false);
  });
});
