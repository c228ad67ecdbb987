import { readFileSync } from 'node:fs';
import { type RawBuilder, sql } from 'kysely';
import type { Database } from '../src/server/platform/database/connection.ts';

/**
 * A national-scale sociale kaart, made in SQL with generate_series (no row-by-row inserts):
 * organisations, `locaties` spread over the Dutch PC4 areas (nl-pc4.csv), `aanbod` with
 * realistic names, descriptions and taxonomy terms, and weekly schedules.
 *
 * Not uniform on purpose (a uniform set makes every word or filter hit a fixed share of the
 * country, which is neither how a sociale kaart looks nor a fair test):
 * - Words: every name comes from NAMEN and every description is built from three phrases
 *   of ZINNEN, both drawn with a Zipf distribution (weight of the k-th item 1/k), so a few
 *   words are very common and most are rare.
 * - Categories and filters: levensdomein, hulpvorm and doelgroep Zipf over the taxonomy
 *   terms (a quarter of the entries get a second levensdomein); cost, accessibility,
 *   referral and age with the fixed shares in `aanbod` below.
 * - Place: a PC4 area is chosen with a weight equal to the number of PC4 areas of its town
 *   (a town with 80 PC4 areas, a city, gets 80 times the weight of each of its areas compared
 *   with a village that has one): entries cluster in cities, as people do.
 * - Time: 40 % of the entries have one weekly schedule, weekdays five times as likely as a
 *   weekend day, mostly daytime hours.
 * Deterministic: every "random" choice is `hashint8(row number, salt)` into a
 * weighted "slot" array (an item with weight w appears about w times), no RNG state.
 */
/** Names by how common they are (Zipf: the k-th has weight 1/k); each gets a place suffix. */
const NAMEN = [
  'Inloop',
  'Koffieochtend',
  'Maatjesproject',
  'Wandelgroep',
  'Taalcafé',
  'Schuldhulp',
  'Ontmoetingsplek',
  'Steunpunt mantelzorg',
  'Sportclub',
  'Dagbesteding',
  'Kookclub',
  'Repair café',
  'Computerhulp',
  'Welzijnscoach',
  'Beweegclub',
  'Formulierenhulp',
  'Budgetcoach',
  'Huiswerkbegeleiding',
  'Buurtcirkel',
  'Klussendienst',
  'Zorgvrijwilligers',
  'Fietsmaatjes',
  'Moestuin',
  'Voorleesgroep',
  'Zangkoor',
  'Breiclub',
  'Rouwgroep',
  'Logeeropvang',
  'Alzheimer café',
  'Jongerenwerk',
  'Opvoedsteunpunt',
  'Buurtbus',
  'Valpreventie',
  'Vriendschapsdienst',
  'Boodschappenhulp',
  'Thuisadministratie',
  'Lotgenotengroep',
  'Schrijfgroep',
  'Schaakclub',
  'Muziekles',
];
/** Description phrases by how common they are (Zipf again). */
const ZINNEN = [
  'hulp en advies',
  'contact met anderen',
  'koffie drinken en praten',
  'samen activiteiten doen',
  'ondersteuning thuis',
  'bewegen en sporten',
  'wandelen in de buurt',
  'Nederlands oefenen met een taalmaatje',
  'hulp bij geldzaken en schulden',
  'een maatje voor contact',
  'ondersteuning voor mantelzorgers',
  'samen koken en eten',
  'hulp met de computer en de telefoon',
  'formulieren invullen',
  'spullen repareren',
  'tuinieren met buren',
  'fietsen met een vrijwilliger',
  'voorlezen aan kinderen',
  'huiswerk maken',
  'logeren voor rust',
  'praten over rouw en verlies',
  'zingen in een koor',
  'klussen in huis',
  'vervoer naar de dokter',
  'boodschappen doen',
  'geheugenproblemen en dementie',
  'opvoeden en opgroeien',
  'werk en dagritme',
  'vrijwilligerswerk vinden',
  'creatief bezig zijn',
];

/** Item indexes (1-based) each repeated about `schaal * gewicht` times. */
function slots(gewichten: number[], schaal = 1000): number[] {
  const uit: number[] = [];
  gewichten.forEach((g, i) => {
    for (let k = 0; k < Math.max(1, Math.round(g * schaal)); k++) uit.push(i + 1);
  });
  return uit;
}
const zipf = (n: number) => Array.from({ length: n }, (_, k) => 1 / (k + 1));

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
  // Population proxy: a PC4 area weighs as much as its town has PC4 areas.
  const perPlaats = new Map<string, number>();
  for (const [, plaats] of pc4) perPlaats.set(plaats!, (perPlaats.get(plaats!) ?? 0) + 1);
  const pc4Slots = slots(
    pc4.map(([, plaats]) => perPlaats.get(plaats!)!),
    1,
  );
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
  await sql`DROP TABLE IF EXISTS bench_pc4_slot`.execute(db);
  await sql`CREATE TABLE bench_pc4_slot (slot integer PRIMARY KEY, rn integer)`.execute(db);
  for (let i = 0; i < pc4Slots.length; i += 5000) {
    const deel = pc4Slots.slice(i, i + 5000);
    await sql`INSERT INTO bench_pc4_slot VALUES ${sql.join(
      deel.map((rn, j) => sql`(${i + j}, ${rn})`),
    )}`.execute(db);
  }
  const termen = await sql<{ code: string; taxonomie: string }>`
    SELECT t.code, x.code AS taxonomie FROM taxonomie_termen t
    JOIN taxonomieen x ON x.gemeente_id = t.gemeente_id AND x.id = t.taxonomie_id
    WHERE t.gemeente_id = ${gemeenteId} ORDER BY x.code, t.volgorde`.execute(db);
  const codes = (tax: string) => termen.rows.filter((t) => t.taxonomie === tax).map((t) => t.code);
  const arr = (v: string[]) => sql`(cast(${sql.val(v)} as text[]))`;
  const ints = (v: number[]) => sql`(cast(${sql.val(v)} as integer[]))`;
  /** A deterministic pseudo-random integer 0..m-1 for row i and salt (PostgreSQL's own int8 hash). */
  const h = (i: string, salt: number, m: number | RawBuilder<unknown>) =>
    sql`((cast(hashint8(cast(${sql.ref(i)} AS bigint) * 1000 + ${salt}) AS bigint) + 2147483648) % ${m})`;
  /** Pick from `namen` with Zipf weights for row i. */
  const kies = (namen: string[], i: string, salt: number) => {
    const s = slots(zipf(namen.length));
    return sql`${arr(namen)}[${ints(s)}[1 + ${h(i, salt, s.length)}]]`;
  };
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
    JOIN bench_pc4_slot s ON s.slot = ${h('i', 1, pc4Slots.length)}
    JOIN bench_pc4 p ON p.rn = s.rn
    JOIN bench_org o ON o.rn = 1 + i % ${opties.organisaties}`.execute(db);
  await sql`DROP TABLE IF EXISTS bench_loc`.execute(db);
  await sql`CREATE TABLE bench_loc AS
    SELECT l.id, l.organisatie_id, l.plaats, cast(substr(l.extern_id, 11) AS integer) AS rn FROM locaties l
    WHERE gemeente_id = ${G} AND extern_id LIKE 'bench-loc-%'`.execute(db);
  await sql`CREATE INDEX ON bench_loc (rn)`.execute(db);

  const ld = codes('levensdomein');
  const hv = codes('hulpvorm');
  const dg = codes('doelgroep');
  const pct = (salt: number) => h('i', salt, 100);
  // 10 % of the entries are at home or online (no location).
  await sql`INSERT INTO aanbod (gemeente_id, organisatie_id, locatie_id, extern_id, status, soort,
      naam, beschrijving, kosten_soort, kosten_bedrag, toegankelijkheid, levensdomeinen,
      hulpvormen, doelgroepen, trefwoorden, minimum_leeftijd, maximum_leeftijd,
      verwijzing_nodig, diagnose_nodig)
    SELECT ${G}, l.organisatie_id, CASE WHEN ${pct(2)} < 10 THEN NULL ELSE l.id END, 'bench-' || i,
      CASE WHEN ${pct(3)} < 4 THEN 'concept' WHEN ${pct(3)} < 7 THEN 'gearchiveerd' ELSE 'gepubliceerd' END,
      (ARRAY['dienst','activiteit','groep','evenement'])[1 + ${h('i', 4, 4)}],
      ${kies(NAMEN, 'i', 5)} || ' ' || l.plaats,
      'Wij bieden ' || ${kies(ZINNEN, 'i', 6)} || ' en ' || ${kies(ZINNEN, 'i', 7)} ||
        '. Iedereen is welkom. Ook ' || ${kies(ZINNEN, 'i', 8)} || ' in uw eigen wijk.',
      CASE WHEN ${pct(9)} < 60 THEN 'gratis' WHEN ${pct(9)} < 85 THEN 'vast' ELSE 'inkomensafhankelijk' END,
      CASE WHEN ${pct(9)} BETWEEN 60 AND 84 THEN 2.5 ELSE NULL END,
      CASE WHEN ${pct(10)} < 25 THEN ARRAY['rolstoel','aangepast-toilet']
        WHEN ${pct(10)} < 50 THEN ARRAY['rolstoel'] WHEN ${pct(10)} < 55 THEN ARRAY['ringleiding']
        ELSE ARRAY[]::text[] END,
      CASE WHEN ${pct(11)} < 25 THEN ARRAY[${kies(ld, 'i', 12)}, ${kies(ld, 'i', 13)}]
        ELSE ARRAY[${kies(ld, 'i', 12)}] END,
      ARRAY[${kies(hv, 'i', 14)}],
      ARRAY[${kies(dg, 'i', 15)}],
      ARRAY[]::text[],
      CASE WHEN ${pct(16)} < 10 THEN 18 WHEN ${pct(16)} < 13 THEN 55 ELSE NULL END,
      CASE WHEN ${pct(16)} BETWEEN 13 AND 17 THEN 18 ELSE NULL END,
      ${pct(17)} < 20, ${pct(17)} < 8
    FROM generate_series(1, ${opties.aanbod}) AS i
    JOIN bench_loc l ON l.rn = 1 + ${h('i', 18, opties.locaties)}`.execute(db);

  const dagen = slots([5, 5, 5, 5, 5, 1, 1]);
  await sql`INSERT INTO roosters (gemeente_id, aanbod_id, freq, byday, opens_at, closes_at)
    SELECT ${G}, a.id, 'WEEKLY',
      (ARRAY['MO','TU','WE','TH','FR','SA','SU'])[${ints(dagen)}[1 + ${h('rn', 20, dagen.length)}]],
      make_time(cast(8 + ${h('rn', 21, 6)} + CASE WHEN ${h('rn', 22, 10)} = 0 THEN 5 ELSE 0 END AS integer), 0, 0),
      make_time(cast(10 + ${h('rn', 21, 6)} + CASE WHEN ${h('rn', 22, 10)} = 0 THEN 5 ELSE 0 END + ${h('rn', 23, 4)} AS integer), 0, 0)
    FROM (SELECT id, cast(substr(extern_id, 7) AS integer) AS rn FROM aanbod
          WHERE gemeente_id = ${G} AND extern_id LIKE 'bench-%') r
    JOIN aanbod a ON a.gemeente_id = ${G} AND a.id = r.id
    WHERE ${h('rn', 19, 100)} < 40`.execute(db);
  for (const t of ['bench_pc4', 'bench_pc4_slot', 'bench_org', 'bench_loc']) {
    await sql`DROP TABLE ${sql.table(t)}`.execute(db);
  }
  await sql`ANALYZE`.execute(db);
}
