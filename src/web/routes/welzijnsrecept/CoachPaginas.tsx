import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';

/**
 * The welzijnscoach's pages under `/werkplek/welzijnsrecepten`, loaded from the werkplek's
 * entry (WerkplekPage.tsx, which brought their texts); each page is a chunk of its own.
 * Plain `lazy`, not app/lazyPage: importing that here splits it out of the first download.
 */
const Inbox = lazy(() => import('./InboxPagina.tsx').then((m) => ({ default: m.InboxPagina })));
const Recept = lazy(() =>
  import('./CoachReceptPagina.tsx').then((m) => ({ default: m.CoachReceptPagina })),
);

/** `/werkplek/welzijnsrecepten/*`: the inbox and one referral. */
export function CoachPaginas() {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Routes>
        <Route index element={<Inbox />} />
        <Route path=":id" element={<Recept />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
