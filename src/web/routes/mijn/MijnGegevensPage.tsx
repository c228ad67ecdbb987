import { Heading2, Link, LinkList, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLinkListLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import './MijnOnderdelen.tsx';

/** The resident's privacy portal: who looked, consents, and a copy of everything. */
export function MijnGegevensPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('mijnGegevens.title'));
  return (
    <>
      <PageHeading>{t('mijnGegevens.heading')}</PageHeading>
      <Paragraph lead>{t('mijnGegevens.intro')}</Paragraph>
      <nav aria-label={t('mijnGegevens.menu')}>
        <LinkList>
          <RouterLinkListLink to="/mijn-gegevens/wie-heeft-gekeken">
            {t('mijnGegevens.log.heading')}
          </RouterLinkListLink>
          <RouterLinkListLink to="/mijn-gegevens/toestemmingen">
            {t('mijnGegevens.toestemmingen.heading')}
          </RouterLinkListLink>
        </LinkList>
      </nav>

      <section aria-labelledby="downloaden">
        <Heading2 id="downloaden">{t('mijnGegevens.downloaden.heading')}</Heading2>
        <Paragraph>{t('mijnGegevens.downloaden.text')}</Paragraph>
        {/* Server answers, not app routes: plain links the browser loads itself. */}
        <Paragraph>
          <Link href="/api/v1/mijn/gegevens/overzicht">{t('mijnGegevens.downloaden.pagina')}</Link>
        </Paragraph>
        <Paragraph>
          <Link href="/api/v1/mijn/gegevens" download="mijn-gegevens-kring.json">
            {t('mijnGegevens.downloaden.json')}
          </Link>
        </Paragraph>
      </section>
    </>
  );
}
