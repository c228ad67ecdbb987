import {
  Link,
  LinkList,
  LinkListLink,
  PageFooter,
  Paragraph,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useGemeente } from '../api/gemeente.ts';
import { telHref } from './LoketContact.tsx';
import { RouterLinkListLink } from './RouterLink.tsx';

/**
 * On every page: how to reach the gemeente's front door by phone, the accessibility
 * statement, and the API documentation (a server page, so a plain link).
 */
export function SiteFooter() {
  const { t } = useTranslation();
  const telefoon = useGemeente().data?.loket.telefoonnummer;
  return (
    <PageFooter>
      <div className="utrecht-page-footer__content kring-footer">
        <Paragraph className="kring-footer__about">{t('layout.footer.about')}</Paragraph>
        {telefoon ? (
          <Paragraph className="kring-footer__loket">
            {t('voordeur.loket.footer')} <Link href={telHref(telefoon)}>{telefoon}</Link>
          </Paragraph>
        ) : null}
        <nav aria-label={t('layout.footer.linksLabel')}>
          <LinkList>
            <RouterLinkListLink to="/toegankelijkheid">
              {t('toegankelijkheid.footerLink')}
            </RouterLinkListLink>
            <LinkListLink href="/api/v1/docs">{t('layout.footer.apiDocs')}</LinkListLink>
          </LinkList>
        </nav>
      </div>
    </PageFooter>
  );
}
