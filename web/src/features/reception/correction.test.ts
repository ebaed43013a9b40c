import { describe, expect, it } from 'vitest';
import { checkCorrection, type CorrectionDraft } from './correction';

const ORIGINAL: CorrectionDraft = {
  fullName: 'Lucia Fernandes',
  phone: '+34 622 480 915',
  dateOfBirth: '1979-06-21',
  reason: 'Fever',
  priority: 'normal',
};

describe('checkCorrection', () => {
  it('sends only what changed', () => {
    expect(checkCorrection({ ...ORIGINAL, fullName: 'Lucía Fernández' }, ORIGINAL)).toEqual({
      ok: true,
      patient: { fullName: 'Lucía Fernández', phone: '+34 622 480 915', dateOfBirth: '1979-06-21' },
    });
    expect(checkCorrection({ ...ORIGINAL, priority: 'emergency' }, ORIGINAL)).toEqual({
      ok: true,
      visit: { reason: 'Fever', priority: 'emergency' },
    });
    expect(checkCorrection({ ...ORIGINAL, fullName: '  Lucia Fernandes ' }, ORIGINAL)).toEqual({ ok: true });
  });

  it('puts the shared schemas’ codes next to each field and sends nothing', () => {
    const check = checkCorrection({ ...ORIGINAL, phone: 'call me', reason: ' ' }, ORIGINAL);
    expect(check.ok).toBe(false);
    expect(Object.keys(check.ok ? {} : check.errors).sort()).toEqual(['phone', 'reason']);
  });
});
