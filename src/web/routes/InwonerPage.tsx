import {
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useGemeente } from '../api/gemeente.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { LoadingStatus } from '../components/LoadingStatus.tsx';
import { LoketContact } from '../components/LoketContact.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { RouterLink } from '../components/RouterLink.tsx';
import { useDocumentTitle } from '../components/useDocumentTitle.ts';
import { useKaartVertaling } from './sociale-kaart/vertaling.ts';

/**
 * Start page for residents, built around their own questions in plain Dutch (B1).
 * The most important part is how to reach the gemeente without a website: many people
 * who need help do not use one, so the phone number comes early and is one tap to call.
 */
export function InwonerPage() {
  const { t } = useTranslation();
  const kaart = useKaartVertaling().t;
  const gemeente = useGemeente();
  useDocumentTitle(t('inwoner.title'));
  const naam = gemeente.data?.naam ?? t('inwoner.yourGemeente');

  return (
    <>
      <PageHeading>{t('inwoner.heading')}</PageHeading>
      <Paragraph lead>{t('inwoner.intro', { gemeente: naam })}</Paragraph>

      {/* The sociale kaart first: most residents come to find something near them. */}
      <section aria-labelledby="sociale-kaart" className="kring-uitgelicht">
        <Heading2 id="sociale-kaart">{kaart('socialeKaart.startpagina.heading')}</Heading2>
        <Paragraph>{kaart('socialeKaart.startpagina.text')}</Paragraph>
        <Paragraph>
          <RouterLink to="/sociale-kaart" className="kring-uitgelicht__link">
            {kaart('socialeKaart.startpagina.link')}
          </RouterLink>
        </Paragraph>
      </section>

      <section aria-labelledby="contact">
        <Heading2 id="contact">{t('inwoner.contact.heading')}</Heading2>
        <Paragraph>{t('inwoner.contact.text')}</Paragraph>
        <LoadingStatus loading={gemeente.isPending} />
        {gemeente.isError ? <ErrorAlert onRetry={() => void gemeente.refetch()} /> : null}
        {gemeente.data ? <LoketContact loket={gemeente.data.loket} /> : null}
      </section>

      <section aria-labelledby="wat">
        <Heading2 id="wat">{t('inwoner.what.heading')}</Heading2>
        <Paragraph>{t('inwoner.what.text')}</Paragraph>
        <UnorderedList>
          <UnorderedListItem>{t('inwoner.what.small')}</UnorderedListItem>
          <UnorderedListItem>{t('inwoner.what.big')}</UnorderedListItem>
          <UnorderedListItem>{t('inwoner.what.once')}</UnorderedListItem>
          <UnorderedListItem>{t('inwoner.what.give')}</UnorderedListItem>
        </UnorderedList>
      </section>

      <section aria-labelledby="helpen">
        <Heading2 id="helpen">{t('inwoner.help.heading')}</Heading2>
        <Paragraph>{t('inwoner.help.text')}</Paragraph>
      </section>

      <section aria-labelledby="mantelzorg">
        <Heading2 id="mantelzorg">{t('inwoner.carer.heading')}</Heading2>
        <Paragraph>{t('inwoner.carer.text')}</Paragraph>
      </section>

      <section aria-labelledby="mijn-gegevens">
        <Heading2 id="mijn-gegevens">{t('mijnGegevens.startpagina.heading')}</Heading2>
        <Paragraph>{t('mijnGegevens.startpagina.text')}</Paragraph>
        <Paragraph>
          <RouterLink to="/mijn-gegevens">{t('mijnGegevens.startpagina.link')}</RouterLink>
        </Paragraph>
      </section>
    </>
  );
}
