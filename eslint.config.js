// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('web/src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * The web app's layers, one way only (bulletproof-react): app composes features; a feature uses
 * its own files and other features' api/ (one module per collection: queries, writes, listener
 * hooks), never their components or hooks; components/, config/ and lib/ are shared and never
 * reach up. Paths are resolved (the @/ alias and relative ones alike) before they are checked.
 */
const webLayers = [
  {
    target: ['web/src/components', 'web/src/config', 'web/src/lib'],
    from: ['web/src/features', 'web/src/app'],
    message: 'Shared code (components, config, lib) never imports features or app: move it down, or pass it in.',
  },
  {
    target: 'web/src/features',
    from: 'web/src/app',
    message: 'Features never import app/: app composes them.',
  },
  ...features.map((feature) => ({
    target: `web/src/features/${feature}`,
    from: 'web/src/features',
    except: [`./${feature}`, ...features.filter((other) => other !== feature).map((other) => `./${other}/api`)],
    message: `Another feature's api/ only: what two features share belongs in components/, config/ or lib/.`,
  })),
];

export default tseslint.config(
  {
    // Build output only: every src/lib and scripts/lib folder is source and is linted.
    ignores: ['**/node_modules/', 'functions/lib/', '**/dist/', '.test-output/', '.emulator-data/', 'bench/results/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, import: importPlugin },
    settings: { 'import/resolver': { typescript: { project: `${import.meta.dirname}/web/tsconfig.json` } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: webLayers }],
      // Components reach Firestore only through their feature's api/ module.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['firebase/firestore', 'firebase/functions'],
              message: 'Use the feature api/ module or web/src/lib; components never import Firestore directly.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['web/src/lib/**', 'web/src/features/*/api/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // rules-unit-testing hands out the compat Firestore class; the modular API accepts it.
    files: ['tests/rules/**'],
    rules: { '@typescript-eslint/no-unsafe-class-instance-assignment': 'off' },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
