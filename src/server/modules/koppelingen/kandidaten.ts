import type { GeslachtVoorkeur, Hulpcategorie, Taal, Tijdvak } from '../../../shared/loket.ts';
import type { Kandidaat } from './model.ts';

/**
 * Which approved volunteers fit one request, and why not — pure logic. The coordinator
 * proposes by hand in issue 5; issue 7's optimiser uses the same hard constraints.
 */
export interface Punt {
  lat: number;
  lon: number;
}

export interface Vraag {
  categorieen: readonly Hulpcategorie[];
  tijdvakken: readonly Tijdvak[];
  punt: Punt | undefined;
  talen: readonly Taal[];
  geslacht: GeslachtVoorkeur;
  /** Categories of this request that need a VOG (gemeente rules). */
  vogNodig: readonly Hulpcategorie[];
}

export interface Aanbieder {
  aanbodId: string;
  naam: string;
  categorieen: readonly string[];
  tijdvakken: readonly string[];
  punt: Punt | undefined;
  straalKm: number;
  talen: readonly string[];
  geslacht: string | null;
  vogGeldig: boolean;
  lopendeKoppelingen: number;
  maxKoppelingen: number;
  /** This volunteer or this resident said no to this pair before. */
  eerderAfgewezen: boolean;
}

export function afstandKm(a: Punt, b: Punt): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

export function beoordeel(vraag: Vraag, a: Aanbieder): Kandidaat {
  const gedeeldeCategorieen = vraag.categorieen.filter((c) => a.categorieen.includes(c));
  const tijd = new Set(a.tijdvakken);
  // No times given by the resident: any time suits them.
  const gedeeldeTijdvakken =
    vraag.tijdvakken.length === 0
      ? a.tijdvakken.length
      : vraag.tijdvakken.filter((t) => tijd.has(t)).length;
  const afstand = vraag.punt && a.punt ? Math.round(afstandKm(vraag.punt, a.punt) * 10) / 10 : null;
  const bezwaren: Kandidaat['bezwaren'] = [];
  if (gedeeldeCategorieen.length === 0) bezwaren.push('categorie');
  if (afstand === null || afstand > a.straalKm) bezwaren.push('afstand');
  if (gedeeldeTijdvakken === 0) bezwaren.push('tijd');
  if (vraag.vogNodig.some((c) => gedeeldeCategorieen.includes(c)) && !a.vogGeldig) {
    bezwaren.push('vog');
  }
  if (vraag.talen.length > 0 && !vraag.talen.some((t) => a.talen.includes(t))) {
    bezwaren.push('taal');
  }
  if (vraag.geslacht !== 'geen' && a.geslacht !== vraag.geslacht) bezwaren.push('geslacht');
  if (a.lopendeKoppelingen >= a.maxKoppelingen) bezwaren.push('vol');
  if (a.eerderAfgewezen) bezwaren.push('eerder-afgewezen');
  return {
    aanbodId: a.aanbodId,
    naam: a.naam,
    afstandKm: afstand,
    gedeeldeCategorieen,
    gedeeldeTijdvakken,
    passend: bezwaren.length === 0,
    bezwaren,
  };
}

/** Fitting first; then fewer objections, more shared categories and times, nearer. */
export function kandidaten(vraag: Vraag, aanbieders: readonly Aanbieder[], max = 50): Kandidaat[] {
  return aanbieders
    .map((a) => beoordeel(vraag, a))
    .sort(
      (x, y) =>
        Number(y.passend) - Number(x.passend) ||
        x.bezwaren.length - y.bezwaren.length ||
        y.gedeeldeCategorieen.length - x.gedeeldeCategorieen.length ||
        y.gedeeldeTijdvakken - x.gedeeldeTijdvakken ||
        (x.afstandKm ?? Number.POSITIVE_INFINITY) - (y.afstandKm ?? Number.POSITIVE_INFINITY),
    )
    .slice(0, max);
}
