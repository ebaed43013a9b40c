/**
 * The check that no user-visible text bypasses the catalogs (eslint.config.js: i18next's
 * no-literal-string for JSX text and the attributes people read or hear, no-restricted-syntax
 * for toasts and system notifications): the real config refuses each kind of literal, and lets
 * catalog text, class names and marks through.
 */
import { ESLint } from 'eslint';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const eslint = new ESLint({ cwd: ROOT, overrideConfig: tseslint.configs.disableTypeChecked });
const RULES = ['i18next/no-literal-string', 'no-restricted-syntax'];

async function unlocalized(body: string): Promise<number> {
  const code = `import toast from 'react-hot-toast';\nimport { useI18n } from '@/lib/i18n';\n\nexport function Probe() {\n  const { t } = useI18n();\n  ${body}\n}\n`;
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, 'web/src/features/admin/probe.tsx') });
  if (!result) throw new Error('ESLint returned no result');
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(fatal.map((m) => m.message).join('; '));
  return result.messages.filter((m) => m.ruleId !== null && RULES.includes(m.ruleId)).length;
}

describe('text that bypasses the catalogs', () => {
  it.each([
    ['JSX text', 'return <p>Sign out</p>;'],
    ['a literal in JSX', "return <p>{'Sign out'}</p>;"],
    ['an aria-label', 'return <button aria-label="Close" />;'],
    ['a placeholder', 'return <input placeholder="e.g. Garcia" />;'],
    ['a title', 'return <abbr title="Emergency" />;'],
    ['a toast', "toast.error('Could not save.');\n  return null;"],
    ['a toast from a template', "toast(`Visit ${t('card.new')} opened`);\n  return null;"],
    ['a system notification', "new Notification('New visit');\n  return null;"],
  ])('refuses %s', async (_, body) => {
    expect(await unlocalized(body)).toBe(1);
  });

  it('lets catalog text, class names, marks and values through', async () => {
    expect(
      await unlocalized(
        "toast.error(t('card.new'));\n  return <p className=\"muted\" aria-label={t('card.new')}>{t('card.new')} ● + … {`${1}`}</p>;",
      ),
    ).toBe(0);
  });
});
