import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-json';

/**
 * The catalogs are written by hand, one key per message (`src/locales/{locale}.json`, ICU
 * MessageFormat), and compiled at import by the Vite plugin: no extraction step and no macros
 * (they need Babel, which this Vite no longer runs). English is the source; the keys are
 * type-checked against it (lib/i18n.tsx) and `catalogs.test.ts` fails when another catalog
 * lacks one.
 */
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'es'],
  fallbackLocales: false,
  catalogs: [{ path: '<rootDir>/src/locales/{locale}', include: ['<rootDir>/src'] }],
  format: formatter({ style: 'minimal' }),
});
