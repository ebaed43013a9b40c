/**
 * The admin scripts speak English, from the web app's own English catalog: a validation code
 * (shared/src/validation.ts) reads there as it does on screen, with LIMITS as its values.
 */
import { readFileSync } from 'node:fs';
import { setupI18n } from '@lingui/core';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { LIMITS } from '@clinicflow/shared/model';

const catalog = JSON.parse(readFileSync(new URL('../../web/src/locales/en.json', import.meta.url), 'utf8')) as Record<
  string,
  string
>;
const i18n = setupI18n({ locale: 'en', messages: { en: catalog } });
i18n.setMessagesCompiler(compileMessage);

/** "name.tooShort" → "Name needs at least 2 characters."; a code the catalog lacks as it is. */
export function englishValidationMessage(code: string): string {
  const key = `validation.${code}`;
  return key in catalog ? i18n._(key, LIMITS) : code;
}
