import { describe, expect, it } from 'vitest';
import { activateLanguage, translate } from '@/lib/i18n';
import { describeStaffChange } from './staff-change-text';

const names: Record<string, string> = { ana: 'Ana Admin', jo: 'Jo Martin' };
const nameOf = (uid: string) => names[uid];
const active = (role: 'admin' | 'receptionist' | 'checkerDoctor') => ({ role, active: true });

describe('describeStaffChange', () => {
  it('names the admin and the member, and says what changed', () => {
    const by = { by: 'ana', member: 'jo' };
    expect(
      describeStaffChange(
        { ...by, action: 'added', before: null, after: active('receptionist') },
        nameOf,
        'x',
        translate,
      ),
    ).toBe('Ana Admin added Jo Martin as receptionist.');
    expect(
      describeStaffChange(
        { ...by, action: 'roleChanged', before: active('receptionist'), after: active('checkerDoctor') },
        nameOf,
        'x',
        translate,
      ),
    ).toBe('Ana Admin changed Jo Martin’s role from receptionist to checker doctor.');
    expect(
      describeStaffChange(
        { ...by, action: 'deactivated', before: active('admin'), after: { role: 'admin', active: false } },
        nameOf,
        'x',
        translate,
      ),
    ).toBe('Ana Admin deactivated Jo Martin.');
    expect(
      describeStaffChange(
        { ...by, action: 'readded', before: { role: 'admin', active: false }, after: active('checkerDoctor') },
        nameOf,
        'x',
        translate,
      ),
    ).toBe('Ana Admin added Jo Martin back as checker doctor.');
  });

  it('says "you" for the admin reading it, and never shows a raw uid for someone unknown', () => {
    const entry = { action: 'roleChanged', before: active('admin'), after: active('receptionist') } as const;
    expect(describeStaffChange({ ...entry, by: 'ana', member: 'jo' }, nameOf, 'ana', translate)).toBe(
      'You changed Jo Martin’s role from clinic admin to receptionist.',
    );
    expect(describeStaffChange({ ...entry, by: 'jo', member: 'ana' }, nameOf, 'ana', translate)).toBe(
      'Jo Martin changed your role from clinic admin to receptionist.',
    );
    expect(
      describeStaffChange({ ...entry, by: 'gone-uid-123', member: 'other-uid-456' }, nameOf, 'ana', translate),
    ).toBe('An admin changed someone’s role from clinic admin to receptionist.');
  });

  it('says the same in Spanish, with the verb agreeing with who did it', async () => {
    await activateLanguage('es');
    try {
      const entry = { action: 'added', before: null, after: active('receptionist') } as const;
      expect(describeStaffChange({ ...entry, by: 'ana', member: 'jo' }, nameOf, 'ana', translate)).toBe(
        'Has añadido a Jo Martin como recepcionista.',
      );
      expect(describeStaffChange({ ...entry, by: 'ana', member: 'jo' }, nameOf, 'jo', translate)).toBe(
        'Ana Admin te ha añadido como recepcionista.',
      );
      expect(
        describeStaffChange(
          { action: 'roleChanged', by: 'gone', member: 'jo', before: active('admin'), after: active('receptionist') },
          nameOf,
          'x',
          translate,
        ),
      ).toBe('Un administrador ha cambiado el rol de Jo Martin de administrador de la clínica a recepcionista.');
    } finally {
      await activateLanguage('en');
    }
  });
});
