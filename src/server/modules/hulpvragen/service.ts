import type { HulpvraagStatus, Route } from '../../../shared/loket.ts';
import { type Actor, requireRol } from '../../platform/auth/actor.ts';
import { KringError, veldFouten } from '../../platform/http/problem.ts';
import type { GemeenteScope, ScopeFactory } from '../../platform/tenancy/gemeente-scope.ts';
import type { AccountsService } from '../accounts/service.ts';
import type { GemeentenService } from '../gemeenten/service.ts';
import type { PersonenService } from '../personen/service.ts';
import type { PrivacyService } from '../privacy/service.ts';
import type { ToegangService } from '../toegang/service.ts';
import {
  type Antwoorden,
  antwoordenSchema,
  type Beoordeling,
  type Concept,
  conceptSchema,
  type HulpcategorieInfo,
  type Hulpvraag,
  type Loketregels,
  type LoketregelsInvoer,
  loketregelsSchema,
  type MijnHulpvragen,
  type Routering,
  type RouteringVraag,
  routeringSchema,
  type Verhaal,
  verhaalSchema,
  type WerkvoorraadItem,
} from './model.ts';
import type { HulpvraagRij, HulpvragenRepository } from './repository.ts';
import { categorieenVan, routeer, vogCategorieen, werkdagenNa } from './routering.ts';
import { ontbrekend } from './volledigheid.ts';

/** Why this actor cannot pick up this request now (undefined: they can). */
function controleerOppakken(
  actor: Actor,
  h: HulpvraagRij | undefined,
  organisaties: readonly string[],
): KringError | undefined {
  if (!h) return nietGevonden();
  if (!h.organisatie_id || !organisaties.includes(h.organisatie_id)) {
    return new KringError(
      'KRING_GEEN_TOEGANG',
      'Deze hulpvraag is naar een andere organisatie gestuurd.',
    );
  }
  if (h.status === 'in-behandeling' && h.behandelaar_id !== actor.accountId) {
    return new KringError(
      'KRING_CONFLICT',
      `${h.behandelaar ?? 'Een collega'} heeft deze hulpvraag al opgepakt.`,
    );
  }
  if (h.status !== 'ingediend' && h.status !== 'in-behandeling') {
    return new KringError('KRING_CONFLICT', 'Deze hulpvraag is al verder in behandeling.');
  }
  return undefined;
}

/** The gemeente settings key these rules live under (gemeenten.instellingen). */
export const LOKETREGELS = 'loketregels';

/** The lawful basis when the wijkteam picks up an intake request: a Wmo melding. */
export const GRONDSLAG_MELDING = 'Wmo 2015 art. 2.3.2 (onderzoek na melding via het loket)';

/** The purpose recorded on the consent a resident gives when sending a request. */
export const DOEL_HULPVRAAG = 'Hulp bij uw vraag via het loket';

const nietGevonden = () =>
  new KringError('KRING_NIET_GEVONDEN', 'Deze hulpvraag is niet gevonden.');

const OPEN: readonly HulpvraagStatus[] = ['ingediend', 'in-behandeling'];
const STATUS_FILTER: Record<'open' | 'in-matching' | 'alle', readonly HulpvraagStatus[]> = {
  open: OPEN,
  'in-matching': ['in-matching'],
  alle: ['ingediend', 'in-behandeling', 'in-matching', 'gekoppeld', 'afgerond', 'ingetrokken'],
};

export interface HulpvragenDeps {
  scopeOf: ScopeFactory;
  repository: HulpvragenRepository;
  toegang: ToegangService;
  personen: PersonenService;
  privacy: PrivacyService;
  gemeenten: GemeentenService;
  accounts: AccountsService;
}

/**
 * Help requests through the front door (één loket): the resident's guided form (concept →
 * sent), the routing rules of the gemeente, the story told once, and the queue of the
 * organisation that receives it. Person data only through `toegang` (category intake).
 */
export function createHulpvragenService(deps: HulpvragenDeps) {
  const { scopeOf, repository, toegang, personen, privacy, gemeenten } = deps;

  async function regels(gemeenteId: number): Promise<Loketregels> {
    const opgeslagen = await gemeenten.instelling(gemeenteId, LOKETREGELS);
    const r = loketregelsSchema.safeParse(opgeslagen ?? {});
    // Stored rules were valid when saved; a later, stricter schema falls back to defaults.
    return r.success ? r.data : loketregelsSchema.parse({});
  }

  async function routering(
    scope: GemeenteScope,
    vraag: RouteringVraag,
    r: Loketregels,
    nu = new Date(),
  ): Promise<Routering> {
    const b = routeer(vraag, r);
    const organisatieId =
      b.route === 'wijkteam' ? r.wijkteamOrganisatieId : r.vrijwilligersOrganisatieId;
    const naam = organisatieId ? await repository.organisatieNaam(scope, organisatieId) : undefined;
    return {
      ...b,
      organisatie: organisatieId && naam ? { id: organisatieId, naam } : null,
      reactieVoor: werkdagenNa(nu, b.reactieWerkdagen),
    };
  }

  function toHulpvraag(r: HulpvraagRij): Hulpvraag {
    const routeringUit = r.routering ? routeringSchema.safeParse(r.routering) : undefined;
    return {
      id: r.id,
      status: r.status as HulpvraagStatus,
      antwoorden: antwoordenSchema.parse(r.antwoorden ?? {}),
      routering: routeringUit?.success ? routeringUit.data : null,
      ingediendOp: r.ingediend_op?.toISOString() ?? null,
      gewijzigdOp: r.gewijzigd_op.toISOString(),
      behandelaar:
        r.behandelaar && r.behandelaar_organisatie
          ? { naam: r.behandelaar, organisatie: r.behandelaar_organisatie }
          : null,
    };
  }

  async function bewaarVerhaalEnContact(
    scope: GemeenteScope,
    persoonId: string,
    concept: ReturnType<typeof conceptSchema.parse>,
  ): Promise<void> {
    if (concept.verhaal) {
      const bestaand = (await repository.verhaal(scope, persoonId)) ?? verhaalSchema.parse({});
      await repository.bewaarVerhaal(scope, persoonId, { ...bestaand, ...concept.verhaal });
    }
    if (concept.contact) await personen.wijzigContact(scope, persoonId, concept.contact);
  }

  async function eigen(actor: Actor, id: string): Promise<{ persoonId: string }> {
    const persoonId = await toegang.eigenPersoonId(actor);
    const van = persoonId ? await repository.persoonVan(scopeOf(actor.gemeenteId), id) : undefined;
    // Someone else's request is "not found" for a resident: its id tells nothing.
    if (!persoonId || van !== persoonId) throw nietGevonden();
    return { persoonId };
  }

  const organisatiesVan = (actor: Actor) => toegang.zorgorganisaties(actor);

  function toItem(
    r: HulpvraagRij & {
      persoon_naam: string | null;
      telefoonnummer: string | null;
      email: string | null;
    },
    verhaal: Verhaal | undefined,
  ): WerkvoorraadItem {
    const h = toHulpvraag(r);
    return {
      id: r.id,
      persoonId: r.persoon_id,
      naam: r.persoon_naam ?? '',
      status: h.status,
      route: r.route as Route,
      antwoorden: h.antwoorden,
      verhaal: verhaal ?? null,
      contact: { telefoonnummer: r.telefoonnummer, eMailadres: r.email },
      redenen: h.routering?.redenen ?? [],
      levensdomeinen: h.routering?.levensdomeinen ?? [],
      ingediendOp: (r.ingediend_op ?? r.gewijzigd_op).toISOString(),
      reactieVoor: r.reactie_voor ?? '',
      behandelaar:
        r.behandelaar_id && r.behandelaar
          ? { accountId: r.behandelaar_id, naam: r.behandelaar }
          : null,
    };
  }

  /** One queue item, inside a toegang transaction of the caller. */
  async function item(scope: GemeenteScope, id: string): Promise<WerkvoorraadItem> {
    const r = await repository.find(scope, id);
    if (!r) throw nietGevonden();
    const c = await repository.contactVan(scope, r.persoon_id);
    return toItem(
      {
        ...r,
        persoon_naam: c?.naam ?? null,
        telefoonnummer: c?.telefoonnummer ?? null,
        email: c?.email ?? null,
      },
      await repository.verhaal(scope, r.persoon_id),
    );
  }

  return {
    regels,

    /** Categories of these that need a VOG under the rules (for offers and matches). */
    vogCategorieen,

    async categorieen(gemeenteId: number): Promise<HulpcategorieInfo[]> {
      return categorieenVan(await regels(gemeenteId));
    },

    /** What would happen with these answers: nothing stored, nothing logged (no person). */
    async voorbeeldRoutering(gemeenteId: number, vraag: RouteringVraag): Promise<Routering> {
      return routering(scopeOf(gemeenteId), vraag, await regels(gemeenteId));
    },

    async zetRegels(actor: Actor, input: LoketregelsInvoer): Promise<Loketregels> {
      requireRol(actor, 'functioneel-beheerder');
      const r = loketregelsSchema.parse(input);
      const scope = scopeOf(actor.gemeenteId);
      for (const [veld, id] of [
        ['vrijwilligersOrganisatieId', r.vrijwilligersOrganisatieId],
        ['wijkteamOrganisatieId', r.wijkteamOrganisatieId],
      ] as const) {
        if (id && !(await repository.organisatieNaam(scope, id))) {
          throw veldFouten([
            { name: `body.${veld}`, reason: 'Deze organisatie is in deze gemeente niet bekend.' },
          ]);
        }
      }
      await gemeenten.wijzigInstelling(actor, LOKETREGELS, r, {
        intakeVanafLevensdomeinen: r.intakeVanafLevensdomeinen,
        aangepasteCategorieen: Object.keys(r.categorieen).length,
      });
      return r;
    },

    async mijn(actor: Actor): Promise<MijnHulpvragen> {
      const persoonId = await toegang.eigenPersoonId(actor);
      const account = await deps.accounts.findById(actor.accountId);
      const leeg: MijnHulpvragen = {
        hulpvragen: [],
        verhaal: null,
        contact: {
          naam: actor.naam,
          telefoonnummer: null,
          eMailadres: account?.email ?? null,
          postcode: null,
        },
      };
      if (!persoonId) return leeg;
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'intake', actie: 'lezen' },
        async (scope) => {
          const c = await repository.contactVan(scope, persoonId);
          return {
            hulpvragen: (await repository.vanPersoon(scope, persoonId)).map(toHulpvraag),
            verhaal: (await repository.verhaal(scope, persoonId)) ?? null,
            contact: {
              naam: c?.naam ?? actor.naam,
              telefoonnummer: c?.telefoonnummer ?? null,
              eMailadres: c?.email ?? leeg.contact.eMailadres,
              postcode: c?.postcode ?? null,
            },
          };
        },
      );
    },

    async maakConcept(actor: Actor, input: Concept): Promise<Hulpvraag> {
      const concept = conceptSchema.parse(input);
      const persoonId = await privacy.eigenPersoonMaken(actor);
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'intake', actie: 'aanmaken' },
        async (scope) => {
          const id = await repository.insertConcept(scope, persoonId, concept.antwoorden);
          await bewaarVerhaalEnContact(scope, persoonId, concept);
          return toHulpvraag((await repository.find(scope, id))!);
        },
      );
    },

    async wijzigConcept(actor: Actor, id: string, input: Concept): Promise<Hulpvraag> {
      const concept = conceptSchema.parse(input);
      const { persoonId } = await eigen(actor, id);
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'intake', actie: 'wijzigen' },
        async (scope) => {
          const bestaand = await repository.find(scope, id);
          if (bestaand?.status !== 'concept') {
            throw new KringError('KRING_CONFLICT', 'Deze hulpvraag is al verstuurd.');
          }
          await repository.wijzigAntwoorden(scope, id, concept.antwoorden);
          await bewaarVerhaalEnContact(scope, persoonId, concept);
          return toHulpvraag((await repository.find(scope, id))!);
        },
      );
    },

    /**
     * Sends a concept: every missing answer at once (400), then the gemeente's routing, the
     * consent the resident gave to the receiving organisation, and the new status — in one
     * transaction, so nothing is half-sent.
     */
    async verstuur(actor: Actor, id: string): Promise<Hulpvraag> {
      const { persoonId } = await eigen(actor, id);
      const r = await regels(actor.gemeenteId);
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'intake', actie: 'wijzigen' },
        async (scope) => {
          const bestaand = await repository.find(scope, id);
          if (bestaand?.status !== 'concept') {
            throw new KringError('KRING_CONFLICT', 'Deze hulpvraag is al verstuurd.');
          }
          const a: Antwoorden = antwoordenSchema.parse(bestaand.antwoorden ?? {});
          const mist = ontbrekend(a);
          if (mist.length > 0) throw veldFouten(mist);
          const uit = await routering(
            scope,
            { categorieen: a.categorieen!, urgentie: a.urgentie!, zorgen: a.zorgen ?? false },
            r,
          );
          if (!uit.organisatie) {
            throw new KringError(
              'KRING_CONFLICT',
              'De gemeente heeft nog niet ingesteld wie deze vragen ontvangt. Bel of bezoek het loket.',
            );
          }
          await privacy.legToestemmingVast(scope, persoonId, {
            organisatieId: uit.organisatie.id,
            categorieen: ['contact', 'intake'],
            doel: DOEL_HULPVRAAG,
          });
          // The postcode of the request is where help is needed; the person's own one is
          // filled from it once, so the next form already knows it.
          const c = await repository.contactVan(scope, persoonId);
          if (!c?.postcode && a.postcode && a.voorWie === 'mijzelf') {
            await personen.wijzigContact(scope, persoonId, { postcode: a.postcode });
          }
          await repository.verstuur(scope, id, {
            routering: uit,
            organisatieId: uit.organisatie.id,
          });
          return toHulpvraag((await repository.find(scope, id))!);
        },
      );
    },

    /** A concept is deleted; a sent request is withdrawn (it stays in the history). */
    async trekIn(actor: Actor, id: string): Promise<void> {
      const { persoonId } = await eigen(actor, id);
      await toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'intake', actie: 'verwijderen' },
        async (scope) => {
          if (await repository.verwijderConcept(scope, id)) return;
          const gedaan = await repository.zetStatus(
            scope,
            id,
            ['ingediend', 'in-behandeling', 'in-matching', 'gekoppeld'],
            'ingetrokken',
          );
          if (!gedaan) throw new KringError('KRING_CONFLICT', 'Deze hulpvraag is al afgesloten.');
        },
      );
    },

    // --- the receiving organisation's queue ---------------------------------------------

    /** Sent requests for the actor's organisations; each one shown is in the access log. */
    async werkvoorraad(
      actor: Actor,
      query: { route?: Route | undefined; status: 'open' | 'in-matching' | 'alle' },
    ): Promise<{ hulpvragen: WerkvoorraadItem[] }> {
      const orgs = organisatiesVan(actor);
      const rijen = await toegang.zoeken(actor, 'intake', async (scope) =>
        (
          await repository.werkvoorraad(scope, orgs, {
            route: query.route,
            statussen: STATUS_FILTER[query.status],
          })
        ).map((r) => ({ ...r, hulpvraagId: r.id, id: r.persoon_id })),
      );
      const verhalen = await repository.verhalen(
        scopeOf(actor.gemeenteId),
        rijen.map((r) => r.persoon_id),
      );
      return {
        hulpvragen: rijen.map((r) =>
          toItem({ ...r, id: r.hulpvraagId }, verhalen.get(r.persoon_id)),
        ),
      };
    },

    /** One request of the queue, for its detail page (logged as one read). */
    async item(actor: Actor, id: string): Promise<WerkvoorraadItem> {
      const persoonId = await repository.persoonVan(scopeOf(actor.gemeenteId), id);
      if (!persoonId) throw nietGevonden();
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'intake', actie: 'lezen' },
        async (scope, toegestaan) => {
          const h = await repository.find(scope, id);
          // The person themselves reads it in Mijn Kring; here only the receiving organisation.
          if (!h?.organisatie_id || h.organisatie_id !== toegestaan.organisatieId) {
            throw new KringError(
              'KRING_GEEN_TOEGANG',
              'Deze hulpvraag is naar een andere organisatie gestuurd.',
            );
          }
          return item(scope, id);
        },
      );
    },

    /**
     * A coordinator or wijkteam member picks a request up: the resident's consent to their
     * organisation lets them read it, and picking it up puts them in the case team.
     */
    async behandel(actor: Actor, id: string): Promise<WerkvoorraadItem> {
      const persoonId = await repository.persoonVan(scopeOf(actor.gemeenteId), id);
      if (!persoonId) throw nietGevonden();
      // First whether it is theirs to pick up, then join the team: a colleague who comes
      // second must not end up in the case team.
      const h = await toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'intake', actie: 'lezen' },
        async (scope) => repository.find(scope, id),
      );
      const vrij = controleerOppakken(actor, h, organisatiesVan(actor));
      if (vrij) throw vrij;
      await personen.neemOpViaToestemming(
        actor,
        persoonId,
        'intake',
        DOEL_HULPVRAAG,
        h?.route === 'wijkteam'
          ? { grondslag: GRONDSLAG_MELDING, extraCategorieen: ['netwerk'] }
          : undefined,
      );
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'intake', actie: 'wijzigen' },
        async (scope) => {
          const fout = controleerOppakken(
            actor,
            await repository.find(scope, id),
            organisatiesVan(actor),
          );
          if (fout) throw fout;
          await repository.zetStatus(scope, id, ['ingediend', 'in-behandeling'], 'in-behandeling', {
            behandelaarId: actor.accountId,
          });
          return item(scope, id);
        },
      );
    },

    /** The coordinator's check: ready for the volunteer pool, or closed. */
    async beoordeel(actor: Actor, id: string, input: Beoordeling): Promise<WerkvoorraadItem> {
      const persoonId = await repository.persoonVan(scopeOf(actor.gemeenteId), id);
      if (!persoonId) throw nietGevonden();
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'intake', actie: 'wijzigen' },
        async (scope, toegestaan) => {
          const h = await repository.find(scope, id);
          if (!h || h.organisatie_id !== toegestaan.organisatieId) {
            throw new KringError(
              'KRING_GEEN_TOEGANG',
              'Deze hulpvraag is naar een andere organisatie gestuurd.',
            );
          }
          const naar = input.besluit === 'naar-matching' ? 'in-matching' : 'afgerond';
          if (naar === 'in-matching' && h.route !== 'vrijwilligers') {
            throw new KringError(
              'KRING_CONFLICT',
              'Een vraag voor het wijkteam gaat niet naar de vrijwilligers. Plan een keukentafelgesprek.',
            );
          }
          const van: HulpvraagStatus[] =
            naar === 'in-matching'
              ? ['in-behandeling']
              : ['in-behandeling', 'in-matching', 'gekoppeld'];
          if (
            !(await repository.zetStatus(scope, id, van, naar, { notitie: input.notitie ?? null }))
          ) {
            throw new KringError(
              'KRING_CONFLICT',
              h.status === 'ingediend'
                ? 'Pak deze hulpvraag eerst op.'
                : 'Deze hulpvraag kan die stap nu niet zetten.',
            );
          }
          return item(scope, id);
        },
      );
    },

    /** A person's requests, for their case team (the dossier's timeline). */
    async vanPersoon(actor: Actor, persoonId: string): Promise<Hulpvraag[]> {
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'intake', actie: 'lezen', grondslagen: ['betrokkenheid'] },
        async (scope) =>
          (await repository.vanPersoon(scope, persoonId))
            .filter((r) => r.status !== 'concept')
            .map(toHulpvraag),
      );
    },

    // --- for other modules (inside their toegang transaction) ----------------------------

    /** A request as matching needs it; undefined when unknown. */
    async voorKoppeling(scope: GemeenteScope, id: string) {
      const r = await repository.find(scope, id);
      if (!r) return undefined;
      return {
        ...toHulpvraag(r),
        persoonId: r.persoon_id,
        organisatieId: r.organisatie_id,
        behandelaarId: r.behandelaar_id,
      };
    },

    persoonVan: (gemeenteId: number, id: string) => repository.persoonVan(scopeOf(gemeenteId), id),

    /** Inside a toegang search: the requests in one organisation's volunteer pool. */
    async inPool(scope: GemeenteScope, organisatieId: string) {
      return (
        await repository.werkvoorraad(scope, [organisatieId], {
          route: 'vrijwilligers',
          statussen: ['in-matching'],
        })
      ).map((r) => ({ ...toHulpvraag(r), persoonId: r.persoon_id, naam: r.persoon_naam ?? '' }));
    },

    /**
     * Inside the toegang transaction of a case-team member: a plan action a volunteer can do
     * becomes a request in the volunteer pool (the professional checked it), with the
     * consent the person gave at the table to the volunteer organisation. `r`: the rules, read
     * before the transaction.
     */
    async uitPlan(
      scope: GemeenteScope,
      persoonId: string,
      antwoorden: Antwoorden,
      r: Loketregels,
    ): Promise<string> {
      if (!r.vrijwilligersOrganisatieId) {
        throw new KringError(
          'KRING_CONFLICT',
          'De gemeente heeft nog niet ingesteld welke organisatie vrijwilligers koppelt.',
        );
      }
      const uit = await routering(
        scope,
        { categorieen: antwoorden.categorieen ?? [], urgentie: 'kan-wachten', zorgen: false },
        r,
      );
      const naam = (await repository.organisatieNaam(scope, r.vrijwilligersOrganisatieId)) ?? '';
      await privacy.legToestemmingVast(scope, persoonId, {
        organisatieId: r.vrijwilligersOrganisatieId,
        categorieen: ['contact', 'intake'],
        doel: DOEL_HULPVRAAG,
      });
      return repository.insertUitPlan(
        scope,
        persoonId,
        antwoorden,
        {
          ...uit,
          route: 'vrijwilligers',
          redenen: ['uit-plan'],
          reactieWerkdagen: r.reactieWerkdagen.vrijwilligers,
          reactieVoor: werkdagenNa(new Date(), r.reactieWerkdagen.vrijwilligers),
          organisatie: { id: r.vrijwilligersOrganisatieId, naam },
        },
        r.vrijwilligersOrganisatieId,
      );
    },

    /** Both sides said yes to a match: the request is gekoppeld. */
    async markeerGekoppeld(scope: GemeenteScope, id: string): Promise<void> {
      await repository.zetStatus(scope, id, ['in-matching'], 'gekoppeld');
    },

    /** Privacy: the person's requests and story (category intake). */
    bron: {
      naam: 'hulpvragen',
      categorie: 'intake' as const,
      async inzage(scope: GemeenteScope, persoonId: string) {
        return {
          hulpvragen: (await repository.vanPersoon(scope, persoonId)).map(toHulpvraag),
          verhaal: (await repository.verhaal(scope, persoonId)) ?? null,
        };
      },
      wis: (scope: GemeenteScope, persoonId: string) => repository.wis(scope, persoonId),
    },
  };
}

export type HulpvragenService = ReturnType<typeof createHulpvragenService>;
