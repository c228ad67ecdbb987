import './hulp-vragen.css';
import { lazy, type ReactNode, Suspense, useEffect, useRef } from 'react';
import { Navigate, Route, Routes, useLocation, useParams } from 'react-router';
import { useMijnHulpvragen } from '../../api/hulpvragen.ts';
import { isIngelogd, useSessie } from '../../api/sessie.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { laadAccount, laadControleren, laadStart, laadVerstuurd, laadVragen } from './laden.ts';
import { HulpVragenStaatProvider, useHulpVragen } from './staat.tsx';
import { eersteOpenStap, isStap } from './stappen.ts';

// The start page, the questions and the end take the shared state from here, not from staat.tsx: so their
// chunks import this page's chunk, and the budget check (scripts/bundle-size.mjs) counts it
// for a first visit of each of them, as a browser loads it.
export { useFoutTekst, useHulpVragen } from './staat.tsx';

const StartPagina = lazy(() => laadStart().then((m) => ({ default: m.StartPagina })));
const StapPagina = lazy(() => laadVragen().then((m) => ({ default: m.StapPagina })));
const ControlerenPagina = lazy(() =>
  laadControleren().then((m) => ({ default: m.ControlerenPagina })),
);
const AccountStap = lazy(() => laadAccount().then((m) => ({ default: m.AccountStap })));
const VerstuurdPagina = lazy(() => laadVerstuurd().then((m) => ({ default: m.VerstuurdPagina })));

const Laden = ({ children }: { children: ReactNode }) => (
  <Suspense fallback={<PageSkeleton />}>{children}</Suspense>
);

function Stap() {
  const { stap } = useParams();
  const { wijzigen } = useHulpVragen();
  // From the last question (or a change) the check page is next: fetch its code ahead.
  useEffect(() => {
    if (stap === 'contact' || wijzigen) void laadControleren();
  }, [stap, wijzigen]);
  if (!isStap(stap)) return <Navigate to="/hulp-vragen" replace />;
  // A key per step: each page starts with its own copy of the answers and no errors.
  return (
    <Laden>
      <StapPagina key={stap} stap={stap} />
    </Laden>
  );
}

/** "Ga verder met uw vraag" (Mijn Kring): the first question that still needs an answer. */
function Verder() {
  const { invul } = useHulpVragen();
  return <Navigate to={`/hulp-vragen/${eersteOpenStap(invul)}`} replace />;
}

/**
 * "Hulp vragen" (issue 5): a start page, one question per page, check your answers, an
 * account when there is none yet, and the confirmation. The answers live in one place for
 * all these pages (staat.tsx); it is made once, when the login state and what Kring already
 * knows are in, and then stays while the resident moves between the pages.
 */
export function HulpVragenPagina() {
  const sessie = useSessie();
  const ingelogd = isIngelogd(sessie.data);
  const mijn = useMijnHulpvragen(ingelogd);
  // "Ga verder met uw vraag" in Mijn Kring names the concept in the router's state.
  const { state } = useLocation();
  const gekozen = (state as { conceptId?: unknown } | null)?.conceptId;
  const gestart = useRef(false);
  const klaar = !sessie.isPending && (!ingelogd || !mijn.isPending);
  if (!gestart.current && !klaar) return <PageSkeleton />;
  if (!gestart.current && ingelogd && mijn.isError) {
    return <ErrorAlert onRetry={() => void mijn.refetch()} />;
  }
  gestart.current = true;
  return (
    <HulpVragenStaatProvider
      ingelogd={ingelogd}
      mijn={mijn.data}
      conceptId={typeof gekozen === 'string' ? gekozen : undefined}
    >
      <Routes>
        <Route
          index
          element={
            <Laden>
              <StartPagina />
            </Laden>
          }
        />
        <Route path="verder" element={<Verder />} />
        <Route
          path="controleren"
          element={
            <Laden>
              <ControlerenPagina />
            </Laden>
          }
        />
        <Route
          path="account"
          element={
            <Laden>
              <AccountStap />
            </Laden>
          }
        />
        <Route
          path="verstuurd"
          element={
            <Laden>
              <VerstuurdPagina />
            </Laden>
          }
        />
        <Route path=":stap" element={<Stap />} />
      </Routes>
    </HulpVragenStaatProvider>
  );
}
