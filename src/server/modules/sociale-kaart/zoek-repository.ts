import { readFileSync } from 'node:fs';
import { type RawBuilder, sql } from 'kysely';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';
import type { Dag, KostenSoort } from './model.ts';
import { leesPostcodes, type Postcodegebied } from './postcodes.ts';
import type { TrefferRij } from './rijen.ts';
import type { Kandidaat } from './zoekvraag.ts';

/** What the search filters on; built by the service from the query. */
export interface ZoekFilters {
  /** A tsquery text made by zoekvraag.ts (only letters, digits, `:*`, `|`, `&`, brackets). */
  tsQuery: string | null;
  /** The typed words, for trigram similarity (typos) and the rank. */
  woorden: string | null;
  /**
   * Also match by trigram word similarity (`woorden <% zoektekst`). Only the fallback for
   * when full text finds (almost) nothing: it is the most expensive condition per row.
   */
  typos?: boolean;
  punt: { lat: number; lon: number } | null;
  straalMeter: number | null;
  levensdomein: string[];
  hulpvorm: string[];
  doelgroep: string[];
  kosten: KostenSoort[];
  toegankelijkheid: string[];
  leeftijd: number | null;
  zonderVerwijzing: boolean;
  organisatieId: string | null;
  dag: Dag | null;
  /** "Open now": the local date and time with the BYDAY values that match it. */
  open: { datum: string; tijd: string; week: string[]; maand: string[] } | null;
  /** Changed on or after this moment (HSDS `modified_after`). */
  gewijzigdNa?: Date | null;
  /** Only entries at a location (HSDS `service_at_locations`). */
  metLocatie?: boolean;
}

export type Sortering = 'relevantie' | 'afstand' | 'naam';

const tekstArray = (waarden: readonly string[]) =>
  sql`cast(${sql.val(waarden as string[])} as text[])`;

const zoekpunt = (p: { lat: number; lon: number }) => sql`ll_to_earth(${p.lat}, ${p.lon})`;
const locatiePunt = sql`ll_to_earth(locaties.zoek_lat, locaties.zoek_lon)`;

/** The filter as one SQL condition over `aanbod` (left-joined to `locaties`). */
function filterSql(f: ZoekFilters, gemeenteId: number): RawBuilder<boolean> {
  const delen: RawBuilder<unknown>[] = [sql`aanbod.status = 'gepubliceerd'`];
  if (f.tsQuery) {
    const tekst = f.typos && f.woorden ? sql` OR ${f.woorden} <% aanbod.zoektekst` : sql``;
    delen.push(sql`(aanbod.zoekvector @@ to_tsquery('dutch', unaccent(${f.tsQuery}))${tekst})`);
  }
  if (f.punt && f.straalMeter !== null) {
    delen.push(
      sql`(earth_box(${zoekpunt(f.punt)}, ${f.straalMeter}) @> ${locatiePunt}
        AND earth_distance(${zoekpunt(f.punt)}, ${locatiePunt}) <= ${f.straalMeter})`,
    );
  }
  if (f.levensdomein.length)
    delen.push(sql`aanbod.levensdomeinen && ${tekstArray(f.levensdomein)}`);
  if (f.hulpvorm.length) delen.push(sql`aanbod.hulpvormen && ${tekstArray(f.hulpvorm)}`);
  if (f.doelgroep.length) delen.push(sql`aanbod.doelgroepen && ${tekstArray(f.doelgroep)}`);
  if (f.kosten.length) delen.push(sql`aanbod.kosten_soort = ANY(${tekstArray(f.kosten)})`);
  if (f.toegankelijkheid.length)
    delen.push(sql`aanbod.toegankelijkheid @> ${tekstArray(f.toegankelijkheid)}`);
  if (f.leeftijd !== null) {
    delen.push(sql`(aanbod.minimum_leeftijd IS NULL OR aanbod.minimum_leeftijd <= ${f.leeftijd})
      AND (aanbod.maximum_leeftijd IS NULL OR aanbod.maximum_leeftijd >= ${f.leeftijd})`);
  }
  if (f.zonderVerwijzing)
    delen.push(sql`NOT aanbod.verwijzing_nodig AND NOT aanbod.diagnose_nodig`);
  if (f.organisatieId) delen.push(sql`aanbod.organisatie_id = ${f.organisatieId}`);
  if (f.gewijzigdNa) delen.push(sql`aanbod.gewijzigd_op >= ${f.gewijzigdNa}`);
  if (f.metLocatie) delen.push(sql`aanbod.locatie_id IS NOT NULL`);
  if (f.dag) {
    delen.push(sql`EXISTS (SELECT 1 FROM roosters r
      WHERE r.gemeente_id = aanbod.gemeente_id AND r.aanbod_id = aanbod.id
        AND NOT r.gesloten AND r.freq IS NOT NULL
        AND r.byday ~ ${`(^|,)-?[1-5]?${f.dag}(,|$)`})`);
  }
  if (f.open) {
    const d = sql`cast(${f.open.datum} as date)`;
    const t = sql`cast(${f.open.tijd} as time)`;
    // Not correlated: the schedules open now are found once (roosters_open_idx, 0007) and
    // hashed, instead of probing the schedules of every candidate entry.
    delen.push(sql`aanbod.id IN (SELECT r.aanbod_id FROM roosters r
      WHERE r.gemeente_id = ${gemeenteId} AND NOT r.gesloten
        AND r.opens_at IS NOT NULL AND r.closes_at IS NOT NULL
        AND r.opens_at <= ${t} AND ${t} < r.closes_at
        AND (r.valid_from IS NULL OR r.valid_from <= ${d})
        AND (r.valid_to IS NULL OR r.valid_to >= ${d})
        AND (r.until IS NULL OR r.until >= ${d})
        AND (
          (r.freq IS NULL AND r.dtstart = ${d})
          OR (r.freq = 'WEEKLY' AND (r.dtstart IS NULL OR r.dtstart <= ${d})
              AND string_to_array(r.byday, ',') && ${tekstArray(f.open.week)}
              AND (r.interval = 1 OR (r.dtstart IS NOT NULL AND ((${d} - r.dtstart) / 7) % r.interval = 0)))
          OR (r.freq = 'MONTHLY' AND (r.dtstart IS NULL OR r.dtstart <= ${d})
              AND string_to_array(r.byday, ',') && ${tekstArray(f.open.maand)}
              AND (r.interval = 1 OR (r.dtstart IS NOT NULL AND cast(
                (extract(year FROM ${d}) - extract(year FROM r.dtstart)) * 12
                + extract(month FROM ${d}) - extract(month FROM r.dtstart) AS integer) % r.interval = 0)))
        ))
      AND NOT EXISTS (SELECT 1 FROM roosters g
        WHERE g.gemeente_id = aanbod.gemeente_id AND g.aanbod_id = aanbod.id AND g.gesloten
          AND g.dtstart <= ${d} AND coalesce(g.until, g.dtstart) >= ${d})`);
  }
  return sql<boolean>`(${sql.join(delen, sql` AND `)})`;
}

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

const metLocaties = (scope: GemeenteScope) =>
  scope
    .selectFrom('aanbod')
    .leftJoin('locaties', (j) =>
      j
        .onRef('locaties.gemeente_id', '=', 'aanbod.gemeente_id')
        .onRef('locaties.id', '=', 'aanbod.locatie_id'),
    );

const afstandSql = (f: ZoekFilters): RawBuilder<number | null> =>
  f.punt
    ? sql<number | null>`earth_distance(${zoekpunt(f.punt)}, ${locatiePunt})`
    : sql<number | null>`NULL::double precision`;
const rangSql = (f: ZoekFilters): RawBuilder<number> =>
  f.tsQuery
    ? sql<number>`ts_rank_cd(aanbod.zoekvector, to_tsquery('dutch', unaccent(${f.tsQuery})))
        + word_similarity(${f.woorden ?? ''}, aanbod.zoektekst)`
    : sql<number>`0`;

const inIds = (ids: string[]) => sql<boolean>`aanbod.id = ANY(cast(${sql.val(ids)} AS uuid[]))`;

/** The order in which `treffers` reads matches: which max + 1 it finds first. */
export type Leesvolgorde = 'naam' | 'afstand' | 'geen';

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
     * Result rows: for `ids` (a page chosen from `kandidaten`), or else the page over every
     * match in full sort order (exact paging beyond the candidate set, HSDS).
     */
    async zoek(
      scope: GemeenteScope,
      f: ZoekFilters,
      opties: { sortering: Sortering; offset: number; limit: number; ids: string[] | null },
    ): Promise<TrefferRij[]> {
      const afstand = afstandSql(f);
      const rang = rangSql(f);
      let q = metLocaties(scope)
        .innerJoin('organisaties', (j) =>
          j
            .onRef('organisaties.gemeente_id', '=', 'aanbod.gemeente_id')
            .onRef('organisaties.id', '=', 'aanbod.organisatie_id'),
        )
        .where(opties.ids ? inIds(opties.ids) : filterSql(f, scope.gemeenteId))
        .select([
          'aanbod.id',
          'aanbod.naam',
          'aanbod.soort',
          'aanbod.beschrijving',
          'aanbod.organisatie_id',
          'organisaties.naam as organisatie_naam',
          'locaties.plaats',
          'locaties.lat',
          'locaties.lon',
          'locaties.vertrouwelijk',
          afstand.as('afstand_m'),
          'aanbod.kosten_soort',
          'aanbod.toegankelijkheid',
          'aanbod.verwijzing_nodig',
          'aanbod.diagnose_nodig',
          'aanbod.laatst_gecontroleerd_op',
        ]);
      if (opties.sortering === 'afstand' && f.punt) {
        q = q.orderBy(sql`afstand_m`, (ob) => ob.asc().nullsLast()).orderBy('aanbod.naam');
      } else if (opties.sortering === 'relevantie' && f.tsQuery) {
        q = q.orderBy(rang, 'desc').orderBy('aanbod.naam');
      } else {
        // aanbod_naam_idx (0007) gives this order, so LIMIT stops early.
        q = q.orderBy('aanbod.naam');
      }
      return (await q
        .orderBy('aanbod.id')
        .offset(opties.offset)
        .limit(opties.limit)
        .execute()) as TrefferRij[];
    },

    /**
     * The first `max` matches with what ranking and facets need: all of them when there
     * are no more (the exact set), else a bounded candidate set. `naam` reads in name order
     * (aanbod_naam_idx), `afstand` nearest first (GiST nearest-neighbour scan on
     * locaties_zoekpunt_idx, only with a radius), `geen` in the cheapest order. One pass
     * that stops after `max` rows: counting, ranking and facets then happen in memory.
     */
    async kandidaten(
      scope: GemeenteScope,
      f: ZoekFilters,
      max: number,
      volgorde: Leesvolgorde,
    ): Promise<Kandidaat[]> {
      let q = metLocaties(scope)
        .where(filterSql(f, scope.gemeenteId))
        .select([
          'aanbod.id',
          'aanbod.naam',
          rangSql(f).as('rang'),
          afstandSql(f).as('afstand_m'),
          'aanbod.levensdomeinen',
          'aanbod.hulpvormen',
          'aanbod.doelgroepen',
          'aanbod.toegankelijkheid',
          'aanbod.kosten_soort',
          sql<boolean>`NOT aanbod.verwijzing_nodig AND NOT aanbod.diagnose_nodig`.as(
            'zonder_verwijzing',
          ),
        ]);
      if (volgorde === 'naam') q = q.orderBy('aanbod.naam').orderBy('aanbod.id');
      if (volgorde === 'afstand' && f.punt && f.straalMeter !== null) {
        q = q.orderBy(sql`${locatiePunt} <-> ${zoekpunt(f.punt)}`).orderBy('aanbod.id');
      }
      const rows = await q.limit(max).execute();
      return rows.map((r) => ({ ...r, rang: Number(r.rang), afstand_m: r.afstand_m }));
    },

    /** The exact number of matches (HSDS paging; broad searches use `treffers`). */
    async aantal(scope: GemeenteScope, f: ZoekFilters): Promise<number> {
      const row = await metLocaties(scope)
        .where(filterSql(f, scope.gemeenteId))
        .select(sql<string>`count(*)`.as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
