import type { KoppelingStatus } from '../../../shared/loket.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { KringError } from '../../platform/http/problem.ts';
import type { Melder } from '../../platform/mail/melder.ts';
import type { GemeenteScope, ScopeFactory } from '../../platform/tenancy/gemeente-scope.ts';
import type { HulpaanbodService } from '../hulpaanbod/service.ts';
import { DOEL_HULPVRAAG, type HulpvragenService } from '../hulpvragen/service.ts';
import type { PersonenService } from '../personen/service.ts';
import type { SocialeKaartService } from '../sociale-kaart/service.ts';
import type { Logregel, ToegangService } from '../toegang/service.ts';
import { type Aanbieder, afstandKm, kandidaten } from './kandidaten.ts';
import type {
  EvaluatieInvoer,
  Kandidaat,
  Koppeling,
  KoppelingAntwoord,
  LoketStap,
  MijnKoppeling,
  MijnStap,
  NieuweKoppeling,
} from './model.ts';
import { createOptimalisatieService } from './optimalisatie-service.ts';
import type { KoppelingenRepository, KoppelingRij } from './repository.ts';
import {
  contactGedeeld,
  type Kant,
  loopt,
  mogelijk,
  volgende,
  wachtOp,
  zichtbaarVoor,
} from './stappen.ts';
import { evaluatieOpen, loopVast, wachtDagen } from './voortgang.ts';
import { createVoortgangService, nietGevonden, voortgangRij } from './voortgang-service.ts';

/** Why a resident's or volunteer's data is shown to the other side (access log `doel`). */
const DOEL_VOORSTEL = 'Voorstel voor een koppeling';
const DOEL_CONTACT = 'Koppeling: u zei allebei ja';

export interface KoppelingenDeps {
  scopeOf: ScopeFactory;
  repository: KoppelingenRepository;
  toegang: ToegangService;
  personen: PersonenService;
  hulpvragen: HulpvragenService;
  hulpaanbod: HulpaanbodService;
  socialeKaart: Pick<SocialeKaartService, 'postcodegebied' | 'zoek'>;
  melder: Melder;
}

/** The buttons one side sees: the state machine's steps, and the evaluation when asked. */
function mijnMogelijk(
  r: KoppelingRij,
  kant: 'inwoner' | 'vrijwilliger',
  evaluaties: Koppeling['evaluaties'],
): MijnKoppeling['mogelijk'] {
  const stappen: MijnKoppeling['mogelijk'] = mogelijk(r.status as KoppelingStatus, kant).filter(
    (h): h is 'akkoord' | 'afwijzen' | 'starten' | 'beeindigen' => h !== 'goedkeuren',
  );
  const open = evaluatieOpen(
    voortgangRij(
      r,
      evaluaties.map((e) => e.kant),
    ),
    kant,
  );
  return open ? [...stappen, 'evalueren'] : stappen;
}

const voornaam = (naam: string | null | undefined) => naam?.trim().split(/\s+/)[0] ?? null;

/**
 * Matches between a help request and a volunteer's offer: the coordinator proposes (by hand
 * or from the optimiser, `optimalisatie-service.ts`), the volunteer and then the resident say
 * yes or no, and only when both said yes do they see each other's contact details; then the
 * introduction, the start, the evaluation after a month and the end (`voortgang-service.ts`).
 * Every step is checked by the state machine (`stappen.ts`), recorded, and visible to the
 * people involved.
 */
export function createKoppelingenService(deps: KoppelingenDeps) {
  const { scopeOf, repository, toegang, personen, hulpvragen, hulpaanbod, melder } = deps;

  const organisatiesVan = (actor: Actor) => toegang.zorgorganisaties(actor);

  function punt(postcode: string | null | undefined) {
    if (!postcode) return undefined;
    const g = deps.socialeKaart.postcodegebied(postcode);
    return g ? { lat: g.lat, lon: g.lon } : undefined;
  }

  const optimalisatie = createOptimalisatieService({ ...deps, punt });
  const voortgang = createVoortgangService(deps);

  /** The evaluations of many matches in one query, per match. */
  async function evaluatiesPer(scope: GemeenteScope, ids: string[]) {
    const per = new Map<string, Koppeling['evaluaties']>();
    for (const e of await repository.evaluaties(scope, ids)) {
      const lijst = per.get(e.koppeling_id) ?? [];
      lijst.push({
        kant: e.kant as 'inwoner' | 'vrijwilliger',
        oordeel: e.oordeel as Koppeling['evaluaties'][number]['oordeel'],
        doorgaan: e.doorgaan,
        opmerking: e.opmerking,
        op: e.op.toISOString(),
      });
      per.set(e.koppeling_id, lijst);
    }
    return per;
  }

  async function gebeurtenissen(scope: GemeenteScope, ids: string[]) {
    const per = new Map<string, MijnKoppeling['gebeurtenissen']>();
    for (const s of await repository.stappen(scope, ids)) {
      const lijst = per.get(s.koppeling_id) ?? [];
      lijst.push({ status: s.status as KoppelingStatus, op: s.op.toISOString(), reden: s.reden });
      per.set(s.koppeling_id, lijst);
    }
    return per;
  }

  /** A log row for showing one person's data to the other side of a match. */
  function logregel(
    actor: Actor,
    persoonId: string,
    categorie: 'contact' | 'intake',
    rol: string,
    doel: string,
  ): Logregel {
    return {
      actie: 'lezen',
      uitkomst: 'toegestaan',
      accountId: actor.accountId,
      namensPersoonId: null,
      rol,
      organisatieId: null,
      persoonId,
      categorie,
      grondslag: 'toestemming',
      doel,
      ip: actor.ip,
      doorbraak: false,
    };
  }

  return {
    /** Approved volunteers for a request that is ready for matching, fitting ones first. */
    async kandidaten(actor: Actor, hulpvraagId: string): Promise<{ kandidaten: Kandidaat[] }> {
      const persoonId = await hulpvragen.persoonVan(actor.gemeenteId, hulpvraagId);
      if (!persoonId)
        throw new KringError('KRING_NIET_GEVONDEN', 'Deze hulpvraag is niet gevonden.');
      const vraag = await toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'intake', actie: 'lezen' },
        async (scope, toegestaan) => {
          const h = await hulpvragen.voorKoppeling(scope, hulpvraagId);
          if (!h || h.organisatieId !== toegestaan.organisatieId) {
            throw new KringError(
              'KRING_GEEN_TOEGANG',
              'Deze hulpvraag is naar een andere organisatie gestuurd.',
            );
          }
          return { h, paren: await repository.paren(scope, hulpvraagId) };
        },
      );
      const org = vraag.h.organisatieId!;
      const aanbod = await toegang.zoeken(actor, 'contact', async (scope) =>
        (await hulpaanbod.goedgekeurd(scope, [org])).map((a) => ({
          ...a,
          aanbodId: a.id,
          id: a.persoonId,
        })),
      );
      const scope = scopeOf(actor.gemeenteId);
      const lopend = await repository.lopendPerAanbod(scope);
      const regels = await hulpvragen.regels(actor.gemeenteId);
      const a = vraag.h.antwoorden;
      const afgewezen = new Set(
        vraag.paren.filter((p) => p.status === 'afgewezen').map((p) => p.aanbod_id),
      );
      const bezig = new Set(
        vraag.paren.filter((p) => loopt(p.status as KoppelingStatus)).map((p) => p.aanbod_id),
      );
      const aanbieders: Aanbieder[] = aanbod
        .filter((o) => o.persoonId !== persoonId && !bezig.has(o.aanbodId))
        .map((o) => ({
          aanbodId: o.aanbodId,
          naam: o.naam,
          categorieen: o.categorieen,
          tijdvakken: o.tijdvakken,
          punt: punt(o.postcode),
          straalKm: o.straalKm,
          talen: o.talen,
          geslacht: o.geslacht,
          vogGeldig: o.vogGeldig,
          lopendeKoppelingen: lopend.get(o.aanbodId) ?? 0,
          maxKoppelingen: o.maxKoppelingen,
          eerderAfgewezen: afgewezen.has(o.aanbodId),
        }));
      return {
        kandidaten: kandidaten(
          {
            categorieen: a.categorieen ?? [],
            tijdvakken: a.tijdvakken ?? [],
            punt: punt(a.postcode),
            talen: a.voorkeuren?.talen ?? [],
            geslacht: a.voorkeuren?.geslacht ?? 'geen',
            vogNodig: hulpvragen.vogCategorieen(a.categorieen ?? [], regels),
          },
          aanbieders,
        ),
      };
    },

    /**
     * The coordinator proposes a volunteer for a request in the pool, by hand or taking over
     * a proposal of the optimiser. Approved at once (both steps are recorded, the volunteer
     * is asked) unless `goedkeuren` is false: then it waits as a voorstel on the board.
     */
    async maak(actor: Actor, input: NieuweKoppeling): Promise<Koppeling> {
      const aanbodPersoon = await hulpaanbod.persoonVan(actor.gemeenteId, input.aanbodId);
      const vraagPersoon = await hulpvragen.persoonVan(actor.gemeenteId, input.hulpvraagId);
      if (!aanbodPersoon) {
        throw new KringError('KRING_NIET_GEVONDEN', 'Dit hulpaanbod is niet gevonden.');
      }
      if (!vraagPersoon) {
        throw new KringError('KRING_NIET_GEVONDEN', 'Deze hulpvraag is niet gevonden.');
      }
      if (aanbodPersoon === vraagPersoon) {
        throw new KringError('KRING_CONFLICT', 'Iemand kan niet aan zichzelf gekoppeld worden.');
      }
      // The pool is shared by the organisation's coordinators: proposing for a request
      // (made from a plan, or checked by a colleague) joins its case team through the consent.
      await personen.neemOpViaToestemming(actor, vraagPersoon, 'intake', DOEL_HULPVRAAG);
      const aanbod = await toegang.uitvoeren(
        actor,
        { persoonId: aanbodPersoon, categorie: 'contact', actie: 'lezen' },
        async (scope, toegestaan) => {
          const a = await hulpaanbod.voorKoppeling(scope, input.aanbodId);
          if (!a || a.organisatieId !== toegestaan.organisatieId) {
            throw new KringError(
              'KRING_GEEN_TOEGANG',
              'Dit hulpaanbod hoort bij een andere organisatie.',
            );
          }
          if (a.status !== 'goedgekeurd') {
            throw new KringError('KRING_CONFLICT', 'Deze vrijwilliger is nog niet goedgekeurd.');
          }
          return a;
        },
      );
      const { id, accountId } = await toegang.uitvoeren(
        actor,
        { persoonId: vraagPersoon, categorie: 'intake', actie: 'wijzigen' },
        async (scope, toegestaan) => {
          const h = await hulpvragen.voorKoppeling(scope, input.hulpvraagId);
          if (!h || h.organisatieId !== toegestaan.organisatieId) {
            throw new KringError(
              'KRING_GEEN_TOEGANG',
              'Deze hulpvraag is naar een andere organisatie gestuurd.',
            );
          }
          if (h.status !== 'in-matching') {
            throw new KringError(
              'KRING_CONFLICT',
              'Deze hulpvraag is nog niet klaar om te koppelen, of is al gekoppeld.',
            );
          }
          const lopend = (await repository.paren(scope, input.hulpvraagId)).filter((p) =>
            loopt(p.status as KoppelingStatus),
          );
          if (lopend.some((p) => p.aanbod_id === input.aanbodId)) {
            throw new KringError(
              'KRING_CONFLICT',
              'Deze vrijwilliger is al voorgesteld voor deze vraag.',
            );
          }
          if (lopend.length > 0) {
            throw new KringError(
              'KRING_CONFLICT',
              'Voor deze hulpvraag loopt al een voorstel. Trek dat eerst in.',
            );
          }
          const bezet = (await repository.lopendPerAanbod(scope)).get(input.aanbodId) ?? 0;
          if (bezet >= aanbod.maxKoppelingen) {
            throw new KringError(
              'KRING_CONFLICT',
              'Deze vrijwilliger heeft geen plek meer voor nog een koppeling.',
            );
          }
          const van = punt(h.antwoorden.postcode);
          const naar = punt(aanbod.postcode);
          const afstand = van && naar ? Math.round(afstandKm(van, naar) * 10) / 10 : null;
          const nieuw = await repository.insert(scope, {
            hulpvraagId: input.hulpvraagId,
            aanbodId: input.aanbodId,
            status: input.goedkeuren ? 'goedgekeurd' : 'voorstel',
            toelichting: input.toelichting,
            afstandKm: afstand,
            door: actor.accountId,
            bron: input.bron,
            score: input.bron === 'optimalisatie' ? optimalisatie.scoreVan(h, aanbod, bezet) : null,
          });
          await repository.stap(scope, nieuw, 'voorstel', actor.accountId);
          if (input.goedkeuren) await repository.stap(scope, nieuw, 'goedgekeurd', actor.accountId);
          return { id: nieuw, accountId: aanbod.accountId };
        },
      );
      if (input.goedkeuren) melder.meld(accountId, 'voorstel');
      return this.een(actor, id);
    },

    optimaliseer: optimalisatie.optimaliseer,
    matchbord: optimalisatie.matchbord,

    /** A coordinator's step on a match of their organisation; answers the match as it is now. */
    async stapLoket(actor: Actor, id: string, stap: LoketStap): Promise<Koppeling> {
      await voortgang.stapLoket(actor, id, stap);
      return this.een(actor, id);
    },

    /** One side's step (the introduction went well, or stop). */
    async stapMijn(actor: Actor, id: string, stap: MijnStap): Promise<MijnKoppeling> {
      await voortgang.stapMijn(actor, id, stap);
      return this.mijnEen(actor, id);
    },

    /** One side's evaluation a month after the start. */
    async evalueer(actor: Actor, id: string, input: EvaluatieInvoer): Promise<MijnKoppeling> {
      await voortgang.evalueer(actor, id, input);
      return this.mijnEen(actor, id);
    },

    verwerkVoortgang: voortgang.verwerkVoortgang,

    /** One of the coordinator's matches, as the list shows it. */
    async een(actor: Actor, id: string): Promise<Koppeling> {
      const k = (await this.lijst(actor)).koppelingen.find((x) => x.id === id);
      if (!k) throw nietGevonden();
      return k;
    },

    /** One of my matches, as Mijn Kring shows it. */
    async mijnEen(actor: Actor, id: string): Promise<MijnKoppeling> {
      const k = (await this.mijn(actor)).koppelingen.find((x) => x.id === id);
      if (!k) throw nietGevonden();
      return k;
    },

    /** The coordinator's matches of their organisation (each shown is logged). */
    async lijst(actor: Actor): Promise<{ koppelingen: Koppeling[] }> {
      const orgs = organisatiesVan(actor);
      const rijen = await toegang.zoeken(actor, 'intake', async (scope) =>
        (await repository.vanOrganisaties(scope, orgs)).map((r) => ({
          ...r,
          koppelingId: r.id,
          id: r.inwoner_persoon_id,
        })),
      );
      const scope = scopeOf(actor.gemeenteId);
      const stappen = await gebeurtenissen(
        scope,
        rijen.map((r) => r.koppelingId),
      );
      const evaluaties = await evaluatiesPer(
        scope,
        rijen.map((r) => r.koppelingId),
      );
      const nu = new Date();
      const koppelingen: Koppeling[] = [];
      for (const r of rijen) {
        const inwoner = await personen.rij(scope, r.inwoner_persoon_id);
        const vrijwilliger = await personen.rij(scope, r.vrijwilliger_persoon_id);
        const status = r.status as KoppelingStatus;
        koppelingen.push({
          id: r.koppelingId,
          status: r.status as KoppelingStatus,
          hulpvraagId: r.hulpvraag_id,
          aanbodId: r.aanbod_id,
          inwoner: inwoner?.naam ?? '',
          vrijwilliger: vrijwilliger?.naam ?? '',
          toelichting: r.toelichting,
          afstandKm: r.afstand_km,
          wachtOp: wachtOp(status),
          wachtDagen: wachtDagen(status, r.gewijzigd_op, nu),
          looptVast: loopVast(status, r.gewijzigd_op, nu),
          bron: r.bron as Koppeling['bron'],
          score: r.score,
          mogelijk: mogelijk(status, 'coordinator') as Koppeling['mogelijk'],
          eindeReden: r.einde_reden as Koppeling['eindeReden'],
          evaluatieGevraagdOp: r.evaluatie_gevraagd_op?.toISOString() ?? null,
          evaluaties: evaluaties.get(r.koppelingId) ?? [],
          gebeurtenissen: stappen.get(r.koppelingId) ?? [],
          aangemaaktOp: r.aangemaakt_op.toISOString(),
        });
      }
      return { koppelingen };
    },

    /**
     * My matches, as resident and as volunteer. Before both said yes the other side is a
     * first name (the volunteer) or nobody (the resident) and a postcode area; after, both
     * see each other's name, phone and e-mail. What is shown of the other is logged.
     */
    async mijn(actor: Actor): Promise<{ koppelingen: MijnKoppeling[] }> {
      const persoonId = await toegang.eigenPersoonId(actor);
      if (!persoonId) return { koppelingen: [] };
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'contact', actie: 'lezen' },
        async (scope) => {
          // Until then the resident reads "we zoeken iemand".
          const rijen = (await repository.vanPersoon(scope, persoonId)).filter((r) =>
            zichtbaarVoor(
              r.status as KoppelingStatus,
              r.inwoner_persoon_id === persoonId ? 'inwoner' : 'vrijwilliger',
            ),
          );
          const stappen = await gebeurtenissen(
            scope,
            rijen.map((r) => r.id),
          );
          const evaluaties = await evaluatiesPer(
            scope,
            rijen.map((r) => r.id),
          );
          const regels: Logregel[] = [];
          const koppelingen: MijnKoppeling[] = [];
          for (const r of rijen) {
            const kant = r.inwoner_persoon_id === persoonId ? 'inwoner' : 'vrijwilliger';
            const anderId = kant === 'inwoner' ? r.vrijwilliger_persoon_id : r.inwoner_persoon_id;
            const h = await hulpvragen.voorKoppeling(scope, r.hulpvraag_id);
            const ander = await personen.rij(scope, anderId);
            const status = r.status as KoppelingStatus;
            const gedeeld = contactGedeeld(status);
            const open = wachtOp(status) !== 'niemand';
            // The volunteer sees the request's outline while deciding; both see contact
            // details once both said yes. Ended matches show neither any more.
            if (kant === 'vrijwilliger' && (open || gedeeld)) {
              regels.push(logregel(actor, anderId, 'intake', 'vrijwilliger', DOEL_VOORSTEL));
            }
            if (kant === 'inwoner' && open) {
              regels.push(logregel(actor, anderId, 'contact', 'inwoner', DOEL_VOORSTEL));
            }
            if (gedeeld) regels.push(logregel(actor, anderId, 'contact', kant, DOEL_CONTACT));
            const a = h?.antwoorden;
            koppelingen.push({
              id: r.id,
              status,
              mijnKant: kant,
              hulpvraag: {
                id: r.hulpvraag_id,
                categorieen: open || gedeeld ? (a?.categorieen ?? []) : [],
                hoeVaak: open || gedeeld ? (a?.hoeVaak ?? null) : null,
                tijdvakken: open || gedeeld ? (a?.tijdvakken ?? []) : [],
                plaats: open || gedeeld ? (a?.postcode?.slice(0, 4) ?? '') : '',
              },
              andereKant: {
                voornaam: kant === 'inwoner' || gedeeld ? voornaam(ander?.naam) : null,
              },
              toelichting: r.toelichting,
              afstandKm: r.afstand_km,
              wachtOp: wachtOp(status),
              mogelijk: mijnMogelijk(r, kant, evaluaties.get(r.id) ?? []),
              eindeReden: r.einde_reden as MijnKoppeling['eindeReden'],
              evaluatie: r.evaluatie_gevraagd_op
                ? {
                    gevraagdOp: r.evaluatie_gevraagd_op.toISOString(),
                    mijnAntwoord: evaluaties.get(r.id)?.find((e) => e.kant === kant) ?? null,
                  }
                : null,
              contact:
                gedeeld && ander
                  ? {
                      naam: ander.naam ?? '',
                      telefoonnummer: ander.telefoonnummer,
                      eMailadres: ander.email,
                    }
                  : null,
              gebeurtenissen: stappen.get(r.id) ?? [],
              aangemaaktOp: r.aangemaakt_op.toISOString(),
            });
          }
          await toegang.vastleggen(scope, regels);
          return { koppelingen };
        },
      );
    },

    /** Yes or no from the side whose turn it is; 409 for anyone else or out of turn. */
    async antwoord(actor: Actor, id: string, input: KoppelingAntwoord): Promise<MijnKoppeling> {
      const persoonId = await toegang.eigenPersoonId(actor);
      if (!persoonId) throw nietGevonden();
      const gevolg = await toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'contact', actie: 'wijzigen' },
        async (scope) => {
          const r: KoppelingRij | undefined = await repository.vergrendel(scope, id);
          if (
            !r ||
            (r.inwoner_persoon_id !== persoonId && r.vrijwilliger_persoon_id !== persoonId)
          ) {
            throw nietGevonden();
          }
          const kant: Kant = r.inwoner_persoon_id === persoonId ? 'inwoner' : 'vrijwilliger';
          const naar = volgende(
            r.status as KoppelingStatus,
            input.akkoord ? 'akkoord' : 'afwijzen',
            kant,
          );
          if (!naar) {
            throw new KringError(
              'KRING_CONFLICT',
              wachtOp(r.status as KoppelingStatus) === 'niemand'
                ? 'Op deze koppeling kunt u niet meer antwoorden.'
                : 'U bent nu niet aan de beurt om te antwoorden.',
            );
          }
          await repository.zetStatus(scope, id, naar, {
            door: actor.accountId,
            reden: input.akkoord ? null : (input.reden ?? null),
          });
          if (naar === 'kennismaking') await hulpvragen.markeerGekoppeld(scope, r.hulpvraag_id);
          const ander = await personen.rij(
            scope,
            kant === 'inwoner' ? r.vrijwilliger_persoon_id : r.inwoner_persoon_id,
          );
          return { naar, kant, anderAccount: ander?.account_id ?? null };
        },
      );
      if (gevolg.naar === 'vrijwilliger-akkoord') melder.meld(gevolg.anderAccount, 'voorstel');
      else if (gevolg.naar === 'kennismaking') melder.meld(gevolg.anderAccount, 'koppeling');
      else melder.meld(gevolg.anderAccount, 'antwoord');
      const mijn = await this.mijn(actor);
      return mijn.koppelingen.find((k) => k.id === id)!;
    },

    /**
     * Privacy: a person's matches as one side, with their own evaluation (the other side's
     * answer is the other's data). Category contact, like the offer and the notices.
     */
    bron: {
      naam: 'koppelingen',
      categorie: 'contact' as const,
      async inzage(scope: GemeenteScope, persoonId: string) {
        const rijen = await repository.vanPersoon(scope, persoonId);
        const evaluaties = await evaluatiesPer(
          scope,
          rijen.map((r) => r.id),
        );
        return rijen.map((r) => {
          const kant = r.inwoner_persoon_id === persoonId ? 'inwoner' : 'vrijwilliger';
          return {
            alsWie: kant,
            status: r.status,
            toelichting: r.toelichting,
            aangemaaktOp: r.aangemaakt_op.toISOString(),
            actiefSinds: r.actief_sinds?.toISOString() ?? null,
            eindeReden: r.einde_reden,
            mijnEvaluatie: evaluaties.get(r.id)?.find((e) => e.kant === kant) ?? null,
          };
        });
      },
      async wis(scope: GemeenteScope, persoonId: string) {
        const rijen = await repository.vanPersoon(scope, persoonId);
        await repository.wisEvaluaties(scope, {
          inwoner: rijen.filter((r) => r.inwoner_persoon_id === persoonId).map((r) => r.id),
          vrijwilliger: rijen
            .filter((r) => r.vrijwilliger_persoon_id === persoonId)
            .map((r) => r.id),
        });
      },
    },

    /** For the berichten module: who the two sides of a match are (inside a transaction). */
    async deelnemers(scope: GemeenteScope, id: string) {
      const r = await repository.find(scope, id);
      if (!r) return undefined;
      const inwoner = await personen.rij(scope, r.inwoner_persoon_id);
      const vrijwilliger = await personen.rij(scope, r.vrijwilliger_persoon_id);
      return {
        status: r.status as KoppelingStatus,
        /** Both said yes: they may write to each other. */
        contactGedeeld: contactGedeeld(r.status as KoppelingStatus),
        inwonerPersoonId: r.inwoner_persoon_id,
        accounts: [inwoner?.account_id, vrijwilliger?.account_id].filter((a): a is string => !!a),
      };
    },
  };
}

export type KoppelingenService = ReturnType<typeof createKoppelingenService>;
