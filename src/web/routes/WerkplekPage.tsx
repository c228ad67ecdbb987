import {
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { lazy, Suspense } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { PageHeading } from '../components/PageHeading.tsx';
import { PageSkeleton } from '../components/PageSkeleton.tsx';
import { RouterLink } from '../components/RouterLink.tsx';
import { useDocumentTitle } from '../components/useDocumentTitle.ts';
import { useDeelVertaling } from '../i18n/deelVertaling.ts';
import { MantelzorgConsulentWerkplek } from './mantelzorg/ConsulentWerkplek.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RespijtWerkplek } from './respijtzorg/RespijtWerkplek.tsx';
import { useKaartVertaling } from './sociale-kaart/vertaling.ts';
import { WelzijnscoachWerkplek } from './welzijnsrecept/CoachWerkplek.tsx';
import { WelzijnsreceptHuisartsLinks } from './welzijnsrecept/HuisartsWerkplek.tsx';

const TASKS = ['conversation', 'plan', 'matching', 'referral', 'coordination'] as const;

/** Start page for professionals: what their work in Kring is, and that it needs an account. */
export function WerkplekPage() {
  const { t } = useTranslation();
  const kaart = useKaartVertaling().t;
  const loket = useDeelVertaling<'loketWerk'>().t;
  const dossier = useDeelVertaling<'dossier'>().t;
  useDocumentTitle(t('werkplek.title'));

  return (
    <>
      <PageHeading>{t('werkplek.heading')}</PageHeading>
      <Paragraph lead>{t('werkplek.intro')}</Paragraph>
      <Paragraph>{t('werkplek.account')}</Paragraph>

      <section aria-labelledby="taken">
        <Heading2 id="taken">{t('werkplek.tasks.heading')}</Heading2>
        <UnorderedList>
          {TASKS.map((task) => (
            <UnorderedListItem key={task}>{t(`werkplek.tasks.${task}`)}</UnorderedListItem>
          ))}
        </UnorderedList>
      </section>

      <section aria-labelledby="dossiers">
        <Heading2 id="dossiers">{dossier('dossier.werkplek.heading')}</Heading2>
        <Paragraph>{dossier('dossier.werkplek.text')}</Paragraph>
        <Paragraph>
          <RouterLink to="/werkplek/personen">{dossier('dossier.werkplek.link')}</RouterLink>
        </Paragraph>
      </section>

      <section aria-labelledby="loket-werk">
        <Heading2 id="loket-werk">{loket('loketWerk.werkplek.heading')}</Heading2>
        <Paragraph>{loket('loketWerk.werkplek.text')}</Paragraph>
        <Paragraph>
          <RouterLink to="/werkplek/loket">{loket('loketWerk.werkplek.link')}</RouterLink>
        </Paragraph>
      </section>

      <WelzijnsreceptHuisartsLinks />
      <WelzijnscoachWerkplek />
      <MantelzorgConsulentWerkplek />
      <RespijtWerkplek />

      <section aria-labelledby="sociale-kaart">
        <Heading2 id="sociale-kaart">{kaart('socialeKaart.werkplek.heading')}</Heading2>
        <Paragraph>{kaart('socialeKaart.werkplek.text')}</Paragraph>
        <Paragraph>
          <RouterLink to="/werkplek/sociale-kaart">
            {kaart('socialeKaart.werkplek.link')}
          </RouterLink>
        </Paragraph>
      </section>

      <section aria-labelledby="gegevens">
        <Heading2 id="gegevens">{t('werkplek.privacy.heading')}</Heading2>
        <Paragraph>{t('werkplek.privacy.text')}</Paragraph>
      </section>

      <section aria-labelledby="account">
        <Heading2 id="account">{t('werkplek.noAccount.heading')}</Heading2>
        <Paragraph>{t('werkplek.noAccount.text')}</Paragraph>
      </section>

      <section aria-labelledby="inwoner">
        <Heading2 id="inwoner">{t('werkplek.resident.heading')}</Heading2>
        <Paragraph>
          {/* The tag is <home>, not <link>: Trans parses HTML, where <link> is a void element. */}
          <Trans i18nKey="werkplek.resident.text" components={{ home: <RouterLink to="/" /> }} />
        </Paragraph>
      </section>
    </>
  );
}

const HuisartsPaginas = lazy(() =>
  import('./welzijnsrecept/HuisartsPaginas.tsx').then((m) => ({ default: m.HuisartsPaginas })),
);
const CoachPaginas = lazy(() =>
  import('./welzijnsrecept/CoachPaginas.tsx').then((m) => ({ default: m.CoachPaginas })),
);
const ConsulentPaginas = lazy(() =>
  import('./mantelzorg/ConsulentPaginas.tsx').then((m) => ({ default: m.ConsulentPaginas })),
);
const DraaglastConsulentPaginas = lazy(() =>
  import('./draaglast/DraaglastConsulentPaginas.tsx').then((m) => ({
    default: m.DraaglastConsulentPaginas,
  })),
);
const RespijtAanbiederPaginas = lazy(() =>
  import('./respijtzorg/RespijtAanbiederPaginas.tsx').then((m) => ({
    default: m.RespijtAanbiederPaginas,
  })),
);

/**
 * `/werkplek/*` as far as no other entry of the app's router takes it: the start page, and
 * the pages loaded from here rather than from an entry there of their own (each entry costs
 * the residents' first download a few bytes; the budget is tight). More specific routes
 * (`werkplek/loket`, `werkplek/personen/*` …) still win.
 */
export function WerkplekPaginas() {
  return (
    <Routes>
      <Route index element={<WerkplekPage />} />
      <Route
        path="welzijnsrecept/*"
        element={
          <Suspense fallback={<PageSkeleton />}>
            <HuisartsPaginas />
          </Suspense>
        }
      />
      <Route
        path="welzijnsrecepten/*"
        element={
          <Suspense fallback={<PageSkeleton />}>
            <CoachPaginas />
          </Suspense>
        }
      />
      <Route
        path="mantelzorg/*"
        element={
          <Suspense fallback={<PageSkeleton />}>
            <ConsulentPaginas />
          </Suspense>
        }
      />
      <Route
        path="draaglast/*"
        element={
          <Suspense fallback={<PageSkeleton />}>
            <DraaglastConsulentPaginas />
          </Suspense>
        }
      />
      <Route
        path="respijtzorg/*"
        element={
          <Suspense fallback={<PageSkeleton />}>
            <RespijtAanbiederPaginas />
          </Suspense>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
