import { BrowserRouter, Route, Routes } from 'react-router';
import { BeheerPage } from '../routes/BeheerPage.tsx';
import { InwonerPage } from '../routes/InwonerPage.tsx';
import { NotFoundPage } from '../routes/NotFoundPage.tsx';
import { WerkplekPage } from '../routes/WerkplekPage.tsx';
import { Layout } from './Layout.tsx';

/** One start page per audience; every other path gets the not-found page, inside the layout. */
export function AppRoutes() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<InwonerPage />} />
          <Route path="werkplek" element={<WerkplekPage />} />
          <Route path="beheer" element={<BeheerPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
