import { LinkList, LinkListLink, PageFooter, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** Links here go to pages the server serves itself, so they are plain links, not router links. */
export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <PageFooter>
      <div className="utrecht-page-footer__content kring-footer">
        <Paragraph className="kring-footer__about">{t('layout.footer.about')}</Paragraph>
        <nav aria-label={t('layout.footer.linksLabel')}>
          <LinkList>
            <LinkListLink href="/api/v1/docs">{t('layout.footer.apiDocs')}</LinkListLink>
          </LinkList>
        </nav>
      </div>
    </PageFooter>
  );
}
