import type { RolToekenning } from '../../src/server/modules/accounts/model.ts';
import { GemeenteScope } from '../../src/server/platform/tenancy/gemeente-scope.ts';
import type { TestApp } from './test-app.ts';

/**
 * The set-up every integration test of a domain module starts with: a gemeente on its own
 * host, organisations in it, and accounts with roles. Accounts are `<key>@<domein>`; their ids
 * go into `acc` under the key, which is what `apiAls` logs in with.
 */
export async function maakWereld(
  t: TestApp,
  g: { code: string; naam: string; host: string; domein: string },
  acc: Record<string, string> = {},
) {
  const gemeenteId = (
    await t.services.gemeenten.create({ code: g.code, naam: g.naam, hostnamen: [g.host] })
  ).id;
  const scope = new GemeenteScope(t.database.db, gemeenteId);
  /** An organisation of the gemeente; returns its id. */
  const organisatie = async (naam: string, soort: string, telefoon: string | null = null) =>
    (
      await t.database.db
        .insertInto('organisaties')
        .values({ gemeente_id: gemeenteId, naam, soort, telefoon })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  /** An account `<key>@<domein>` with one or more roles; its name is the key unless given. */
  const account = async (
    sleutel: string,
    rollen: RolToekenning | RolToekenning[],
    naam = sleutel,
  ) => {
    acc[sleutel] = (await t.services.accounts.create({ email: `${sleutel}@${g.domein}`, naam })).id;
    for (const rol of [rollen].flat()) {
      await t.services.accounts.grantRole(scope, acc[sleutel]!, rol);
    }
    return acc[sleutel]!;
  };
  return { gemeenteId, scope, acc, organisatie, account };
}
