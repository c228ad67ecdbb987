import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { GemeenteScope } from '../../src/server/platform/tenancy/gemeente-scope.ts';
import { api, dag } from './api-van-pagina.ts';
import type { E2E } from './harness.ts';
import { inloggenAls } from './inloggen-als.ts';

/** The demo gemeente's mantelzorgconsulent (Steunpunt Mantelzorg). */
export const CONSULENT = 'mantelzorgconsulent@demo.example';
export const JAAR = new Date().getFullYear();

function scopeVan(kring: E2E) {
  const { services, database } = kring.kring;
  return services.gemeenten
    .ref('GM0882')
    .then((gemeente) => new GemeenteScope(database.db, gemeente.id));
}

/** Residents of the demo gemeente, each with only the role inwoner: [e-mail, name]. */
export async function maakInwoners(kring: E2E, mensen: readonly (readonly [string, string])[]) {
  const scope = await scopeVan(kring);
  for (const [email, naam] of mensen) {
    const account = await kring.kring.services.accounts.create({ email, naam });
    await kring.kring.services.accounts.grantRole(scope, account.id, { rol: 'inwoner' });
  }
}

/**
 * The consulent, logged in on a page of their own, sets up this year's waardering of their
 * steunpunt with these rules (open since yesterday, deadline in 30 days unless given).
 */
export async function consulentMetRonde(
  kring: E2E,
  regels: Record<string, unknown>,
): Promise<{ consulent: Page; rondeId: string; steunpunt: string }> {
  const consulent = await kring.open('/');
  const { accountId } = await inloggenAls(kring, consulent.context(), CONSULENT);
  const steunpunt = (
    await kring.kring.services.accounts.rolesOf(await scopeVan(kring), accountId)
  ).find((r) => r.functie === 'mantelzorgconsulent')?.organisatie_id;
  expect(steunpunt).toBeTruthy();
  const ronde = await api(consulent, 'POST', '/mantelzorg/waarderingsrondes', {
    jaar: JAAR,
    organisatieId: steunpunt,
    openVanaf: dag(-1),
    deadline: dag(30),
    peildatum: dag(0),
    ...regels,
  });
  expect(ronde.status, ronde.text).toBe(201);
  return { consulent, rondeId: JSON.parse(ronde.text).id as string, steunpunt: steunpunt! };
}
