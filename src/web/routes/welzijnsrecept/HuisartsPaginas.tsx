import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { EvaluatiePage } from './EvaluatiePage.tsx';
import { HuisartsDetailPage } from './HuisartsDetailPage.tsx';
import { HuisartsFormulierPage } from './HuisartsFormulierPage.tsx';
import { HuisartsLijstPage } from './HuisartsLijstPage.tsx';

/**
 * The GP's Welzijn op Recept pages and the evaluation under `/werkplek/welzijnsrecept`, one
 * chunk: they share most of their parts, and a GP who opens one usually opens the others.
 * The werkplek's start page loads it (WerkplekPaginas), so the app's router needs no entry
 * of its own for it: every entry there costs the residents' first download a few bytes.
 */
export function HuisartsPaginas() {
  return (
    <Routes>
      <Route index element={<HuisartsLijstPage />} />
      <Route path="nieuw" element={<HuisartsFormulierPage />} />
      <Route path="evaluatie" element={<EvaluatiePage />} />
      <Route path=":id" element={<HuisartsDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
