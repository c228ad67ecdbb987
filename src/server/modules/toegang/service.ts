import { type Actor, requireRol } from '../../platform/auth/actor.ts';
import { KringError } from '../../platform/http/problem.ts';
import type { GemeenteScope, ScopeFactory } from '../../platform/tenancy/gemeente-scope.ts';
import { BEGIN_HASH, controleer, type LogRij, type OpgeslagenRij, rijHash } from './logketen.ts';
import type {
  Actie,
  Categorie,
  Doorbraak,
  Grondslag,
  KetenControle,
  ToegangslogPagina,
  Uitkomst,
} from './model.ts';
import type { ToegangRepository } from './repository.ts';
import {
  type Besluit,
  besluit,
  magDoorbreken,
  magPersoonAanmaken,
  magTeamBeheren,
  type Toegestaan,
  zorgrollen,
} from './toegangsbeleid.ts';

/** How long one break-glass opens a person's file. */
export const DOORBRAAK_DUUR_MS = 4 * 60 * 60_000;

export interface Toegangsvraag {
  persoonId: string;
  categorie: Categorie;
  actie: Actie;
  /** Changing the case team: only its running regisseur. */
  teambeheer?: boolean;
  /** Only these bases count (e.g. handling a correction request: the case team only). */
  grondslagen?: readonly Grondslag[];
}

/** One access-log row before it is chained. */
export type Logregel = Omit<LogRij, 'gemeenteId' | 'volgnummer' | 'op'>;

const geenToegang = () =>
  new KringError('KRING_GEEN_TOEGANG', 'U heeft geen toegang tot de gegevens van deze persoon.');
const onbekend = () => new KringError('KRING_NIET_GEVONDEN', 'Deze persoon is niet gevonden.');

function actorRol(actor: Actor): { rol: string | null; organisatieId: string | null } {
  const eerste = actor.rollen[0];
  return {
    rol: eerste?.rol ?? (actor.platformbeheerder ? 'platformbeheerder' : null),
    organisatieId: eerste?.organisatieId ?? null,
  };
}

/**
 * The one door to person data. Every service that reads or changes something about a
 * person calls `uitvoeren`: it decides with the access policy, runs the work and writes
 * the NEN 7513 log row in the same transaction. A refusal is logged as well, and answered
 * with 403. Work that fails rolls back, and the attempt is logged as `mislukt`.
 */
export function createToegangService(scopeOf: ScopeFactory, repository: ToegangRepository) {
  /** Chains and writes rows; call inside the transaction of the work they describe. */
  async function vastleggen(scope: GemeenteScope, regels: Logregel[]): Promise<void> {
    if (regels.length === 0) return;
    let vorige = await repository.lockKop(scope);
    const op = new Date();
    const rijen: OpgeslagenRij[] = [];
    for (const r of regels) {
      const rij: LogRij = {
        ...r,
        gemeenteId: scope.gemeenteId,
        volgnummer: String(vorige.volgnummer + 1n),
        op,
      };
      const hash = rijHash(vorige.hash, rij);
      rijen.push({ ...rij, vorigeHash: vorige.hash, hash });
      vorige = { volgnummer: vorige.volgnummer + 1n, hash };
    }
    await repository.schrijf(scope, rijen);
  }

  function regel(
    actor: Actor | null,
    vraag: { persoonId: string | null; categorie: Categorie | null; actie: Actie },
    uitkomst: Uitkomst,
    b?: Besluit,
  ): Logregel {
    const toegestaan = b?.toegestaan ? (b as Toegestaan) : undefined;
    const rol = b ? { rol: b.rol, organisatieId: b.organisatieId } : actor ? actorRol(actor) : null;
    return {
      actie: vraag.actie,
      uitkomst,
      accountId: actor?.accountId ?? null,
      namensPersoonId: toegestaan?.namensPersoonId ?? null,
      rol: rol?.rol ?? null,
      organisatieId: rol?.organisatieId ?? null,
      persoonId: vraag.persoonId,
      categorie: vraag.categorie,
      grondslag: toegestaan?.grondslag ?? null,
      doel: toegestaan?.doel ?? null,
      ip: actor?.ip ?? null,
      doorbraak: toegestaan?.doorbraak ?? false,
    };
  }

  async function logMislukt(actor: Actor, regelVanPoging: Logregel): Promise<void> {
    await scopeOf(actor.gemeenteId).transaction((scope) =>
      vastleggen(scope, [{ ...regelVanPoging, uitkomst: 'mislukt' }]),
    );
  }

  return {
    vastleggen,

    /**
     * Checks access to one category of one person's data, runs `work` and logs — all in
     * one transaction. Unknown or erased person: 404. Refused: 403, logged.
     */
    async uitvoeren<R>(
      actor: Actor,
      vraag: Toegangsvraag,
      work: (scope: GemeenteScope, toegang: Toegestaan) => Promise<R>,
    ): Promise<R> {
      let poging: Logregel | undefined;
      try {
        const uitkomst = await scopeOf(actor.gemeenteId).transaction(async (scope) => {
          const relaties = await repository.relaties(scope, vraag.persoonId);
          if (!relaties) return { soort: 'onbekend' as const };
          const nu = new Date();
          let b = besluit({ actor, relaties, categorie: vraag.categorie, actie: vraag.actie, nu });
          if (
            b.toegestaan &&
            ((vraag.teambeheer &&
              !magTeamBeheren(actor, relaties.betrokkenheden, relaties.gemeenteId, nu)) ||
              (vraag.grondslagen && !vraag.grondslagen.includes(b.grondslag)))
          ) {
            b = {
              toegestaan: false,
              reden: 'geen-relatie',
              rol: b.rol,
              organisatieId: b.organisatieId,
            };
          }
          if (!b.toegestaan) {
            await vastleggen(scope, [regel(actor, vraag, 'geweigerd', b)]);
            return { soort: 'geweigerd' as const };
          }
          poging = regel(actor, vraag, 'toegestaan', b);
          const waarde = await work(scope, b);
          await vastleggen(scope, [poging]);
          return { soort: 'ok' as const, waarde };
        });
        if (uitkomst.soort === 'onbekend') throw onbekend();
        if (uitkomst.soort === 'geweigerd') throw geenToegang();
        return uitkomst.waarde;
      } catch (err) {
        if (poging) await logMislukt(actor, poging);
        throw err;
      }
    },

    /**
     * Registers a new person: only care staff with an organisation. `work` creates the
     * person (and the creator's betrokkenheid) and returns its id for the log.
     */
    async aanmaken<R>(
      actor: Actor,
      categorie: Categorie,
      work: (
        scope: GemeenteScope,
        wie: { rol: string; organisatieId: string },
      ) => Promise<{ persoonId: string; resultaat: R; grondslag: string }>,
    ): Promise<R> {
      const wie = magPersoonAanmaken(actor);
      const vraag = { persoonId: null, categorie, actie: 'aanmaken' as const };
      if (!wie) {
        await scopeOf(actor.gemeenteId).transaction((scope) =>
          vastleggen(scope, [regel(actor, vraag, 'geweigerd')]),
        );
        throw new KringError(
          'KRING_GEEN_TOEGANG',
          'Alleen hulpverleners kunnen een persoon vastleggen.',
        );
      }
      return scopeOf(actor.gemeenteId).transaction(async (scope) => {
        const { persoonId, resultaat, grondslag } = await work(scope, wie);
        await vastleggen(scope, [
          {
            ...regel(actor, { ...vraag, persoonId }, 'toegestaan'),
            rol: wie.rol,
            organisatieId: wie.organisatieId,
            grondslag: 'betrokkenheid' satisfies Grondslag,
            doel: grondslag,
          },
        ]);
        return resultaat;
      });
    },

    /**
     * A search or list over persons: `work` returns the candidates; only those the actor
     * may `zoeken` in `categorie` are kept, and each one shown gets a log row.
     */
    async zoeken<T extends { id: string }>(
      actor: Actor,
      categorie: Categorie,
      work: (scope: GemeenteScope) => Promise<T[]>,
    ): Promise<T[]> {
      if (zorgrollen(actor).length === 0) {
        await scopeOf(actor.gemeenteId).transaction((scope) =>
          vastleggen(scope, [
            regel(actor, { persoonId: null, categorie, actie: 'zoeken' }, 'geweigerd'),
          ]),
        );
        throw new KringError('KRING_GEEN_TOEGANG', 'Alleen hulpverleners zoeken naar personen.');
      }
      return scopeOf(actor.gemeenteId).transaction(async (scope) => {
        const kandidaten = await work(scope);
        const zichtbaar: T[] = [];
        const regels: Logregel[] = [];
        const nu = new Date();
        for (const k of kandidaten) {
          const relaties = await repository.relaties(scope, k.id);
          if (!relaties) continue;
          const vraag = { persoonId: k.id, categorie, actie: 'zoeken' as const };
          const b = besluit({ actor, relaties, categorie, actie: 'zoeken', nu });
          if (!b.toegestaan) continue;
          zichtbaar.push(k);
          regels.push(regel(actor, vraag, 'toegestaan', b));
        }
        await vastleggen(scope, regels);
        return zichtbaar;
      });
    },

    /** The organisations the actor works for as care staff (for queues of an organisation). */
    zorgorganisaties(actor: Actor): string[] {
      return zorgrollen(actor)
        .map((r) => r.organisatieId)
        .filter((o): o is string => o !== null);
    },

    /** The person record of the logged-in account in this gemeente, if Kring has one. */
    async eigenPersoonId(actor: Actor): Promise<string | undefined> {
      return repository.persoonVanAccount(scopeOf(actor.gemeenteId), actor.accountId);
    },

    /** "Wie heeft mijn gegevens bekeken": who (role, organisation), when, what, why. */
    async logVanPersoon(
      actor: Actor,
      persoonId: string | undefined,
      query: { pagina: number; paginaGrootte: number },
    ): Promise<ToegangslogPagina> {
      const leeg = {
        regels: [],
        pagina: query.pagina,
        paginaGrootte: query.paginaGrootte,
        totaal: 0,
      };
      if (!persoonId) return leeg;
      const { rows, totaal } = await repository.logVanPersoon(
        scopeOf(actor.gemeenteId),
        persoonId,
        (query.pagina - 1) * query.paginaGrootte,
        query.paginaGrootte,
      );
      return {
        regels: rows.map((r) => ({
          volgnummer: String(r.volgnummer),
          op: r.op.toISOString(),
          actie: r.actie as Actie,
          uitkomst: r.uitkomst as Uitkomst,
          wie:
            r.grondslag === 'eigen-gegevens'
              ? 'uzelf'
              : r.grondslag === 'vertegenwoordiger'
                ? 'vertegenwoordiger'
                : r.rol
                  ? 'medewerker'
                  : 'onbekend',
          rol: r.rol,
          organisatie: r.organisatie ?? null,
          categorie: r.categorie,
          grondslag: (r.grondslag as Grondslag | null) ?? null,
          doel: r.doel,
          doorbraak: r.doorbraak,
        })),
        pagina: query.pagina,
        paginaGrootte: query.paginaGrootte,
        totaal,
      };
    },

    /** Break-glass: care staff, a reason, a few hours; flagged in the log and reviewed. */
    async doorbreek(actor: Actor, persoonId: string, reden: string) {
      const scope = scopeOf(actor.gemeenteId);
      if (!magDoorbreken(actor)) {
        throw new KringError(
          'KRING_GEEN_TOEGANG',
          'Alleen hulpverleners kunnen een dossier openbreken.',
        );
      }
      if (!(await repository.persoonBestaat(scope, persoonId))) throw onbekend();
      const rol = actor.rollen.find((r) => r.rol === 'professional' || r.rol === 'huisarts')!;
      const op = new Date();
      const geldigTot = new Date(op.getTime() + DOORBRAAK_DUUR_MS);
      const id = await repository.insertDoorbraak(scope, {
        persoonId,
        accountId: actor.accountId,
        organisatieId: rol.organisatieId,
        rol: rol.rol,
        reden,
        op,
        geldigTot,
      });
      return { id, geldigTot: geldigTot.toISOString() };
    },

    /** The review list of the functioneel beheerder (no person data, only who, why, how much). */
    async doorbraken(
      actor: Actor,
      query: { status: 'open' | 'beoordeeld' | 'alle'; pagina: number; paginaGrootte: number },
    ) {
      requireRol(actor, 'functioneel-beheerder');
      const { rows, totaal } = await repository.doorbraken(
        scopeOf(actor.gemeenteId),
        query.status,
        (query.pagina - 1) * query.paginaGrootte,
        query.paginaGrootte,
      );
      const doorbraken: Doorbraak[] = rows.map((r) => ({
        id: r.id,
        persoonId: r.persoon_id,
        medewerker: r.medewerker,
        rol: r.rol,
        organisatie: r.organisatie ?? null,
        reden: r.reden,
        op: r.op.toISOString(),
        geldigTot: r.geldig_tot.toISOString(),
        aantalInzages: Number(r.aantal_inzages ?? 0),
        beoordeeldOp: r.beoordeeld_op?.toISOString() ?? null,
        oordeel: (r.oordeel as Doorbraak['oordeel']) ?? null,
        toelichting: r.toelichting,
      }));
      return { doorbraken, pagina: query.pagina, paginaGrootte: query.paginaGrootte, totaal };
    },

    async beoordeel(
      actor: Actor,
      id: string,
      input: { oordeel: 'terecht' | 'onterecht'; toelichting?: string | undefined },
    ): Promise<void> {
      requireRol(actor, 'functioneel-beheerder');
      const scope = scopeOf(actor.gemeenteId);
      const gedaan = await repository.beoordeel(scope, id, {
        door: actor.accountId,
        oordeel: input.oordeel,
        toelichting: input.toelichting || null,
      });
      if (gedaan) return;
      if (!(await repository.doorbraakBestaat(scope, id))) {
        throw new KringError('KRING_NIET_GEVONDEN', 'Deze doorbraak is niet gevonden.');
      }
      throw new KringError('KRING_CONFLICT', 'Deze doorbraak is al beoordeeld.');
    },

    /** Walks one gemeente's chain; reports the first row that does not fit. */
    async verifieer(gemeenteId: number): Promise<KetenControle> {
      const scope = scopeOf(gemeenteId);
      let laatste = { volgnummer: 0n, hash: BEGIN_HASH };
      let rijen = 0;
      for (;;) {
        const batch = await repository.ketenRijen(scope, laatste.volgnummer, 1000);
        if (batch.length === 0) break;
        const uitkomst = controleer(batch, laatste);
        if (uitkomst.fout) return { gemeenteId, rijen, ok: false, fout: uitkomst.fout };
        rijen += batch.length;
        laatste = uitkomst.laatste;
      }
      const kop = await repository.kop(scope);
      if (kop && (kop.volgnummer !== laatste.volgnummer || kop.hash !== laatste.hash)) {
        return {
          gemeenteId,
          rijen,
          ok: false,
          fout: {
            volgnummer: String(laatste.volgnummer + 1n),
            reden: `de keten hoort tot rij ${kop.volgnummer} te lopen`,
          },
        };
      }
      return { gemeenteId, rijen, ok: true };
    },
  };
}

export type ToegangService = ReturnType<typeof createToegangService>;
