import { controleerStap, type Fout, type Stap, VELD } from './stappen.ts';
import type { Invul } from './concept.ts';

/** Which step and field a server's field name (`antwoorden.postcode`, `body.…`) is about. */
const SERVER_VELDEN: [RegExp, Stap | 'controleren', keyof typeof VELD, string][] = [
  [/^antwoorden\.voorWie/, 'voor-wie', 'voorWie', 'voorWie'],
  [/^antwoorden\.naaste\.relatie/, 'voor-wie', 'naasteRelatie', 'max100'],
  [/^antwoorden\.naaste/, 'voor-wie', 'naasteNaam', 'naasteNaam'],
  [/^antwoorden\.categorieen/, 'wat', 'categorieen', 'categorieen'],
  [/^antwoorden\.omschrijving/, 'eigen-woorden', 'omschrijving', 'max2000'],
  [/^antwoorden\.hoeVaak/, 'hoe-vaak', 'hoeVaak', 'hoeVaak'],
  [/^antwoorden\.tijdvakken/, 'wanneer', 'tijdvakken', 'tijdvakken'],
  [/^antwoorden\.postcode/, 'waar', 'postcode', 'postcode'],
  [/^antwoorden\.urgentie/, 'hoe-snel', 'urgentie', 'urgentie'],
  [/^antwoorden\.zorgen/, 'hoe-snel', 'zorgen', 'zorgen'],
  [/^antwoorden\.voorkeuren/, 'voorkeuren', 'talen', 'talenMax'],
  [/^verhaal\.gaatGoed/, 'gaat-goed', 'gaatGoed', 'max2000'],
  [/^verhaal\.kanBiedenToelichting/, 'voor-een-ander', 'kanBiedenToelichting', 'max1000'],
  [/^verhaal\.kanBieden/, 'voor-een-ander', 'kanBieden', 'categorieenMax'],
  [/^verhaal\.doetGraag/, 'doet-graag', 'doetGraag', 'max1000'],
  [/^contact\.telefoonnummer/, 'contact', 'telefoonnummer', 'telefoon'],
  [/^contact\.eMailadres/, 'contact', 'eMailadres', 'email'],
  [/^toestemming/, 'controleren', 'toestemming', 'toestemming'],
];

/**
 * The server's 400 on sending, mapped back to the steps. Where the browser's own check of
 * that step finds the problem, its words are used (e.g. "empty" rather than "wrong").
 */
export function foutenVanServer(namen: readonly string[], invul: Invul): Fout[] {
  const fouten: Fout[] = [];
  for (const volledig of namen) {
    const naam = volledig.replace(/^body\./, '');
    const regel = SERVER_VELDEN.find(([patroon]) => patroon.test(naam));
    if (!regel) continue;
    const [, stap, sleutel, code] = regel;
    const veld = VELD[sleutel];
    if (fouten.some((f) => f.veld === veld)) continue;
    const eigen = stap === 'controleren' ? [] : controleerStap(stap, invul);
    fouten.push(eigen.find((f) => f.veld === veld) ?? { stap, veld, code });
  }
  return fouten;
}
