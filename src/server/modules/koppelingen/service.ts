import { HULPCATEGORIE_CODES, type KoppelingStatus } from '../../../shared/loket.ts';
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
  Kandidaat,
  Koppeling,
  KoppelingAntwoord,
  MijnKoppeling,
  NieuweKoppeling,
  Optimalisatie,
} from './model.ts';
import { gretigOnline } from './optimalisatie/greedy.ts';
import { geholpen, type OptAanbod, type OptVraag } from './optimalisatie/instantie.ts';
import { bouwKandidaten, kenmerken } from './optimalisatie/kandidaten-index.ts';
import { losOp } from './optimalisatie/mincostflow.ts';
import { uitleg } from './optimalisatie/score.ts';
import type { KoppelingenRepository, KoppelingRij } from './repository.ts';
import { contactGedeeld, type Kant, loopt, volgende, wachtOp } from './stappen.ts';

const nietGevonden = () =>
  new KringError('KRING_NIET_GEVONDEN', 'Deze koppeling is niet gevonden.');

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
  socialeKaart: Pick<SocialeKaartService, 'postcodegebied'>;
  melder: Melder;
}

const voornaam = (naam: string | null | undefined) => naam?.trim().split(/\s+/)[0] ?? null;

/**
 * Matches between a help request and a volunteer's offer: the coordinator proposes (by hand
 * here; issue 7 adds the optimiser), the volunteer and then the resident say yes or no, and
 * only when both said yes do they see each other's contact details. Every step is checked
 * by the state machine (`stappen.ts`), recorded, and visible to the people involved.
 */
export function createKoppelingenService(deps: KoppelingenDeps) {
  const { scopeOf, repository, toegang, personen, hulpvragen, hulpaanbod, melder } = deps;

  const organisatiesVan = (actor: Actor) => toegang.zorgorganisaties(actor);

  function punt(postcode: string | null | undefined) {
    if (!postcode) return undefined;
    const g = deps.socialeKaart.postcodegebied(postcode);
    return g ? { lat: g.lat, lon: g.lon } : undefined;
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
     * The coordinator proposes a volunteer for a request in the pool. Made by hand, the
     * proposal is approved at once (both steps are recorded) and waits for the volunteer.
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
          const paren = await repository.paren(scope, input.hulpvraagId);
          if (
            paren.some((p) => p.aanbod_id === input.aanbodId && loopt(p.status as KoppelingStatus))
          ) {
            throw new KringError(
              'KRING_CONFLICT',
              'Deze vrijwilliger is al voorgesteld voor deze vraag.',
            );
          }
          const van = punt(h.antwoorden.postcode);
          const naar = punt(aanbod.postcode);
          const afstand = van && naar ? Math.round(afstandKm(van, naar) * 10) / 10 : null;
          const nieuw = await repository.insert(scope, {
            hulpvraagId: input.hulpvraagId,
            aanbodId: input.aanbodId,
            status: 'goedgekeurd',
            toelichting: input.toelichting,
            afstandKm: afstand,
            door: actor.accountId,
          });
          await repository.stap(scope, nieuw, 'voorstel', actor.accountId);
          await repository.stap(scope, nieuw, 'goedgekeurd', actor.accountId);
          return { id: nieuw, accountId: aanbod.accountId };
        },
      );
      melder.meld(accountId, 'voorstel');
      return (await this.lijst(actor)).koppelingen.find((k) => k.id === id)!;
    },

    /**
     * Runs the optimiser over the pool of the actor's organisations: every request in
     * matching without a running match, every approved volunteer with a free place, the hard
     * constraints and the weighted score (optimalisatie/), solved exactly as a min-cost flow.
     * A preview: each person considered is in the access log (zoeken); nothing is proposed.
     */
    async optimaliseer(actor: Actor): Promise<Optimalisatie> {
      const orgs = organisatiesVan(actor);
      const regels = await hulpvragen.regels(actor.gemeenteId);
      const nu = Date.now();
      const vragenRijen = await toegang.zoeken(actor, 'intake', async (scope) => {
        const uit = [];
        for (const org of orgs) {
          for (const h of await hulpvragen.inPool(scope, org))
            uit.push({ ...h, hulpvraagId: h.id, id: h.persoonId });
        }
        return uit;
      });
      const aanbodRijen = await toegang.zoeken(actor, 'contact', async (scope) =>
        (await hulpaanbod.goedgekeurd(scope, orgs)).map((a) => ({
          ...a,
          aanbodId: a.id,
          id: a.persoonId,
        })),
      );
      const scope = scopeOf(actor.gemeenteId);
      const lopend = await repository.lopendPerAanbod(scope);
      const handmatig = new Set<string>();
      const afgewezen: [string, string][] = [];
      for (const p of await repository.parenVan(
        scope,
        vragenRijen.map((h) => h.hulpvraagId),
      )) {
        if (loopt(p.status as KoppelingStatus)) handmatig.add(p.hulpvraag_id);
        if (p.status === 'afgewezen') afgewezen.push([p.hulpvraag_id, p.aanbod_id]);
      }
      const vragen: OptVraag[] = vragenRijen
        .filter((h) => !handmatig.has(h.hulpvraagId) && punt(h.antwoorden.postcode))
        .map((h) => ({
          id: h.hulpvraagId,
          persoonId: h.persoonId,
          punt: punt(h.antwoorden.postcode)!,
          categorieen: h.antwoorden.categorieen ?? [],
          tijdvakken: h.antwoorden.tijdvakken ?? [],
          talen: h.antwoorden.voorkeuren?.talen ?? [],
          geslacht: h.antwoorden.voorkeuren?.geslacht ?? 'geen',
          wachtDagen: h.ingediendOp ? (nu - new Date(h.ingediendOp).getTime()) / 86_400_000 : 0,
          urgentie: h.antwoorden.urgentie ?? 'kan-wachten',
        }));
      const aanbod: OptAanbod[] = aanbodRijen
        .filter((a) => punt(a.postcode))
        .map((a) => ({
          id: a.aanbodId,
          persoonId: a.persoonId,
          punt: punt(a.postcode)!,
          straalKm: a.straalKm,
          categorieen: a.categorieen,
          tijdvakken: a.tijdvakken,
          talen: a.talen,
          geslacht: a.geslacht,
          geboortejaar: a.geboortejaar,
          vogGeldig: a.vogGeldig,
          maxKoppelingen: a.maxKoppelingen,
          bezet: lopend.get(a.aanbodId) ?? 0,
        }));
      const optRegels = {
        vogNodig: hulpvragen.vogCategorieen(HULPCATEGORIE_CODES, regels),
        eerderAfgewezen: afgewezen,
      };
      const netwerk = bouwKandidaten(vragen, aanbod, optRegels);
      const toewijzing = losOp(netwerk).toewijzing();
      const gretig = gretigOnline(netwerk);
      const naamVraag = new Map(vragenRijen.map((h) => [h.hulpvraagId, h.naam]));
      const naamAanbod = new Map(aanbodRijen.map((a) => [a.aanbodId, a.naam]));
      const slots = new Map<number, number>();
      const voorstellen: Optimalisatie['voorstellen'] = [];
      // toewijzing: the volunteer's index per request (-1: not helped).
      toewijzing.forEach((v, r) => {
        if (v < 0) return;
        let rand = netwerk.start[r]!;
        while (netwerk.aanbieder[rand] !== v) rand++;
        const slot = (slots.get(v) ?? aanbod[v]!.bezet) + 1;
        slots.set(v, slot);
        const vraag = vragen[r]!;
        const u = uitleg(kenmerken(vraag, aanbod[v]!), undefined, { slot });
        voorstellen.push({
          hulpvraagId: vraag.id,
          aanbodId: aanbod[v]!.id,
          inwoner: naamVraag.get(vraag.id) ?? '',
          vrijwilliger: naamAanbod.get(aanbod[v]!.id) ?? '',
          afstandKm: Math.round(netwerk.afstandKm[rand]! * 10) / 10,
          score: Math.round(u.totaal * 1000) / 1000,
          uitleg: u.zin,
        });
      });
      return {
        voorstellen,
        vragen: vragen.length,
        vrijwilligers: aanbod.filter((a) => a.bezet < a.maxKoppelingen).length,
        geholpen: geholpen(toewijzing),
        geholpenGretig: geholpen(gretig),
        geholpenHandmatig: handmatig.size,
      };
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
      const koppelingen: Koppeling[] = [];
      for (const r of rijen) {
        const inwoner = await personen.rij(scope, r.inwoner_persoon_id);
        const vrijwilliger = await personen.rij(scope, r.vrijwilliger_persoon_id);
        koppelingen.push({
          id: r.koppelingId,
          status: r.status as KoppelingStatus,
          hulpvraagId: r.hulpvraag_id,
          aanbodId: r.aanbod_id,
          inwoner: inwoner?.naam ?? '',
          vrijwilliger: vrijwilliger?.naam ?? '',
          toelichting: r.toelichting,
          afstandKm: r.afstand_km,
          wachtOp: wachtOp(r.status as KoppelingStatus),
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
          // A proposal the coordinator still has to approve is shown to nobody; the resident
          // hears of it only once the volunteer said yes (until then: "we zoeken iemand").
          const rijen = (await repository.vanPersoon(scope, persoonId)).filter(
            (r) =>
              r.status !== 'voorstel' &&
              !(r.status === 'goedgekeurd' && r.inwoner_persoon_id === persoonId),
          );
          const stappen = await gebeurtenissen(
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
