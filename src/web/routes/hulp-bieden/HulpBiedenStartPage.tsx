import {
  Heading2,
  OrderedList,
  OrderedListItem,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useMijnHulpaanbod } from '../../api/hulpaanbod.ts';
import { isIngelogd, useSessie } from '../../api/sessie.ts';
import { KnopLink } from '../../components/formulier/KnopLink.tsx';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { eersteOnafgemaakteStap, LEEG_CONCEPT, STAPPEN, vandaagIso } from './concept.ts';
import { useHbT } from './onderdelen.tsx';
import { InloggenLinks } from './toegang.tsx';
import { useConcept } from './useConcept.ts';

/** What to do next: start, go on with the draft of this tab, or see the offer already sent. */
function Verder() {
  const { t } = useHbT();
  const sessie = useSessie();
  const ingelogd = isIngelogd(sessie.data);
  const aanbod = useMijnHulpaanbod(ingelogd);
  const [concept] = useConcept();
  // Something filled in already (in this tab): go on where it stopped, not from the start.
  const [begonnen] = useState(() => JSON.stringify(concept) !== JSON.stringify(LEEG_CONCEPT));
  if (sessie.isPending || (ingelogd && aanbod.isPending)) return <LoadingStatus loading />;
  if (!ingelogd) {
    return (
      <section aria-labelledby="hb-account">
        <Heading2 id="hb-account">{t('hulpBieden.start.accountHeading')}</Heading2>
        <Paragraph>{t('hulpBieden.start.accountUitleg')}</Paragraph>
        <InloggenLinks terug="/hulp-bieden" />
      </section>
    );
  }
  const bestaand = aanbod.data?.aanbod.find((a) => a.status !== 'gestopt');
  return (
    <section aria-labelledby="hb-beginnen">
      <Heading2 id="hb-beginnen">{t('hulpBieden.start.beginnenHeading')}</Heading2>
      <Paragraph>
        {t('hulpBieden.start.ingelogd', { naam: sessie.data?.account.naam ?? '' })}
      </Paragraph>
      {bestaand ? (
        <Paragraph>
          {t('hulpBieden.start.alAangemeld', {
            status: t(`loket.aanbodStatus.${bestaand.status}`),
          })}{' '}
          <RouterLink to={`/mijn-kring/aanbod/${bestaand.id}`}>
            {t('hulpBieden.start.bekijkAanbod')}
          </RouterLink>
        </Paragraph>
      ) : null}
      <Paragraph>{t('hulpBieden.start.opslag')}</Paragraph>
      <KnopLink
        to={`/hulp-bieden/${begonnen ? (eersteOnafgemaakteStap(concept, vandaagIso()) ?? 'controleren') : STAPPEN[0]}`}
      >
        {begonnen ? t('hulpBieden.start.verder') : t('hulpBieden.start.beginnen')}
      </KnopLink>
    </section>
  );
}

/** "Ik wil helpen": what it means to volunteer here, and the way in. */
export function HulpBiedenStartPage() {
  const { t } = useHbT();
  useDocumentTitle(t('hulpBieden.start.titel'));
  return (
    <>
      <PageHeading>{t('hulpBieden.start.heading')}</PageHeading>
      <Paragraph lead>{t('hulpBieden.start.intro')}</Paragraph>
      <section aria-labelledby="hb-hoe">
        <Heading2 id="hb-hoe">{t('hulpBieden.start.hoeHeading')}</Heading2>
        <OrderedList>
          <OrderedListItem>{t('hulpBieden.start.hoe1')}</OrderedListItem>
          <OrderedListItem>{t('hulpBieden.start.hoe2')}</OrderedListItem>
          <OrderedListItem>{t('hulpBieden.start.hoe3')}</OrderedListItem>
        </OrderedList>
      </section>
      <section aria-labelledby="hb-vast">
        <Heading2 id="hb-vast">{t('hulpBieden.start.vastHeading')}</Heading2>
        <Paragraph>{t('hulpBieden.start.vast')}</Paragraph>
      </section>
      <Verder />
    </>
  );
}
