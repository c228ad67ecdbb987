import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';

/**
 * The mantelzorgconsulent's (and the functioneel beheerder's) pages under
 * `/werkplek/mantelzorg`, loaded from the werkplek's entry (which brought their texts).
 */
const Start = lazy(() =>
  import('./ConsulentStartPagina.tsx').then((m) => ({ default: m.ConsulentStartPagina })),
);
const Rondes = lazy(() =>
  import('./ConsulentRondesPagina.tsx').then((m) => ({ default: m.ConsulentRondesPagina })),
);
const Ronde = lazy(() =>
  import('./ConsulentRondeFormulier.tsx').then((m) => ({ default: m.ConsulentRondePagina })),
);
const Wachtrij = lazy(() =>
  import('./ConsulentWachtrijPagina.tsx').then((m) => ({ default: m.ConsulentWachtrijPagina })),
);
const Cijfers = lazy(() =>
  import('./ConsulentCijfersPagina.tsx').then((m) => ({ default: m.ConsulentCijfersPagina })),
);

/** `/werkplek/mantelzorg/*`: carers, campaigns, one campaign's queue, the figures. */
export function ConsulentPaginas() {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Routes>
        <Route index element={<Start />} />
        <Route path="waarderingsrondes" element={<Rondes />} />
        <Route path="waarderingsrondes/nieuw" element={<Ronde />} />
        <Route path="waarderingsrondes/:id/wijzigen" element={<Ronde />} />
        <Route path="waarderingsrondes/:id/aanvragen" element={<Wachtrij />} />
        <Route path="cijfers" element={<Cijfers />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
