import { type Actor, MEDEWERKER_ROLLEN, requireRol } from '../../platform/auth/actor.ts';
import { KringError } from '../../platform/http/problem.ts';
import type { GemeenteScope, ScopeFactory } from '../../platform/tenancy/gemeente-scope.ts';
import type { GemeentenService } from '../gemeenten/service.ts';
import type { PersonenService } from '../personen/service.ts';
import { CATEGORIEEN, type Categorie } from '../toegang/model.ts';
import type { ToegangService } from '../toegang/service.ts';
import {
  bewaarBesluit,
  leeftijdsgroep,
  STANDAARD_BEWAARJAREN,
  termijnVerstreken,
} from './bewaren.ts';
import type {
  Bewaartermijn,
  Correctieverzoek,
  MijnGegevens,
  NieuweToestemming,
  Toestemming,
  WisUitkomst,
  Wisverzoek,
} from './model.ts';
import { mijnGegevensHtml } from './overzicht-html.ts';
import type { PrivacyRepository } from './repository.ts';

const geenDossier = () =>
  new KringError('KRING_NIET_GEVONDEN', 'Kring heeft nog geen dossier van u.');

type Rij<T extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<T>>;

/**
 * Person data another module keeps (help requests, offers, messages …). The module registers
 * it here (services.ts), so inzage shows it and erasure removes it with its category — the
 * privacy rights stay complete without this module knowing the others' tables.
 */
export interface Gegevensbron {
  /** Key in the inzage document (`overig.<naam>`). */
  naam: string;
  categorie: Categorie;
  inzage(scope: GemeenteScope, persoonId: string): Promise<unknown>;
  wis(scope: GemeenteScope, persoonId: string): Promise<void>;
}

/** What account deletion needs from the login side; given by the composition root. */
export interface AccountVerwijdering {
  anonimiseer(accountId: string): Promise<void>;
  beeindigSessies(accountId: string): Promise<void>;
  trekRollenIn(scope: GemeenteScope, accountId: string): Promise<void>;
}

/**
 * The resident's privacy rights (consent, inzage, correction, erasure) and the gemeente's
 * retention classes. Person data only through the `toegang` service.
 */
export function createPrivacyService(
  scopeOf: ScopeFactory,
  repository: PrivacyRepository,
  toegang: ToegangService,
  personen: PersonenService,
  gemeenten: GemeentenService,
  account?: AccountVerwijdering,
) {
  const bronnen: Gegevensbron[] = [];

  const toToestemming = (
    t: Rij<PrivacyRepository['toestemmingen']>[number],
    nu = new Date(),
  ): Toestemming => {
    const verlopen = t.geldig_tot !== null && `${t.geldig_tot}T23:59:59.999Z` < nu.toISOString();
    return {
      id: t.id,
      organisatieId: t.organisatie_id,
      organisatie: t.organisatie,
      categorieen: t.categorieen as Categorie[],
      doel: t.doel,
      geldigTot: t.geldig_tot,
      gegevenOp: t.gegeven_op.toISOString(),
      ingetrokkenOp: t.ingetrokken_op?.toISOString() ?? null,
      actief: t.ingetrokken_op === null && !verlopen,
    };
  };
  const toCorrectie = (
    c: Rij<PrivacyRepository['correctieverzoeken']>[number],
  ): Correctieverzoek => ({
    id: c.id,
    categorie: c.categorie as Categorie,
    toelichting: c.toelichting,
    status: c.status as Correctieverzoek['status'],
    reactie: c.reactie,
    ingediendOp: c.ingediend_op.toISOString(),
    afgehandeldOp: c.afgehandeld_op?.toISOString() ?? null,
  });
  const toWisverzoek = (w: {
    id: string;
    ingediend_op: Date;
    afgerond_op: Date | null;
    uitkomst: unknown;
  }): Wisverzoek => ({
    id: w.id,
    ingediendOp: w.ingediend_op.toISOString(),
    uitkomst: w.uitkomst as WisUitkomst[],
    afgerondOp: w.afgerond_op?.toISOString() ?? null,
  });

  async function termijnen(scope: GemeenteScope): Promise<Bewaartermijn[]> {
    const eigen = new Map(
      (await repository.bewaartermijnen(scope)).map((b) => [b.categorie, b.jaren]),
    );
    return CATEGORIEEN.map((categorie) => ({
      categorie,
      jaren: eigen.get(categorie) ?? STANDAARD_BEWAARJAREN[categorie],
      standaard: !eigen.has(categorie),
    }));
  }

  /** The resident's own person id; made from the account when `aanmaken` and missing. */
  async function eigenPersoonId(actor: Actor, aanmaken = false): Promise<string | undefined> {
    const id = await toegang.eigenPersoonId(actor);
    if (id || !aanmaken) return id;
    return scopeOf(actor.gemeenteId).transaction(async (scope) => {
      const persoon = await personen.eigenPersoon(actor, scope);
      await toegang.vastleggen(scope, [
        {
          actie: 'aanmaken',
          uitkomst: 'toegestaan',
          accountId: actor.accountId,
          namensPersoonId: null,
          rol: 'inwoner',
          organisatieId: null,
          persoonId: persoon.id,
          categorie: 'contact',
          grondslag: 'eigen-gegevens',
          doel: 'eigen gegevens',
          ip: actor.ip,
          doorbraak: false,
        },
      ]);
      return persoon.id;
    });
  }

  /** Erases what retention allows; returns the per-category outcome. Inside a transaction. */
  async function wis(scope: GemeenteScope, persoonId: string, nu: Date) {
    const [dossier, klassen] = await Promise.all([
      repository.dossier(scope, persoonId),
      termijnen(scope),
    ]);
    const uitkomst: WisUitkomst[] = klassen.map(({ categorie, jaren }) => {
      const b = bewaarBesluit(jaren, dossier, nu);
      return b.besluit === 'wissen'
        ? { categorie, besluit: 'gewist', bewarenTot: null, reden: null }
        : {
            categorie,
            besluit: 'bewaard',
            bewarenTot: b.tot?.toISOString() ?? null,
            reden: b.reden,
          };
    });
    for (const bron of bronnen) {
      if (uitkomst.find((u) => u.categorie === bron.categorie)?.besluit === 'gewist') {
        await bron.wis(scope, persoonId);
      }
    }
    // The person record is category contact: it goes when contact may go.
    const contactGewist = uitkomst.find((u) => u.categorie === 'contact')!.besluit === 'gewist';
    if (contactGewist) {
      const groep = leeftijdsgroep(await repository.geboortedatum(scope, persoonId), nu);
      await repository.wisPersoon(scope, persoonId, groep);
    }
    return { uitkomst, volledig: uitkomst.every((u) => u.besluit === 'gewist'), contactGewist };
  }

  return {
    registreerBron(bron: Gegevensbron): void {
      bronnen.push(bron);
    },

    /** The resident's own person id; made (and logged) from the account when missing. */
    eigenPersoonMaken: (actor: Actor) => eigenPersoonId(actor, true) as Promise<string>,

    /**
     * Inside a toegang transaction of the person's own action (sending a request, signing up
     * as volunteer): records the consent they gave in that form, unless the same consent
     * already runs. Shown and revocable in Mijn gegevens like any other.
     */
    async legToestemmingVast(
      scope: GemeenteScope,
      persoonId: string,
      input: { organisatieId: string; categorieen: Categorie[]; doel: string },
    ): Promise<void> {
      const lopend = (await repository.toestemmingen(scope, persoonId))
        .map((t) => toToestemming(t))
        .some(
          (t) =>
            t.actief &&
            t.organisatieId === input.organisatieId &&
            input.categorieen.every((c) => t.categorieen.includes(c)),
        );
      if (lopend) return;
      await repository.insertToestemming(scope, {
        persoonId,
        organisatieId: input.organisatieId,
        categorieen: [...new Set(input.categorieen)],
        doel: input.doel,
        geldigTot: null,
      });
    },

    // --- consent -----------------------------------------------------------------------
    async mijnToestemmingen(actor: Actor) {
      const scope = scopeOf(actor.gemeenteId);
      const organisaties = await repository.organisaties(scope);
      const persoonId = await eigenPersoonId(actor);
      if (!persoonId) return { toestemmingen: [], organisaties };
      const toestemmingen = await toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'contact', actie: 'lezen' },
        async (s) => (await repository.toestemmingen(s, persoonId)).map((t) => toToestemming(t)),
      );
      return { toestemmingen, organisaties };
    },

    async geefToestemming(actor: Actor, input: NieuweToestemming): Promise<Toestemming> {
      if (input.geldigTot && input.geldigTot < new Date().toISOString().slice(0, 10)) {
        const reason = 'De datum mag niet in het verleden liggen.';
        throw new KringError('KRING_VALIDATIE', reason, [
          { name: 'body.geldigTot', code: 'custom', reason },
        ]);
      }
      const persoonId = (await eigenPersoonId(actor, true))!;
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'contact', actie: 'aanmaken' },
        async (scope) => {
          if (!(await repository.organisatieBestaat(scope, input.organisatieId))) {
            const reason = 'Deze organisatie is in deze gemeente niet bekend.';
            throw new KringError('KRING_VALIDATIE', reason, [
              { name: 'body.organisatieId', code: 'custom', reason },
            ]);
          }
          const id = await repository.insertToestemming(scope, {
            persoonId,
            organisatieId: input.organisatieId,
            categorieen: [...new Set(input.categorieen)],
            doel: input.doel,
            geldigTot: input.geldigTot ?? null,
          });
          return toToestemming(
            (await repository.toestemmingen(scope, persoonId)).find((t) => t.id === id)!,
          );
        },
      );
    },

    /** Revocation works at once: the next request of the organisation is refused. */
    async trekToestemmingIn(actor: Actor, toestemmingId: string): Promise<void> {
      const persoonId = await eigenPersoonId(actor);
      if (!persoonId) throw geenDossier();
      await toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'contact', actie: 'wijzigen' },
        async (scope) => {
          if (!(await repository.trekIn(scope, persoonId, toestemmingId))) {
            throw new KringError(
              'KRING_NIET_GEVONDEN',
              'Deze toestemming is niet gevonden of al ingetrokken.',
            );
          }
        },
      );
    },

    // --- inzage ------------------------------------------------------------------------
    async mijnGegevens(
      actor: Actor,
      actie: 'exporteren' | 'printen' = 'exporteren',
    ): Promise<MijnGegevens> {
      const scope = scopeOf(actor.gemeenteId);
      const basis = {
        gemaaktOp: new Date().toISOString(),
        account: { naam: actor.naam, rollen: actor.rollen.map((r) => r.rol) },
        bewaartermijnen: await termijnen(scope),
      };
      const persoonId = await eigenPersoonId(actor);
      if (!persoonId) {
        return {
          ...basis,
          persoon: null,
          betrokkenheden: [],
          vertegenwoordigers: [],
          toestemmingen: [],
          correctieverzoeken: [],
          wisverzoeken: [],
          toegangslog: [],
          overig: {},
        };
      }
      const log = await toegang.logVanPersoon(actor, persoonId, {
        pagina: 1,
        paginaGrootte: 10_000,
      });
      return toegang.uitvoeren(actor, { persoonId, categorie: 'contact', actie }, async (s) => {
        const dossier = (await personen.dossier(s, persoonId))!;
        return {
          ...basis,
          ...dossier,
          toestemmingen: (await repository.toestemmingen(s, persoonId)).map((t) =>
            toToestemming(t),
          ),
          correctieverzoeken: (await repository.correctieverzoeken(s, persoonId)).map(toCorrectie),
          wisverzoeken: (await repository.wisverzoeken(s, persoonId)).map(toWisverzoek),
          toegangslog: log.regels,
          overig: Object.fromEntries(
            await Promise.all(
              bronnen.map(async (b) => [b.naam, await b.inzage(s, persoonId)] as const),
            ),
          ),
        };
      });
    },

    async mijnGegevensHtml(actor: Actor): Promise<string> {
      return mijnGegevensHtml(await this.mijnGegevens(actor, 'printen'));
    },

    // --- correction --------------------------------------------------------------------
    async mijnCorrectieverzoeken(actor: Actor) {
      const persoonId = await eigenPersoonId(actor);
      if (!persoonId) return { correctieverzoeken: [] };
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'contact', actie: 'lezen' },
        async (s) => ({
          correctieverzoeken: (await repository.correctieverzoeken(s, persoonId)).map(toCorrectie),
        }),
      );
    },

    async vraagCorrectie(actor: Actor, input: { categorie: Categorie; toelichting: string }) {
      const persoonId = await eigenPersoonId(actor);
      if (!persoonId) throw geenDossier();
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: input.categorie, actie: 'aanmaken' },
        async (s) => {
          const id = await repository.insertCorrectieverzoek(s, { persoonId, ...input });
          return toCorrectie((await repository.correctieverzoek(s, persoonId, id))!);
        },
      );
    },

    /** The case team sees the correction requests of a person (contact access). */
    async correctieverzoekenVan(actor: Actor, persoonId: string) {
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'contact', actie: 'lezen' },
        async (s) => ({
          correctieverzoeken: (await repository.correctieverzoeken(s, persoonId)).map(toCorrectie),
        }),
      );
    },

    /** Handled by someone who may change the request's category. */
    async handelCorrectieAf(
      actor: Actor,
      persoonId: string,
      verzoekId: string,
      input: { status: 'uitgevoerd' | 'afgewezen'; reactie: string },
    ): Promise<Correctieverzoek> {
      const gevonden = await repository.correctieverzoek(
        scopeOf(actor.gemeenteId),
        persoonId,
        verzoekId,
      );
      if (!gevonden) throw new KringError('KRING_NIET_GEVONDEN', 'Dit verzoek is niet gevonden.');
      return toegang.uitvoeren(
        actor,
        {
          persoonId,
          categorie: gevonden.categorie as Categorie,
          actie: 'wijzigen',
          grondslagen: ['betrokkenheid'],
        },
        async (s) => {
          if (
            !(await repository.handelCorrectieAf(s, verzoekId, { ...input, door: actor.accountId }))
          ) {
            throw new KringError('KRING_CONFLICT', 'Dit verzoek is al afgehandeld.');
          }
          return toCorrectie((await repository.correctieverzoek(s, persoonId, verzoekId))!);
        },
      );
    },

    // --- erasure -----------------------------------------------------------------------
    async mijnWisverzoeken(actor: Actor) {
      const persoonId = await eigenPersoonId(actor);
      if (!persoonId) return { wisverzoeken: [] };
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'contact', actie: 'lezen' },
        async (s) => ({
          wisverzoeken: (await repository.wisverzoeken(s, persoonId)).map(toWisverzoek),
        }),
      );
    },

    /**
     * Erasure (art. 17) honouring retention: what must be kept is kept (and erased by the
     * daily job when its time comes), the rest goes now. Statistics keep only a pseudonym.
     */
    async vraagWissen(actor: Actor): Promise<Wisverzoek> {
      const persoonId = await eigenPersoonId(actor);
      if (!persoonId) throw geenDossier();
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'contact', actie: 'verwijderen' },
        async (s) => {
          const { uitkomst, volledig, contactGewist } = await wis(s, persoonId, new Date());
          if (!contactGewist) await repository.markeerWissenGevraagd(s, persoonId);
          return toWisverzoek(
            await repository.insertWisverzoek(s, { persoonId, uitkomst, afgerond: volledig }),
          );
        },
      );
    },

    /**
     * A resident deletes their own account: their data is erased as far as retention allows
     * (like an erasure request; what must be kept is erased by the daily job later), the
     * login is made anonymous and switched off, and every session ends. Staff accounts are
     * removed by the functioneel beheerder, not here.
     */
    async verwijderAccount(actor: Actor): Promise<void> {
      if (!account) throw new Error('createPrivacyService needs the account deps for this');
      if (actor.platformbeheerder || actor.rollen.some((r) => MEDEWERKER_ROLLEN.has(r.rol))) {
        throw new KringError(
          'KRING_GEEN_TOEGANG',
          'Een account van een medewerker verwijdert de functioneel beheerder.',
        );
      }
      if (await eigenPersoonId(actor)) await this.vraagWissen(actor);
      await scopeOf(actor.gemeenteId).transaction((scope) =>
        account.trekRollenIn(scope, actor.accountId),
      );
      await account.anonimiseer(actor.accountId);
      await account.beeindigSessies(actor.accountId);
    },

    // --- retention classes -------------------------------------------------------------
    async bewaartermijnen(actor: Actor) {
      requireRol(actor, 'functioneel-beheerder');
      return { bewaartermijnen: await termijnen(scopeOf(actor.gemeenteId)) };
    },

    async zetBewaartermijn(
      actor: Actor,
      categorie: Categorie,
      jaren: number,
    ): Promise<Bewaartermijn> {
      requireRol(actor, 'functioneel-beheerder');
      const scope = scopeOf(actor.gemeenteId);
      await repository.zetBewaartermijn(scope, categorie, jaren, actor.accountId);
      return (await termijnen(scope)).find((t) => t.categorie === categorie)!;
    },

    /**
     * The daily retention job, for every gemeente: erase persons whose erasure was asked
     * and may now go, and closed cases whose retention period has passed.
     */
    async pasBewaartermijnenToe(nu = new Date()): Promise<{ gewist: number }> {
      let gewist = 0;
      for (let pagina = 1; ; pagina++) {
        const { gemeenten: lijst, totaal } = await gemeenten.list({ pagina, paginaGrootte: 100 });
        for (const g of lijst) {
          const { id } = await gemeenten.ref(g.code);
          gewist += await scopeOf(id).transaction(async (scope) => {
            const klassen = await termijnen(scope);
            const contactJaren = klassen.find((k) => k.categorie === 'contact')!.jaren;
            let n = 0;
            for (const kandidaat of await repository.kandidatenVoorBewaartermijn(scope)) {
              const dossier = await repository.dossier(scope, kandidaat.id);
              const gevraagd = kandidaat.wissen_gevraagd_op !== null;
              const mag = gevraagd
                ? bewaarBesluit(contactJaren, dossier, nu).besluit === 'wissen'
                : termijnVerstreken(contactJaren, dossier, nu);
              if (!mag) continue;
              await wis(scope, kandidaat.id, nu);
              await repository.rondWisverzoekenAf(scope, kandidaat.id);
              await toegang.vastleggen(scope, [
                {
                  actie: 'verwijderen',
                  uitkomst: 'toegestaan',
                  accountId: null,
                  namensPersoonId: null,
                  rol: null,
                  organisatieId: null,
                  persoonId: kandidaat.id,
                  categorie: 'contact',
                  grondslag: null,
                  doel: gevraagd ? 'wisverzoek na bewaartermijn' : 'bewaartermijn verstreken',
                  ip: null,
                  doorbraak: false,
                },
              ]);
              n++;
            }
            return n;
          });
        }
        if (pagina * 100 >= totaal) break;
      }
      return { gewist };
    },
  };
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
