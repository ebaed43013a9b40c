/**
 * The admin scripts speak English, from the web app's own English catalog: a validation code
 * (shared/src/validation.ts) reads there as it does on screen, with LIMITS as its values.
 */
import { LIMITS } from '@clinicflow/shared/model';
import { catalogText } from './catalog-text';

const say = catalogText('en');

/** "name.tooShort" → "Name needs at least 2 characters."; a code the catalog lacks as it is. */
export function englishValidationMessage(code: string): string {
  const key = `validation.${code}`;
  return say.has(key) ? say(key, LIMITS) : code;
}
