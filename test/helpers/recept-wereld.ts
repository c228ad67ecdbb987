import { GemeenteScope } from '../../src/server/platform/tenancy/gemeente-scope.ts';
import type { TestApp } from './test-app.ts';

/**
 * The world of the Welzijn op Recept tests: a gemeente with two GP practices, a welzijn
 * organisation that the first practice refers to, and a wijkteam; a GP per practice, a
 * welzijnscoach, a wijkteam member, a policy officer and a functioneel beheerder. Accounts are `<key>@<domein>`.
 */
export async function maakReceptWereld(
  t: TestApp,
  g: { code: string; naam: string; host: string; domein: string },
) {
  const gemeenteId = (
    await t.services.gemeenten.create({ code: g.code, naam: g.naam, hostnamen: [g.host] })
  ).id;
  const scope = new GemeenteScope(t.database.db, gemeenteId);
  const org: Record<'praktijk' | 'anderePraktijk' | 'welzijn' | 'wijkteam', string> = {
    praktijk: '',
    anderePraktijk: '',
    welzijn: '',
    wijkteam: '',
  };
  for (const [k, soort] of [
    ['praktijk', 'huisartsenpraktijk'],
    ['anderePraktijk', 'huisartsenpraktijk'],
    ['welzijn', 'welzijn'],
    ['wijkteam', 'wijkteam'],
  ] as const) {
    org[k] = (
      await t.database.db
        .insertInto('organisaties')
        .values({ gemeente_id: gemeenteId, naam: `Org ${k}`, soort })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  }
  const acc: Record<string, string> = {};
  const maak = async (k: string, rol: object) => {
    acc[k] = (await t.services.accounts.create({ email: `${k}@${g.domein}`, naam: k })).id;
    await t.services.accounts.grantRole(scope, acc[k]!, rol as never);
  };
  await maak('huisarts', { rol: 'huisarts', organisatieId: org.praktijk });
  await maak('andereHuisarts', { rol: 'huisarts', organisatieId: org.anderePraktijk });
  await maak('coach', {
    rol: 'professional',
    functie: 'welzijnscoach',
    organisatieId: org.welzijn,
  });
  await maak('wijkteam', { rol: 'professional', functie: 'wijkteam', organisatieId: org.wijkteam });
  await maak('beleid', { rol: 'beleidsmedewerker' });
  await maak('beheer', { rol: 'functioneel-beheerder' });
  await t.services.welzijnsrecept.stelOntvangerIn(scope, org.welzijn, org.praktijk);
  return { gemeenteId, scope, org, acc };
}
