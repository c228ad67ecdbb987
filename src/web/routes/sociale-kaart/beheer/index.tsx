import { lazy, type ReactNode, Suspense } from 'react';
import { PageSkeleton } from '../../../components/PageSkeleton.tsx';

/**
 * The editing pages are for a few staff members: they load as a separate chunk, so residents
 * on a slow connection do not download them with the search.
 */
const MijnAanbod = lazy(() =>
  import('./MijnAanbodPagina.tsx').then((m) => ({ default: m.MijnAanbodPagina })),
);
const Bewerk = lazy(() => import('./BewerkPagina.tsx').then((m) => ({ default: m.BewerkPagina })));
const NieuwAanbod = lazy(() =>
  import('./NieuwAanbodPagina.tsx').then((m) => ({ default: m.NieuwAanbodPagina })),
);
const Historie = lazy(() =>
  import('./HistoriePagina.tsx').then((m) => ({ default: m.HistoriePagina })),
);
const Moderatie = lazy(() =>
  import('./ModeratiePagina.tsx').then((m) => ({ default: m.ModeratiePagina })),
);
const Import = lazy(() => import('./ImportPagina.tsx').then((m) => ({ default: m.ImportPagina })));
const Voorstel = lazy(() =>
  import('./VoorstelPagina.tsx').then((m) => ({ default: m.VoorstelPagina })),
);

function Laden({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageSkeleton />}>{children}</Suspense>;
}

export const MijnAanbodPagina = () => (
  <Laden>
    <MijnAanbod />
  </Laden>
);
export const BewerkPagina = () => (
  <Laden>
    <Bewerk />
  </Laden>
);
export const NieuwAanbodPagina = () => (
  <Laden>
    <NieuwAanbod />
  </Laden>
);
export const HistoriePagina = () => (
  <Laden>
    <Historie />
  </Laden>
);
export const ModeratiePagina = () => (
  <Laden>
    <Moderatie />
  </Laden>
);
export const VoorstelPagina = () => (
  <Laden>
    <Voorstel />
  </Laden>
);
export const ImportPagina = () => (
  <Laden>
    <Import />
  </Laden>
);
