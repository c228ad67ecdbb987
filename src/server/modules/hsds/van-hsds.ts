import type { ImportRij } from './import-rijen.ts';

/**
 * HSDS 3.0 JSON → import rows (pure). Accepts a service, an organisation (with its
 * services), a service_at_location, a page (`contents`) or an array of these. HSDS ids
 * become the external ids, so importing the same file again updates the same entries.
 * What Kring cannot hold (a location outside the Netherlands, an unknown frequency)
 * is left out with a warning; what Kring needs and the file lacks is an error.
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const tekst = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
const getal = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;
const lijst = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
const kort = (v: string | null, max: number) => (v && v.length > max ? v.slice(0, max) : v);

/** The services in a document, each with the organisation it belongs to. */
function diensten(doc: unknown): { service: Obj | null; organisatie: Obj | null }[] {
  if (Array.isArray(doc)) return doc.flatMap(diensten);
  if (!isObj(doc)) return [];
  if (Array.isArray(doc.contents)) return doc.contents.flatMap(diensten);
  if (isObj(doc.service) && isObj(doc.location)) {
    // a service_at_location: the service at this one location
    const service = { ...doc.service, service_at_locations: [{ location: doc.location }] };
    return [
      { service, organisatie: isObj(doc.service.organization) ? doc.service.organization : null },
    ];
  }
  if (typeof doc.status === 'string' && typeof doc.name === 'string') {
    return [{ service: doc, organisatie: isObj(doc.organization) ? doc.organization : null }];
  }
  if (
    typeof doc.name === 'string' &&
    'description' in doc &&
    !('taxonomy' in doc) &&
    !('version' in doc)
  ) {
    // an organisation, with or without its services
    const eigen = lijst(doc.services);
    return eigen.length
      ? eigen.map((service) => ({ service, organisatie: doc }))
      : [{ service: null, organisatie: doc }];
  }
  return [];
}

function organisatieVan(o: Obj | null, service: Obj | null): Obj {
  const id = tekst(o?.id) ?? tekst(service?.organization_id);
  const telefoon = lijst(o?.phones)[0];
  return {
    externId: id,
    naam: kort(tekst(o?.name), 200),
    soort: 'overig',
    beschrijving: kort(tekst(o?.description), 5000),
    website: kort(tekst(o?.website) ?? tekst(o?.url), 500),
    email: kort(tekst(o?.email), 200),
    telefoon: kort(tekst(telefoon?.number)?.replace(/^"|"$/g, '') ?? null, 40),
  };
}

/** A location Kring can place: a Dutch postcode and a point in the Netherlands. */
function locatieVan(l: Obj, organisatieId: unknown, waarschuwingen: string[]): Obj | null {
  const adres =
    lijst(l.addresses).find((a) => a.address_type !== 'postal') ?? lijst(l.addresses)[0];
  const postcode = tekst(adres?.postal_code)
    ?.toUpperCase()
    .replace(/^(\d{4})\s*([A-Z]{2})$/, '$1 $2');
  const lat = getal(l.latitude);
  const lon = getal(l.longitude);
  const inNederland =
    lat !== null && lon !== null && lat >= 50.5 && lat <= 53.7 && lon >= 3.2 && lon <= 7.3;
  if (
    !postcode ||
    !/^[1-9][0-9]{3}( [A-Z]{2})?$/.test(postcode) ||
    !inNederland ||
    !tekst(adres?.address_1)
  ) {
    waarschuwingen.push(
      'De locatie heeft geen Nederlands adres met postcode en coördinaten; het aanbod is zonder locatie overgenomen.',
    );
    return null;
  }
  return {
    externId: tekst(l.id),
    organisatieExternId: organisatieId,
    naam: kort(tekst(l.name) ?? tekst(adres?.address_1), 200),
    adres: kort([tekst(adres?.address_1), tekst(adres?.address_2)].filter(Boolean).join(', '), 300),
    postcode,
    plaats: kort(tekst(adres?.city), 100),
    lat,
    lon,
    vertrouwelijk: false,
    contactroute: null,
    routeOmschrijving: kort(tekst(l.transportation), 500),
  };
}

const TIJD = /^([01]\d|2[0-3]):([0-5]\d)/;
function roostersVan(service: Obj, waarschuwingen: string[]): Obj[] {
  const uit: Obj[] = [];
  const bronnen = [
    ...lijst(service.schedules),
    ...lijst(service.service_at_locations).flatMap((s) => lijst(s.schedules)),
  ];
  for (const s of bronnen) {
    const freq = tekst(s.freq);
    if (freq && freq !== 'WEEKLY' && freq !== 'MONTHLY') {
      waarschuwingen.push(`Een rooster met herhaling ${freq.slice(0, 10)} is overgeslagen.`);
      continue;
    }
    if (!freq && !tekst(s.dtstart)) continue;
    const opens = TIJD.exec(tekst(s.opens_at) ?? '');
    const sluit = TIJD.exec(tekst(s.closes_at) ?? '');
    uit.push({
      freq: freq ?? null,
      interval: getal(s.interval) ?? 1,
      byday: tekst(s.byday),
      dtstart: tekst(s.dtstart),
      until: tekst(s.until),
      opensAt: opens ? `${opens[1]}:${opens[2]}` : null,
      closesAt: sluit ? `${sluit[1]}:${sluit[2]}` : null,
      validFrom: tekst(s.valid_from),
      validTo: tekst(s.valid_to),
      gesloten: false,
      beschrijving: kort(tekst(s.description) ?? '', 300),
    });
  }
  return uit.slice(0, 30);
}

function soortVan(bedrag: number | null, beschrijving: string | null): string {
  if (bedrag === 0 || /\b(gratis|free|kosteloos)\b/i.test(beschrijving ?? '')) return 'gratis';
  if (/inkomen|income/i.test(beschrijving ?? '')) return 'inkomensafhankelijk';
  return bedrag === null && !beschrijving ? 'gratis' : 'vast';
}

export function rijenUitHsds(doc: unknown): ImportRij[] {
  return diensten(doc).map(({ service, organisatie }, i) => {
    const waarschuwingen: string[] = [];
    const org = organisatieVan(organisatie, service);
    if (!service)
      return { rij: i + 1, organisatie: org, locatie: null, aanbod: null, waarschuwingen };
    const plek = lijst(service.service_at_locations).find((s) => isObj(s.location));
    const locatie = plek ? locatieVan(plek.location as Obj, org.externId, waarschuwingen) : null;
    const kosten = lijst(service.cost_options)[0];
    const bedrag = getal(kosten?.amount);
    const kostenTekst = tekst(service.fees_description) ?? tekst(kosten?.amount_description);
    const talen = [
      ...new Set(
        lijst(service.languages)
          .map((l) => tekst(l.code)?.toLowerCase())
          .filter((c): c is string => !!c && /^[a-z]{2}$/.test(c)),
      ),
    ];
    if (lijst(service.attributes).length) {
      waarschuwingen.push(
        'Taxonomietermen uit het bestand zijn niet overgenomen: Kring gebruikt de termen van de gemeente.',
      );
    }
    const eligibility = tekst(service.eligibility_description) ?? '';
    const telefoon = lijst(service.phones)[0];
    return {
      rij: i + 1,
      organisatie: org,
      locatie,
      waarschuwingen,
      aanbod: {
        externId: tekst(service.id),
        organisatieExternId: org.externId,
        locatieExternId: locatie ? locatie.externId : null,
        laatstGecontroleerdOp: undefined,
        inhoud: {
          naam: kort(tekst(service.name), 200),
          naamEn: null,
          soort: 'dienst',
          beschrijving: kort(tekst(service.description), 5000),
          beschrijvingEn: null,
          aanmelden: kort(tekst(service.application_process) ?? '', 2000),
          kosten: {
            soort: soortVan(bedrag, kostenTekst),
            bedrag: bedrag !== null && bedrag >= 0 && bedrag <= 100000 ? bedrag : null,
            omschrijving: kort(kostenTekst ?? '', 500),
          },
          talen: talen.length ? talen.slice(0, 20) : ['nl'],
          minimumLeeftijd: getal(service.minimum_age),
          maximumLeeftijd: getal(service.maximum_age),
          verwijzingNodig: /referral|verwijzing/i.test(
            `${eligibility} ${tekst(service.application_process) ?? ''}`,
          ),
          diagnoseNodig: /diagnos|indicatie/i.test(eligibility),
          contact: {
            telefoon: kort(tekst(telefoon?.number)?.replace(/^"|"$/g, '') ?? null, 40),
            email: kort(tekst(service.email), 200),
            website: kort(tekst(service.url), 500),
          },
          roosters: roostersVan(service, waarschuwingen),
        },
      },
    };
  });
}
