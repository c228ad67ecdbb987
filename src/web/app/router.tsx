import { BrowserRouter, Route, Routes } from 'react-router';
import { InwonerPage } from '../routes/InwonerPage.tsx';
import { NotFoundPage } from '../routes/NotFoundPage.tsx';
import { Layout } from './Layout.tsx';
import { lazyPage } from './lazyPage.tsx';

// Only the residents' start page (and not-found) is in the first download. Every other page
// loads when it is opened: staff, admin and account pages are not needed by a resident on a
// first visit (budget: 150 kB gzip, `npm run check:bundle`). New pages: use lazyPage too.
const AccountPage = lazyPage(() =>
  import('../routes/aanmelden/AccountPage.tsx').then((m) => m.AccountPage),
);
const EmailBevestigenPage = lazyPage(() =>
  import('../routes/aanmelden/EmailBevestigenPage.tsx').then((m) => m.EmailBevestigenPage),
);
const InloggenPage = lazyPage(() =>
  import('../routes/aanmelden/InloggenPage.tsx').then((m) => m.InloggenPage),
);
const WachtwoordHerstellenPage = lazyPage(() =>
  import('../routes/aanmelden/WachtwoordHerstellenPage.tsx').then(
    (m) => m.WachtwoordHerstellenPage,
  ),
);
const WachtwoordVergetenPage = lazyPage(() =>
  import('../routes/aanmelden/WachtwoordVergetenPage.tsx').then((m) => m.WachtwoordVergetenPage),
);
// The beheer start page and the admin pages in routes/beheer: one entry here for them all
// (routes/BeheerPage.tsx, BeheerPaginas), as every entry costs the residents' first download.
const BeheerPage = lazyPage(
  () => import('../routes/BeheerPage.tsx').then((m) => m.BeheerPaginas),
  ['beheer', 'loket'],
);
const DoorbrakenPage = lazyPage(
  () => import('../routes/mijn/DoorbrakenPage.tsx').then((m) => m.DoorbrakenPage),
  ['beheer'],
);
const MijnGegevensPage = lazyPage(() =>
  import('../routes/mijn/MijnGegevensPage.tsx').then((m) => m.MijnGegevensPage),
);
const ToegangslogPage = lazyPage(() =>
  import('../routes/mijn/ToegangslogPage.tsx').then((m) => m.ToegangslogPage),
);
const ToestemmingenPage = lazyPage(() =>
  import('../routes/mijn/ToestemmingenPage.tsx').then((m) => m.ToestemmingenPage),
);
const AanbiederPagina = lazyPage(() =>
  import('../routes/sociale-kaart/AanbiederPagina.tsx').then((m) => m.AanbiederPagina),
);
const AanbodPagina = lazyPage(() =>
  import('../routes/sociale-kaart/AanbodPagina.tsx').then((m) => m.AanbodPagina),
);
const ZoekPagina = lazyPage(() =>
  import('../routes/sociale-kaart/ZoekPagina.tsx').then((m) => m.ZoekPagina),
);
// The werkplek's start page, and the pages it loads itself (Welzijn op Recept for the GP):
// one entry here for them all.
const WerkplekPage = lazyPage(
  () => import('../routes/WerkplekPage.tsx').then((m) => m.WerkplekPaginas),
  ['beheer', 'loket'],
);
const LoketBeheerPage = lazyPage(
  () => import('../routes/voordeur/LoketBeheerPage.tsx').then((m) => m.LoketBeheerPage),
  ['beheer'],
);
const ToegankelijkheidPage = lazyPage(() =>
  import('../routes/toegankelijkheid/ToegankelijkheidPage.tsx').then((m) => m.ToegankelijkheidPage),
);
// Offering help (issue 5): the volunteer's guided form and changing an offer later.
const HulpBiedenStartPage = lazyPage(
  () => import('../routes/hulp-bieden/HulpBiedenStartPage.tsx').then((m) => m.HulpBiedenStartPage),
  ['loket'],
);
const HulpBiedenStapPage = lazyPage(
  () => import('../routes/hulp-bieden/HulpBiedenStapPage.tsx').then((m) => m.HulpBiedenStapPage),
  ['loket'],
);
const HulpBiedenControlerenPage = lazyPage(
  () => import('../routes/hulp-bieden/ControlerenPage.tsx').then((m) => m.ControlerenPage),
  ['loket'],
);
const HulpBiedenBedanktPage = lazyPage(
  () => import('../routes/hulp-bieden/BedanktPage.tsx').then((m) => m.BedanktPage),
  ['loket'],
);
const AanbodWijzigenPage = lazyPage(
  () => import('../routes/hulp-bieden/AanbodWijzigenPage.tsx').then((m) => m.AanbodWijzigenPage),
  ['loket'],
);
// The coordinator's and the wijkteam's pages of the front door, and its routing rules.
const LoketHulpvragenPage = lazyPage(
  () => import('../routes/loket-werk/HulpvragenPage.tsx').then((m) => m.HulpvragenPage),
  ['beheer', 'loket'],
);
const LoketHulpvraagPage = lazyPage(
  () => import('../routes/loket-werk/HulpvraagPage.tsx').then((m) => m.HulpvraagPage),
  ['beheer', 'loket'],
);
const LoketAanmeldingenPage = lazyPage(
  () => import('../routes/loket-werk/AanmeldingenPage.tsx').then((m) => m.AanmeldingenPage),
  ['beheer', 'loket'],
);
const LoketAanmeldingPage = lazyPage(
  () => import('../routes/loket-werk/AanmeldingPage.tsx').then((m) => m.AanmeldingPage),
  ['beheer', 'loket'],
);
const LoketMatchbordPage = lazyPage(
  // One chunk with the list of matches: one entry less in the first load (the budget).
  () => import('../routes/loket-werk/KoppelingenPage.tsx').then((m) => m.MatchbordPage),
  ['beheer', 'loket'],
);
const LoketKoppelingenPage = lazyPage(
  () => import('../routes/loket-werk/KoppelingenPage.tsx').then((m) => m.KoppelingenPage),
  ['beheer', 'loket'],
);
// The werkplek's dossier pages (issue 6): one lazy page with its own routes, so the first
// download carries one entry for all ten (routes/dossier/index.tsx).
const DossierPaginas = lazyPage(
  () => import('../routes/dossier/index.tsx').then((m) => m.DossierPaginas),
  ['beheer', 'loket'],
);
// The front door for residents (issue 5): asking for help, Mijn Kring, making an account.
const HulpVragenPagina = lazyPage(
  () => import('../routes/hulp-vragen/HulpVragenPagina.tsx').then((m) => m.HulpVragenPagina),
  ['loket'],
);
// Mijn Kring and the pages it loads itself (caring for someone, the care circle, respite,
// the burden check): one entry here for them all (MijnKringPaginas).
const MijnKringPagina = lazyPage(
  () => import('../routes/mijn-kring/MijnKringPagina.tsx').then((m) => m.MijnKringPaginas),
  ['loket'],
);
const GesprekPagina = lazyPage(
  () => import('../routes/mijn-kring/GesprekPagina.tsx').then((m) => m.GesprekPagina),
  ['loket'],
);
const mijnAccount = () => import('../routes/mijn-kring/AccountVerwijderenPagina.tsx');
const AccountVerwijderenPagina = lazyPage(
  () => mijnAccount().then((m) => m.AccountVerwijderenPagina),
  ['loket'],
);
const AccountVerwijderdPagina = lazyPage(
  () => mijnAccount().then((m) => m.AccountVerwijderdPagina),
  ['loket'],
);
const AccountMakenPagina = lazyPage(
  () => import('../routes/registreren/AccountMakenPagina.tsx').then((m) => m.AccountMakenPagina),
  ['loket'],
);
// The sociale kaart's editing pages; each of them loads its own chunk (see that index.tsx).
const kaartbeheer = () => import('../routes/sociale-kaart/beheer/index.tsx');
const MijnAanbodPagina = lazyPage(
  () => kaartbeheer().then((m) => m.MijnAanbodPagina),
  ['kaartbeheer'],
);
const NieuwAanbodPagina = lazyPage(
  () => kaartbeheer().then((m) => m.NieuwAanbodPagina),
  ['kaartbeheer'],
);
const BewerkPagina = lazyPage(() => kaartbeheer().then((m) => m.BewerkPagina), ['kaartbeheer']);
const HistoriePagina = lazyPage(() => kaartbeheer().then((m) => m.HistoriePagina), ['kaartbeheer']);
const ModeratiePagina = lazyPage(
  () => kaartbeheer().then((m) => m.ModeratiePagina),
  ['kaartbeheer'],
);
const VoorstelPagina = lazyPage(() => kaartbeheer().then((m) => m.VoorstelPagina), ['kaartbeheer']);
const ImportPagina = lazyPage(() => kaartbeheer().then((m) => m.ImportPagina), ['kaartbeheer']);

/** One start page per audience; every other path gets the not-found page, inside the layout. */
export function AppRoutes() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<InwonerPage />} />
          <Route path="werkplek/*" element={<WerkplekPage />} />
          <Route path="inloggen" element={<InloggenPage />} />
          <Route path="inloggen/klaar" element={<InloggenPage />} />
          <Route path="wachtwoord-vergeten" element={<WachtwoordVergetenPage />} />
          <Route path="wachtwoord-herstellen" element={<WachtwoordHerstellenPage />} />
          <Route path="email-bevestigen" element={<EmailBevestigenPage />} />
          <Route path="account" element={<AccountPage />} />
          <Route path="beheer/*" element={<BeheerPage />} />
          <Route path="beheer/loket" element={<LoketBeheerPage />} />
          <Route path="toegankelijkheid" element={<ToegankelijkheidPage />} />
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
          <Route path="hulp-bieden" element={<HulpBiedenStartPage />} />
          <Route path="hulp-bieden/controleren" element={<HulpBiedenControlerenPage />} />
          <Route path="hulp-bieden/bedankt" element={<HulpBiedenBedanktPage />} />
          <Route path="hulp-bieden/:stap" element={<HulpBiedenStapPage />} />
          <Route path="mijn-kring/aanbod/:id" element={<AanbodWijzigenPage />} />
          <Route path="werkplek/loket" element={<LoketHulpvragenPage />} />
          <Route path="werkplek/loket/hulpvragen/:id" element={<LoketHulpvraagPage />} />
          <Route path="werkplek/loket/aanmeldingen" element={<LoketAanmeldingenPage />} />
          <Route path="werkplek/loket/aanmeldingen/:id" element={<LoketAanmeldingPage />} />
          <Route path="werkplek/loket/koppelen" element={<LoketMatchbordPage />} />
          <Route path="werkplek/loket/koppelingen" element={<LoketKoppelingenPage />} />
          <Route path="werkplek/personen/*" element={<DossierPaginas />} />
          <Route path="hulp-vragen/*" element={<HulpVragenPagina />} />
          <Route path="account-maken" element={<AccountMakenPagina />} />
          <Route path="mijn-kring/*" element={<MijnKringPagina />} />
          <Route path="mijn-kring/berichten/:id" element={<GesprekPagina />} />
          <Route path="mijn-kring/account-verwijderen" element={<AccountVerwijderenPagina />} />
          <Route path="mijn-kring/account-verwijderd" element={<AccountVerwijderdPagina />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
