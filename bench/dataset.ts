import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Database } from '../src/server/platform/database/connection.ts';

/**
 * A national-scale sociale kaart, made in SQL with generate_series (no row-by-row inserts):
 * organisations, `locaties` spread over the Dutch PC4 areas (nl-pc4.csv), `aanbod` with
 * realistic names and taxonomy terms, and weekly schedules for a third of the entries.
 * Deterministic: every "random" choice is arithmetic on the row number.
 */
const NAMEN = [
  'Kookclub',
  'Wandelgroep',
  'Taalcafé',
  'Repair café',
  'Maatjesproject',
  'Schuldhulp',
  'Inloop',
  'Buurtcirkel',
  'Steunpunt mantelzorg',
  'Sportclub',
  'Dagbesteding',
  'Logeeropvang',
  'Fietsmaatjes',
  'Computerhulp',
  'Koffieochtend',
  'Zorgvrijwilligers',
  'Welzijnscoach',
  'Ontmoetingsplek',
  'Moestuin',
  'Voorleesgroep',
  'Huiswerkbegeleiding',
  'Rouwgroep',
  'Beweegclub',
  'Formulierenhulp',
  'Klussendienst',
  'Budgetcoach',
  'Zangkoor',
  'Breiclub',
];
const WOORDEN = [
  'samen koken en eten',
  'wandelen in de buurt',
  'Nederlands oefenen',
  'spullen repareren',
  'een maatje voor contact',
  'hulp bij geldzaken',
  'koffie drinken en praten',
  'ondersteuning voor mantelzorgers',
  'bewegen en sporten',
  'hulp met de computer',
  'fietsen met een vrijwilliger',
  'tuinieren met buren',
  'logeren voor rust',
];

export async function maakDataset(
  database: Database,
  gemeenteId: number,
  opties: { aanbod: number; locaties: number; organisaties: number },
): Promise<void> {
  const db = database.db;
  const pc4 = readFileSync(
    new URL('../src/server/modules/sociale-kaart/data/nl-pc4.csv', import.meta.url),
    'utf8',
  )
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((r) => r.split(','));
  await sql`DROP TABLE IF EXISTS bench_pc4`.execute(db);
  await sql`CREATE TABLE bench_pc4 (rn integer PRIMARY KEY, pc4 text, plaats text, lat float8, lon float8)`.execute(
    db,
  );
  for (let i = 0; i < pc4.length; i += 1000) {
    const deel = pc4.slice(i, i + 1000);
    await sql`INSERT INTO bench_pc4 VALUES ${sql.join(
      deel.map(
        ([code, plaats, lat, lon], j) =>
          sql`(${i + j + 1}, ${code}, ${plaats}, ${Number(lat)}, ${Number(lon)})`,
      ),
    )}`.execute(db);
  }
  const termen = await sql<{ code: string; taxonomie: string }>`
    SELECT t.code, x.code AS taxonomie FROM taxonomie_termen t
    JOIN taxonomieen x ON x.gemeente_id = t.gemeente_id AND x.id = t.taxonomie_id
    WHERE t.gemeente_id = ${gemeenteId} ORDER BY x.code, t.code`.execute(db);
  const codes = (tax: string) => termen.rows.filter((t) => t.taxonomie === tax).map((t) => t.code);
  const arr = (v: string[]) => sql`(cast(${sql.val(v)} as text[]))`;
  const n = pc4.length;
  const G = gemeenteId;

  await sql`INSERT INTO organisaties (gemeente_id, naam, soort, op_kaart, beschrijving, extern_id)
    SELECT ${G}, 'Organisatie ' || i,
      (ARRAY['welzijn','zorg','vrijwilligersorganisatie','informeel','overig'])[1 + i % 5],
      true, 'Een organisatie in de buurt.', 'bench-org-' || i
    FROM generate_series(1, ${opties.organisaties}) AS i`.execute(db);
  await sql`DROP TABLE IF EXISTS bench_org`.execute(db);
  await sql`CREATE TABLE bench_org AS
    SELECT id, cast(substr(extern_id, 11) AS integer) AS rn FROM organisaties
    WHERE gemeente_id = ${G} AND extern_id LIKE 'bench-org-%'`.execute(db);
  await sql`CREATE INDEX ON bench_org (rn)`.execute(db);

  await sql`INSERT INTO locaties (gemeente_id, organisatie_id, naam, adres, postcode, plaats,
      lat, lon, zoek_lat, zoek_lon, extern_id)
    SELECT ${G}, o.id, 'Buurthuis ' || i, 'Dorpsstraat ' || (1 + i % 200), p.pc4, p.plaats,
      p.lat + ((cast(i AS bigint) * 7919) % 1000 - 500) / 60000.0, p.lon + ((cast(i AS bigint) * 104729) % 1000 - 500) / 40000.0,
      p.lat + ((cast(i AS bigint) * 7919) % 1000 - 500) / 60000.0, p.lon + ((cast(i AS bigint) * 104729) % 1000 - 500) / 40000.0,
      'bench-loc-' || i
    FROM generate_series(1, ${opties.locaties}) AS i
    JOIN bench_pc4 p ON p.rn = 1 + (i * 31) % ${n}
    JOIN bench_org o ON o.rn = 1 + i % ${opties.organisaties}`.execute(db);
  await sql`DROP TABLE IF EXISTS bench_loc`.execute(db);
  await sql`CREATE TABLE bench_loc AS
    SELECT id, organisatie_id, cast(substr(extern_id, 11) AS integer) AS rn FROM locaties
    WHERE gemeente_id = ${G} AND extern_id LIKE 'bench-loc-%'`.execute(db);
  await sql`CREATE INDEX ON bench_loc (rn)`.execute(db);

  const ld = codes('levensdomein');
  const hv = codes('hulpvorm');
  const dg = codes('doelgroep');
  await sql`INSERT INTO aanbod (gemeente_id, organisatie_id, locatie_id, extern_id, status, soort,
      naam, beschrijving, kosten_soort, kosten_bedrag, toegankelijkheid, levensdomeinen,
      hulpvormen, doelgroepen, trefwoorden, minimum_leeftijd, verwijzing_nodig, diagnose_nodig)
    SELECT ${G}, l.organisatie_id, l.id, 'bench-' || i, 'gepubliceerd',
      (ARRAY['dienst','activiteit','groep','evenement'])[1 + i % 4],
      ${arr(NAMEN)}[1 + i % ${NAMEN.length}] || ' ' || (1 + i % 997),
      'Wij bieden ' || ${arr(WOORDEN)}[1 + (i / 7) % ${WOORDEN.length}] || '. Iedereen is welkom, ' ||
        ${arr(WOORDEN)}[1 + (i / 3) % ${WOORDEN.length}] || ' in uw eigen wijk.',
      (ARRAY['gratis','vast','inkomensafhankelijk'])[1 + i % 3],
      CASE WHEN i % 3 = 1 THEN 2.5 ELSE NULL END,
      CASE i % 4 WHEN 0 THEN ARRAY['rolstoel','aangepast-toilet'] WHEN 1 THEN ARRAY['rolstoel']
        WHEN 2 THEN ARRAY['ringleiding'] ELSE ARRAY[]::text[] END,
      ARRAY[${arr(ld)}[1 + i % ${ld.length}]],
      ARRAY[${arr(hv)}[1 + (i / 5) % ${hv.length}]],
      ARRAY[${arr(dg)}[1 + (i / 11) % ${dg.length}]],
      ARRAY[]::text[],
      CASE WHEN i % 10 = 0 THEN 18 ELSE NULL END,
      i % 6 = 0, i % 12 = 0
    FROM generate_series(1, ${opties.aanbod}) AS i
    JOIN bench_loc l ON l.rn = 1 + (i * 13) % ${opties.locaties}`.execute(db);

  await sql`INSERT INTO roosters (gemeente_id, aanbod_id, freq, byday, opens_at, closes_at)
    SELECT ${G}, a.id, 'WEEKLY', (ARRAY['MO','TU','WE','TH','FR','SA','SU'])[1 + r.rn % 7],
      make_time(8 + cast(r.rn % 6 AS integer), 0, 0),
      make_time(10 + cast(r.rn % 6 AS integer) + cast(r.rn % 5 AS integer), 0, 0)
    FROM (SELECT id, cast(substr(extern_id, 7) AS integer) AS rn FROM aanbod
          WHERE gemeente_id = ${G} AND extern_id LIKE 'bench-%') r
    JOIN aanbod a ON a.gemeente_id = ${G} AND a.id = r.id
    WHERE r.rn % 3 = 0`.execute(db);
  for (const t of ['bench_pc4', 'bench_org', 'bench_loc']) {
    await sql`DROP TABLE ${sql.table(t)}`.execute(db);
  }
  await sql`ANALYZE`.execute(db);
}
