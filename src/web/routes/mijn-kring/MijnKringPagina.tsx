import './mijn-kring.css';
import { Heading2, LinkList, Paragraph } from '@utrecht/component-library-react';
import { lazy, Suspense, useState } from 'react';
import { Route, Routes } from 'react-router';
import { isIngelogd, useSessie } from '../../api/sessie.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { RouterLink, RouterLinkListLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import { DeelSkeleton } from '../hulp-vragen/formulier.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { MijnAanbod } from './MijnAanbod.tsx';
import { MijnBerichten } from './MijnBerichten.tsx';
import { MijnVragen } from './MijnVragen.tsx';
import { InloggenNodig } from './onderdelen.tsx';

// The matches (with what follows "both said yes": going on, stopping, the evaluation) are a
// chunk of their own, loaded with the page: Mijn Kring must stay within the 150 kB budget.
const MijnVoorstellen = lazy(() =>
  import('./MijnVoorstellen.tsx').then((m) => ({ default: m.MijnVoorstellen })),
);

// "Zorgt u voor iemand?" (issue 9) is a chunk of its own too: the budget again.
const MijnMantelzorgSectie = lazy(() =>
  import('../mantelzorg/MijnMantelzorgSectie.tsx').then((m) => ({
    default: m.MijnMantelzorgSectie,
  })),
);

// The plan (issue 6) is a chunk of its own, loaded after the page (see laadMijnPlan.ts): most
// residents have none, and Mijn Kring must stay within the 150 kB budget.
const MijnPlan = lazy(() =>
  import('../dossier/laadMijnPlan.ts')
    .then((m) => m.laadMijnPlan())
    .then((m) => ({ default: m.MijnPlan })),
);

/**
 * "Mijn Kring", the resident's own page: requests and their status, proposals for a match,
 * messages, what they offer others, and their data and account. Each part loads on its
 * own, with grey lines meanwhile, so a slow answer does not hold up the rest.
 */
export function MijnKringPagina() {
  const { t } = useDeelVertaling<'mijnKring' | 'mantelzorg'>();
  useDocumentTitle(t('mijnKring.title'));
  const sessie = useSessie();
  const [melding, setMelding] = useState('');

  if (sessie.isPending) return <PageSkeleton />;
  if (!isIngelogd(sessie.data)) {
    return (
      <>
        <PageHeading>{t('mijnKring.heading')}</PageHeading>
        <InloggenNodig terug="/mijn-kring" />
      </>
    );
  }
  return (
    <>
      <PageHeading>{t('mijnKring.heading')}</PageHeading>
      <Paragraph lead>{t('mijnKring.intro', { naam: sessie.data.account.naam })}</Paragraph>
      <nav aria-labelledby="mk-inhoud" className="kring-mk-inhoud">
        <Paragraph id="mk-inhoud">{t('mijnKring.inhoud')}</Paragraph>
        <ul>
          {(
            ['vragen', 'voorstellen', 'berichten', 'aanbod', 'mantelzorg', 'gegevens'] as const
          ).map((deel) => (
            <li key={deel}>
              <a className="utrecht-link" href={`#${deel}`}>
                {deel === 'mantelzorg'
                  ? t('mantelzorg.sectie.heading')
                  : t(`mijnKring.${deel === 'voorstellen' ? 'voorstel' : deel}.heading`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {/* Always in the page, so screen readers announce what just happened. */}
      <div role="status" className="kring-mk-melding">
        {melding ? <Paragraph>{melding}</Paragraph> : null}
      </div>
      <MijnVragen onMelding={setMelding} />
      <Suspense fallback={null}>
        <MijnPlan onMelding={setMelding} />
      </Suspense>
      <Suspense fallback={<DeelSkeleton />}>
        <MijnVoorstellen onMelding={setMelding} />
      </Suspense>
      <MijnBerichten />
      <MijnAanbod />
      <Suspense fallback={null}>
        <MijnMantelzorgSectie />
      </Suspense>
      <section aria-labelledby="mk-gegevens" id="gegevens">
        <Heading2 id="mk-gegevens">{t('mijnKring.gegevens.heading')}</Heading2>
        <Paragraph>{t('mijnKring.gegevens.intro')}</Paragraph>
        <LinkList>
          <RouterLinkListLink to="/mijn-gegevens/toestemmingen">
            {t('mijnKring.gegevens.toestemmingen')}
          </RouterLinkListLink>
          <RouterLinkListLink to="/mijn-gegevens/wie-heeft-gekeken">
            {t('mijnKring.gegevens.gekeken')}
          </RouterLinkListLink>
          <RouterLinkListLink to="/mijn-gegevens">
            {t('mijnKring.gegevens.downloaden')}
          </RouterLinkListLink>
          <RouterLinkListLink to="/account">{t('mijnKring.gegevens.account')}</RouterLinkListLink>
        </LinkList>
        <Paragraph>
          <RouterLink to="/mijn-kring/account-verwijderen">
            {t('mijnKring.gegevens.verwijderen')}
          </RouterLink>
        </Paragraph>
      </section>
    </>
  );
}

const MantelzorgPaginas = lazy(() =>
  import('../mantelzorg/MantelzorgPaginas.tsx').then((m) => ({ default: m.MantelzorgPaginas })),
);
const ZorgkringPaginas = lazy(() =>
  import('../zorgkring/ZorgkringPaginas.tsx').then((m) => ({ default: m.ZorgkringPaginas })),
);
const RespijtzorgPaginas = lazy(() =>
  import('../respijtzorg/RespijtzorgPaginas.tsx').then((m) => ({ default: m.RespijtzorgPaginas })),
);
const DraaglastPaginas = lazy(() =>
  import('../draaglast/DraaglastPaginas.tsx').then((m) => ({ default: m.DraaglastPaginas })),
);

/** A part of Mijn Kring that loads its own chunk when opened. */
function Deel({ children }: { children: React.ReactNode }) {
  return <Suspense fallback={<PageSkeleton />}>{children}</Suspense>;
}

/**
 * `/mijn-kring/*` as far as no other entry of the app's router takes it: the page above, and
 * the pages loaded from here rather than from an entry there of their own (every entry costs
 * the residents' first download a few bytes). More specific routes still win.
 */
export function MijnKringPaginas() {
  return (
    <Routes>
      <Route index element={<MijnKringPagina />} />
      <Route
        path="mantelzorg/*"
        element={
          <Deel>
            <MantelzorgPaginas />
          </Deel>
        }
      />
      <Route
        path="zorgkring/*"
        element={
          <Deel>
            <ZorgkringPaginas />
          </Deel>
        }
      />
      <Route
        path="respijtzorg/*"
        element={
          <Deel>
            <RespijtzorgPaginas />
          </Deel>
        }
      />
      <Route
        path="draaglast/*"
        element={
          <Deel>
            <DraaglastPaginas />
          </Deel>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
