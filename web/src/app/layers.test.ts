/**
 * The import boundaries in eslint.config.js (bulletproof-react's layers) hold: the real config
 * lints a wrong-way import and refuses it, and leaves the allowed directions alone.
 */
import { ESLint } from 'eslint';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
// The project's own config; type-aware rules off, as the fixture files exist only in memory.
const eslint = new ESLint({ cwd: ROOT, overrideConfig: tseslint.configs.disableTypeChecked });

/** The boundary messages for `source` imported from a file at `file` (which need not exist). */
async function boundaryErrors(file: string, source: string): Promise<string[]> {
  const code = `import * as imported from '${source}';\n\nexport const used = imported;\n`;
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  if (!result) throw new Error('ESLint returned no result');
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(`ESLint could not lint ${file}: ${fatal.map((m) => m.message).join('; ')}`);
  return result.messages.filter((m) => m.ruleId === 'import/no-restricted-paths').map((m) => m.message);
}

describe('web layers', () => {
  it.each([
    ['web/src/lib/wrong-way.ts', '@/features/auth/components/sign-in-page', /never imports features or app/],
    ['web/src/components/ui/wrong-way.tsx', '@/app/role-routes', /never imports features or app/],
    ['web/src/config/wrong-way.ts', '../features/visits/api/visits', /never imports features or app/],
    ['web/src/features/dashboard/wrong-way.ts', '@/app/role-routes', /Features never import app/],
    ['web/src/features/dashboard/wrong-way.ts', '@/features/reception/components/today-queue', /api\/ only/],
    ['web/src/features/dashboard/components/wrong-way.tsx', '../../admin/staff-change-text', /api\/ only/],
    ['web/src/features/reception/wrong-way.ts', '@/features/dashboard/hooks/use-refresh', /api\/ only/],
  ])('%s may not import %s', async (file, source, message) => {
    const errors = await boundaryErrors(file, source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each([
    ['web/src/app/right-way.tsx', '@/features/dashboard/dashboard-page'],
    ['web/src/features/dashboard/right-way.ts', '@/features/visits/api/visits'],
    ['web/src/features/dashboard/components/right-way.tsx', '../hooks/use-refresh'],
    ['web/src/features/admin/right-way.ts', '@/components/ui/app-shell'],
    ['web/src/components/ui/right-way.tsx', '@/lib/session'],
  ])('%s may import %s', async (file, source) => {
    expect(await boundaryErrors(file, source)).toEqual([]);
  });
});
