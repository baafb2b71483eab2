import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogues, defaultLanguage, isLanguage, type Language } from '../../src-shared/i18n';

const storageKey = 'crm.language';

/** The language to start with before the profile is read: the last one used on this machine. */
export function startLanguage(): Language {
  const stored = window.localStorage.getItem(storageKey);
  return isLanguage(stored) ? stored : defaultLanguage;
}

export async function setupI18n(): Promise<void> {
  const lng = startLanguage();
  await i18next.use(initReactI18next).init({
    resources: { fr: { translation: catalogues.fr }, en: { translation: catalogues.en } },
    lng,
    fallbackLng: defaultLanguage,
    supportedLngs: ['fr', 'en'],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lng;
}

/** Switches the interface language at once and remembers it for the next start. */
export async function applyLanguage(language: Language): Promise<void> {
  window.localStorage.setItem(storageKey, language);
  document.documentElement.lang = language;
  if (i18next.language !== language) await i18next.changeLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : defaultLanguage;
}
