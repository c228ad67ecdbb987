import { BrowserRouter, Route, Routes } from 'react-router';
import { AccountPage } from '../routes/aanmelden/AccountPage.tsx';
import { EmailBevestigenPage } from '../routes/aanmelden/EmailBevestigenPage.tsx';
import { InloggenPage } from '../routes/aanmelden/InloggenPage.tsx';
import { WachtwoordHerstellenPage } from '../routes/aanmelden/WachtwoordHerstellenPage.tsx';
import { WachtwoordVergetenPage } from '../routes/aanmelden/WachtwoordVergetenPage.tsx';
import { BeheerPage } from '../routes/BeheerPage.tsx';
import { AccountsPage } from '../routes/beheer/AccountsPage.tsx';
import { InlogdienstenPage } from '../routes/beheer/InlogdienstenPage.tsx';
import { OrganisatiesPage } from '../routes/beheer/OrganisatiesPage.tsx';
import { InwonerPage } from '../routes/InwonerPage.tsx';
import { DoorbrakenPage } from '../routes/mijn/DoorbrakenPage.tsx';
import { MijnGegevensPage } from '../routes/mijn/MijnGegevensPage.tsx';
import { ToegangslogPage } from '../routes/mijn/ToegangslogPage.tsx';
import { ToestemmingenPage } from '../routes/mijn/ToestemmingenPage.tsx';
import { NotFoundPage } from '../routes/NotFoundPage.tsx';
import { AanbiederPagina } from '../routes/sociale-kaart/AanbiederPagina.tsx';
import { AanbodPagina } from '../routes/sociale-kaart/AanbodPagina.tsx';
import {
  BewerkPagina,
  HistoriePagina,
  ImportPagina,
  MijnAanbodPagina,
  ModeratiePagina,
  NieuwAanbodPagina,
  VoorstelPagina,
} from '../routes/sociale-kaart/beheer/index.tsx';
import { ZoekPagina } from '../routes/sociale-kaart/ZoekPagina.tsx';
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
          <Route path="inloggen" element={<InloggenPage />} />
          <Route path="wachtwoord-vergeten" element={<WachtwoordVergetenPage />} />
          <Route path="wachtwoord-herstellen" element={<WachtwoordHerstellenPage />} />
          <Route path="email-bevestigen" element={<EmailBevestigenPage />} />
          <Route path="account" element={<AccountPage />} />
          <Route path="beheer" element={<BeheerPage />} />
          <Route path="beheer/accounts" element={<AccountsPage />} />
          <Route path="beheer/organisaties" element={<OrganisatiesPage />} />
          <Route path="beheer/inlogdiensten" element={<InlogdienstenPage />} />
          <Route path="mijn-gegevens" element={<MijnGegevensPage />} />
          <Route path="mijn-gegevens/wie-heeft-gekeken" element={<ToegangslogPage />} />
          <Route path="mijn-gegevens/toestemmingen" element={<ToestemmingenPage />} />
          <Route path="beheer/doorbraken" element={<DoorbrakenPage />} />
          <Route path="sociale-kaart" element={<ZoekPagina />} />
          <Route path="sociale-kaart/aanbod/:id" element={<AanbodPagina />} />
          <Route path="sociale-kaart/organisaties/:id" element={<AanbiederPagina />} />
          <Route path="werkplek/sociale-kaart" element={<MijnAanbodPagina />} />
          <Route path="werkplek/sociale-kaart/aanbod/nieuw" element={<NieuwAanbodPagina />} />
          <Route path="werkplek/sociale-kaart/aanbod/:id/bewerken" element={<BewerkPagina />} />
          <Route path="werkplek/sociale-kaart/aanbod/:id/historie" element={<HistoriePagina />} />
          <Route path="werkplek/sociale-kaart/moderatie" element={<ModeratiePagina />} />
          <Route path="werkplek/sociale-kaart/moderatie/:id" element={<VoorstelPagina />} />
          <Route path="werkplek/sociale-kaart/import" element={<ImportPagina />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
