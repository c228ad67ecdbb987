import type { Actor } from '../../platform/auth/actor.ts';
import { KringError } from '../../platform/http/problem.ts';
import type { GemeenteScope, ScopeFactory } from '../../platform/tenancy/gemeente-scope.ts';
import type { AccountsService } from '../accounts/service.ts';
import type { GemeentenService } from '../gemeenten/service.ts';
import type { SessiesService } from '../sessies/service.ts';
import {
  type AccountsPagina,
  type AccountZoekvraag,
  accountZoekvraagSchema,
  type BeheerAccount,
  type BeheerRol,
  type NieuwBeheerAccount,
  type NieuweOrganisatie,
  nieuwBeheerAccountSchema,
  nieuweOrganisatieSchema,
  type Organisatie,
  type OrganisatiesPagina,
  type PaginaQuery,
  type RollenWijziging,
  rollenWijzigingSchema,
} from './model.ts';
import type { AccountRij, GebruikersbeheerRepository, RolRij } from './repository.ts';
import { rolProblemen, rolVerschil } from './rollen-regels.ts';

const GEEN_TOEGANG = 'U heeft geen toegang tot dit onderdeel.';

function isBeheerder(actor: Actor): boolean {
  return actor.rollen.some((r) => r.rol === 'functioneel-beheerder');
}

/** The gemeente's functioneel-beheerder; MFA is already checked by requireActor. */
function magBeheren(actor: Actor): void {
  if (!isBeheerder(actor)) throw new KringError('KRING_GEEN_TOEGANG', GEEN_TOEGANG);
}

/** Listing and creating accounts: also a platform admin (for a gemeente's first beheerder). */
function magAanmaken(actor: Actor): void {
  if (!isBeheerder(actor) && !actor.platformbeheerder) {
    throw new KringError('KRING_GEEN_TOEGANG', GEEN_TOEGANG);
  }
}

const NIET_GEVONDEN = () =>
  new KringError(
    'KRING_NIET_GEVONDEN',
    'Dit account heeft geen rol als medewerker in deze gemeente.',
  );

function toAccount(row: AccountRij, rollen: RolRij[]): BeheerAccount {
  return {
    id: row.id,
    naam: row.naam,
    email: row.email,
    actief: row.actief,
    rollen: rollen
      .filter((r) => r.accountId === row.id)
      .map((r) => ({
        rol: r.rol as BeheerAccount['rollen'][number]['rol'],
        functie: r.functie as BeheerAccount['rollen'][number]['functie'],
        organisatieId: r.organisatieId,
        organisatieNaam: r.organisatieNaam,
      })),
  };
}

function validatieFout(problemen: { pad: string; reden: string }[]): KringError {
  return new KringError(
    'KRING_VALIDATIE',
    problemen.length === 1
      ? '1 veld is niet goed ingevuld.'
      : `${problemen.length} velden zijn niet goed ingevuld.`,
    problemen.map((p) => ({ name: `body.${p.pad}`, code: 'custom', reason: p.reden })),
  );
}

export function createGebruikersbeheerService(
  scopeOf: ScopeFactory,
  repository: GebruikersbeheerRepository,
  deps: { accounts: AccountsService; sessies: SessiesService; gemeenten: GemeentenService },
) {
  async function pagina(
    actor: Actor,
    naam: string,
    p: { pagina: number; paginaGrootte: number },
  ): Promise<AccountsPagina> {
    const scope = scopeOf(actor.gemeenteId);
    const { rows, totaal } = await repository.accounts(scope, {
      naam,
      offset: (p.pagina - 1) * p.paginaGrootte,
      limit: p.paginaGrootte,
    });
    const rollen = await repository.staffRollen(
      scope,
      rows.map((r) => r.id),
    );
    return {
      accounts: rows.map((r) => toAccount(r, rollen)),
      pagina: p.pagina,
      paginaGrootte: p.paginaGrootte,
      totaal,
    };
  }

  async function lees(scope: GemeenteScope, id: string): Promise<BeheerAccount> {
    const row = await repository.account(scope, id);
    if (!row) throw NIET_GEVONDEN();
    return toAccount(row, await repository.staffRollen(scope, [id]));
  }

  async function controleerRollen(scope: GemeenteScope, rollen: BeheerRol[]): Promise<void> {
    const ids = rollen.map((r) => r.organisatieId).filter((id): id is string => id !== null);
    const problemen = rolProblemen(rollen, await repository.bestaandeOrganisaties(scope, ids));
    if (problemen.length > 0) throw validatieFout(problemen);
  }

  async function geefRollen(scope: GemeenteScope, accountId: string, rollen: BeheerRol[]) {
    for (const r of rollen) {
      await deps.accounts.grantRole(scope, accountId, {
        rol: r.rol,
        ...(r.functie ? { functie: r.functie } : {}),
        ...(r.organisatieId ? { organisatieId: r.organisatieId } : {}),
      });
    }
  }

  return {
    async lijst(actor: Actor, query: PaginaQuery): Promise<AccountsPagina> {
      magAanmaken(actor);
      return pagina(actor, '', query);
    },

    async zoek(actor: Actor, input: AccountZoekvraag): Promise<AccountsPagina> {
      magAanmaken(actor);
      const vraag = accountZoekvraagSchema.parse(input);
      return pagina(actor, vraag.naam, vraag);
    },

    async get(actor: Actor, id: string): Promise<BeheerAccount> {
      magBeheren(actor);
      return lees(scopeOf(actor.gemeenteId), id);
    },

    /**
     * A staff account with its roles. When the e-mail address has an account already (a
     * person can work for several gemeenten), that account gets the roles in this gemeente.
     * The new login has no password: the person sets one with "wachtwoord vergeten" or logs
     * in through the gemeente's identity provider.
     */
    async maak(
      actor: Actor,
      input: NieuwBeheerAccount,
    ): Promise<BeheerAccount & { bestaandAccount: boolean }> {
      magAanmaken(actor);
      const data = nieuwBeheerAccountSchema.parse(input);
      if (!isBeheerder(actor) && data.rollen.some((r) => r.rol !== 'functioneel-beheerder')) {
        throw new KringError(
          'KRING_GEEN_TOEGANG',
          'Als platformbeheerder maakt u alleen een functioneel beheerder aan.',
        );
      }
      const scope = scopeOf(actor.gemeenteId);
      await controleerRollen(scope, data.rollen);
      const bestaand = await deps.accounts.findByEmail(data.email);
      if (bestaand && (await repository.account(scope, bestaand.id))) {
        throw new KringError(
          'KRING_CONFLICT',
          'Dit account werkt al in deze gemeente. Wijzig daar de rollen.',
        );
      }
      // Everything is checked above, so the grants below cannot fail on input.
      const accountId =
        bestaand?.id ?? (await deps.accounts.create({ email: data.email, naam: data.naam })).id;
      return scope.transaction(async (trx) => {
        await geefRollen(trx, accountId, data.rollen);
        await repository.gebeurtenis(trx, {
          door: actor.accountId,
          soort: bestaand ? 'account-rollen-gegeven' : 'account-aangemaakt',
          accountId,
          details: { rollen: data.rollen },
        });
        return { ...(await lees(trx, accountId)), bestaandAccount: Boolean(bestaand) };
      });
    },

    /** Replaces the account's staff roles in this gemeente (resident roles stay as they are). */
    async wijzigRollen(actor: Actor, id: string, input: RollenWijziging): Promise<BeheerAccount> {
      magBeheren(actor);
      const data = rollenWijzigingSchema.parse(input);
      const scope = scopeOf(actor.gemeenteId);
      const huidig = await lees(scope, id);
      await controleerRollen(scope, data.rollen);
      if (id === actor.accountId && !data.rollen.some((r) => r.rol === 'functioneel-beheerder')) {
        throw new KringError(
          'KRING_CONFLICT',
          'U kunt uw eigen rol als functioneel beheerder niet weghalen. Vraag een andere beheerder.',
        );
      }
      const { weg, erbij } = rolVerschil(huidig.rollen, data.rollen);
      return scope.transaction(async (trx) => {
        for (const rol of weg) await deps.accounts.revokeRole(trx, id, rol);
        await geefRollen(
          trx,
          id,
          erbij.map((r) => ({ ...r, rol: r.rol as BeheerRol['rol'] }) as BeheerRol),
        );
        await repository.gebeurtenis(trx, {
          door: actor.accountId,
          soort: 'account-rollen-gewijzigd',
          accountId: id,
          details: { weg, erbij },
        });
        // Without staff roles the account leaves this gemeente's list: answer with what it was.
        const na = await repository.account(trx, id);
        return na ? lees(trx, id) : { ...huidig, rollen: [] };
      });
    },

    /**
     * Turns a login off (or on). Off ends every session of the account in every gemeente
     * at once, and logging in fails from then on.
     */
    async zetActief(actor: Actor, id: string, actief: boolean): Promise<BeheerAccount> {
      magBeheren(actor);
      const scope = scopeOf(actor.gemeenteId);
      const account = await repository.account(scope, id);
      if (!account) throw NIET_GEVONDEN();
      if (id === actor.accountId) {
        throw new KringError('KRING_CONFLICT', 'U kunt uw eigen account niet uitzetten.');
      }
      if (account.platformbeheerder) {
        throw new KringError('KRING_GEEN_TOEGANG', 'Een platformbeheerder zet u hier niet uit.');
      }
      // Accounts and sessions are not in this gemeente's scope. The order is safe on its
      // own: once the account is off, no session of it is accepted any more (sessies.resolve).
      await deps.accounts.setActief(id, actief);
      let beeindigd = 0;
      if (!actief) {
        for (const gemeenteId of await deps.gemeenten.ids()) {
          beeindigd += await deps.sessies.endAllOf(gemeenteId, id);
        }
      }
      return scope.transaction(async (trx) => {
        await repository.gebeurtenis(trx, {
          door: actor.accountId,
          soort: actief ? 'account-aangezet' : 'account-uitgezet',
          accountId: id,
          details: actief ? {} : { sessiesBeeindigd: beeindigd },
        });
        return lees(trx, id);
      });
    },

    async organisaties(actor: Actor, query: PaginaQuery): Promise<OrganisatiesPagina> {
      magAanmaken(actor);
      const { rows, totaal } = await repository.organisaties(scopeOf(actor.gemeenteId), {
        offset: (query.pagina - 1) * query.paginaGrootte,
        limit: query.paginaGrootte,
      });
      return {
        organisaties: rows as Organisatie[],
        pagina: query.pagina,
        paginaGrootte: query.paginaGrootte,
        totaal,
      };
    },

    async maakOrganisatie(actor: Actor, input: NieuweOrganisatie): Promise<Organisatie> {
      magBeheren(actor);
      const data = nieuweOrganisatieSchema.parse(input);
      return scopeOf(actor.gemeenteId).transaction(async (trx) => {
        const row = await repository.insertOrganisatie(trx, data);
        await repository.gebeurtenis(trx, {
          door: actor.accountId,
          soort: 'organisatie-aangemaakt',
          organisatieId: row.id,
        });
        return row as Organisatie;
      });
    },

    async hernoemOrganisatie(actor: Actor, id: string, naam: string): Promise<Organisatie> {
      magBeheren(actor);
      return scopeOf(actor.gemeenteId).transaction(async (trx) => {
        const row = await repository.renameOrganisatie(trx, id, naam.trim());
        if (!row) throw new KringError('KRING_NIET_GEVONDEN', 'Deze organisatie bestaat niet.');
        await repository.gebeurtenis(trx, {
          door: actor.accountId,
          soort: 'organisatie-hernoemd',
          organisatieId: id,
        });
        return row as Organisatie;
      });
    },
  };
}

export type GebruikersbeheerService = ReturnType<typeof createGebruikersbeheerService>;
