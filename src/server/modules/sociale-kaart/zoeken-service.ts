import { KringError } from '../../platform/http/problem.ts';
import type { KaartBasis } from './basis-service.ts';
import {
  type Aanbieder,
  type Aanbod,
  type FacetWaarde,
  KOSTEN_SOORTEN,
  type Taxonomie,
  TOEGANKELIJKHEID,
  type ZoekQuery,
  type ZoekResultaat,
} from './model.ts';
import {
  KOSTEN_NAMEN,
  NIET_GEVONDEN,
  samenvatting,
  TOEGANKELIJK_NAMEN,
  validatieFout,
} from './omzetten.ts';
import { pc4Van } from './postcodes.ts';
import type { ZoekFilters } from './repository.ts';
import { amsterdamMoment, dagWaarden } from './rooster.ts';
import { ordenKandidaten, telFacetten, tsQuery, zoekwoorden } from './zoekvraag.ts';

/**
 * A broad search counts, ranks and makes facets over at most this many matches: the
 * answer then says `totaalIsMinimaal` ("1000+") and `facettenZijnSchatting` ("ongeveer").
 */
export const MAX_KANDIDATEN = 1000;
/** Fewer full-text matches than this: also match by trigram similarity (typos). */
export const TYPO_DREMPEL = 5;

/** Public reading: taxonomies, search, one entry, an organisation, the published list (HSDS). */
export function createZoekenService(basis: KaartBasis) {
  const { scopeOf, repository, nu, namenVoor, aanbodVoorPubliek } = basis;
  return {
    async taxonomieen(gemeenteId: number): Promise<{ taxonomieen: Taxonomie[] }> {
      return { taxonomieen: (await namenVoor(scopeOf(gemeenteId))).taxonomieen };
    },

    /** `extra`: filters only the HSDS API uses (not part of `/api/v1/aanbod`). */
    async zoek(
      gemeenteId: number,
      query: ZoekQuery,
      extra: { gewijzigdNa?: Date; metLocatie?: boolean; exacteTotalen?: boolean } = {},
    ): Promise<ZoekResultaat> {
      const scope = scopeOf(gemeenteId);
      let punt: { lat: number; lon: number; plaats: string | null } | null = null;
      if (query.lat !== undefined && query.lon !== undefined) {
        punt = { lat: query.lat, lon: query.lon, plaats: null };
      } else if (query.postcode) {
        const gebied = repository.postcodes().get(pc4Van(query.postcode) ?? '');
        if (!gebied) {
          throw validatieFout([
            { name: 'query.postcode', code: 'custom', reason: 'Deze postcode kennen we niet.' },
          ]);
        }
        punt = { lat: gebied.lat, lon: gebied.lon, plaats: gebied.plaats };
      }
      const woorden = zoekwoorden(query.tekst ?? '');
      const tsq = tsQuery(woorden, await repository.synoniemen(scope));
      const moment = query.nuOpen ? amsterdamMoment(nu()) : null;
      const filters: ZoekFilters = {
        tsQuery: tsq,
        woorden: woorden.length ? woorden.join(' ') : null,
        punt,
        straalMeter: punt && query.straalKm !== undefined ? query.straalKm * 1000 : null,
        levensdomein: query.levensdomein,
        hulpvorm: query.hulpvorm,
        doelgroep: query.doelgroep,
        kosten: query.kosten,
        toegankelijkheid: query.toegankelijkheid,
        leeftijd: query.leeftijd ?? null,
        zonderVerwijzing: query.zonderVerwijzing,
        organisatieId: query.organisatieId ?? null,
        dag: query.dag ?? null,
        open: moment ? { datum: moment.datum, tijd: moment.tijd, ...dagWaarden(moment) } : null,
        gewijzigdNa: extra.gewijzigdNa ?? null,
        metLocatie: extra.metLocatie ?? false,
      };
      const sortering = query.sortering ?? (punt ? 'afstand' : tsq ? 'relevantie' : 'naam');
      const offset = (query.pagina - 1) * query.paginaGrootte;
      // Exact totals when asked (HSDS pages through everything) and for a page beyond the
      // bounded candidate set.
      const exact = extra.exacteTotalen === true || offset + query.paginaGrootte > MAX_KANDIDATEN;
      // The order the repository really sorts by (see zoek-repository.ts#zoek).
      const effectief =
        sortering === 'afstand' && punt
          ? 'afstand'
          : sortering === 'relevantie' && tsq
            ? 'relevantie'
            : 'naam';
      const volgorde =
        effectief === 'naam'
          ? 'naam'
          : effectief === 'afstand' && filters.straalMeter !== null
            ? 'afstand'
            : 'geen';
      let kandidaten = await repository.kandidaten(scope, filters, MAX_KANDIDATEN + 1, volgorde);
      if (filters.tsQuery && filters.woorden && kandidaten.length < TYPO_DREMPEL) {
        // Full text finds (almost) nothing: also match by trigram similarity (typos).
        filters.typos = true;
        kandidaten = await repository.kandidaten(scope, filters, MAX_KANDIDATEN + 1, volgorde);
      }
      // Broad: more than MAX_KANDIDATEN matches. Unless exact totals are needed, rank, page
      // and count facets over the first MAX_KANDIDATEN read (in name or distance order when
      // that is the sort, so those pages are exact). Facets always come from them.
      const breed = kandidaten.length > MAX_KANDIDATEN;
      const begrensd = breed && !exact;
      kandidaten = kandidaten.slice(0, MAX_KANDIDATEN);
      const pagina =
        begrensd || !breed
          ? ordenKandidaten(kandidaten, effectief).slice(offset, offset + query.paginaGrootte)
          : null;
      const [ongeordend, namen, totaal] = await Promise.all([
        repository.zoek(scope, filters, {
          sortering: effectief,
          offset: pagina ? 0 : offset,
          limit: query.paginaGrootte,
          ids: pagina ? pagina.map((k) => k.id) : null,
        }),
        namenVoor(scope),
        breed && exact ? repository.aantal(scope, filters) : Promise.resolve(kandidaten.length),
      ]);
      const plek = new Map(pagina?.map((k, i) => [k.id, i]));
      const rows = pagina
        ? [...ongeordend].sort((a, b) => plek.get(a.id)! - plek.get(b.id)!)
        : ongeordend;
      const facetTelling = telFacetten(kandidaten);
      const aantal = (facet: string, code: string) => facetTelling.get(`${facet}:${code}`) ?? 0;
      const taxFacet = (code: 'levensdomein' | 'hulpvorm' | 'doelgroep'): FacetWaarde[] =>
        (namen.taxonomieen.find((t) => t.code === code)?.termen ?? []).map((t) => ({
          code: t.code,
          naam: t.naam,
          aantal: aantal(code, t.code),
        }));
      return {
        treffers: rows.map((r) => ({
          id: r.id,
          naam: r.naam,
          soort: r.soort as Aanbod['soort'],
          samenvatting: samenvatting(r.beschrijving),
          organisatie: { id: r.organisatie_id, naam: r.organisatie_naam },
          plaats: r.plaats,
          lat: r.vertrouwelijk ? null : r.lat,
          lon: r.vertrouwelijk ? null : r.lon,
          afstandKm:
            r.afstand_m === null || r.vertrouwelijk || r.plaats === null
              ? null
              : Math.round(r.afstand_m / 100) / 10,
          kosten: r.kosten_soort as Aanbod['kosten']['soort'],
          toegankelijkheid: r.toegankelijkheid as Aanbod['toegankelijkheid'],
          zonderVerwijzing: !r.verwijzing_nodig && !r.diagnose_nodig,
          laatstGecontroleerdOp: r.laatst_gecontroleerd_op.toISOString(),
        })),
        totaal,
        totaalIsMinimaal: begrensd,
        facettenZijnSchatting: breed,
        pagina: query.pagina,
        paginaGrootte: query.paginaGrootte,
        zoekpunt: punt,
        facetten: {
          levensdomein: taxFacet('levensdomein'),
          hulpvorm: taxFacet('hulpvorm'),
          doelgroep: taxFacet('doelgroep'),
          kosten: KOSTEN_SOORTEN.map((code) => ({
            code,
            naam: KOSTEN_NAMEN[code]!,
            aantal: aantal('kosten', code),
          })),
          toegankelijkheid: TOEGANKELIJKHEID.map((code) => ({
            code,
            naam: TOEGANKELIJK_NAMEN[code]!,
            aantal: aantal('toegankelijkheid', code),
          })),
          zonderVerwijzing: aantal('zonderVerwijzing', 'ja'),
        },
      };
    },

    /** One published entry; a confidential address is left out. */
    async aanbod(gemeenteId: number, id: string): Promise<Aanbod> {
      const scope = scopeOf(gemeenteId);
      const row = await repository.aanbod(scope, id);
      if (row?.status !== 'gepubliceerd') throw NIET_GEVONDEN();
      return aanbodVoorPubliek(scope, row);
    },

    async aanbieder(gemeenteId: number, id: string): Promise<Aanbieder> {
      const scope = scopeOf(gemeenteId);
      const o = await repository.organisatie(scope, id);
      if (!o?.op_kaart) {
        throw new KringError(
          'KRING_NIET_GEVONDEN',
          'Deze organisatie staat niet op de sociale kaart.',
        );
      }
      const [aanbod, samenwerkingen] = await Promise.all([
        repository.aanbodVanOrganisaties(scope, [id]),
        repository.samenwerkingen(scope, id),
      ]);
      return {
        id: o.id,
        naam: o.naam,
        soort: o.soort,
        beschrijving: o.beschrijving,
        website: o.website,
        email: o.email,
        telefoon: o.telefoon,
        aanbod: aanbod
          .filter((a) => a.status === 'gepubliceerd')
          .map((a) => ({ id: a.id, naam: a.naam, soort: a.soort as Aanbod['soort'] })),
        samenwerkingen: samenwerkingen.map((s) => ({
          partner: { id: s.id, naam: s.naam },
          onderwerp: s.onderwerp,
        })),
      };
    },

    /** For the HSDS API: published entries in full, paged by id. */
    async lijstGepubliceerd(
      gemeenteId: number,
      opties: { pagina: number; paginaGrootte: number; gewijzigdNa?: Date },
    ): Promise<{ aanbod: Aanbod[]; totaal: number }> {
      const scope = scopeOf(gemeenteId);
      const { ids, totaal } = await repository.gepubliceerdeIds(scope, {
        gewijzigdNa: opties.gewijzigdNa ?? null,
        offset: (opties.pagina - 1) * opties.paginaGrootte,
        limit: opties.paginaGrootte,
      });
      const aanbod: Aanbod[] = [];
      for (const id of ids) {
        const row = await repository.aanbod(scope, id);
        if (row) aanbod.push(await aanbodVoorPubliek(scope, row));
      }
      return { aanbod, totaal };
    },
  };
}
