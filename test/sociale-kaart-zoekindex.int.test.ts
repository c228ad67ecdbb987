import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakDemoKaart } from '../src/server/demo/sociale-kaart-demo.ts';
import { createSocialeKaartRepository } from '../src/server/modules/sociale-kaart/repository.ts';
import { amsterdamMoment } from '../src/server/modules/sociale-kaart/rooster.ts';
import {
  createSocialeKaartService,
  type SocialeKaartService,
} from '../src/server/modules/sociale-kaart/service.ts';
import { createMailer } from '../src/server/platform/mail/mailer.ts';
import { scopeFactory } from '../src/server/platform/tenancy/gemeente-scope.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

/**
 * Search runs on an in-memory index per app instance. These tests change the database
 * behind the back of the instance that searches (through a second instance, or plain SQL
 * as an import or a migration would) and check that the next search sees every change.
 */
let t: TestApp;
let gemeenteId: number;
let tweede: SocialeKaartService;
const STEIN = { lat: 50.9686, lon: 5.7676 };

beforeAll(async () => {
  t = await createTestApp();
  gemeenteId = (
    await t.services.gemeenten.create({ code: 'GM0882', naam: 'Stein', hostnamen: ['stein.test'] })
  ).id;
  await t.services.socialeKaart.importeer(gemeenteId, maakDemoKaart());
  const logger = pino({ level: 'silent' });
  // A second app instance on the same database: its own services, so its own index.
  tweede = createSocialeKaartService(scopeFactory(t.database.db), createSocialeKaartRepository(), {
    mailer: createMailer({
      smtpUrl: undefined,
      from: 'x <x@localhost>',
      dataDir: 'memory://',
      logger,
    }),
    logger,
  });
});
afterAll(() => t.close());

const zoek = (query: Record<string, unknown>, service = t.services.socialeKaart) =>
  service.zoek(gemeenteId, {
    pagina: 1,
    paginaGrootte: 100,
    levensdomein: [],
    hulpvorm: [],
    doelgroep: [],
    kosten: [],
    toegankelijkheid: [],
    zonderVerwijzing: false,
    nuOpen: false,
    ...query,
  });
const namen = (r: { treffers: { naam: string }[] }) => r.treffers.map((x) => x.naam);
const idVan = async (naam: string) =>
  (
    await sql<{
      id: string;
    }>`SELECT id FROM aanbod WHERE gemeente_id = ${gemeenteId} AND naam = ${naam}`.execute(
      t.database.db,
    )
  ).rows[0]!.id;

describe('the search index follows the database', () => {
  it('sees a change made by another instance or by plain SQL in the next search', async () => {
    // Both instances have built their index.
    expect(namen(await zoek({ tekst: 'kookclub' }))).toContain('Kookclub Stein');
    expect(namen(await zoek({ tekst: 'kookclub' }, tweede))).toContain('Kookclub Stein');
    const kookclub = await idVan('Kookclub Stein');

    // A new name and words.
    await sql`UPDATE aanbod SET naam = 'Kookclub Stein en omstreken', trefwoorden = '{pannenkoek}'
      WHERE gemeente_id = ${gemeenteId} AND id = ${kookclub}`.execute(t.database.db);
    expect(namen(await zoek({ tekst: 'pannenkoeken' }))).toEqual(['Kookclub Stein en omstreken']);
    expect(namen(await zoek({ tekst: 'omstreken' }, tweede))).toEqual([
      'Kookclub Stein en omstreken',
    ]);

    // The location moves 20 km away: no longer within 5 km of Stein.
    const binnen = { tekst: 'kookclub', lat: STEIN.lat, lon: STEIN.lon, straalKm: 5 };
    expect(namen(await zoek(binnen))).toContain('Kookclub Stein en omstreken');
    await sql`UPDATE locaties SET zoek_lat = zoek_lat + 0.18
      WHERE gemeente_id = ${gemeenteId}
        AND id = (SELECT locatie_id FROM aanbod WHERE gemeente_id = ${gemeenteId} AND id = ${kookclub})`.execute(
      t.database.db,
    );
    expect(namen(await zoek(binnen))).not.toContain('Kookclub Stein en omstreken');
    expect(namen(await zoek(binnen, tweede))).not.toContain('Kookclub Stein en omstreken');

    // A schedule open every day, all day: now "nu open".
    const repair = await idVan('Repair Café Stein');
    expect(namen(await zoek({ nuOpen: true }))).not.toContain('Repair Café Stein');
    await sql`INSERT INTO roosters (gemeente_id, aanbod_id, freq, byday, opens_at, closes_at)
      VALUES (${gemeenteId}, ${repair}, 'WEEKLY', 'MO,TU,WE,TH,FR,SA,SU', '00:00', '23:59')`.execute(
      t.database.db,
    );
    const open = await zoek({ nuOpen: true });
    // Unless the test runs in the last minute of the day (Amsterdam time).
    if (amsterdamMoment(new Date()).tijd < '23:59') {
      expect(namen(open)).toContain('Repair Café Stein');
    }

    // The organisation gets a new name: the results show it.
    await sql`UPDATE organisaties SET naam = 'Repair Café Stein-Oost'
      WHERE gemeente_id = ${gemeenteId}
        AND id = (SELECT organisatie_id FROM aanbod WHERE gemeente_id = ${gemeenteId} AND id = ${repair})`.execute(
      t.database.db,
    );
    const metNaam = await zoek({ tekst: 'repair' }, tweede);
    expect(metNaam.treffers.find((x) => x.naam === 'Repair Café Stein')?.organisatie.naam).toBe(
      'Repair Café Stein-Oost',
    );

    // Archived: gone from both.
    await sql`UPDATE aanbod SET status = 'gearchiveerd' WHERE gemeente_id = ${gemeenteId} AND id = ${repair}`.execute(
      t.database.db,
    );
    expect(namen(await zoek({ tekst: 'repair' }))).not.toContain('Repair Café Stein');
    expect(namen(await zoek({ tekst: 'repair' }, tweede))).not.toContain('Repair Café Stein');
  });

  it('reads everything again after a row was deleted', async () => {
    const voor = await zoek({ paginaGrootte: 1 }, tweede);
    const ids = (
      await sql<{ id: string }>`SELECT a.id FROM aanbod a
        WHERE a.gemeente_id = ${gemeenteId} AND a.status = 'gepubliceerd'
          AND NOT EXISTS (SELECT 1 FROM aanbod_voorstellen v WHERE v.gemeente_id = a.gemeente_id AND v.aanbod_id = a.id)
        ORDER BY a.naam LIMIT 1`.execute(t.database.db)
    ).rows;
    await sql`DELETE FROM aanbod WHERE gemeente_id = ${gemeenteId} AND id = ${ids[0]!.id}`.execute(
      t.database.db,
    );
    const na = await zoek({ paginaGrootte: 100 }, tweede);
    expect(na.totaal).toBe(voor.totaal - 1);
    expect(na.treffers.map((x) => x.id)).not.toContain(ids[0]!.id);
  });

  it('counts each transaction once and in commit order (kaart_zoekstand)', async () => {
    const stand = async () =>
      Number(
        (
          await sql<{
            versie: string;
          }>`SELECT versie FROM kaart_zoekstand WHERE gemeente_id = ${gemeenteId}`.execute(
            t.database.db,
          )
        ).rows[0]!.versie,
      );
    const voor = await stand();
    await t.database.db.transaction().execute(async (trx) => {
      await sql`UPDATE aanbod SET beschrijving = beschrijving || ' ' WHERE gemeente_id = ${gemeenteId}`.execute(
        trx,
      );
      await sql`UPDATE locaties SET zoek_lon = zoek_lon WHERE gemeente_id = ${gemeenteId}`.execute(
        trx,
      );
    });
    expect(await stand()).toBe(voor + 1);
    const versies = await sql<{ n: string }>`SELECT count(DISTINCT zoekversie) AS n FROM aanbod
      WHERE gemeente_id = ${gemeenteId} AND zoekversie > ${voor}`.execute(t.database.db);
    expect(Number(versies.rows[0]!.n)).toBe(1);
  });
});
