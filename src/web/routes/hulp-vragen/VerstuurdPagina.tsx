import {
  Heading2,
  OrderedList,
  OrderedListItem,
  Paragraph,
} from '@utrecht/component-library-react';
import { Navigate } from 'react-router';
import { useMijnHulpvragen } from '../../api/hulpvragen.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import { useHulpVragen } from './HulpVragenPagina.tsx';
import { leesBewaard } from './opslag.ts';
import { useDag, WatGebeurtEr } from './WatGebeurtEr.tsx';

/** "Uw vraag is verstuurd": what happens next, who does it and by when, per route. */
export function VerstuurdPagina() {
  const { t } = useDeelVertaling<'hulpVragen'>();
  useDocumentTitle(t('hulpVragen.verstuurd.title'));
  const staat = useHulpVragen();
  const dag = useDag();
  // After a reload: the request this tab sent, from the server.
  const mijn = useMijnHulpvragen(staat.ingelogd && !staat.verstuurd);
  const id = leesBewaard().verstuurdId;
  const hulpvraag = staat.verstuurd ?? mijn.data?.hulpvragen.find((h) => h.id === id);

  if (!hulpvraag && staat.ingelogd && mijn.isPending) return <PageSkeleton />;
  if (!hulpvraag?.routering) return <Navigate to="/hulp-vragen" replace />;
  const { routering } = hulpvraag;
  const opties = {
    organisatie: routering.organisatie?.naam ?? t('hulpVragen.route.gemeente'),
    datum: dag(routering.reactieVoor),
  };
  const stappen =
    routering.route === 'wijkteam'
      ? [
          t('hulpVragen.verstuurd.wijkteam1', opties),
          t('hulpVragen.verstuurd.wijkteam2', opties),
          t('hulpVragen.verstuurd.wijkteam3', opties),
        ]
      : [
          t('hulpVragen.verstuurd.vrijwilligers1', opties),
          t('hulpVragen.verstuurd.vrijwilligers2', opties),
          t('hulpVragen.verstuurd.vrijwilligers3', opties),
          t('hulpVragen.verstuurd.vrijwilligers4', opties),
        ];

  return (
    <>
      <div className="kring-hv-bevestiging">
        <PageHeading>{t('hulpVragen.verstuurd.heading')}</PageHeading>
        <Paragraph>{t('hulpVragen.verstuurd.dank')}</Paragraph>
      </div>
      <section aria-labelledby="hv-wat-nu">
        <Heading2 id="hv-wat-nu">{t('hulpVragen.verstuurd.watNu')}</Heading2>
        <WatGebeurtEr routering={routering} verstuurd />
        <OrderedList>
          {stappen.map((s) => (
            <OrderedListItem key={s}>{s}</OrderedListItem>
          ))}
        </OrderedList>
      </section>
      <section aria-labelledby="hv-volgen">
        <Heading2 id="hv-volgen">{t('hulpVragen.verstuurd.volgen')}</Heading2>
        <Paragraph>{t('hulpVragen.verstuurd.volgenTekst')}</Paragraph>
        <Paragraph>
          <RouterLink to="/mijn-kring">{t('hulpVragen.verstuurd.naarMijnKring')}</RouterLink>
        </Paragraph>
        <Paragraph>
          {t('hulpVragen.verstuurd.helpen')}{' '}
          <RouterLink to="/hulp-bieden">{t('hulpVragen.verstuurd.helpenLink')}</RouterLink>
        </Paragraph>
      </section>
    </>
  );
}
