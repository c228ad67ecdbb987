import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  LinkList,
  LinkListLink,
  Paragraph,
} from '@utrecht/component-library-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { type Gemeente, useGemeente } from '../api/gemeente.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { LoadingStatus } from '../components/LoadingStatus.tsx';
import { useInloopTekst } from '../components/LoketContact.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { PageSkeleton } from '../components/PageSkeleton.tsx';
import { ReadyStatus } from '../components/ReadyStatus.tsx';
import { RouterLink } from '../components/RouterLink.tsx';
import { useDocumentTitle } from '../components/useDocumentTitle.ts';
import { useDeelVertaling } from '../i18n/deelVertaling.ts';
import { BeheerMenu } from './beheer/BeheerOnderdelen.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

function Row({ label, value }: { label: string; value: string }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{value}</DataListValue>
    </DataListItem>
  );
}

function GemeenteDetails({ gemeente }: { gemeente: Gemeente }) {
  const { t } = useTranslation();
  return (
    <DataList appearance="rows">
      <Row label={t('beheer.gemeente.name')} value={gemeente.naam} />
      <Row label={t('beheer.gemeente.code')} value={gemeente.code} />
      <Row
        label={t('beheer.gemeente.environment')}
        value={gemeente.demo ? t('beheer.gemeente.demo') : t('beheer.gemeente.production')}
      />
    </DataList>
  );
}

/** What residents see on their start page, with the gaps named so the beheerder can fill them. */
function LoketDetails({ loket }: { loket: Gemeente['loket'] }) {
  const { t } = useTranslation();
  const inloopTekst = useInloopTekst();
  const orMissing = (value: string | undefined) => value || t('beheer.loket.missing');
  return (
    <DataList appearance="rows">
      <Row label={t('beheer.loket.phone')} value={orMissing(loket.telefoonnummer)} />
      <Row label={t('beheer.loket.email')} value={orMissing(loket.eMailadres)} />
      <Row label={t('beheer.loket.address')} value={orMissing(loket.bezoekadres)} />
      <Row
        label={t('beheer.loket.walkIn')}
        value={orMissing(inloopTekst(loket.inloop).join(' '))}
      />
    </DataList>
  );
}

/** Start page for the functioneel beheerder: which gemeente, is everything up, where is the API. */
export function BeheerPage() {
  const { t } = useTranslation();
  const regels = useDeelVertaling<'loketRegels'>().t;
  const recept = useDeelVertaling<'welzijnsreceptBeheer'>().t;
  const gemeente = useGemeente();
  useDocumentTitle(t('beheer.title'));

  return (
    <>
      <PageHeading>{t('beheer.heading')}</PageHeading>
      <Paragraph lead>{t('beheer.intro')}</Paragraph>
      <BeheerMenu />

      <section aria-labelledby="gemeente">
        <Heading2 id="gemeente">{t('beheer.gemeente.heading')}</Heading2>
        <LoadingStatus loading={gemeente.isPending} />
        {gemeente.isError ? <ErrorAlert onRetry={() => void gemeente.refetch()} /> : null}
        {gemeente.data ? <GemeenteDetails gemeente={gemeente.data} /> : null}
      </section>

      {gemeente.data ? (
        <section aria-labelledby="loket">
          <Heading2 id="loket">{t('beheer.loket.heading')}</Heading2>
          <Paragraph>{t('beheer.loket.text')}</Paragraph>
          <LoketDetails loket={gemeente.data.loket} />
          <Paragraph>
            <RouterLink to="/beheer/loket">{t('voordeur.beheer.link')}</RouterLink>
          </Paragraph>
        </section>
      ) : null}

      <section aria-labelledby="loketregels">
        <Heading2 id="loketregels">{regels('loketRegels.beheer.heading')}</Heading2>
        <Paragraph>{regels('loketRegels.beheer.text')}</Paragraph>
        <Paragraph>
          <RouterLink to="/beheer/loketregels">{regels('loketRegels.beheer.link')}</RouterLink>
        </Paragraph>
      </section>

      <section aria-labelledby="welzijnsrecept">
        <Heading2 id="welzijnsrecept">{recept('welzijnsreceptBeheer.beheer.heading')}</Heading2>
        <Paragraph>{recept('welzijnsreceptBeheer.beheer.text')}</Paragraph>
        <Paragraph>
          <RouterLink to="/beheer/welzijnsrecept">
            {recept('welzijnsreceptBeheer.beheer.link')}
          </RouterLink>
        </Paragraph>
      </section>

      <section aria-labelledby="doorbraken">
        <Heading2 id="doorbraken">{t('doorbraken.startpagina.heading')}</Heading2>
        <Paragraph>{t('doorbraken.startpagina.text')}</Paragraph>
        <Paragraph>
          <RouterLink to="/beheer/doorbraken">{t('doorbraken.startpagina.link')}</RouterLink>
        </Paragraph>
      </section>

      <section aria-labelledby="status">
        <Heading2 id="status">{t('beheer.ready.heading')}</Heading2>
        <ReadyStatus />
      </section>

      <section aria-labelledby="api">
        <Heading2 id="api">{t('beheer.api.heading')}</Heading2>
        <Paragraph>{t('beheer.api.text')}</Paragraph>
        {/* Server pages, not app routes: plain links, so the browser loads them itself. */}
        <LinkList>
          <LinkListLink href="/api/v1/docs">{t('beheer.api.docs')}</LinkListLink>
          <LinkListLink href="/api/v1/openapi.json">{t('beheer.api.openapi')}</LinkListLink>
        </LinkList>
      </section>
    </>
  );
}

/** The admin pages, each a chunk of its own; their texts came with the start page's. */
const AccountsPage = lazy(() =>
  import('./beheer/AccountsPage.tsx').then((m) => ({ default: m.AccountsPage })),
);
const OrganisatiesPage = lazy(() =>
  import('./beheer/OrganisatiesPage.tsx').then((m) => ({ default: m.OrganisatiesPage })),
);
const InlogdienstenPage = lazy(() =>
  import('./beheer/InlogdienstenPage.tsx').then((m) => ({ default: m.InlogdienstenPage })),
);
const LoketregelsPage = lazy(() =>
  import('./beheer/LoketregelsPage.tsx').then((m) => ({ default: m.LoketregelsPage })),
);
const WelzijnsreceptBeheerPage = lazy(() =>
  import('./beheer/WelzijnsreceptBeheerPage.tsx').then((m) => ({
    default: m.WelzijnsreceptBeheerPage,
  })),
);

/**
 * `/beheer/*` as far as no other entry of the app's router takes it (`beheer/loket`,
 * `beheer/doorbraken` live elsewhere): the start page and the pages of routes/beheer. One
 * entry there for them all; each entry costs the residents' first download a few bytes.
 */
export function BeheerPaginas() {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Routes>
        <Route index element={<BeheerPage />} />
        <Route path="accounts" element={<AccountsPage />} />
        <Route path="organisaties" element={<OrganisatiesPage />} />
        <Route path="inlogdiensten" element={<InlogdienstenPage />} />
        <Route path="loketregels" element={<LoketregelsPage />} />
        <Route path="welzijnsrecept" element={<WelzijnsreceptBeheerPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
