// The JavaScript budget for residents (issue 5): a first visit loads at most 150 kB of
// JavaScript, gzip-compressed. Run after `npm run build:web`:
//
//   npm run check:bundle
//
// Reads dist/web/index.html (the entry script and every modulepreload), follows their static
// imports in Vite's manifest (dist/web/.vite/manifest.json), gzips each file and sums them.
// The residents' lazy pages are checked too: first load plus the page's own chunks. Prints
// one JSON line and exits 1 when any of them is over budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budgetReport, routeFiles, scriptsInHtml, withStaticImports } from './bundle-budget.ts';

const BUDGET_KB = 150;
const dist = 'dist/web';

/** Residents' pages that load lazily, by route, with their source (the manifest key). */
const RESIDENT_ROUTES = {
  '/sociale-kaart': 'routes/sociale-kaart/ZoekPagina.tsx',
  '/sociale-kaart/aanbod/:id': 'routes/sociale-kaart/AanbodPagina.tsx',
  '/sociale-kaart/organisaties/:id': 'routes/sociale-kaart/AanbiederPagina.tsx',
  '/inloggen': 'routes/aanmelden/InloggenPage.tsx',
  '/mijn-gegevens': 'routes/mijn/MijnGegevensPage.tsx',
  '/mijn-gegevens/toestemmingen': 'routes/mijn/ToestemmingenPage.tsx',
  '/mijn-gegevens/wie-heeft-gekeken': 'routes/mijn/ToegangslogPage.tsx',
  '/hulp-bieden': 'routes/hulp-bieden/HulpBiedenStartPage.tsx',
  '/hulp-bieden/:stap': 'routes/hulp-bieden/HulpBiedenStapPage.tsx',
  '/hulp-bieden/controleren': 'routes/hulp-bieden/ControlerenPage.tsx',
  '/hulp-bieden/bedankt': 'routes/hulp-bieden/BedanktPage.tsx',
  '/mijn-kring/aanbod/:id': 'routes/hulp-bieden/AanbodWijzigenPage.tsx',
  // The start, the questions and the end are lazy parts of /hulp-vragen; each of them imports
  // the chunk of its shell (routes/hulp-vragen/HulpVragenPagina.tsx), so it is counted too.
  '/hulp-vragen': 'routes/hulp-vragen/StartPagina.tsx',
  '/hulp-vragen/:stap': 'routes/hulp-vragen/StapPagina.tsx',
  '/hulp-vragen/controleren': 'routes/hulp-vragen/ControlerenPagina.tsx',
  '/hulp-vragen/verstuurd': 'routes/hulp-vragen/VerstuurdPagina.tsx',
  '/account-maken': 'routes/registreren/AccountMakenPagina.tsx',
  '/mijn-kring': 'routes/mijn-kring/MijnKringPagina.tsx',
  '/mijn-kring/berichten/:id': 'routes/mijn-kring/GesprekPagina.tsx',
  '/mijn-kring/account-verwijderen': 'routes/mijn-kring/AccountVerwijderenPagina.tsx',
};

let html;
let manifest;
try {
  html = readFileSync(join(dist, 'index.html'), 'utf8');
  manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
} catch {
  console.error('No web build with a manifest in dist/web: run `npm run build:web` first.');
  process.exit(2);
}

const firstLoad = withStaticImports(manifest, scriptsInHtml(html));
const routes = Object.fromEntries(
  Object.entries(RESIDENT_ROUTES).map(([route, source]) => [route, routeFiles(manifest, source)]),
);
const sizes = new Map();
const gzipBytes = (file) => {
  if (!sizes.has(file))
    sizes.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length);
  return sizes.get(file);
};

const report = budgetReport({ firstLoad, routes, gzipBytes, budgetKb: BUDGET_KB });
console.log(JSON.stringify(report));
if (report.over_budget.length > 0) {
  console.error(
    `Over the ${BUDGET_KB} kB gzip JavaScript budget: ${report.over_budget.join(', ')}`,
  );
  process.exit(1);
}
