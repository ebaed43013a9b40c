/**
 * The app's words and formats. Catalogs (`src/locales/{language}.json`, ICU MessageFormat,
 * compiled by Lingui's Vite plugin) load only when their language is used. `useI18n()` gives a
 * component `t(key, values)` with keys type-checked against the English catalog, and the Intl
 * formats of lib/format.ts in the clinic's time zone.
 */
import { setupI18n, type Messages } from '@lingui/core';
// The provider-free Trans: the language lives in LanguageContext here, so components outside the
// app's provider (component tests) render too.
import { TransNoContext } from '@lingui/react/server';
import { createContext, use, useEffect, useMemo, useState, type ReactElement, type ReactNode } from 'react';
import { LIMITS, type Language } from '@clinicflow/shared/model';
import { VALIDATION_CODES, type ValidationCode } from '@clinicflow/shared/validation-codes';
import type english from '@/locales/en.json';
import { createFormatter, type Formatter } from './format';
import { browserLanguage, deviceLanguage, resolveLanguage, setDeviceLanguage } from './language';
import { lastMember } from './trusted-device';

export type MessageKey = keyof typeof english;
export type MessageValues = Record<string, string | number | ReactNode>;
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const CATALOGS: Record<Language, () => Promise<{ messages: Messages }>> = {
  en: () => import('@/locales/en.json?lingui'),
  es: () => import('@/locales/es.json?lingui'),
};

const i18n = setupI18n();

/** Loads and switches to `language`; resolved once its words are in. */
export async function activateLanguage(language: Language): Promise<void> {
  if (!(language in i18n.messages) || Object.keys(i18n.messages[language] ?? {}).length === 0) {
    i18n.load(language, (await CATALOGS[language]()).messages);
  }
  i18n.activate(language);
}

/**
 * For words made at event time outside a component (a listener's error toast): the language on
 * screen now. Components use `useI18n()`, which also re-renders them when the language changes.
 */
export const translate: Translate = (key, values) => i18n._(key, values);

/** A message for people, raised where no component is at hand (sign-in, the SDK's errors). */
export class MessageError extends Error {
  constructor(
    readonly key: MessageKey,
    options?: ErrorOptions,
  ) {
    super(key, options);
  }
}

/** The key of an error that carries one, else `fallback`. */
export function messageOf(err: unknown, fallback: MessageKey): MessageKey {
  return err instanceof MessageError ? err.key : fallback;
}

interface Clinic {
  language?: Language | undefined;
  timezone: string;
  /** A shared screen (the waiting-room display) speaks the clinic's language, whatever the device chose. */
  shared?: boolean;
}

interface LanguageState {
  language: Language;
  /** The language on screen is the one wanted (not the previous one, kept while a catalog loads). */
  settled: boolean;
  timeZone: string | undefined;
  setLanguage: (language: Language) => void;
  setClinic: (clinic: Clinic | null) => void;
}

// Outside a provider (component tests): English, in the browser's zone.
const LanguageContext = createContext<LanguageState>({
  language: 'en',
  settled: true,
  timeZone: undefined,
  setLanguage: () => undefined,
  setClinic: () => undefined,
});

/**
 * Holds the device's choice, the signed-in clinic's language and time zone, and renders its
 * children once the resolved language's catalog is in (the previous language stays on screen
 * while a new one loads).
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [device, setDevice] = useState(deviceLanguage);
  // A trusted device starts in the settings it remembers of its member's clinic, so the staff
  // screen can open at once, in the clinic's zone and language (staff-services.tsx).
  const [clinic, setClinic] = useState<Clinic | null>(() => lastMember()?.clinic ?? null);
  const [active, setActive] = useState<Language | null>(null);
  const wanted = resolveLanguage({
    device,
    clinic: clinic?.language,
    browser: browserLanguage(navigator.languages),
    shared: clinic?.shared,
  });

  useEffect(() => {
    let current = true;
    void activateLanguage(wanted).then(() => {
      if (current) setActive(wanted);
    });
    return () => {
      current = false;
    };
  }, [wanted]);

  useEffect(() => {
    if (active) document.documentElement.lang = active;
  }, [active]);

  const state = useMemo<LanguageState | null>(
    () =>
      active && {
        language: active,
        settled: active === wanted,
        timeZone: clinic?.timezone,
        setLanguage: (language) => {
          setDeviceLanguage(language);
          setDevice(language);
        },
        setClinic,
      },
    [active, wanted, clinic?.timezone],
  );
  if (!state) return null;
  return <LanguageContext value={state}>{children}</LanguageContext>;
}

/**
 * Signed in: the clinic's language (unless this device chose one) and its time zone for every time
 * shown. True once both are on screen.
 */
export function useClinicLanguage(clinic: Clinic | null): boolean {
  const { setClinic, settled, timeZone } = use(LanguageContext);
  const language = clinic?.language;
  const timezone = clinic?.timezone;
  const shared = clinic?.shared;
  useEffect(() => {
    setClinic(timezone ? { language, timezone, shared } : null);
  }, [setClinic, language, timezone, shared]);
  return timezone !== undefined && timeZone === timezone && settled;
}

export interface I18n extends Formatter {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
  /** "<1 min", "12 min", "1 h 05 min". */
  wait: (ms: number) => string;
  /** A shared schema's validation code (from a form or a callable's details) as a sentence; undefined stays undefined. */
  invalid: (code: string | undefined) => string | undefined;
}

/** Every validation code has its sentence: checked here by the compiler, and per language by catalogs.test.ts. */
export const VALIDATION_MESSAGES = Object.fromEntries(
  VALIDATION_CODES.map((code) => [code, `validation.${code}` as const satisfies MessageKey]),
) as Record<ValidationCode, MessageKey>;

function validationKey(code: string): MessageKey {
  return (VALIDATION_CODES as readonly string[]).includes(code)
    ? VALIDATION_MESSAGES[code as ValidationCode]
    : 'validation.invalid';
}

export function useI18n(): I18n {
  const { language, timeZone, setLanguage } = use(LanguageContext);
  return useMemo(() => {
    const format = createFormatter(language, timeZone);
    const t = translate;
    return {
      ...format,
      language,
      setLanguage,
      t,
      invalid: (code) => code && t(validationKey(code), LIMITS),
      wait: (ms) => {
        const minutes = Math.floor(Math.max(0, ms) / 60_000);
        if (minutes < 1) return t('wait.underMinute');
        if (minutes < 60) return t('wait.minutes', { minutes });
        return t('wait.hours', { hours: Math.floor(minutes / 60), minutes: format.twoDigits(minutes % 60) });
      },
    };
  }, [language, timeZone, setLanguage]);
}

/**
 * A message with markup: `<0>…</0>` in the catalog becomes `components[0]` around its text
 * ("If <0>{email}</0> has an account…").
 */
export function Msg({
  id,
  values,
  components,
}: {
  id: MessageKey;
  values?: MessageValues;
  components?: Record<string, ReactElement>;
}) {
  // Subscribes to the language, so the message follows a switch.
  use(LanguageContext);
  return <TransNoContext id={id} values={values} components={components} lingui={{ i18n }} />;
}
