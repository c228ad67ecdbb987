import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';
import { samenvatting } from './omzetten.ts';
import { leesPostcodes, type Postcodegebied } from './postcodes.ts';
import type { RoosterRegel } from './rooster.ts';
import type { IndexRij, Weergave } from './zoekindex.ts';

let postcodeCache: Map<string, Postcodegebied> | undefined;

/** Synonyms and taxonomies change rarely (migrations, admin); a short per-process cache. */
const CACHE_MS = 60_000;

function cache<T>(laad: (scope: GemeenteScope) => Promise<T>) {
  const opgeslagen = new Map<number, { tot: number; waarde: Promise<T> }>();
  return {
    lees(scope: GemeenteScope, nu = Date.now()): Promise<T> {
      const hit = opgeslagen.get(scope.gemeenteId);
      if (hit && hit.tot > nu) return hit.waarde;
      const waarde = laad(scope);
      opgeslagen.set(scope.gemeenteId, { tot: nu + CACHE_MS, waarde });
      // A failed read is not kept.
      waarde.catch(() => opgeslagen.delete(scope.gemeenteId));
      return waarde;
    },
    vergeet(gemeenteId: number) {
      opgeslagen.delete(gemeenteId);
    },
  };
}

/** Search: postcodes, synonyms, taxonomies, results, counts and facets. */
export function createZoekRepository() {
  const synoniemen = cache(async (scope) => {
    const rows = await scope.selectFrom('synoniemen').select(['woord', 'alternatieven']).execute();
    return new Map(rows.map((r) => [r.woord, r.alternatieven]));
  });
  const taxonomieen = cache(async (scope) => {
    const taxonomieen = await scope
      .selectFrom('taxonomieen')
      .select(['id', 'code', 'naam', 'beschrijving', 'versie'])
      .orderBy('code')
      .execute();
    const termen = await scope
      .selectFrom('taxonomie_termen')
      .select(['id', 'taxonomie_id', 'code', 'naam', 'naam_en', 'beschrijving', 'bovenliggend_id'])
      .orderBy('volgorde')
      .orderBy('naam')
      .execute();
    return { taxonomieen, termen };
  });
  return {
    /** The PC4 areas; read once from the CSV that ships with the module. */
    postcodes(): Map<string, Postcodegebied> {
      postcodeCache ??= leesPostcodes(
        readFileSync(new URL('./data/nl-pc4.csv', import.meta.url), 'utf8'),
      );
      return postcodeCache;
    },

    /** Cached for a minute per gemeente (see `vergeetZoekCache`). */
    synoniemen(scope: GemeenteScope): Promise<Map<string, string[]>> {
      return synoniemen.lees(scope);
    },

    /** Cached for a minute per gemeente (see `vergeetZoekCache`). */
    taxonomieen(scope: GemeenteScope) {
      return taxonomieen.lees(scope);
    },

    /** Call after changing a gemeente's synonyms or taxonomies. */
    vergeetZoekCache(gemeenteId: number): void {
      synoniemen.vergeet(gemeenteId);
      taxonomieen.vergeet(gemeenteId);
    },

    /**
     * How far the gemeente's searchable data has changed (0008) and, in the same round trip,
     * the Dutch stems of `woorden` as to_tsquery makes them (a stop word has none).
     */
    async zoekStand(
      scope: GemeenteScope,
      woorden: string[],
    ): Promise<{ versie: number; volledigVanaf: number; stammen: Map<string, string[]> }> {
      const row = await scope
        .selectFrom('kaart_zoekstand')
        .select([
          'versie',
          'volledig_vanaf',
          sql<string[]>`array(SELECT to_tsquery('dutch', w || ':*')::text
            FROM unnest(cast(${sql.val(woorden)} AS text[])) AS w)`.as('stammen'),
        ])
        .executeTakeFirst();
      const stammen = new Map<string, string[]>();
      woorden.forEach((w, i) => {
        const q = row?.stammen[i] ?? '';
        stammen.set(
          w,
          [...q.matchAll(/'([^']+)'/g)].map((m) => m[1]!),
        );
      });
      return {
        versie: Number(row?.versie ?? 0),
        volledigVanaf: Number(row?.volledig_vanaf ?? 0),
        stammen,
      };
    },

    /**
     * What the search index needs of the entries changed after version `na` (all of them
     * when null): published entries as rows, the others as ids to drop. `versie` is the
     * highest version read.
     */
    async indexRijen(
      scope: GemeenteScope,
      na: number | null,
    ): Promise<{ rijen: IndexRij[]; weg: string[]; versie: number }> {
      let q = scope
        .selectFrom('aanbod')
        .leftJoin('locaties', (j) =>
          j
            .onRef('locaties.gemeente_id', '=', 'aanbod.gemeente_id')
            .onRef('locaties.id', '=', 'aanbod.locatie_id'),
        )
        .innerJoin('organisaties', (j) =>
          j
            .onRef('organisaties.gemeente_id', '=', 'aanbod.gemeente_id')
            .onRef('organisaties.id', '=', 'aanbod.organisatie_id'),
        )
        .select([
          'aanbod.id',
          'aanbod.status',
          'aanbod.soort',
          'aanbod.beschrijving',
          'aanbod.naam_en',
          'aanbod.beschrijving_en',
          'organisaties.naam as organisatie_naam',
          'locaties.plaats',
          'locaties.lat',
          'locaties.lon',
          'locaties.vertrouwelijk',
          'aanbod.laatst_gecontroleerd_op',
          'aanbod.zoekversie',
          'aanbod.naam',
          'aanbod.organisatie_id',
          sql<string[]>`tsvector_to_array(ts_filter(aanbod.zoekvector, '{a}'))`.as('lexemen_a'),
          sql<string[]>`tsvector_to_array(ts_filter(aanbod.zoekvector, '{b,c}'))`.as('lexemen_b'),
          sql<string[]>`tsvector_to_array(ts_filter(aanbod.zoekvector, '{d}'))`.as('lexemen_d'),
          'aanbod.zoektekst',
          'aanbod.levensdomeinen',
          'aanbod.hulpvormen',
          'aanbod.doelgroepen',
          'aanbod.toegankelijkheid',
          'aanbod.kosten_soort',
          'aanbod.minimum_leeftijd',
          'aanbod.maximum_leeftijd',
          'aanbod.verwijzing_nodig',
          'aanbod.diagnose_nodig',
          'aanbod.gewijzigd_op',
          'locaties.zoek_lat',
          'locaties.zoek_lon',
        ]);
      q =
        na === null
          ? q.where('aanbod.status', '=', 'gepubliceerd')
          : q.where('aanbod.zoekversie', '>', String(na));
      const rows = await q.execute();
      const gepubliceerd = rows.filter((r) => r.status === 'gepubliceerd');
      const roosters = new Map<string, RoosterRegel[]>();
      if (gepubliceerd.length) {
        let rq = scope
          .selectFrom('roosters')
          .innerJoin('aanbod', (j) =>
            j
              .onRef('aanbod.gemeente_id', '=', 'roosters.gemeente_id')
              .onRef('aanbod.id', '=', 'roosters.aanbod_id'),
          )
          .where('aanbod.status', '=', 'gepubliceerd')
          .select([
            'roosters.aanbod_id',
            'roosters.freq',
            'roosters.interval',
            'roosters.byday',
            sql<string | null>`to_char(roosters.dtstart, 'YYYY-MM-DD')`.as('dtstart'),
            sql<string | null>`to_char(roosters.until, 'YYYY-MM-DD')`.as('until'),
            sql<string | null>`to_char(roosters.opens_at, 'HH24:MI')`.as('opens_at'),
            sql<string | null>`to_char(roosters.closes_at, 'HH24:MI')`.as('closes_at'),
            sql<string | null>`to_char(roosters.valid_from, 'YYYY-MM-DD')`.as('valid_from'),
            sql<string | null>`to_char(roosters.valid_to, 'YYYY-MM-DD')`.as('valid_to'),
            'roosters.gesloten',
          ]);
        if (na !== null) rq = rq.where('aanbod.zoekversie', '>', String(na));
        for (const r of await rq.execute()) {
          const regel: RoosterRegel = {
            freq: r.freq,
            interval: r.interval,
            byday: r.byday,
            dtstart: r.dtstart,
            until: r.until,
            opensAt: r.opens_at,
            closesAt: r.closes_at,
            validFrom: r.valid_from,
            validTo: r.valid_to,
            gesloten: r.gesloten,
            beschrijving: '',
          };
          const lijst = roosters.get(r.aanbod_id);
          if (lijst) lijst.push(regel);
          else roosters.set(r.aanbod_id, [regel]);
        }
      }
      let versie = na ?? 0;
      for (const r of rows) versie = Math.max(versie, Number(r.zoekversie));
      return {
        versie,
        weg: rows.filter((r) => r.status !== 'gepubliceerd').map((r) => r.id),
        rijen: gepubliceerd.map(
          (r): IndexRij => ({
            id: r.id,
            // What a result shows; a confidential address keeps its place name, never its point.
            weergave: {
              id: r.id,
              naam: r.naam,
              naamEn: r.naam_en,
              soort: r.soort as Weergave['soort'],
              samenvatting: samenvatting(r.beschrijving),
              samenvattingEn: r.beschrijving_en ? samenvatting(r.beschrijving_en) : null,
              organisatie: { id: r.organisatie_id, naam: r.organisatie_naam },
              plaats: r.plaats,
              lat: r.vertrouwelijk ? null : r.lat,
              lon: r.vertrouwelijk ? null : r.lon,
              kosten: r.kosten_soort as Weergave['kosten'],
              toegankelijkheid: r.toegankelijkheid as Weergave['toegankelijkheid'],
              zonderVerwijzing: !r.verwijzing_nodig && !r.diagnose_nodig,
              laatstGecontroleerdOp: r.laatst_gecontroleerd_op.toISOString(),
            },
            naam: r.naam,
            organisatieId: r.organisatie_id,
            lexemen: { a: r.lexemen_a, b: r.lexemen_b, d: r.lexemen_d },
            zoektekst: r.zoektekst,
            levensdomeinen: r.levensdomeinen,
            hulpvormen: r.hulpvormen,
            doelgroepen: r.doelgroepen,
            toegankelijkheid: r.toegankelijkheid,
            kosten: r.kosten_soort,
            minimumLeeftijd: r.minimum_leeftijd,
            maximumLeeftijd: r.maximum_leeftijd,
            zonderVerwijzing: !r.verwijzing_nodig && !r.diagnose_nodig,
            gewijzigdOp: r.gewijzigd_op.getTime(),
            punt:
              r.zoek_lat === null || r.zoek_lon === null
                ? null
                : { lat: r.zoek_lat, lon: r.zoek_lon },
            roosters: roosters.get(r.id) ?? [],
          }),
        ),
      };
    },
  };
}
