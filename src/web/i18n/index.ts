import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json' with { type: 'json' };
import nl from './nl.json' with { type: 'json' };

/** Dutch first (the language of the gemeente and its residents), English second. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';

/** The user's choice survives a reload; nothing else about them is stored in the browser. */
export const LANGUAGE_STORAGE_KEY = 'kring.taal';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be blocked (private mode, strict settings): fall back to Dutch.
    return DEFAULT_LANGUAGE;
  }
}

/** Remembers the choice and tells assistive technology which language the page is in. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not stored: the switch still works for this visit.
  }
  await i18next.changeLanguage(language);
}

export async function initI18n(): Promise<typeof i18next> {
  // WCAG 3.1.1: <html lang> always matches the language of the texts.
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  await i18next.use(initReactI18next).init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    lng: storedLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false }, // React escapes already
  });
  return i18next;
}
