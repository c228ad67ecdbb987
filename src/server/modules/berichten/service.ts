import type { Actor } from '../../platform/auth/actor.ts';
import { KringError } from '../../platform/http/problem.ts';
import type { Melder } from '../../platform/mail/melder.ts';
import type { GemeenteScope, ScopeFactory } from '../../platform/tenancy/gemeente-scope.ts';
import type { HulpvragenService } from '../hulpvragen/service.ts';
import type { KoppelingenService } from '../koppelingen/service.ts';
import type { PersonenService } from '../personen/service.ts';
import type { Logregel, ToegangService } from '../toegang/service.ts';
import type { Bericht, Gesprek, GesprekSamenvatting, NieuwGesprek } from './model.ts';
import type { BerichtenRepository } from './repository.ts';

const nietGevonden = () => new KringError('KRING_NIET_GEVONDEN', 'Dit gesprek is niet gevonden.');

export interface BerichtenDeps {
  scopeOf: ScopeFactory;
  repository: BerichtenRepository;
  toegang: ToegangService;
  personen: PersonenService;
  hulpvragen: HulpvragenService;
  koppelingen: KoppelingenService;
  melder: Melder;
}

/**
 * Simple message threads. Who may take part follows from what the thread is about — a help
 * request: the resident and the staff member who picked it up; a match: the resident and
 * the volunteer once both said yes. Only participants read or write; every read of a
 * thread is in the resident's access log; others get an e-mail without the text.
 */
export function createBerichtenService(deps: BerichtenDeps) {
  const { scopeOf, repository, toegang, personen, hulpvragen, koppelingen, melder } = deps;

  /** Who belongs in a thread about this subject now (accounts), and whose data it is. */
  async function wieHoortErbij(scope: GemeenteScope, over: NieuwGesprek) {
    if (over.hulpvraagId) {
      const h = await hulpvragen.voorKoppeling(scope, over.hulpvraagId);
      if (!h) return undefined;
      const persoon = await personen.rij(scope, h.persoonId);
      return {
        persoonId: h.persoonId,
        accounts: [persoon?.account_id, h.behandelaarId].filter((a): a is string => !!a),
        open: h.behandelaarId !== null,
      };
    }
    const k = await koppelingen.deelnemers(scope, over.koppelingId!);
    if (!k) return undefined;
    return { persoonId: k.inwonerPersoonId, accounts: k.accounts, open: k.contactGedeeld };
  }

  function logregel(
    actor: Actor,
    persoonId: string,
    eigen: boolean,
    actie: 'lezen' | 'aanmaken',
  ): Logregel {
    return {
      actie,
      uitkomst: 'toegestaan',
      accountId: actor.accountId,
      namensPersoonId: null,
      rol: eigen ? 'inwoner' : (actor.rollen[0]?.rol ?? null),
      organisatieId: eigen ? null : (actor.rollen[0]?.organisatieId ?? null),
      persoonId,
      categorie: 'contact',
      grondslag: eigen ? 'eigen-gegevens' : 'toestemming',
      doel: eigen ? 'eigen gegevens' : 'Berichten over uw hulpvraag',
      ip: actor.ip,
      doorbraak: false,
    };
  }

  /** The thread, if the actor takes part in it; inside a transaction. */
  async function alsDeelnemer(scope: GemeenteScope, actor: Actor, id: string) {
    const g = await repository.find(scope, id);
    if (!g) throw nietGevonden();
    const deelnemers = await repository.deelnemers(scope, id);
    if (!deelnemers.some((d) => d.account_id === actor.accountId)) throw nietGevonden();
    const persoon = await personen.rij(scope, g.persoon_id);
    return { g, deelnemers, eigen: persoon?.account_id === actor.accountId };
  }

  async function samenvatting(
    scope: GemeenteScope,
    actor: Actor,
    g: { id: string; hulpvraag_id: string | null; koppeling_id: string | null },
    gelezenTot: Date | null,
  ): Promise<GesprekSamenvatting> {
    const deelnemers = await repository.deelnemers(scope, g.id);
    const laatste = await repository.laatste(scope, g.id);
    return {
      id: g.id,
      over: g.hulpvraag_id
        ? { soort: 'hulpvraag', id: g.hulpvraag_id }
        : { soort: 'koppeling', id: g.koppeling_id! },
      deelnemers: deelnemers.filter((d) => d.account_id !== actor.accountId).map((d) => d.naam),
      laatsteBerichtOp: laatste[0]?.op.toISOString() ?? null,
      ongelezen: laatste.filter(
        (b) => b.van !== actor.accountId && (!gelezenTot || b.op.getTime() > gelezenTot.getTime()),
      ).length,
    };
  }

  async function lees(scope: GemeenteScope, actor: Actor, id: string): Promise<Gesprek> {
    const { g, deelnemers, eigen } = await alsDeelnemer(scope, actor, id);
    const mij = deelnemers.find((d) => d.account_id === actor.accountId)!;
    const kop = await samenvatting(scope, actor, g, mij.gelezen_tot);
    const berichten: Bericht[] = (await repository.berichten(scope, id)).map((b) => ({
      id: b.id,
      vanMij: b.van === actor.accountId,
      naam: b.naam ?? '',
      tekst: b.tekst,
      op: b.op.toISOString(),
    }));
    await repository.gelezen(scope, id, actor.accountId);
    await toegang.vastleggen(scope, [logregel(actor, g.persoon_id, eigen, 'lezen')]);
    return { ...kop, ongelezen: 0, berichten };
  }

  return {
    /** Opens (or finds) the thread about a request or a match; participants only. */
    async start(actor: Actor, over: NieuwGesprek): Promise<{ gesprek: Gesprek; nieuw: boolean }> {
      return scopeOf(actor.gemeenteId).transaction(async (scope) => {
        const wie = await wieHoortErbij(scope, over);
        if (!wie?.accounts.includes(actor.accountId)) {
          throw new KringError('KRING_NIET_GEVONDEN', 'Hierover kunt u geen gesprek beginnen.');
        }
        if (!wie.open) {
          throw new KringError(
            'KRING_CONFLICT',
            over.hulpvraagId
              ? 'Er is nog niemand die uw vraag oppakt. Daarna kunt u berichten sturen.'
              : 'U kunt berichten sturen als u allebei ja heeft gezegd.',
          );
        }
        const bestaand = await repository.vind(scope, over);
        if (bestaand) {
          // Someone new picked the request up: they join the thread.
          await repository.voegToe(scope, bestaand.id, wie.accounts);
          return { gesprek: await lees(scope, actor, bestaand.id), nieuw: false };
        }
        const id = await repository.maak(
          scope,
          {
            persoonId: wie.persoonId,
            hulpvraagId: over.hulpvraagId ?? null,
            koppelingId: over.koppelingId ?? null,
          },
          wie.accounts,
        );
        return { gesprek: await lees(scope, actor, id), nieuw: true };
      });
    },

    async mijn(actor: Actor): Promise<{ gesprekken: GesprekSamenvatting[] }> {
      const scope = scopeOf(actor.gemeenteId);
      const rijen = await repository.vanAccount(scope, actor.accountId);
      const gesprekken: GesprekSamenvatting[] = [];
      for (const r of rijen) gesprekken.push(await samenvatting(scope, actor, r, r.gelezen_tot));
      gesprekken.sort((a, b) => (b.laatsteBerichtOp ?? '').localeCompare(a.laatsteBerichtOp ?? ''));
      return { gesprekken };
    },

    async lees(actor: Actor, id: string): Promise<Gesprek> {
      return scopeOf(actor.gemeenteId).transaction((scope) => lees(scope, actor, id));
    },

    async schrijf(actor: Actor, id: string, tekst: string): Promise<Bericht> {
      const { bericht, anderen } = await scopeOf(actor.gemeenteId).transaction(async (scope) => {
        const { g, deelnemers, eigen } = await alsDeelnemer(scope, actor, id);
        const b = await repository.schrijf(scope, id, actor.accountId, tekst);
        await repository.gelezen(scope, id, actor.accountId);
        await toegang.vastleggen(scope, [logregel(actor, g.persoon_id, eigen, 'aanmaken')]);
        return {
          bericht: { id: b.id, vanMij: true, naam: actor.naam, tekst, op: b.op.toISOString() },
          anderen: deelnemers
            .filter((d) => d.account_id !== actor.accountId)
            .map((d) => d.account_id),
        };
      });
      for (const a of anderen) melder.meld(a, 'bericht', `/mijn-kring/berichten/${id}`);
      return bericht;
    },

    bron: {
      naam: 'berichten',
      categorie: 'contact' as const,
      inzage: async (scope: GemeenteScope, persoonId: string) =>
        (await repository.inzage(scope, persoonId)).map((b) => ({
          gesprekId: b.gesprek_id,
          van: b.van,
          tekst: b.tekst,
          op: b.op.toISOString(),
        })),
      wis: (scope: GemeenteScope, persoonId: string) => repository.wis(scope, persoonId),
    },
  };
}

export type BerichtenService = ReturnType<typeof createBerichtenService>;
