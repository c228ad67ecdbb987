import type { Actor } from '../../platform/auth/actor.ts';
import { KringError, veldFout } from '../../platform/http/problem.ts';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';
import type { Categorie } from '../toegang/model.ts';
import type { ToegangService } from '../toegang/service.ts';
import type {
  Betrokkenheid,
  NieuweBetrokkenheid,
  NieuwePersoon,
  NieuweVertegenwoordiger,
  Persoon,
  PersoonWijziging,
  Vertegenwoordiger,
} from './model.ts';
import type { PersonenRepository, PersoonRij } from './repository.ts';

export function toPersoon(row: PersoonRij): Persoon {
  return {
    id: row.id,
    naam: row.naam ?? '',
    telefoonnummer: row.telefoonnummer,
    eMailadres: row.email,
    postcode: row.postcode,
    geboortedatum: row.geboortedatum,
    heeftAccount: row.account_id !== null,
    aangemaaktOp: row.aangemaakt_op.toISOString(),
    gewijzigdOp: row.gewijzigd_op.toISOString(),
  };
}

/**
 * Persons, their case team and legal representatives. All person data goes through the
 * `toegang` service: it decides, logs and wraps the work in one transaction.
 * The person record itself is data category `contact`.
 */
export function createPersonenService(repository: PersonenRepository, toegang: ToegangService) {
  async function team(scope: GemeenteScope, persoonId: string): Promise<Betrokkenheid[]> {
    return (await repository.betrokkenheden(scope, persoonId)).map((b) => ({
      id: b.id,
      accountId: b.account_id,
      naam: b.naam,
      organisatieId: b.organisatie_id,
      organisatie: b.organisatie,
      rol: b.rol as Betrokkenheid['rol'],
      categorieen: b.categorieen as Categorie[],
      grondslag: b.grondslag,
      levensdomeinen: b.levensdomeinen,
      sinds: b.sinds.toISOString(),
      tot: b.tot?.toISOString() ?? null,
    }));
  }

  async function vertegenwoordigers(
    scope: GemeenteScope,
    persoonId: string,
  ): Promise<Vertegenwoordiger[]> {
    return (await repository.vertegenwoordigers(scope, persoonId)).map((v) => ({
      id: v.id,
      accountId: v.account_id,
      naam: v.naam,
      soort: v.soort,
      sinds: v.sinds.toISOString(),
      tot: v.tot?.toISOString() ?? null,
    }));
  }

  async function maak(
    scope: GemeenteScope,
    accountId: string,
    organisatieId: string,
    input: NieuwePersoon,
    rol: 'regisseur' | 'lid',
  ): Promise<string> {
    if (input.accountId) {
      if (!(await repository.accountBestaat(scope, input.accountId))) {
        throw veldFout('body.accountId', 'Dit account is in deze gemeente niet bekend.');
      }
      if (await repository.accountHeeftPersoon(scope, input.accountId)) {
        throw new KringError('KRING_CONFLICT', 'Bij dit account hoort al een persoon.');
      }
    }
    const id = await repository.insert(scope, {
      accountId: input.accountId ?? null,
      naam: input.naam,
      telefoonnummer: input.telefoonnummer ?? null,
      email: input.eMailadres ?? null,
      postcode: input.postcode ?? null,
      geboortedatum: input.geboortedatum ?? null,
    });
    await repository.insertBetrokkenheid(scope, {
      persoonId: id,
      accountId,
      organisatieId,
      rol,
      categorieen: [...new Set<string>(['contact', ...input.categorieen])],
      grondslag: input.grondslag,
      tot: null,
      door: accountId,
    });
    return id;
  }

  return {
    /** Care staff register a person and become the first regisseur of the case team. */
    async create(actor: Actor, input: NieuwePersoon): Promise<{ id: string }> {
      return toegang.aanmaken(actor, 'contact', async (scope, wie) => {
        const id = await maak(scope, actor.accountId, wie.organisatieId, input, 'regisseur');
        return { persoonId: id, resultaat: { id }, grondslag: input.grondslag };
      });
    },

    /**
     * Inside a `toegang.aanmaken` transaction another module opened (a GP's referral): the
     * person, with the creator in the case team in `rol` for the categories given.
     */
    maakInTransactie(
      scope: GemeenteScope,
      door: { accountId: string; organisatieId: string },
      input: NieuwePersoon,
      rol: 'regisseur' | 'lid',
    ): Promise<string> {
      return maak(scope, door.accountId, door.organisatieId, input, rol);
    },

    /** The persons whose case team the actor is in (each one shown is logged as `zoeken`). */
    async mijnPersonen(actor: Actor): Promise<{ personen: Persoon[] }> {
      const rijen = await toegang.zoeken(actor, 'contact', (scope) =>
        repository.vanTeamlid(scope, actor.accountId),
      );
      return { personen: rijen.map(toPersoon) };
    },

    async get(actor: Actor, persoonId: string): Promise<Persoon> {
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'contact', actie: 'lezen' },
        async (scope) => toPersoon((await repository.find(scope, persoonId))!),
      );
    },

    async update(actor: Actor, persoonId: string, input: PersoonWijziging): Promise<Persoon> {
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'contact', actie: 'wijzigen' },
        async (scope) => {
          const { eMailadres, ...rest } = input;
          await repository.update(scope, persoonId, {
            ...rest,
            ...(eMailadres !== undefined ? { email: eMailadres } : {}),
          });
          return toPersoon((await repository.find(scope, persoonId))!);
        },
      );
    },

    async betrokkenheden(
      actor: Actor,
      persoonId: string,
    ): Promise<{ betrokkenheden: Betrokkenheid[] }> {
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'contact', actie: 'lezen' },
        async (scope) => ({
          betrokkenheden: await team(scope, persoonId),
        }),
      );
    },

    async voegBetrokkenheidToe(
      actor: Actor,
      persoonId: string,
      input: NieuweBetrokkenheid,
    ): Promise<{ id: string }> {
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'contact', actie: 'aanmaken', teambeheer: true },
        async (scope) => {
          if (
            !(await repository.isZorgmedewerkerVan(scope, input.accountId, input.organisatieId))
          ) {
            throw veldFout(
              'body.accountId',
              'Dit account werkt niet als hulpverlener voor deze organisatie in deze gemeente.',
            );
          }
          const tot = input.tot ? new Date(input.tot) : null;
          if (tot && tot.getTime() <= Date.now()) {
            throw veldFout('body.tot', 'Het einde moet in de toekomst liggen.');
          }
          const id = await repository.insertBetrokkenheid(scope, {
            persoonId,
            accountId: input.accountId,
            organisatieId: input.organisatieId,
            rol: input.rol,
            categorieen: input.categorieen,
            grondslag: input.grondslag,
            tot,
            door: actor.accountId,
          });
          return { id };
        },
      );
    },

    async beeindigBetrokkenheid(
      actor: Actor,
      persoonId: string,
      betrokkenheidId: string,
    ): Promise<void> {
      await toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'contact', actie: 'wijzigen', teambeheer: true },
        async (scope) => {
          if (!(await repository.beeindigBetrokkenheid(scope, persoonId, betrokkenheidId))) {
            throw new KringError(
              'KRING_NIET_GEVONDEN',
              'Deze lopende betrokkenheid is niet gevonden.',
            );
          }
        },
      );
    },

    async voegVertegenwoordigerToe(
      actor: Actor,
      persoonId: string,
      input: NieuweVertegenwoordiger,
    ): Promise<{ id: string }> {
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'contact', actie: 'aanmaken', teambeheer: true },
        async (scope) => {
          if (!(await repository.accountBestaat(scope, input.accountId))) {
            throw veldFout('body.accountId', 'Dit account is in deze gemeente niet bekend.');
          }
          const id = await repository.insertVertegenwoordiger(scope, {
            persoonId,
            accountId: input.accountId,
            soort: input.soort,
            tot: input.tot ? new Date(input.tot) : null,
          });
          return { id };
        },
      );
    },

    /** For the privacy module, inside a toegang transaction: the full record of one person. */
    async dossier(scope: GemeenteScope, persoonId: string) {
      const persoon = await repository.find(scope, persoonId);
      if (!persoon) return undefined;
      return {
        persoon: toPersoon(persoon),
        betrokkenheden: await team(scope, persoonId),
        vertegenwoordigers: await vertegenwoordigers(scope, persoonId),
      };
    },

    /**
     * A professional picks up something the person sent to their organisation (a help
     * request, a volunteer sign-up): the person's consent to that organisation lets them read
     * it, and picking it up makes them a member of the case team for the consented categories
     * (rol `lid`), so they may also change what they handle. Logged as the read it rests on.
     * Does nothing new when they are in the team already.
     */
    async neemOpViaToestemming(
      actor: Actor,
      persoonId: string,
      categorie: Categorie,
      grondslag: string,
      /**
       * An intake for the wijkteam is a Wmo melding: who picks it up starts the onderzoek
       * (Wmo 2015 art. 2.3.2) as regisseur when there is none, with the network as well.
       */
      regie?: { grondslag: string; extraCategorieen: Categorie[] },
    ): Promise<{ organisatieId: string | null }> {
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie, actie: 'lezen' },
        async (scope, toegestaan) => {
          if (toegestaan.grondslag !== 'toestemming' || !toegestaan.organisatieId) {
            return { organisatieId: toegestaan.organisatieId };
          }
          const t = await repository.toestemmingCategorieen(
            scope,
            persoonId,
            toegestaan.organisatieId,
          );
          const nu = Date.now();
          const heeftRegisseur = (await repository.betrokkenheden(scope, persoonId)).some(
            (b) => b.rol === 'regisseur' && (b.tot === null || b.tot.getTime() > nu),
          );
          const alsRegisseur = regie !== undefined && !heeftRegisseur;
          await repository.insertBetrokkenheid(scope, {
            persoonId,
            accountId: actor.accountId,
            organisatieId: toegestaan.organisatieId,
            rol: alsRegisseur ? 'regisseur' : 'lid',
            categorieen: alsRegisseur ? [...new Set([...t, ...regie.extraCategorieen])] : t,
            grondslag: alsRegisseur ? regie.grondslag : grondslag,
            tot: null,
            door: actor.accountId,
          });
          return { organisatieId: toegestaan.organisatieId };
        },
      );
    },

    /**
     * Inside a toegang transaction the caller opened: the person's contact details as the
     * resident gave them in a form (only the fields given).
     */
    async wijzigContact(
      scope: GemeenteScope,
      persoonId: string,
      contact: {
        telefoonnummer?: string | undefined;
        eMailadres?: string | undefined;
        postcode?: string | undefined;
      },
    ): Promise<void> {
      const values = {
        ...(contact.telefoonnummer !== undefined ? { telefoonnummer: contact.telefoonnummer } : {}),
        ...(contact.eMailadres !== undefined ? { email: contact.eMailadres } : {}),
        ...(contact.postcode !== undefined ? { postcode: contact.postcode } : {}),
      };
      if (Object.keys(values).length > 0) await repository.update(scope, persoonId, values);
    },

    /** Inside a toegang transaction: the case team, current and past (for regie). */
    teamIn: (scope: GemeenteScope, persoonId: string) => team(scope, persoonId),

    /** Inside a toegang transaction: which life domains a team member works on. */
    async zetLevensdomeinen(
      scope: GemeenteScope,
      persoonId: string,
      betrokkenheidId: string,
      levensdomeinen: string[],
    ): Promise<boolean> {
      return repository.zetLevensdomeinen(scope, persoonId, betrokkenheidId, levensdomeinen);
    },

    /**
     * Inside a toegang transaction of the running regisseur: regie goes to another
     * professional (joining the team with the same categories when not in it yet); the old
     * regisseur stays as a member.
     */
    async wisselRegie(
      scope: GemeenteScope,
      v: { persoonId: string; naarAccountId: string; naarOrganisatieId: string; door: string },
    ): Promise<void> {
      const nu = Date.now();
      const lopend = (await team(scope, v.persoonId)).filter(
        (b) => b.tot === null || new Date(b.tot).getTime() > nu,
      );
      const oud = lopend.filter((b) => b.rol === 'regisseur');
      const nieuw = lopend.find(
        (b) => b.accountId === v.naarAccountId && b.organisatieId === v.naarOrganisatieId,
      );
      for (const b of oud) await repository.zetRol(scope, b.id, 'lid');
      if (nieuw) {
        await repository.zetRol(scope, nieuw.id, 'regisseur');
        return;
      }
      await repository.insertBetrokkenheid(scope, {
        persoonId: v.persoonId,
        accountId: v.naarAccountId,
        organisatieId: v.naarOrganisatieId,
        rol: 'regisseur',
        categorieen: [...new Set(oud.flatMap((b) => b.categorieen))],
        grondslag: oud[0]?.grondslag ?? 'Overdracht van regie',
        tot: null,
        door: v.door,
      });
    },

    /** Whether an account works as care staff for an organisation in this gemeente. */
    isZorgmedewerkerVan: (scope: GemeenteScope, accountId: string, organisatieId: string) =>
      repository.isZorgmedewerkerVan(scope, accountId, organisatieId),

    /** Inside a toegang transaction: the person record (undefined when erased or unknown). */
    async rij(scope: GemeenteScope, persoonId: string): Promise<PersoonRij | undefined> {
      return repository.find(scope, persoonId);
    },

    /** A resident's own person record; made from the account the first time it is needed. */
    async eigenPersoon(actor: Actor, scope: GemeenteScope): Promise<PersoonRij> {
      const bestaand = await repository.findByAccount(scope, actor.accountId);
      if (bestaand) return bestaand;
      const id = await repository.insert(scope, {
        accountId: actor.accountId,
        naam: actor.naam,
        telefoonnummer: null,
        email: null,
        postcode: null,
        geboortedatum: null,
      });
      return (await repository.find(scope, id))!;
    },
  };
}

export type PersonenService = ReturnType<typeof createPersonenService>;
