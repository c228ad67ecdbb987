import { type ComponentType, lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';

/**
 * The werkplek's dossier pages under `/werkplek/personen` (issue 6). The app's router holds
 * one lazy page for all of them (app/router.tsx): every route there costs the residents' first
 * download a few bytes, ten of them 0.7 kB gzip. Here each page is a chunk of its own again.
 */
const pagina = (laad: () => Promise<ComponentType>): ComponentType => {
  const Pagina = lazy(async () => ({ default: await laad() }));
  return function LazyPagina() {
    return (
      <Suspense fallback={<PageSkeleton />}>
        <Pagina />
      </Suspense>
    );
  };
};

const Caseload = pagina(() => import('./CaseloadPagina.tsx').then((m) => m.CaseloadPagina));
const Overzicht = pagina(() =>
  import('./DossierOverzichtPagina.tsx').then((m) => m.DossierOverzichtPagina),
);
const Gesprek = pagina(() => import('./GesprekPagina.tsx').then((m) => m.GesprekPagina));
const Netwerk = pagina(() => import('./NetwerkPagina.tsx').then((m) => m.NetwerkPagina));
const Plan = pagina(() => import('./PlanPagina.tsx').then((m) => m.PlanPagina));
const PlanBewerken = pagina(() =>
  import('./PlanBewerkenPagina.tsx').then((m) => m.PlanBewerkenPagina),
);
const Vrijwilliger = pagina(() =>
  import('./VrijwilligerPagina.tsx').then((m) => m.VrijwilligerPagina),
);
const Regie = pagina(() => import('./RegiePagina.tsx').then((m) => m.RegiePagina));
const Casusoverleg = pagina(() =>
  import('./CasusoverlegPagina.tsx').then((m) => m.CasusoverlegPagina),
);
const Verslag = pagina(() => import('./VerslagPagina.tsx').then((m) => m.VerslagPagina));

/** `/werkplek/personen/*`: the caseload, and one person's dossier with its parts. */
export function DossierPaginas() {
  return (
    <Routes>
      <Route index element={<Caseload />} />
      <Route path=":id" element={<Overzicht />} />
      <Route path=":id/keukentafelgesprek" element={<Gesprek />} />
      <Route path=":id/netwerk" element={<Netwerk />} />
      <Route path=":id/plan" element={<Plan />} />
      <Route path=":id/plan/bewerken" element={<PlanBewerken />} />
      <Route path=":id/plan/acties/:actieId/vrijwilliger" element={<Vrijwilliger />} />
      <Route path=":id/regie" element={<Regie />} />
      <Route path=":id/casusoverleg" element={<Casusoverleg />} />
      <Route path=":id/casusoverleg/:overlegId" element={<Verslag />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
