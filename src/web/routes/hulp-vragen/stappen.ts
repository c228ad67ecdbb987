import type { Invul } from './concept.ts';

/**
 * The questions of "Hulp vragen", one per page (GOV.UK pattern), in order. Each has its own
 * address `/hulp-vragen/<stap>`; then come `controleren` (check your answers), `account`
 * (only without a login) and `verstuurd`.
 */
export const STAPPEN = [
  'voor-wie',
  'wat',
  'eigen-woorden',
  'hoe-vaak',
  'wanneer',
  'waar',
  'hoe-snel',
  'voorkeuren',
  'gaat-goed',
  'voor-een-ander',
  'doet-graag',
  'contact',
] as const;
export type Stap = (typeof STAPPEN)[number];

export const isStap = (s: string | undefined): s is Stap =>
  (STAPPEN as readonly string[]).includes(s ?? '');

/**
 * One problem: `veld` is the id of the input (the error summary links there), `code` the
 * text's key under `hulpVragen.fout`. The Dutch texts are the server's words.
 */
export interface Fout {
  stap: Stap | 'controleren';
  veld: string;
  code: string;
}

/** Ids of the inputs, so the summary's links and the server's field names meet. */
export const VELD = {
  voorWie: 'voor-wie',
  naasteNaam: 'naaste-naam',
  naasteRelatie: 'naaste-relatie',
  categorieen: 'categorieen',
  omschrijving: 'omschrijving',
  hoeVaak: 'hoe-vaak',
  tijdvakken: 'tijdvakken',
  postcode: 'postcode',
  urgentie: 'urgentie',
  zorgen: 'zorgen',
  talen: 'talen',
  gaatGoed: 'gaat-goed',
  kanBieden: 'kan-bieden',
  kanBiedenToelichting: 'kan-bieden-toelichting',
  doetGraag: 'doet-graag',
  telefoonnummer: 'telefoonnummer',
  eMailadres: 'e-mailadres',
  toestemming: 'toestemming',
} as const;

/** The server's postcode rule (hulpvragen/model.ts postcodeSchema), after trim and upper case. */
export const POSTCODE = /^[1-9][0-9]{3} ?[A-Z]{2}$/;
const TELEFOON = /^[0-9 +()-]{6,30}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const lengte = (tekst: string) => [...tekst.trim()].length;

/** The browser's check of one step: the same rules as the server. */
export function controleerStap(stap: Stap, invul: Invul): Fout[] {
  const fouten: Fout[] = [];
  const fout = (veld: string, code: string) => fouten.push({ stap, veld, code });
  switch (stap) {
    case 'voor-wie':
      if (!invul.voorWie) fout(VELD.voorWie, 'voorWie');
      if (invul.voorWie === 'naaste') {
        if (!invul.naasteNaam.trim()) fout(VELD.naasteNaam, 'naasteNaam');
        else if (lengte(invul.naasteNaam) > 200) fout(VELD.naasteNaam, 'max200');
        if (lengte(invul.naasteRelatie) > 100) fout(VELD.naasteRelatie, 'max100');
      }
      break;
    case 'wat':
      if (invul.categorieen.length === 0) fout(VELD.categorieen, 'categorieen');
      else if (invul.categorieen.length > 8) fout(VELD.categorieen, 'categorieenMax');
      break;
    case 'eigen-woorden':
      if (lengte(invul.omschrijving) > 2000) fout(VELD.omschrijving, 'max2000');
      break;
    case 'hoe-vaak':
      if (!invul.hoeVaak) fout(VELD.hoeVaak, 'hoeVaak');
      break;
    case 'wanneer':
      break;
    case 'waar': {
      const postcode = invul.postcode.trim().toUpperCase();
      if (!postcode) fout(VELD.postcode, 'postcodeLeeg');
      else if (!POSTCODE.test(postcode)) fout(VELD.postcode, 'postcode');
      break;
    }
    case 'hoe-snel':
      if (!invul.urgentie) fout(VELD.urgentie, 'urgentie');
      break;
    case 'voorkeuren':
      if (invul.talen.length > 5) fout(VELD.talen, 'talenMax');
      break;
    case 'gaat-goed':
      if (lengte(invul.gaatGoed) > 2000) fout(VELD.gaatGoed, 'max2000');
      break;
    case 'voor-een-ander':
      if (invul.kanBieden.length > 8) fout(VELD.kanBieden, 'categorieenMax');
      if (lengte(invul.kanBiedenToelichting) > 1000) fout(VELD.kanBiedenToelichting, 'max1000');
      break;
    case 'doet-graag':
      if (lengte(invul.doetGraag) > 1000) fout(VELD.doetGraag, 'max1000');
      break;
    case 'contact': {
      const telefoon = invul.telefoonnummer.trim();
      const email = invul.eMailadres.trim();
      if (telefoon && !TELEFOON.test(telefoon)) fout(VELD.telefoonnummer, 'telefoon');
      if (email && (!EMAIL.test(email) || email.length > 254)) fout(VELD.eMailadres, 'email');
      break;
    }
  }
  return fouten;
}

/** Every step's problems, in the order of the form. */
export function controleerAlles(invul: Invul): Fout[] {
  return STAPPEN.flatMap((stap) => controleerStap(stap, invul));
}

/** The first step that still has a problem, or `controleren` when all is there. */
export function eersteOpenStap(invul: Invul): Stap | 'controleren' {
  return controleerAlles(invul)[0]?.stap ?? 'controleren';
}

export function volgendeStap(stap: Stap): Stap | 'controleren' {
  return STAPPEN[STAPPEN.indexOf(stap) + 1] ?? 'controleren';
}

export function vorigeStap(stap: Stap): Stap | undefined {
  return STAPPEN[STAPPEN.indexOf(stap) - 1];
}
