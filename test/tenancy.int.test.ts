import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GemeenteScope } from '../src/server/platform/tenancy/gemeente-scope.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
let stein: { id: number };
let houten: { id: number };
const accounts: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  stein = await t.services.gemeenten.create({
    code: 'GM0882',
    naam: 'Stein',
    hostnamen: ['stein.example.nl'],
    instellingen: { loket: { telefoonnummer: '046 111 11 11' } },
  });
  houten = await t.services.gemeenten.create({
    code: 'GM0321',
    naam: 'Houten',
    hostnamen: ['houten.example.nl'],
    instellingen: { loket: { telefoonnummer: '030 222 22 22' } },
  });
  for (const n of [1, 2, 3, 4]) {
    accounts.push(
      (await t.services.accounts.create({ email: `persoon${n}@example.nl`, naam: `Persoon ${n}` }))
        .id,
    );
  }
});
afterAll(() => t.close());

describe('which gemeente a request belongs to', () => {
  it('follows the host name', async () => {
    const a = await t.app.inject({
      url: '/api/v1/gemeente',
      headers: { host: 'stein.example.nl' },
    });
    const b = await t.app.inject({
      url: '/api/v1/gemeente',
      headers: { host: 'houten.example.nl:443' },
    });
    expect(a.json()).toMatchObject({ code: 'GM0882', loket: { telefoonnummer: '046 111 11 11' } });
    expect(b.json()).toMatchObject({ code: 'GM0321', loket: { telefoonnummer: '030 222 22 22' } });
  });

  it('refuses to guess on a multi-tenant install without a default', async () => {
    const res = await t.app.inject({ url: '/api/v1/gemeente', headers: { host: 'localhost' } });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('KRING_GEMEENTE_ONBEKEND');
  });

  it('does not let two gemeenten claim one host name', async () => {
    await expect(
      t.services.gemeenten.create({
        code: 'GM0999',
        naam: 'Dubbel',
        hostnamen: ['stein.example.nl'],
      }),
    ).rejects.toMatchObject({ code: 'KRING_CONFLICT' });
    await expect(
      t.services.gemeenten.create({ code: 'GM0882', naam: 'Stein' }),
    ).rejects.toMatchObject({
      code: 'KRING_CONFLICT',
    });
  });

  it('uses the configured default gemeente for unclaimed host names', async () => {
    const other = await createTestApp({ defaultGemeente: 'GM0321' });
    try {
      await other.services.gemeenten.create({
        code: 'GM0882',
        naam: 'Stein',
        hostnamen: ['stein.example.nl'],
      });
      await other.services.gemeenten.create({ code: 'GM0321', naam: 'Houten' });
      const res = await other.app.inject({
        url: '/api/v1/gemeente',
        headers: { host: 'kring.example.nl' },
      });
      expect(res.json().code).toBe('GM0321');
    } finally {
      await other.close();
    }
  });
});

describe('GemeenteScope keeps every gemeente to itself', () => {
  const rollen = ['inwoner', 'vrijwilliger', 'mantelzorger', 'redacteur'] as const;
  const row = fc.record({
    gemeente: fc.constantFrom('stein', 'houten'),
    account: fc.integer({ min: 0, max: 3 }),
    rol: fc.constantFrom(...rollen),
  });

  it('never returns, changes or deletes rows of another gemeente', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(row, {
          selector: (r) => `${r.gemeente}:${r.account}:${r.rol}`,
          maxLength: 20,
        }),
        async (rows) => {
          const scopes = {
            stein: new GemeenteScope(t.database.db, stein.id),
            houten: new GemeenteScope(t.database.db, houten.id),
          };
          await t.database.db.deleteFrom('rollen').execute();
          for (const r of rows) {
            await scopes[r.gemeente]
              .insertInto('rollen', { account_id: accounts[r.account]!, rol: r.rol, functie: null })
              .execute();
          }
          for (const name of ['stein', 'houten'] as const) {
            const scope = scopes[name];
            const seen = await scope.selectFrom('rollen').selectAll().execute();
            expect(seen.every((s) => s.gemeente_id === scope.gemeenteId)).toBe(true);
            expect(seen).toHaveLength(rows.filter((r) => r.gemeente === name).length);
          }
          // An update and a delete through Stein's scope leave Houten's rows untouched.
          const houtenBefore = await scopes.houten
            .selectFrom('rollen')
            .selectAll()
            .orderBy('account_id')
            .orderBy('rol')
            .execute();
          await scopes.stein.updateTable('rollen').set({ functie: 'gewijzigd' }).execute();
          await scopes.stein.deleteFrom('rollen').where('rol', '=', 'inwoner').execute();
          const houtenAfter = await scopes.houten
            .selectFrom('rollen')
            .selectAll()
            .orderBy('account_id')
            .orderBy('rol')
            .execute();
          expect(houtenAfter).toEqual(houtenBefore);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('stamps inserts with its own gemeente, whatever the caller passes', async () => {
    const scope = new GemeenteScope(t.database.db, stein.id);
    await t.database.db.deleteFrom('rollen').execute();
    await scope
      .insertInto('rollen', {
        account_id: accounts[0]!,
        rol: 'inwoner',
        functie: null,
        gemeente_id: houten.id,
      } as never)
      .execute();
    const all = await t.database.db.selectFrom('rollen').select('gemeente_id').execute();
    expect(all).toEqual([{ gemeente_id: stein.id }]);
  });

  it('keeps the scope inside a transaction and rolls back as one', async () => {
    const scope = new GemeenteScope(t.database.db, houten.id);
    await t.database.db.deleteFrom('rollen').execute();
    await expect(
      scope.transaction(async (tx) => {
        await tx
          .insertInto('rollen', { account_id: accounts[1]!, rol: 'vrijwilliger', functie: null })
          .execute();
        throw new Error('halverwege mis');
      }),
    ).rejects.toThrow('halverwege mis');
    expect(await scope.selectFrom('rollen').selectAll().execute()).toEqual([]);
  });

  it('cannot be made without a real gemeente id', () => {
    expect(() => new GemeenteScope(t.database.db, 0)).toThrow(TypeError);
    expect(() => new GemeenteScope(t.database.db, Number.NaN)).toThrow(TypeError);
  });
});
