import { createHash } from 'node:crypto';
import type { Aanbieder, Aanbod, Rooster, Taxonomie } from '../sociale-kaart/model.ts';

/**
 * Kring → HSDS 3.0 (pure). Every object only carries fields it has a value for: the HSDS
 * schemas type fields as plain strings/numbers, so a null would not validate. A confidential
 * address never gets here with an address or a point (the sociale-kaart service leaves
 * them out); it becomes a location with only a name and the contact route.
 */

export type HsdsObject = Record<string, unknown>;

/** A stable UUID (version 5 layout) for a sub-object that has no id of its own in Kring. */
export function afgeleidId(...delen: string[]): string {
  const h = createHash('sha1').update(delen.join('\u0000')).digest('hex');
  const variant = ((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Leaves out null, undefined and empty strings (except the required keys in `behoud`). */
function zonderLeeg(o: Record<string, unknown>, behoud: string[] = []): HsdsObject {
  return Object.fromEntries(
    Object.entries(o).filter(
      ([k, v]) => v !== null && v !== undefined && (v !== '' || behoud.includes(k)),
    ),
  );
}

/** Only a plausible e-mail address or web address goes out (the schema checks the format). */
const alsEmail = (v: string | null) => (v && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? v : null);
const alsUri = (v: string | null) => (v && /^https?:\/\/[^\s]+$/.test(v) ? v : null);

const KOSTEN_OPTIE: Record<Aanbod['kosten']['soort'], string> = {
  gratis: 'Gratis',
  vast: 'Vaste prijs',
  inkomensafhankelijk: 'Naar inkomen',
};

const TOEGANKELIJK: Record<string, string> = {
  rolstoel: 'Rolstoeltoegankelijk',
  'aangepast-toilet': 'Aangepast toilet',
  ringleiding: 'Ringleiding',
  'stille-ruimte': 'Stille ruimte',
  'parkeren-dichtbij': 'Parkeren dichtbij',
  'ov-dichtbij': 'Openbaar vervoer dichtbij',
};

/** Plain-language eligibility: age, referral, diagnosis. */
export function toegangsvoorwaarden(a: Aanbod): string {
  const delen: string[] = [];
  if (a.minimumLeeftijd !== null && a.maximumLeeftijd !== null)
    delen.push(`Voor mensen van ${a.minimumLeeftijd} tot en met ${a.maximumLeeftijd} jaar.`);
  else if (a.minimumLeeftijd !== null) delen.push(`Vanaf ${a.minimumLeeftijd} jaar.`);
  else if (a.maximumLeeftijd !== null) delen.push(`Tot en met ${a.maximumLeeftijd} jaar.`);
  delen.push(
    a.verwijzingNodig ? 'U heeft een verwijzing nodig.' : 'U heeft geen verwijzing nodig.',
  );
  if (a.diagnoseNodig) delen.push('U heeft een diagnose of indicatie nodig.');
  return delen.join(' ');
}

export function hsdsRooster(aanbodId: string, r: Rooster, i: number): HsdsObject {
  const notes = r.gesloten ? `Gesloten: ${r.inWoorden}` : r.inWoorden;
  return zonderLeeg({
    id: afgeleidId('schedule', aanbodId, String(i)),
    service_id: aanbodId,
    freq: r.gesloten ? null : r.freq,
    interval: r.freq && !r.gesloten ? r.interval : null,
    byday: r.gesloten ? null : r.byday,
    dtstart: r.dtstart,
    until: r.until,
    valid_from: r.validFrom,
    valid_to: r.validTo,
    opens_at: r.opensAt,
    closes_at: r.closesAt,
    description: r.beschrijving || r.inWoorden,
    notes,
  });
}

/** The taxonomy terms of an entry as HSDS attributes (service ↔ taxonomy_term). */
function attributen(a: Aanbod, taxonomieen: Taxonomie[]): HsdsObject[] {
  const uit: HsdsObject[] = [];
  const groepen = [
    ['levensdomein', a.levensdomeinen],
    ['hulpvorm', a.hulpvormen],
    ['doelgroep', a.doelgroepen],
  ] as const;
  for (const [code, termen] of groepen) {
    const taxonomie = taxonomieen.find((t) => t.code === code);
    for (const term of termen) {
      const t = taxonomie?.termen.find((x) => x.code === term.code);
      if (!taxonomie || !t) continue;
      uit.push({
        id: afgeleidId('attribute', a.id, t.id),
        link_id: a.id,
        link_type: 'service',
        link_entity: 'service',
        taxonomy_term_id: t.id,
        taxonomy_term: hsdsTerm(taxonomie, t),
      });
    }
  }
  return uit;
}

export function hsdsTaxonomie(t: Taxonomie): HsdsObject {
  return zonderLeeg({ id: t.id, name: t.naam, description: t.beschrijving, version: '1' }, [
    'description',
  ]);
}

export function hsdsTerm(t: Taxonomie, term: Taxonomie['termen'][number]): HsdsObject {
  return zonderLeeg(
    {
      id: term.id,
      code: term.code,
      name: term.naam,
      description: term.naamEn ? `${term.naam} (${term.naamEn})` : term.naam,
      parent_id: term.bovenliggendId,
      taxonomy: t.code,
      taxonomy_id: t.id,
      language: 'nld',
    },
    ['description'],
  );
}

/** A location; a confidential one has no address, no point, only a contact route. */
export function hsdsLocatie(a: Aanbod): HsdsObject | null {
  const l = a.locatie;
  if (!l) return null;
  if (l.vertrouwelijk) {
    return zonderLeeg({
      id: l.id,
      location_type: 'postal',
      organization_id: a.organisatie.id,
      name: l.naam,
      description: l.contactroute
        ? `Het adres is geheim. Contact: ${l.contactroute}`
        : 'Het adres is geheim.',
    });
  }
  return zonderLeeg({
    id: l.id,
    location_type: 'physical',
    organization_id: a.organisatie.id,
    name: l.naam,
    transportation: l.routeOmschrijving,
    latitude: l.lat,
    longitude: l.lon,
    addresses: [
      {
        id: afgeleidId('address', l.id),
        location_id: l.id,
        address_1: l.adres ?? '',
        city: l.plaats,
        state_province: '',
        postal_code: l.postcode ?? '',
        country: 'NL',
        address_type: 'physical',
      },
    ],
    accessibility: a.toegankelijkheid.map((code) => ({
      id: afgeleidId('accessibility', l.id, a.id, code),
      location_id: l.id,
      description: TOEGANKELIJK[code] ?? code,
      details: code,
    })),
  });
}

export function hsdsServiceAtLocation(a: Aanbod, metService: HsdsObject | null): HsdsObject {
  const locatie = hsdsLocatie(a);
  return zonderLeeg({
    id: afgeleidId('service_at_location', a.id),
    service_id: a.id,
    location_id: a.locatie?.id,
    description: a.locatie?.vertrouwelijk ? (a.locatie.contactroute ?? null) : null,
    location: locatie,
    service: metService,
  });
}

/** The one-to-one fields of a service (`service_list`). */
export function hsdsServiceKort(a: Aanbod): HsdsObject {
  return zonderLeeg({
    id: a.id,
    organization_id: a.organisatie.id,
    name: a.naam,
    alternate_name: a.naamEn,
    description: a.beschrijving,
    url: alsUri(a.contact.website),
    email: alsEmail(a.contact.email),
    status: 'active',
    application_process: a.aanmelden,
    fees_description:
      [KOSTEN_OPTIE[a.kosten.soort], a.kosten.omschrijving].filter(Boolean).join('. ') || null,
    eligibility_description: toegangsvoorwaarden(a),
    minimum_age: a.minimumLeeftijd,
    maximum_age: a.maximumLeeftijd,
    assured_date: a.laatstGecontroleerdOp.slice(0, 10),
    last_modified: a.gewijzigdOp,
  });
}

/** A fully nested service (`/services/{id}`). */
export function hsdsService(a: Aanbod, taxonomieen: Taxonomie[]): HsdsObject {
  return zonderLeeg({
    ...hsdsServiceKort(a),
    organization: { id: a.organisatie.id, name: a.organisatie.naam, description: '' },
    phones: a.contact.telefoon
      ? [{ id: afgeleidId('phone', a.id), service_id: a.id, number: a.contact.telefoon }]
      : [],
    schedules: a.roosters.map((r, i) => hsdsRooster(a.id, r, i)),
    service_at_locations: a.locatie ? [hsdsServiceAtLocation(a, null)] : [],
    languages: a.talen.map((code) => ({
      id: afgeleidId('language', a.id, code),
      service_id: a.id,
      code,
    })),
    cost_options: [
      zonderLeeg({
        id: afgeleidId('cost_option', a.id),
        service_id: a.id,
        option: KOSTEN_OPTIE[a.kosten.soort],
        currency: 'EUR',
        amount: a.kosten.soort === 'gratis' ? 0 : a.kosten.bedrag,
        amount_description: a.kosten.omschrijving,
      }),
    ],
    attributes: attributen(a, taxonomieen),
  });
}

/** An organisation; with `diensten` the short form of its published services. */
export function hsdsOrganisatie(o: Aanbieder, diensten?: HsdsObject[]): HsdsObject {
  return zonderLeeg(
    {
      id: o.id,
      name: o.naam,
      description: o.beschrijving ?? '',
      email: alsEmail(o.email),
      website: alsUri(o.website),
      phones:
        diensten && o.telefoon
          ? [{ id: afgeleidId('phone', o.id), organization_id: o.id, number: o.telefoon }]
          : null,
      services: diensten,
    },
    ['description'],
  );
}

/** The HSDS paging envelope. */
export function pagina<T>(inhoud: T[], totaal: number, nummer: number, grootte: number) {
  const totalPages = Math.max(1, Math.ceil(totaal / grootte));
  return {
    total_items: totaal,
    total_pages: totalPages,
    page_number: nummer,
    size: inhoud.length,
    first_page: nummer === 1,
    last_page: nummer >= totalPages,
    empty: inhoud.length === 0,
    contents: inhoud,
  };
}
