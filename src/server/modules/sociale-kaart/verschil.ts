/**
 * A readable field-by-field difference between the published content of an entry and a
 * proposed change, in plain Dutch. The same texts go into the change history (HSDS
 * metadata: field_name, previous_value, replacement_value).
 */
import type { AanbodInhoud } from './model.ts';
import { roosterInWoorden } from './rooster.ts';

export interface Namen {
  /** The name of a taxonomy term, e.g. term('levensdomein', 'financien') → 'Financiën'. */
  term(taxonomie: 'levensdomein' | 'hulpvorm' | 'doelgroep', code: string): string;
  locatie(id: string): string;
}

const TOEGANKELIJK: Record<string, string> = {
  rolstoel: 'rolstoeltoegankelijk',
  'aangepast-toilet': 'aangepast toilet',
  ringleiding: 'ringleiding',
  'stille-ruimte': 'stille ruimte',
  'parkeren-dichtbij': 'parkeren dichtbij',
  'ov-dichtbij': 'openbaar vervoer dichtbij',
};

const KOSTEN: Record<string, string> = {
  gratis: 'gratis',
  vast: 'vaste prijs',
  inkomensafhankelijk: 'naar inkomen',
};

const euro = (bedrag: number) => `€ ${bedrag.toFixed(2).replace('.', ',')}`;
const jaNee = (b: boolean) => (b ? 'ja' : 'nee');
const lijst = (items: string[]) => (items.length ? items.join(', ') : '(geen)');
const leeg = (s: string | null) => (s && s.length > 0 ? s : '(leeg)');

export function kostenInWoorden(k: AanbodInhoud['kosten']): string {
  let tekst = KOSTEN[k.soort] ?? k.soort;
  if (k.bedrag !== null) tekst += ` ${euro(k.bedrag)}`;
  if (k.omschrijving) tekst += ` – ${k.omschrijving}`;
  return tekst;
}

export function leeftijdInWoorden(min: number | null, max: number | null): string {
  if (min === null && max === null) return 'alle leeftijden';
  if (min !== null && max !== null) return `${min} tot en met ${max} jaar`;
  if (min !== null) return `vanaf ${min} jaar`;
  return `tot en met ${max} jaar`;
}

/** Every field as a text, with its Dutch label. */
export function velden(
  inhoud: AanbodInhoud,
  namen: Namen,
): { veld: string; label: string; tekst: string }[] {
  return [
    { veld: 'naam', label: 'Naam', tekst: inhoud.naam },
    { veld: 'naamEn', label: 'Naam in het Engels', tekst: leeg(inhoud.naamEn) },
    { veld: 'soort', label: 'Soort', tekst: inhoud.soort },
    { veld: 'beschrijving', label: 'Beschrijving', tekst: inhoud.beschrijving },
    {
      veld: 'beschrijvingEn',
      label: 'Beschrijving in het Engels',
      tekst: leeg(inhoud.beschrijvingEn),
    },
    { veld: 'aanmelden', label: 'Aanmelden', tekst: leeg(inhoud.aanmelden) },
    { veld: 'kosten', label: 'Kosten', tekst: kostenInWoorden(inhoud.kosten) },
    {
      veld: 'toegankelijkheid',
      label: 'Toegankelijkheid',
      tekst: lijst(inhoud.toegankelijkheid.map((t) => TOEGANKELIJK[t] ?? t)),
    },
    { veld: 'talen', label: 'Talen', tekst: lijst(inhoud.talen) },
    {
      veld: 'levensdomeinen',
      label: 'Levensdomeinen',
      tekst: lijst(inhoud.levensdomeinen.map((c) => namen.term('levensdomein', c))),
    },
    {
      veld: 'hulpvormen',
      label: 'Hulpvormen',
      tekst: lijst(inhoud.hulpvormen.map((c) => namen.term('hulpvorm', c))),
    },
    {
      veld: 'doelgroepen',
      label: 'Doelgroepen',
      tekst: lijst(inhoud.doelgroepen.map((c) => namen.term('doelgroep', c))),
    },
    { veld: 'trefwoorden', label: 'Trefwoorden', tekst: lijst(inhoud.trefwoorden) },
    {
      veld: 'leeftijd',
      label: 'Leeftijd',
      tekst: leeftijdInWoorden(inhoud.minimumLeeftijd, inhoud.maximumLeeftijd),
    },
    { veld: 'verwijzingNodig', label: 'Verwijzing nodig', tekst: jaNee(inhoud.verwijzingNodig) },
    {
      veld: 'diagnoseNodig',
      label: 'Diagnose of indicatie nodig',
      tekst: jaNee(inhoud.diagnoseNodig),
    },
    { veld: 'contact.telefoon', label: 'Telefoon', tekst: leeg(inhoud.contact.telefoon) },
    { veld: 'contact.email', label: 'E-mailadres', tekst: leeg(inhoud.contact.email) },
    { veld: 'contact.website', label: 'Website', tekst: leeg(inhoud.contact.website) },
    {
      veld: 'locatie',
      label: 'Locatie',
      tekst: inhoud.locatieId ? namen.locatie(inhoud.locatieId) : 'thuis, online of telefonisch',
    },
    {
      veld: 'roosters',
      label: 'Wanneer',
      tekst: lijst(inhoud.roosters.map((r) => roosterInWoorden(r, 'nl'))),
    },
  ];
}

/** The fields that differ; with no old content (a new entry) every field counts as new. */
export function verschillen(
  oud: AanbodInhoud | null,
  nieuw: AanbodInhoud,
  namen: Namen,
): { veld: string; label: string; oud: string; nieuw: string }[] {
  const na = velden(nieuw, namen);
  const voor = oud ? velden(oud, namen) : null;
  return na.flatMap((v, i) => {
    const was = voor ? voor[i]!.tekst : '';
    return was === v.tekst ? [] : [{ veld: v.veld, label: v.label, oud: was, nieuw: v.tekst }];
  });
}
