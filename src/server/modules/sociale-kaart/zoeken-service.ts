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
import { KOSTEN_NAMEN, NIET_GEVONDEN, TOEGANKELIJK_NAMEN, validatieFout } from './omzetten.ts';
import { pc4Van } from './postcodes.ts';
import { amsterdamMoment } from './rooster.ts';
import type { IndexVraag } from './zoekindex.ts';
import { createZoekIndexen } from './zoekindex-service.ts';
import { alternatieven, zoekGroepen, zoekwoorden } from './zoekvraag.ts';

/** Public reading: taxonomies, search, one entry, an organisation, the published list (HSDS). */
export function createZoekenService(basis: KaartBasis) {
  const { scopeOf, repository, nu, namenVoor, aanbodVoorPubliek } = basis;
  const indexen = createZoekIndexen(repository, { cache: basis.deps.zoekCache });
  return {
    async taxonomieen(gemeenteId: number): Promise<{ taxonomieen: Taxonomie[] }> {
      return { taxonomieen: (await namenVoor(scopeOf(gemeenteId))).taxonomieen };
    },

    /** `extra`: filters only the HSDS API uses (not part of `/api/v1/aanbod`). */
    async zoek(
      gemeenteId: number,
      query: ZoekQuery,
      extra: { gewijzigdNa?: Date; metLocatie?: boolean } = {},
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
      const synoniemen = await repository.synoniemen(scope);
      const { index, stammen } = await indexen.voor(scope, [
        ...new Set(woorden.flatMap((w) => alternatieven(w, synoniemen))),
      ]);
      const groepen = woorden.length ? zoekGroepen(woorden, synoniemen, stammen) : null;
      const vraag: IndexVraag = {
        groepen,
        typos: false,
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
        open: query.nuOpen ? amsterdamMoment(nu()) : null,
        gewijzigdNa: extra.gewijzigdNa?.getTime() ?? null,
        metLocatie: extra.metLocatie ?? false,
      };
      const gevraagd = query.sortering ?? (punt ? 'afstand' : groepen ? 'relevantie' : 'naam');
      // Sorting by distance needs a point, by relevance a text; else by name.
      const sortering =
        (gevraagd === 'afstand' && punt) || (gevraagd === 'relevantie' && groepen)
          ? gevraagd
          : 'naam';
      const pagina = {
        sortering,
        offset: (query.pagina - 1) * query.paginaGrootte,
        limit: query.paginaGrootte,
      } as const;
      const antwoord = index.zoek(vraag, pagina);
      const namen = await namenVoor(scope);
      const facetTelling = antwoord.facetten;
      const aantal = (facet: string, code: string) => facetTelling.get(`${facet}:${code}`) ?? 0;
      const taxFacet = (code: 'levensdomein' | 'hulpvorm' | 'doelgroep'): FacetWaarde[] =>
        (namen.taxonomieen.find((t) => t.code === code)?.termen ?? []).map((t) => ({
          code: t.code,
          naam: t.naam,
          aantal: aantal(code, t.code),
        }));
      return {
        treffers: antwoord.treffers.map(({ weergave, afstandM }) => ({
          ...weergave,
          // No distance to a confidential address (it has no point in the answer).
          afstandKm:
            afstandM === null || weergave.lat === null ? null : Math.round(afstandM / 100) / 10,
        })),
        totaal: antwoord.totaal,
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
