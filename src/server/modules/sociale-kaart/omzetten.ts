import { type InvalidParam, KringError } from '../../platform/http/problem.ts';
import type { AanbodInhoud } from './model.ts';
import type { AanbodRij, AanbodVelden } from './rijen.ts';
import { type RoosterRegel, roosterInWoorden } from './rooster.ts';

/** Pure conversions between rows, content and public shapes (no I/O). */

export const KOSTEN_NAMEN: Record<string, string> = {
  gratis: 'Gratis',
  vast: 'Vaste prijs',
  inkomensafhankelijk: 'Naar inkomen',
};
export const TOEGANKELIJK_NAMEN: Record<string, string> = {
  rolstoel: 'Rolstoeltoegankelijk',
  'aangepast-toilet': 'Aangepast toilet',
  ringleiding: 'Ringleiding',
  'stille-ruimte': 'Stille ruimte',
  'parkeren-dichtbij': 'Parkeren dichtbij',
  'ov-dichtbij': 'Openbaar vervoer dichtbij',
};

export const GEEN_TOEGANG = () =>
  new KringError('KRING_GEEN_TOEGANG', 'U mag dit aanbod niet bewerken.');
export const NIET_GEVONDEN = () =>
  new KringError('KRING_NIET_GEVONDEN', 'Dit aanbod staat niet (meer) op de sociale kaart.');

export function validatieFout(problemen: InvalidParam[]): KringError {
  return new KringError(
    'KRING_VALIDATIE',
    problemen.length === 1
      ? '1 veld is niet goed ingevuld.'
      : `${problemen.length} velden zijn niet goed ingevuld.`,
    problemen,
  );
}

export function samenvatting(tekst: string): string {
  const eersteZin = /^(.{20,200}?[.!?])(\s|$)/s.exec(tekst)?.[1];
  if (eersteZin) return eersteZin;
  return tekst.length > 160 ? `${tekst.slice(0, 157).trimEnd()}…` : tekst;
}

export function inhoudVan(row: AanbodRij, roosters: RoosterRegel[]): AanbodInhoud {
  return {
    naam: row.naam,
    naamEn: row.naam_en,
    soort: row.soort as AanbodInhoud['soort'],
    beschrijving: row.beschrijving,
    beschrijvingEn: row.beschrijving_en,
    aanmelden: row.aanmelden,
    kosten: {
      soort: row.kosten_soort as AanbodInhoud['kosten']['soort'],
      bedrag: row.kosten_bedrag === null ? null : Number(row.kosten_bedrag),
      omschrijving: row.kosten_omschrijving,
    },
    toegankelijkheid: row.toegankelijkheid as AanbodInhoud['toegankelijkheid'],
    talen: row.talen,
    levensdomeinen: row.levensdomeinen,
    hulpvormen: row.hulpvormen,
    doelgroepen: row.doelgroepen,
    trefwoorden: row.trefwoorden,
    minimumLeeftijd: row.minimum_leeftijd,
    maximumLeeftijd: row.maximum_leeftijd,
    verwijzingNodig: row.verwijzing_nodig,
    diagnoseNodig: row.diagnose_nodig,
    contact: { telefoon: row.telefoon, email: row.email, website: row.website },
    locatieId: row.locatie_id,
    roosters: roosters.map(
      ({
        freq,
        interval,
        byday,
        dtstart,
        until,
        opensAt,
        closesAt,
        validFrom,
        validTo,
        gesloten,
        beschrijving,
      }) => ({
        freq,
        interval,
        byday,
        dtstart,
        until,
        opensAt,
        closesAt,
        validFrom,
        validTo,
        gesloten,
        beschrijving,
      }),
    ),
  };
}

export function veldenVan(organisatieId: string, inhoud: AanbodInhoud): AanbodVelden {
  return {
    organisatie_id: organisatieId,
    locatie_id: inhoud.locatieId,
    soort: inhoud.soort,
    naam: inhoud.naam,
    naam_en: inhoud.naamEn,
    beschrijving: inhoud.beschrijving,
    beschrijving_en: inhoud.beschrijvingEn,
    aanmelden: inhoud.aanmelden,
    kosten_soort: inhoud.kosten.soort,
    kosten_bedrag: inhoud.kosten.bedrag,
    kosten_omschrijving: inhoud.kosten.omschrijving,
    toegankelijkheid: inhoud.toegankelijkheid,
    talen: inhoud.talen,
    levensdomeinen: inhoud.levensdomeinen,
    hulpvormen: inhoud.hulpvormen,
    doelgroepen: inhoud.doelgroepen,
    trefwoorden: inhoud.trefwoorden,
    minimum_leeftijd: inhoud.minimumLeeftijd,
    maximum_leeftijd: inhoud.maximumLeeftijd,
    verwijzing_nodig: inhoud.verwijzingNodig,
    diagnose_nodig: inhoud.diagnoseNodig,
    telefoon: inhoud.contact.telefoon,
    email: inhoud.contact.email,
    website: inhoud.contact.website,
  };
}

export const metWoorden = (r: RoosterRegel) => ({
  ...r,
  inWoorden: roosterInWoorden(r, 'nl'),
  inWoordenEn: roosterInWoorden(r, 'en'),
});
