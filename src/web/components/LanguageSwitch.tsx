import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES } from '../i18n/index.ts';

/**
 * Nederlands / English. Each name is written in its own language and marked with `lang`
 * (WCAG 3.1.2), so a Dutch screen reader says "English" the English way. The current
 * language is a pressed toggle button; the choice is kept in localStorage.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="kring-language-switch">
      <legend className="kring-visually-hidden">{t('layout.language.label')}</legend>
      {LANGUAGES.map((language) => (
        <Button
          key={language}
          lang={language}
          appearance="subtle-button"
          pressed={i18n.resolvedLanguage === language}
          onClick={() => void changeLanguage(language)}
        >
          {t(`layout.language.${language}`)}
        </Button>
      ))}
    </fieldset>
  );
}
