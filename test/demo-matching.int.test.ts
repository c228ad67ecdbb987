import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/server/demo/seed-demo.ts';
import { loginAls } from './helpers/login.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

/**
 * The demo gemeente's matching pool (src/server/demo/matching-demo.ts) shows what the
 * optimiser does on the first `npm start`: proposals, a reciprocal exchange and a group with
 * a place from the demo sociale kaart.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database);
});
afterAll(() => t.close());

async function alsCoordinator(method: 'GET' | 'POST', url: string) {
  const gemeente = await t.services.gemeenten.ref('GM0882');
  const account = await t.services.accounts.findByEmail('coordinator@demo.example');
  const { headers } = await loginAls(t, { gemeenteId: gemeente.id, accountId: account!.id });
  const res = await t.app.inject({ method, url: `/api/v1${url}`, headers });
  expect(res.statusCode, res.body).toBe(200);
  // biome-ignore lint/suspicious/noExplicitAny: test answers are read loosely
  return res.json() as any;
}

describe('the demo matching pool', () => {
  it('lets the coordinator run the optimiser with exchanges and a group at once', async () => {
    const bord = await alsCoordinator('GET', '/loket/matchbord');
    expect(bord.vragen.length).toBeGreaterThanOrEqual(7);
    expect(bord.vrijwilligers.length).toBeGreaterThanOrEqual(5);
    const run = await alsCoordinator('POST', '/loket/optimalisaties');
    expect(run.geholpen).toBeGreaterThanOrEqual(4);
    expect(run.geholpen).toBeGreaterThanOrEqual(run.geholpenGretig);
    const namen = run.ruilvoorstellen.flatMap((r: { schakels: { helper: string }[] }) =>
      r.schakels.map((s) => s.helper),
    );
    expect(namen).toEqual(expect.arrayContaining(['Rik Hendriks', 'Tess Willems']));
    const groep = run.groepsvoorstellen.find(
      (g: { categorie: string }) => g.categorie === 'wandelen',
    );
    expect(groep.leden).toHaveLength(3);
    expect(groep.tijdvak).toBe('MO-ochtend');
    expect(groep.plek?.naam).toMatch(/[Ww]andel/);
  });
});
