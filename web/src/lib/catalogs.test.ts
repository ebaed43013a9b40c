import { setupI18n } from '@lingui/core';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@clinicflow/shared/model';
import { VALIDATION_CODES } from '@clinicflow/shared/validation-codes';

/** The catalogs as written (the app loads them compiled by the Vite plugin). */
const files = import.meta.glob<Record<string, string>>('../locales/*.json', { eager: true, import: 'default' });
const catalogs = Object.fromEntries(LANGUAGES.map((language) => [language, files[`../locales/${language}.json`]]));
const english = catalogs.en ?? {};

/** The values a message takes ({name}, {count, plural, …}), from its compiled form, and its markup tags (<0>…</0>). */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (token: unknown): void => {
    if (typeof token === 'string') {
      for (const tag of token.matchAll(/<(\d+)>/g)) names.add(`<${tag[1] ?? ''}>`);
    } else if (Array.isArray(token)) {
      const [name, , choices] = token as [unknown, unknown, unknown];
      if (typeof name === 'string') names.add(name);
      // A choice's cases are messages themselves (arrays of tokens).
      if (choices && typeof choices === 'object') {
        for (const choice of Object.values(choices)) for (const part of [choice].flat()) walk(part);
      }
    }
  };
  const compiled: unknown = compileMessage(message);
  for (const token of Array.isArray(compiled) ? compiled : [compiled]) walk(token);
  return [...names].sort();
}

describe('message catalogs', () => {
  for (const language of LANGUAGES) {
    const catalog = catalogs[language] ?? {};

    it(`${language}: has every message the English catalog has, and no other`, () => {
      expect(Object.keys(catalog).filter((key) => !(key in english))).toEqual([]);
      expect(Object.keys(english).filter((key) => !catalog[key]?.trim())).toEqual([]);
    });

    it(`${language}: every message compiles and takes the same values and markup as in English`, () => {
      const i18n = setupI18n({ locale: language, messages: { [language]: catalog } });
      i18n.setMessagesCompiler(compileMessage);
      for (const [key, message] of Object.entries(catalog)) {
        expect(() => compileMessage(message), key).not.toThrow();
        expect(placeholders(message), key).toEqual(placeholders(english[key] ?? ''));
        // No ASCII apostrophe: ICU reads it as an escape and would swallow the text after it.
        expect(message, key).not.toMatch(/'/);
      }
    });
  }

  it('has a sentence for every validation code the shared schemas give', () => {
    expect(VALIDATION_CODES.filter((code) => !(`validation.${code}` in english))).toEqual([]);
  });
});
