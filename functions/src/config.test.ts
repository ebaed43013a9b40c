import { describe, expect, it } from 'vitest';
import { appCheckEnforced } from './config';

describe('appCheckEnforced', () => {
  it('is on in production and off on the Functions emulator, which has no App Check', () => {
    expect(appCheckEnforced({})).toBe(true);
    expect(appCheckEnforced({ FUNCTIONS_EMULATOR: 'false' })).toBe(true);
    expect(appCheckEnforced({ FUNCTIONS_EMULATOR: 'true' })).toBe(false);
  });
});
