import {
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useGemeente } from '../../api/gemeente.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { LoketContact } from '../../components/LoketContact.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';

/**
 * The accessibility statement (toegankelijkheidsverklaring): which standard, how it is
 * tested, what does not work well yet, and how to report a problem — to the gemeente's
 * front door, by phone or in person as well as by e-mail.
 */
export function ToegankelijkheidPage() {
  const { t } = useTranslation();
  const gemeente = useGemeente();
  useDocumentTitle(t('toegankelijkheid.title'));
  return (
    <>
      <PageHeading>{t('toegankelijkheid.heading')}</PageHeading>
      <Paragraph lead>{t('toegankelijkheid.intro')}</Paragraph>

      <section aria-labelledby="norm">
        <Heading2 id="norm">{t('toegankelijkheid.norm.heading')}</Heading2>
        <Paragraph>{t('toegankelijkheid.norm.text')}</Paragraph>
      </section>

      <section aria-labelledby="getest">
        <Heading2 id="getest">{t('toegankelijkheid.getest.heading')}</Heading2>
        <UnorderedList>
          <UnorderedListItem>{t('toegankelijkheid.getest.axe')}</UnorderedListItem>
          <UnorderedListItem>{t('toegankelijkheid.getest.toetsenbord')}</UnorderedListItem>
          <UnorderedListItem>{t('toegankelijkheid.getest.klein')}</UnorderedListItem>
          <UnorderedListItem>{t('toegankelijkheid.getest.taal')}</UnorderedListItem>
        </UnorderedList>
        <Paragraph>{t('toegankelijkheid.getest.beperkt')}</Paragraph>
      </section>

      <section aria-labelledby="bekend">
        <Heading2 id="bekend">{t('toegankelijkheid.bekend.heading')}</Heading2>
        <UnorderedList>
          <UnorderedListItem>{t('toegankelijkheid.bekend.kaart')}</UnorderedListItem>
          <UnorderedListItem>{t('toegankelijkheid.bekend.aanbod')}</UnorderedListItem>
          <UnorderedListItem>{t('toegankelijkheid.bekend.nieuw')}</UnorderedListItem>
        </UnorderedList>
      </section>

      <section aria-labelledby="melden">
        <Heading2 id="melden">{t('toegankelijkheid.melden.heading')}</Heading2>
        <Paragraph>{t('toegankelijkheid.melden.text')}</Paragraph>
        <Paragraph>{t('toegankelijkheid.melden.contact')}</Paragraph>
        <LoadingStatus loading={gemeente.isPending} />
        {gemeente.isError ? <ErrorAlert onRetry={() => void gemeente.refetch()} /> : null}
        {gemeente.data ? <LoketContact loket={gemeente.data.loket} /> : null}
      </section>

      <section aria-labelledby="datum">
        <Heading2 id="datum">{t('toegankelijkheid.datum.heading')}</Heading2>
        <Paragraph>{t('toegankelijkheid.datum.text')}</Paragraph>
      </section>
    </>
  );
}
