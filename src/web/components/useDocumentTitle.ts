import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useGemeente } from '../api/gemeente.ts';

/**
 * Gives each page its own <title> (WCAG 2.4.2): the page first, then Kring and the gemeente,
 * so tabs and screen readers say what the page is about before whose site it is.
 */
export function useDocumentTitle(page: string): void {
  const { t } = useTranslation();
  const naam = useGemeente().data?.naam;
  const title = naam
    ? t('app.documentTitle', { page, gemeente: naam })
    : t('app.documentTitleWithoutGemeente', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
