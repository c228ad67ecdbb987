import type { HulpvraagStatus } from '../../../shared/loket.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { KringError, veldFouten } from '../../platform/http/problem.ts';
import { datumInNederland } from '../../platform/kalender.ts';
import type { Melder } from '../../platform/mail/melder.ts';
import type { GemeenteScope, ScopeFactory } from '../../platform/tenancy/gemeente-scope.ts';
import type { AccountsService } from '../accounts/service.ts';
import type { HulpvragenService } from '../hulpvragen/service.ts';
import type { PersonenService } from '../personen/service.ts';
import type { PrivacyService } from '../privacy/service.ts';
import { zoekQuerySchema } from '../sociale-kaart/model.ts';
import type { SocialeKaartService } from '../sociale-kaart/service.ts';
import type { ToegangService } from '../toegang/service.ts';
import {
  type AanbiederKeuze,
  type AanbiederVerzoek,
  type Antwoord,
  antwoordSchema,
  type MijnVerzoeken,
  type NieuwVerzoek,
  nieuwVerzoekSchema,
  type Verzoek,
} from './model.ts';
import type { RespijtzorgRepository, VerzoekRij } from './repository.ts';
import {
  hoeVaakVoorLoket,
  omschrijvingVoorLoket,
  type RespijtDagdeel,
  type RespijtFrequentie,
  type RespijtSoort,
  SOORTEN,
  tijdvakkenVoor,
  urgentieVoor,
} from './soorten.ts';
import { type RespijtStatus, statusUitHulpvraag, weergave, wijzig } from './status.ts';

export interface RespijtzorgDeps {
  scopeOf: ScopeFactory;
  repository: RespijtzorgRepository;
  toegang: ToegangService;
  personen: Pick<PersonenService, 'neemOpViaToestemming' | 'wijzigContact'>;
  privacy: Pick<PrivacyService, 'eigenPersoonMaken' | 'legToestemmingVast'>;
  hulpvragen: Pick<HulpvragenService, 'maakConcept' | 'verstuur' | 'trekIn' | 'mijn'>;
  socialeKaart: Pick<SocialeKaartService, 'zoek'>;
  accounts: Pick<AccountsService, 'findById'>;
  melder: Melder;
}

/** The purpose on the carer's consent to the provider (shown in Mijn gegevens). */
export const DOEL_RESPIJT =
  'Respijtzorg: de aanbieder die u koos leest uw vraag en neemt contact met u op';
/** The basis of the provider staff's work on a request (shown in the access log). */
export const GRONDSLAG_RESPIJT = 'Respijtzorg: vraag van de mantelzorger aan deze aanbieder';

const nietGevonden = () =>
  new KringError('KRING_NIET_GEVONDEN', 'Deze vraag om respijtzorg is niet gevonden.');
const nietNu = () =>
  new KringError('KRING_CONFLICT', 'Dit kan nu niet meer. Laad de pagina opnieuw.');

function kern(r: VerzoekRij, status: RespijtStatus, hv?: HulpvraagStatus) {
  return {
    id: r.id,
    soort: r.soort as RespijtSoort,
    route: r.route,
    voorWie: { naam: r.voor_wie_naam, relatie: r.voor_wie_relatie },
    datum: r.datum,
    dagdeel: r.dagdeel as RespijtDagdeel,
    hoeVaak: r.hoe_vaak as RespijtFrequentie,
    toelichting: r.toelichting,
    status,
    weergave: weergave(status, hv),
    aanbieder:
      r.organisatie_id && r.organisatie_naam
        ? { id: r.organisatie_id, naam: r.organisatie_naam, aanbod: r.aanbod_naam ?? '' }
        : null,
    antwoord: r.antwoord,
    ingediendOp: r.ingediend_op.toISOString(),
    beantwoordOp: r.beantwoord_op?.toISOString() ?? null,
  };
}

/**
 * Respijtzorg — "Even vrij van zorg". A carer asks for a break: volunteer kinds become a
 * help request at the front door (the coordinator checks it, the matching board finds a
 * volunteer) and follow its status; provider kinds go to one organisation with published
 * aanbod on the sociale kaart, with the carer's consent, and its staff say yes or no. The
 * request is the carer's data, category intake; every read and change goes through toegang.
 */
export function createRespijtzorgService(deps: RespijtzorgDeps) {
  const { scopeOf, repository, toegang, personen, privacy, hulpvragen, socialeKaart, melder } =
    deps;

  /** Published entries for a provider kind, of organisations that have staff in Kring. */
  async function aanbieders(gemeenteId: number, soort: RespijtSoort): Promise<AanbiederKeuze[]> {
    const info = SOORTEN[soort];
    if (info.route !== 'aanbieder') return [];
    const res = await socialeKaart.zoek(
      gemeenteId,
      zoekQuerySchema.parse({
        hulpvorm: info.kaart.hulpvorm,
        tekst: info.kaart.tekst,
        paginaGrootte: 100,
      }),
    );
    const ontvangen = await repository.metMedewerkers(scopeOf(gemeenteId), [
      ...new Set(res.treffers.map((t) => t.organisatie.id)),
    ]);
    return res.treffers
      .filter((t) => ontvangen.has(t.organisatie.id))
      .map((t) => ({
        aanbodId: t.id,
        naam: t.naam,
        samenvatting: t.samenvatting,
        plaats: t.plaats,
        organisatie: t.organisatie,
      }));
  }

  async function eigen(actor: Actor, id: string): Promise<string> {
    const persoonId = await toegang.eigenPersoonId(actor);
    const van = persoonId ? await repository.persoonVan(scopeOf(actor.gemeenteId), id) : undefined;
    // Someone else's request is "not found" for a resident: its id tells nothing.
    if (!persoonId || van !== persoonId) throw nietGevonden();
    return persoonId;
  }

  /** The statuses of the carer's own help requests (one logged read), when needed. */
  async function hulpvraagStatussen(
    actor: Actor,
    rijen: VerzoekRij[],
  ): Promise<Map<string, HulpvraagStatus>> {
    if (!rijen.some((r) => r.hulpvraag_id)) return new Map();
    const { hulpvragen: lijst } = await hulpvragen.mijn(actor);
    return new Map(lijst.map((h) => [h.id, h.status]));
  }

  function naarVerzoek(r: VerzoekRij, hv: Map<string, HulpvraagStatus>): Verzoek {
    const h = r.hulpvraag_id ? hv.get(r.hulpvraag_id) : undefined;
    const status =
      r.route === 'matching'
        ? statusUitHulpvraag(r.status as RespijtStatus, h)
        : (r.status as RespijtStatus);
    return { ...kern(r, status, h), hulpvraagId: r.hulpvraag_id, hulpvraagStatus: h ?? null };
  }

  async function mijnVerzoek(actor: Actor, persoonId: string, id: string): Promise<Verzoek> {
    const r = await toegang.uitvoeren(
      actor,
      { persoonId, categorie: 'intake', actie: 'lezen' },
      async (scope) => repository.verzoek(scope, id),
    );
    if (!r) throw nietGevonden();
    return naarVerzoek(r, await hulpvraagStatussen(actor, [r]));
  }

  function meldMedewerkers(scope: GemeenteScope, organisatieId: string): void {
    // The melder sends in the background, with no content: only that there is something.
    void repository
      .medewerkersVan(scope, organisatieId)
      .then((ids) => {
        for (const a of ids) melder.meld(a, 'bericht', '/werkplek/respijtzorg');
      })
      .catch(() => {});
  }

  const organisatiesVan = (actor: Actor) => toegang.zorgorganisaties(actor);

  /** Inside the caller's transaction: the request with the carer's contact details. */
  async function alsAanbieder(
    scope: GemeenteScope,
    r: VerzoekRij,
    status: RespijtStatus,
  ): Promise<{ verzoek: AanbiederVerzoek; accountId: string | null }> {
    const c = await repository.contactVan(scope, r.persoon_id);
    return {
      verzoek: {
        ...kern(r, status),
        mantelzorger: {
          naam: c?.naam ?? '',
          telefoonnummer: c?.telefoonnummer ?? null,
          eMailadres: c?.email ?? null,
        },
      },
      accountId: c?.account_id ?? null,
    };
  }

  /**
   * After the transaction (accounts are not in the gemeente's scope, and PGlite has one
   * connection): without an e-mail address on the record, the login's address.
   */
  async function metEmail(x: {
    verzoek: AanbiederVerzoek;
    accountId: string | null;
  }): Promise<AanbiederVerzoek> {
    if (x.verzoek.mantelzorger.eMailadres || !x.accountId) return x.verzoek;
    const a = await deps.accounts.findById(x.accountId);
    return {
      ...x.verzoek,
      mantelzorger: { ...x.verzoek.mantelzorger, eMailadres: a?.email ?? null },
    };
  }

  return {
    /** Providers to choose from for a provider kind (no person data: not logged). */
    async aanbieders(actor: Actor, soort: RespijtSoort): Promise<{ aanbieders: AanbiederKeuze[] }> {
      return { aanbieders: await aanbieders(actor.gemeenteId, soort) };
    },

    async mijn(actor: Actor): Promise<MijnVerzoeken> {
      const persoonId = await toegang.eigenPersoonId(actor);
      if (!persoonId) return { verzoeken: [] };
      const rijen = await toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'intake', actie: 'lezen' },
        async (scope) => repository.vanPersoon(scope, persoonId),
      );
      const hv = await hulpvraagStatussen(actor, rijen);
      return { verzoeken: rijen.map((r) => naarVerzoek(r, hv)) };
    },

    /**
     * The carer asks for a break. A volunteer kind is sent as a help request through the
     * front door first (its own routing, consent and transaction), then recorded here; a
     * provider kind records the carer's consent to the chosen organisation and the request in
     * one transaction, and the organisation's staff hear there is something new.
     */
    async vraag(actor: Actor, input: NieuwVerzoek): Promise<Verzoek> {
      const v = nieuwVerzoekSchema.parse(input);
      const info = SOORTEN[v.soort];
      const basis = {
        aangevraagdDoor: actor.accountId,
        soort: v.soort,
        voorWieNaam: v.voorWie.naam,
        voorWieRelatie: v.voorWie.relatie,
        datum: v.datum,
        dagdeel: v.dagdeel,
        hoeVaak: v.hoeVaak,
        toelichting: v.toelichting,
      };
      if (info.route === 'aanbieder') {
        const keuze = (await aanbieders(actor.gemeenteId, v.soort)).find(
          (k) => k.aanbodId === v.aanbodId,
        );
        if (!keuze) {
          throw veldFouten([{ name: 'body.aanbodId', reason: 'Kies een aanbieder uit de lijst.' }]);
        }
        const persoonId = await privacy.eigenPersoonMaken(actor);
        const id = await toegang.uitvoeren(
          actor,
          { persoonId, categorie: 'intake', actie: 'aanmaken' },
          async (scope) => {
            if (v.telefoonnummer) {
              await personen.wijzigContact(scope, persoonId, { telefoonnummer: v.telefoonnummer });
            }
            await privacy.legToestemmingVast(scope, persoonId, {
              organisatieId: keuze.organisatie.id,
              categorieen: ['contact', 'intake'],
              doel: DOEL_RESPIJT,
            });
            if (!wijzig('ingediend', 'bij-aanbieder', 'systeem').ok) throw nietNu();
            return repository.insert(scope, {
              ...basis,
              persoonId,
              route: 'aanbieder',
              postcode: null,
              hulpvraagId: null,
              organisatieId: keuze.organisatie.id,
              aanbodId: keuze.aanbodId,
              aanbodNaam: keuze.naam,
              status: 'bij-aanbieder',
            });
          },
        );
        meldMedewerkers(scopeOf(actor.gemeenteId), keuze.organisatie.id);
        return mijnVerzoek(actor, persoonId, id);
      }

      // A volunteer kind: a help request through the front door, as the carer themselves.
      const concept = await hulpvragen.maakConcept(actor, {
        antwoorden: {
          voorWie: 'naaste',
          naaste: { naam: v.voorWie.naam, relatie: v.voorWie.relatie },
          categorieen: [info.hulpcategorie],
          omschrijving: omschrijvingVoorLoket(v),
          hoeVaak: hoeVaakVoorLoket(v.hoeVaak),
          tijdvakken: tijdvakkenVoor(v.datum, v.dagdeel),
          postcode: v.postcode,
          urgentie: urgentieVoor(v.datum, datumInNederland(new Date())),
          zorgen: false,
        },
      });
      try {
        await hulpvragen.verstuur(actor, concept.id);
      } catch (err) {
        // Nothing half-sent: the concept goes again.
        await hulpvragen.trekIn(actor, concept.id).catch(() => {});
        throw err;
      }
      const persoonId = (await toegang.eigenPersoonId(actor))!;
      const id = await toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'intake', actie: 'aanmaken' },
        async (scope) => {
          if (v.telefoonnummer) {
            await personen.wijzigContact(scope, persoonId, { telefoonnummer: v.telefoonnummer });
          }
          if (!wijzig('ingediend', 'in-matching', 'systeem').ok) throw nietNu();
          return repository.insert(scope, {
            ...basis,
            persoonId,
            route: 'matching',
            postcode: v.postcode ?? null,
            hulpvraagId: concept.id,
            organisatieId: null,
            aanbodId: null,
            aanbodNaam: null,
            status: 'in-matching',
          });
        },
      );
      return mijnVerzoek(actor, persoonId, id);
    },

    /** The carer cancels; a volunteer kind withdraws its help request as well. */
    async annuleer(actor: Actor, id: string): Promise<Verzoek> {
      const persoonId = await eigen(actor, id);
      const nu = await mijnVerzoek(actor, persoonId, id);
      if (!wijzig(nu.status, 'geannuleerd', 'mantelzorger').ok) {
        throw new KringError('KRING_CONFLICT', 'Deze vraag is al afgesloten.');
      }
      if (nu.hulpvraagId) await hulpvragen.trekIn(actor, nu.hulpvraagId);
      const r = await toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'intake', actie: 'wijzigen' },
        async (scope) => {
          const rij = await repository.verzoek(scope, id);
          if (!rij || !(await repository.zetStatus(scope, id, rij.status, 'geannuleerd'))) {
            throw nietNu();
          }
          return rij;
        },
      );
      if (r.organisatie_id) meldMedewerkers(scopeOf(actor.gemeenteId), r.organisatie_id);
      return mijnVerzoek(actor, persoonId, id);
    },

    // --- the provider's staff --------------------------------------------------------

    /** Requests sent to the actor's organisations; each one shown is in the access log. */
    async voorAanbieder(actor: Actor): Promise<{ verzoeken: AanbiederVerzoek[] }> {
      const orgs = organisatiesVan(actor);
      const rijen = await toegang.zoeken(actor, 'intake', async (scope) => {
        const lijst = await repository.voorOrganisaties(scope, orgs);
        const uit = [];
        for (const r of lijst) {
          uit.push({
            id: r.persoon_id,
            ...(await alsAanbieder(scope, r, r.status as RespijtStatus)),
          });
        }
        return uit;
      });
      const verzoeken: AanbiederVerzoek[] = [];
      for (const r of rijen) verzoeken.push(await metEmail(r));
      return { verzoeken };
    },

    async eenVoorAanbieder(actor: Actor, id: string): Promise<AanbiederVerzoek> {
      const persoonId = await repository.persoonVan(scopeOf(actor.gemeenteId), id);
      if (!persoonId) throw nietGevonden();
      const x = await toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'intake', actie: 'lezen' },
        async (scope) => {
          const r = await repository.verzoek(scope, id);
          // The carer reads their own in Mijn Kring; here only the chosen organisation.
          if (!r?.organisatie_id || !organisatiesVan(actor).includes(r.organisatie_id)) {
            throw nietGevonden();
          }
          return alsAanbieder(scope, r, r.status as RespijtStatus);
        },
      );
      return metEmail(x);
    },

    /**
     * The provider says yes (a note optional) or no (a reason required). Answering puts the
     * staff member in the carer's case team through the consent, as a coach who accepts a
     * referral; the carer hears there is an answer.
     */
    async beantwoord(actor: Actor, id: string, input: Antwoord): Promise<AanbiederVerzoek> {
      const a = antwoordSchema.parse(input);
      const huidig = await this.eenVoorAanbieder(actor, id);
      const naar: RespijtStatus = a.besluit === 'toezeggen' ? 'toegezegd' : 'afgewezen';
      const w = wijzig(huidig.status, naar, 'aanbieder', a.toelichting);
      if (!w.ok) {
        throw w.fout === 'reden-nodig'
          ? veldFouten([{ name: 'body.toelichting', reason: 'Schrijf kort waarom niet.' }])
          : new KringError('KRING_CONFLICT', 'Deze vraag is al beantwoord of geannuleerd.');
      }
      const persoonId = (await repository.persoonVan(scopeOf(actor.gemeenteId), id))!;
      await personen.neemOpViaToestemming(actor, persoonId, 'intake', GRONDSLAG_RESPIJT);
      const uit = await toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'intake', actie: 'wijzigen' },
        async (scope) => {
          const gedaan = await repository.zetStatus(scope, id, huidig.status, naar, {
            tekst: a.toelichting,
            door: actor.accountId,
          });
          if (!gedaan) throw nietNu();
          return alsAanbieder(scope, (await repository.verzoek(scope, id))!, naar);
        },
      );
      melder.meld(uit.accountId, 'bericht', '/mijn-kring/respijtzorg');
      return metEmail(uit);
    },

    /** Privacy: the carer's respite requests (category intake). */
    bron: {
      naam: 'respijtzorg',
      categorie: 'intake' as const,
      async inzage(scope: GemeenteScope, persoonId: string) {
        return {
          respijtverzoeken: (await repository.vanPersoon(scope, persoonId)).map((r) =>
            kern(r, r.status as RespijtStatus),
          ),
        };
      },
      wis: (scope: GemeenteScope, persoonId: string) => repository.wis(scope, persoonId),
    },
  };
}

export type RespijtzorgService = ReturnType<typeof createRespijtzorgService>;
