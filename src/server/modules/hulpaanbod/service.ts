import { type Hulpcategorie, VOG_GELDIG_JAREN } from '../../../shared/loket.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { KringError, veldFout } from '../../platform/http/problem.ts';
import type { GemeenteScope, ScopeFactory } from '../../platform/tenancy/gemeente-scope.ts';
import type { AccountsService } from '../accounts/service.ts';
import type { Loketregels } from '../hulpvragen/model.ts';
import type { HulpvragenService } from '../hulpvragen/service.ts';
import type { PersonenService } from '../personen/service.ts';
import type { PrivacyService } from '../privacy/service.ts';
import type { ToegangService } from '../toegang/service.ts';
import type {
  Aanbod,
  AanbodBeoordeling,
  AanbodWijziging,
  Aanmelding,
  NieuwAanbod,
} from './model.ts';
import { aanbodWijzigingSchema, nieuwAanbodSchema } from './model.ts';
import type { AanbodRij, AanbodVelden, HulpaanbodRepository } from './repository.ts';
import { vogGeldig } from './vog.ts';

export const DOEL_AANMELDING = 'Uw aanmelding als vrijwilliger';

const nietGevonden = () =>
  new KringError('KRING_NIET_GEVONDEN', 'Deze aanmelding is niet gevonden.');

export interface HulpaanbodDeps {
  scopeOf: ScopeFactory;
  repository: HulpaanbodRepository;
  toegang: ToegangService;
  personen: PersonenService;
  privacy: PrivacyService;
  hulpvragen: HulpvragenService;
  accounts: AccountsService;
}

function toAanbod(r: AanbodRij, nu = new Date()): Aanbod {
  return {
    id: r.id,
    status: r.status as Aanbod['status'],
    categorieen: r.categorieen as Aanbod['categorieen'],
    postcode: r.postcode,
    straalKm: r.straal_km,
    tijdvakken: r.tijdvakken as Aanbod['tijdvakken'],
    urenPerWeek: r.uren_per_week,
    maxKoppelingen: r.max_koppelingen,
    talen: r.talen as Aanbod['talen'],
    soort: r.soort as Aanbod['soort'],
    vogStatus: r.vog_status as Aanbod['vogStatus'],
    vogDatum: r.vog_datum,
    vogGeldig: vogGeldig(r.vog_status, r.vog_datum, nu),
    geslacht: r.geslacht as Aanbod['geslacht'],
    geboortejaar: r.geboortejaar,
    toelichting: r.toelichting,
    aangemeldOp: r.aangemeld_op.toISOString(),
    beoordeling: r.beoordeeld_op
      ? { op: r.beoordeeld_op.toISOString(), door: r.beoordelaar ?? '', reden: r.reden }
      : null,
  };
}

/** A VOG date must be a real, past date when given. */
function controleerVog(vogStatus: string | undefined, vogDatum: string | undefined, veld: string) {
  if (vogStatus === 'ontvangen' && !vogDatum) {
    throw veldFout(`${veld}.vogDatum`, 'Vul de datum van de VOG in.');
  }
  if (vogDatum && vogDatum > new Date().toISOString().slice(0, 10)) {
    throw veldFout(`${veld}.vogDatum`, 'De datum van de VOG kan niet in de toekomst liggen.');
  }
}

/**
 * Volunteers and helpful neighbours offer help (hulp bieden), and the volunteer coordinator
 * of the gemeente's volunteer organisation reviews and approves them. An offer is person
 * data of the volunteer (category contact), only through `toegang`.
 */
export function createHulpaanbodService(deps: HulpaanbodDeps) {
  const { scopeOf, repository, toegang, personen, privacy, hulpvragen } = deps;

  const organisatiesVan = (actor: Actor) => toegang.zorgorganisaties(actor);

  /** `regels` are read before any transaction: PGlite has one connection. */
  function toAanmelding(r: AanbodRij, regels: Loketregels): Aanmelding {
    return {
      ...toAanbod(r),
      persoonId: r.persoon_id,
      naam: r.naam ?? '',
      telefoonnummer: r.telefoonnummer,
      eMailadres: r.email,
      intakeNotitie: r.intake_notitie,
      vogNodigVoor: hulpvragen.vogCategorieen(r.categorieen as Hulpcategorie[], regels),
    };
  }

  async function eigen(actor: Actor, id: string): Promise<string> {
    const persoonId = await toegang.eigenPersoonId(actor);
    const van = persoonId ? await repository.persoonVan(scopeOf(actor.gemeenteId), id) : undefined;
    if (!persoonId || van !== persoonId) throw nietGevonden();
    return persoonId;
  }

  return {
    async mijn(actor: Actor): Promise<{ aanbod: Aanbod[] }> {
      const persoonId = await toegang.eigenPersoonId(actor);
      if (!persoonId) return { aanbod: [] };
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'contact', actie: 'lezen' },
        async (scope) => ({
          aanbod: (await repository.vanPersoon(scope, persoonId)).map((r) => toAanbod(r)),
        }),
      );
    },

    /** Signs up: the offer goes to the gemeente's volunteer organisation, with consent. */
    async meldAan(actor: Actor, input: NieuwAanbod): Promise<Aanbod> {
      const a = nieuwAanbodSchema.parse(input);
      controleerVog(a.vogStatus, a.vogDatum, 'body');
      const regels = await hulpvragen.regels(actor.gemeenteId);
      const organisatieId = regels.vrijwilligersOrganisatieId;
      if (!organisatieId) {
        throw new KringError(
          'KRING_CONFLICT',
          'De gemeente heeft nog niet ingesteld wie vrijwilligers ontvangt. Bel of bezoek het loket.',
        );
      }
      const persoonId = await privacy.eigenPersoonMaken(actor);
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'contact', actie: 'aanmaken' },
        async (scope) => {
          const velden: AanbodVelden = {
            categorieen: [...new Set(a.categorieen)],
            postcode: a.postcode,
            straalKm: a.straalKm,
            tijdvakken: [...new Set(a.tijdvakken)],
            urenPerWeek: a.urenPerWeek,
            maxKoppelingen: a.maxKoppelingen,
            talen: [...new Set(a.talen)],
            soort: a.soort,
            vogStatus: a.vogStatus,
            vogDatum: a.vogDatum ?? null,
            geslacht: a.geslacht ?? null,
            geboortejaar: a.geboortejaar ?? null,
            toelichting: a.toelichting || null,
          };
          const id = await repository.insert(scope, persoonId, organisatieId, velden);
          if (a.contact) await personen.wijzigContact(scope, persoonId, a.contact);
          await privacy.legToestemmingVast(scope, persoonId, {
            organisatieId,
            categorieen: ['contact'],
            doel: DOEL_AANMELDING,
          });
          return toAanbod((await repository.find(scope, id))!);
        },
      );
    },

    async wijzig(actor: Actor, id: string, input: AanbodWijziging): Promise<Aanbod> {
      const w = aanbodWijzigingSchema.parse(input);
      controleerVog(w.vogStatus, w.vogDatum, 'body');
      const persoonId = await eigen(actor, id);
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'contact', actie: 'wijzigen' },
        async (scope) => {
          const bestaand = await repository.find(scope, id);
          if (!bestaand || bestaand.status === 'gestopt' || bestaand.status === 'afgewezen') {
            throw new KringError('KRING_CONFLICT', 'Dit aanbod loopt niet meer.');
          }
          await repository.wijzig(scope, id, {
            ...w,
            ...(w.categorieen ? { categorieen: [...new Set(w.categorieen)] } : {}),
            ...(w.tijdvakken ? { tijdvakken: [...new Set(w.tijdvakken)] } : {}),
            ...(w.talen ? { talen: [...new Set(w.talen)] } : {}),
          });
          return toAanbod((await repository.find(scope, id))!);
        },
      );
    },

    /** The coordinator's list of sign-ups; each one shown is in the access log. */
    async aanmeldingen(actor: Actor, status: string | undefined) {
      const orgs = organisatiesVan(actor);
      const rijen = await toegang.zoeken(actor, 'contact', async (scope) =>
        (await repository.vanOrganisaties(scope, orgs, status)).map((r) => ({
          ...r,
          aanbodId: r.id,
          id: r.persoon_id,
        })),
      );
      const regels = await hulpvragen.regels(actor.gemeenteId);
      return { aanmeldingen: rijen.map((r) => toAanmelding({ ...r, id: r.aanbodId }, regels)) };
    },

    /** One sign-up, for its detail page (logged as one read). */
    async aanmelding(actor: Actor, id: string): Promise<Aanmelding> {
      const persoonId = await repository.persoonVan(scopeOf(actor.gemeenteId), id);
      if (!persoonId) throw nietGevonden();
      const regels = await hulpvragen.regels(actor.gemeenteId);
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'contact', actie: 'lezen' },
        async (scope, toegestaan) => {
          const a = await repository.find(scope, id);
          if (!a?.organisatie_id || a.organisatie_id !== toegestaan.organisatieId) {
            throw new KringError(
              'KRING_GEEN_TOEGANG',
              'Deze aanmelding is naar een andere organisatie gestuurd.',
            );
          }
          return toAanmelding(a, regels);
        },
      );
    },

    /**
     * Approve or turn down after the intake conversation. Approval needs a valid VOG when a
     * chosen category needs one (gemeente rules); an approved volunteer gets the role
     * `vrijwilliger`.
     */
    async beoordeel(actor: Actor, id: string, input: AanbodBeoordeling): Promise<Aanmelding> {
      const persoonId = await repository.persoonVan(scopeOf(actor.gemeenteId), id);
      if (!persoonId) throw nietGevonden();
      controleerVog(input.vogStatus, input.vogDatum, 'body');
      if (input.besluit === 'afwijzen' && !input.reden) {
        throw veldFout('body.reden', 'Schrijf waarom u deze aanmelding niet goedkeurt.');
      }
      await personen.neemOpViaToestemming(actor, persoonId, 'contact', DOEL_AANMELDING);
      const regels = await hulpvragen.regels(actor.gemeenteId);
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'contact', actie: 'wijzigen' },
        async (scope, toegestaan) => {
          const a = await repository.find(scope, id);
          if (!a || a.organisatie_id !== toegestaan.organisatieId) {
            throw new KringError(
              'KRING_GEEN_TOEGANG',
              'Deze aanmelding is naar een andere organisatie gestuurd.',
            );
          }
          if (a.status !== 'aangemeld') {
            throw new KringError('KRING_CONFLICT', 'Deze aanmelding is al beoordeeld.');
          }
          if (input.besluit === 'goedkeuren') {
            const nodig = hulpvragen.vogCategorieen(a.categorieen as Hulpcategorie[], regels);
            const status = input.vogStatus ?? a.vog_status;
            const datum = input.vogDatum ?? a.vog_datum;
            if (nodig.length > 0 && !vogGeldig(status, datum, new Date())) {
              throw veldFout(
                'body.vogStatus',
                `Voor een deel van dit werk is een geldige VOG nodig (niet ouder dan ${VOG_GELDIG_JAREN} jaar). Leg eerst de VOG vast, of laat de vrijwilliger dat werk niet doen.`,
              );
            }
          }
          await repository.beoordeel(scope, id, {
            status: input.besluit === 'goedkeuren' ? 'goedgekeurd' : 'afgewezen',
            door: actor.accountId,
            reden: input.besluit === 'afwijzen' ? (input.reden ?? null) : null,
            intakeNotitie: input.intakeNotitie ?? null,
            vogStatus: input.vogStatus,
            vogDatum: input.vogDatum,
          });
          if (input.besluit === 'goedkeuren' && a.account_id) {
            await deps.accounts.grantRole(scope, a.account_id, { rol: 'vrijwilliger' });
          }
          return toAanmelding((await repository.find(scope, id))!, regels);
        },
      );
    },

    // --- for the koppelingen module (inside its toegang transaction) ----------------------
    async voorKoppeling(scope: GemeenteScope, id: string) {
      const r = await repository.find(scope, id);
      return r
        ? {
            ...toAanbod(r),
            persoonId: r.persoon_id,
            naam: r.naam ?? '',
            accountId: r.account_id,
            organisatieId: r.organisatie_id,
          }
        : undefined;
    },

    async goedgekeurd(scope: GemeenteScope, organisatieIds: readonly string[]) {
      return (await repository.goedgekeurd(scope, organisatieIds)).map((r) => ({
        ...toAanbod(r),
        persoonId: r.persoon_id,
        naam: r.naam ?? '',
      }));
    },

    persoonVan: (gemeenteId: number, id: string) => repository.persoonVan(scopeOf(gemeenteId), id),

    bron: {
      naam: 'hulpaanbod',
      categorie: 'contact' as const,
      async inzage(scope: GemeenteScope, persoonId: string) {
        return (await repository.vanPersoon(scope, persoonId)).map((r) => toAanbod(r));
      },
      wis: (scope: GemeenteScope, persoonId: string) => repository.wis(scope, persoonId),
    },
  };
}

export type HulpaanbodService = ReturnType<typeof createHulpaanbodService>;
