/**
 * The web app's own catalogs (web/src/locales/{language}.json, ICU MessageFormat) read outside
 * the browser: by the admin scripts, which speak English, and by the browser tests that drive a
 * screen in another language (the Spanish screenshots).
 */
import { readFileSync } from 'node:fs';
import { setupI18n } from '@lingui/core';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Language } from '@clinicflow/shared/model';
import type english from '../../web/src/locales/en.json';

export type CatalogKey = keyof typeof english;
export interface CatalogText {
  (key: CatalogKey, values?: Record<string, string | number>): string;
  has(key: string): key is CatalogKey;
}

/** A language's catalog as plain text: `say('signIn.title')` → "Iniciar sesión". */
export function catalogText(language: Language): CatalogText {
  const catalog = JSON.parse(
    readFileSync(new URL(`../../web/src/locales/${language}.json`, import.meta.url), 'utf8'),
  ) as Record<string, string>;
  const i18n = setupI18n({ locale: language, messages: { [language]: catalog } });
  i18n.setMessagesCompiler(compileMessage);
  const has = (key: string): key is CatalogKey => Object.hasOwn(catalog, key);
  const say = (key: CatalogKey, values?: Record<string, string | number>) => {
    if (!has(key)) throw new Error(`the ${language} catalog has no ${key as string}`);
    return i18n._(key, values);
  };
  return Object.assign(say, { has });
}
