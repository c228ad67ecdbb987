import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from './languages.ts';
import type { LazySection, Section } from './sections.ts';

export { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from './languages.ts';

/** The user's choice survives a reload; nothing else about them is stored in the browser. */
export const LANGUAGE_STORAGE_KEY = 'kring.taal';

type Texts = { default: { [key: string]: unknown } };

/**
 * The texts come in chunks per language and section (sections.ts), loaded only when needed:
 * a resident downloads the start texts of one language, not every text of both (issue 5: at
 * most 150 kB of JavaScript on a first visit). The Dutch start texts are preloaded from
 * index.html (vite.config.ts), so they arrive together with the app, not after it.
 */
const loaders: Record<Language, Record<Section, () => Promise<Texts>>> = {
  nl: {
    start: () => import('virtual:kring-texts/nl/start'),
    beheer: () => import('virtual:kring-texts/nl/beheer'),
    kaartbeheer: () => import('virtual:kring-texts/nl/kaartbeheer'),
    loket: () => import('virtual:kring-texts/nl/loket'),
  },
  en: {
    start: () => import('virtual:kring-texts/en/start'),
    beheer: () => import('virtual:kring-texts/en/beheer'),
    kaartbeheer: () => import('virtual:kring-texts/en/kaartbeheer'),
    loket: () => import('virtual:kring-texts/en/loket'),
  },
};

/** Sections some page has asked for: a language switch loads them in the new language too. */
const wanted = new Set<Section>(['start']);
const loaded = new Map<string, Promise<void>>();

function load(language: Language, section: Section): Promise<void> {
  const key = `${language}/${section}`;
  let done = loaded.get(key);
  if (!done) {
    done = loaders[language][section]().then(({ default: texts }) => {
      i18next.addResourceBundle(language, 'translation', texts, true, false);
    });
    // A failed download (offline) may be tried again on the next navigation.
    done.catch(() => loaded.delete(key));
    loaded.set(key, done);
  }
  return done;
}

async function loadLanguage(language: Language): Promise<void> {
  await Promise.all([...wanted].map((section) => load(language, section)));
}

/** Loads texts a lazy page needs, in the current language, before the page renders. */
export async function loadTexts(sections: readonly LazySection[]): Promise<void> {
  for (const section of sections) wanted.add(section);
  const language = isLanguage(i18next.language) ? i18next.language : DEFAULT_LANGUAGE;
  await Promise.all(sections.map((section) => load(language, section)));
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
  // Texts first, then the switch: the page never shows keys instead of words.
  await loadLanguage(language);
  await i18next.changeLanguage(language);
}

export async function initI18n(): Promise<typeof i18next> {
  // WCAG 3.1.1: <html lang> always matches the language of the texts.
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  const language = storedLanguage();
  // Texts first, so the first paint is already in the user's language. They are given to
  // init (not added after it), so i18next knows the language as resolved from the start.
  const { default: texts } = await loaders[language].start();
  loaded.set(`${language}/start`, Promise.resolve());
  await i18next.use(initReactI18next).init({
    resources: { [language]: { translation: texts } },
    // More sections and the other language are added by load(), before they are shown.
    partialBundledLanguages: true,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false }, // React escapes already
  });
  return i18next;
}
