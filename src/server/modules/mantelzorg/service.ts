import type { Logger } from 'pino';
import { type Actor, heeftRol } from '../../platform/auth/actor.ts';
import { KringError, veldFouten } from '../../platform/http/problem.ts';
import { datumInNederland } from '../../platform/kalender.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import type { Melder } from '../../platform/mail/melder.ts';
import { maakPdf } from '../../platform/pdf/document.ts';
import type { GemeenteScope, ScopeFactory } from '../../platform/tenancy/gemeente-scope.ts';
import type { AccountsService } from '../accounts/service.ts';
import type { GemeentenService } from '../gemeenten/service.ts';
import type { PersonenService } from '../personen/service.ts';
import type { PrivacyService } from '../privacy/service.ts';
import { zoekQuerySchema } from '../sociale-kaart/model.ts';
import type { SocialeKaartService } from '../sociale-kaart/service.ts';
import type { ToegangService } from '../toegang/service.ts';
import { besluitbrief } from './brieven.ts';
import { telCijfers, uitbetalingCsv } from './cijfers.ts';
import { type HerinneringSoort, herinneringNodig } from './herinneringen.ts';
import {
  maakInformatiepakket,
  STEUNGROEPEN,
  type Steunaanbod,
  type Steungroep,
  verdeelOverGroepen,
  ZOEKVRAGEN,
} from './informatiepakket.ts';
import { isJongeMantelzorger } from './jonge-mantelzorger.ts';
import {
  type Aanvraag,
  type Besluit,
  besluitSchema,
  type Cijfers,
  type EigenZorg,
  eigenZorgSchema,
  type MijnMantelzorg,
  type NieuweMantelzorger,
  nieuweAanvraagSchema,
  nieuweMantelzorgerSchema,
  type Ronde,
  type RondeInvoer,
  rondeInvoerSchema,
  type Zorgrelatie,
} from './model.ts';
import type {
  AanvraagRij,
  MantelzorgRepository,
  RelatieRij,
  RelatieWaarden,
  RondeRij,
  RondeWaarden,
} from './repository.ts';
import {
  type Beoordeling,
  beoordeel,
  staatOpen,
  type Waarderingsregels,
} from './waardering-regels.ts';
import type { WaarderingscodeRepository } from './waarderingscode-repository.ts';
import { createWaarderingscodeService } from './waarderingscode-service.ts';

export interface MantelzorgDeps {
  scopeOf: ScopeFactory;
  repository: MantelzorgRepository;
  toegang: ToegangService;
  personen: Pick<PersonenService, 'maakInTransactie' | 'update' | 'neemOpViaToestemming'>;
  privacy: Pick<PrivacyService, 'eigenPersoonMaken' | 'legToestemmingVast'>;
  accounts: Pick<AccountsService, 'findById'>;
  socialeKaart: Pick<SocialeKaartService, 'zoek' | 'aanbod'>;
  melder: Pick<Melder, 'meld'>;
  gemeenten: Pick<GemeentenService, 'alleIds'>;
  mailer: Pick<Mailer, 'send'>;
  logger: Logger;
  /** Where Kring is (KRING_PUBLIC_URL), for the links in the information package and letters. */
  publicUrl: string | undefined;
  /** One-time codes for carers without an account (waarderingscode-service.ts). */
  codes: WaarderingscodeRepository;
}

/** The basis of the consulent's work with a carer (shown in the access log). */
export const GRONDSLAG_MANTELZORG = 'Mantelzorgondersteuning (Wmo 2015 art. 2.1.2)';
export const DOEL_REGISTRATIE =
  'Mantelzorg: het steunpunt kent u als iemand die zorgt, en vertelt u welke steun er is';
export const DOEL_WAARDERING = 'Mantelzorgwaardering: het steunpunt beoordeelt uw aanvraag';
export const FUNCTIE_CONSULENT = 'mantelzorgconsulent';

const nietGevonden = (wat = 'Dit is niet gevonden.') => new KringError('KRING_NIET_GEVONDEN', wat);
const alleenConsulent = () =>
  new KringError('KRING_GEEN_TOEGANG', 'Dit doet de mantelzorgconsulent van het steunpunt.');

/** The person cared for, as the same one across carers: their record, else e-mail, else name. */
function zorgvragerSleutel(r: {
  zorgvrager_id: string | null;
  zorgvrager_email: string | null;
  zorgvrager_naam: string;
}): string {
  return (
    r.zorgvrager_id ?? r.zorgvrager_email?.toLowerCase() ?? r.zorgvrager_naam.trim().toLowerCase()
  );
}

function toRelatie(r: RelatieRij): Zorgrelatie {
  return {
    id: r.id,
    zorgvrager: {
      naam: r.zorgvrager_naam,
      eMailadres: r.zorgvrager_email,
      woontInGemeente: r.zorgvrager_woont_in_gemeente,
    },
    relatie: r.relatie as Zorgrelatie['relatie'],
    watIkDoe: r.wat_ik_doe,
    urenPerWeek: r.uren_per_week,
    sinds: r.sinds,
    samenwonend: r.samenwonend,
    anderenBetrokken: r.anderen_betrokken,
    ikWoonInGemeente: r.mantelzorger_woont_in_gemeente,
    geregistreerdDoor: r.geregistreerd_door as Zorgrelatie['geregistreerdDoor'],
    geregistreerdOp: r.geregistreerd_op.toISOString(),
  };
}

function toRonde(r: RondeRij, vandaag: string): Ronde {
  return {
    id: r.id,
    jaar: r.jaar,
    organisatieId: r.organisatie_id,
    minUrenPerWeek: r.min_uren_per_week,
    minMaandenZorg: r.min_maanden_zorg,
    minLeeftijd: r.min_leeftijd,
    woonregel: r.woonregel as Ronde['woonregel'],
    wieMagAanvragen: r.wie_mag_aanvragen as Ronde['wieMagAanvragen'],
    bevestigingNodig: r.bevestiging_nodig,
    maxPerZorgvrager: r.max_per_zorgvrager,
    vorm: r.vorm as Ronde['vorm'],
    bedragCent: r.bedrag_cent,
    openVanaf: r.open_vanaf,
    deadline: r.deadline,
    peildatum: r.peildatum,
    open: staatOpen({ openVanaf: r.open_vanaf, deadline: r.deadline }, vandaag),
  };
}

function regelsVan(r: RondeRij): Waarderingsregels {
  return {
    minUrenPerWeek: r.min_uren_per_week,
    minMaandenZorg: r.min_maanden_zorg,
    minLeeftijd: r.min_leeftijd,
    woonregel: r.woonregel as Waarderingsregels['woonregel'],
    wieMagAanvragen: r.wie_mag_aanvragen as Waarderingsregels['wieMagAanvragen'],
    bevestigingNodig: r.bevestiging_nodig,
    maxPerZorgvrager: r.max_per_zorgvrager,
    peildatum: r.peildatum,
  };
}

function rondeWaarden(v: RondeInvoer): RondeWaarden {
  return {
    jaar: v.jaar,
    organisatie_id: v.organisatieId,
    min_uren_per_week: v.minUrenPerWeek,
    min_maanden_zorg: v.minMaandenZorg,
    min_leeftijd: v.minLeeftijd,
    woonregel: v.woonregel,
    wie_mag_aanvragen: v.wieMagAanvragen,
    bevestiging_nodig: v.bevestigingNodig,
    max_per_zorgvrager: v.maxPerZorgvrager,
    vorm: v.vorm,
    bedrag_cent: v.bedragCent,
    open_vanaf: v.openVanaf,
    deadline: v.deadline,
    peildatum: v.peildatum,
  };
}

function toAanvraag(a: AanvraagRij, b: Beoordeling): Aanvraag {
  return {
    id: a.id,
    rondeId: a.ronde_id,
    jaar: a.jaar,
    relatieId: a.relatie_id,
    mantelzorger: { id: a.mantelzorger_id, naam: a.mantelzorger_naam ?? '' },
    zorgvrager: a.zorgvrager_naam,
    aanvrager: a.aanvrager as Aanvraag['aanvrager'],
    viaCode: a.via_code,
    status: a.status as Aanvraag['status'],
    bevestigd: a.bevestigd ?? null,
    voldoet: b.voldoet,
    regels: b.regels,
    besluitReden: a.besluit_reden,
    ingediendOp: a.ingediend_op.toISOString(),
    beslotenOp: a.besloten_op?.toISOString() ?? null,
  };
}

/**
 * Mantelzorg: the carer ↔ care recipient relation (self-registration "Ik zorg voor iemand" and
 * registration by the mantelzorgconsulent) and the yearly mantelzorgwaardering (campaign with
 * the verordening's rules, application, the care recipient's confirmation, the consulent's
 * assessment with a reason for every decision, the payment export, the figures). The data is
 * the carer's, category netwerk (who they care for); every read and change goes through toegang.
 */
export function createMantelzorgService(deps: MantelzorgDeps) {
  const { scopeOf, repository, toegang, personen, privacy, accounts, socialeKaart } = deps;
  const vandaag = () => datumInNederland(new Date());

  /** The support on the sociale kaart for carers (public data), per group of the package. */
  async function steunInDeBuurt(gemeenteId: number, jong: boolean) {
    const gevonden: Partial<Record<Steungroep, Steunaanbod[]>> = {};
    for (const groep of STEUNGROEPEN) {
      if (groep === 'jongeren' && !jong) continue;
      const vraag = zoekQuerySchema.parse({ ...ZOEKVRAGEN[groep], paginaGrootte: 20 });
      const { treffers } = await socialeKaart.zoek(gemeenteId, vraag);
      gevonden[groep] = treffers.map((t) => ({
        id: t.id,
        naam: t.naam,
        samenvatting: t.samenvatting,
        organisatie: t.organisatie.naam,
        plaats: t.plaats,
        telefoon: null,
        email: null,
        website: null,
      }));
    }
    // Contact details only for the entries the package keeps.
    const groepen = verdeelOverGroepen(gevonden, jong);
    for (const { aanbod } of groepen) {
      for (const a of aanbod) {
        const detail = await socialeKaart.aanbod(gemeenteId, a.id).catch(() => undefined);
        if (detail) Object.assign(a, detail.contact);
      }
    }
    return Object.fromEntries(groepen.map((g) => [g.groep, g.aanbod]));
  }

  async function informatiepakket(gemeenteId: number, jong: boolean) {
    const pakket = maakInformatiepakket({
      jong,
      gevonden: await steunInDeBuurt(gemeenteId, jong),
      publicUrl: deps.publicUrl ?? null,
    });
    return { ...pakket, pdfBytes: await maakPdf(pakket.pdf) };
  }

  /**
   * Sends the package after the registration is saved. A mail server that is down must not
   * undo the registration: the carer can also download the package in Mijn Kring.
   */
  async function stuurInformatiepakket(gemeenteId: number, aan: string | null, jong: boolean) {
    if (!aan) return;
    try {
      const p = await informatiepakket(gemeenteId, jong);
      await deps.mailer.send({
        aan,
        onderwerp: p.onderwerp,
        tekst: p.tekst,
        html: p.html,
        bijlagen: [
          {
            bestandsnaam: 'informatie-mantelzorg.pdf',
            type: 'application/pdf',
            inhoud: p.pdfBytes,
          },
        ],
      });
    } catch (err) {
      deps.logger.error({ err }, 'information package not sent');
    }
  }

  /** The organisations the actor is mantelzorgconsulent for. */
  function consulentVan(actor: Actor): string[] {
    return actor.rollen
      .filter((r) => r.rol === 'professional' && r.functie === FUNCTIE_CONSULENT && r.organisatieId)
      .map((r) => r.organisatieId!);
  }

  function moetConsulent(actor: Actor, organisatieId?: string): string[] {
    const orgs = consulentVan(actor);
    if (orgs.length === 0 || (organisatieId && !orgs.includes(organisatieId))) {
      throw alleenConsulent();
    }
    return orgs;
  }

  /** The rules of the campaign against one application, with the counts as they are now. */
  async function beoordeelAanvraag(
    scope: GemeenteScope,
    ronde: RondeRij,
    a: Pick<AanvraagRij, 'id' | 'relatie_id' | 'bevestigd'> & { aanvrager?: string },
  ): Promise<Beoordeling> {
    const relatie = (await repository.relatie(scope, a.relatie_id))!;
    const sleutel = zorgvragerSleutel(relatie);
    const anderen = (await repository.aanvragenVanRonde(scope, ronde.id)).filter(
      (x) => x.id !== a.id && x.status === 'toegekend' && zorgvragerSleutel(x) === sleutel,
    );
    return beoordeel(regelsVan(ronde), {
      aanvrager: a.aanvrager === 'zorgvrager' ? 'zorgvrager' : 'mantelzorger',
      urenPerWeek: relatie.uren_per_week,
      sinds: relatie.sinds,
      geboortedatum: relatie.geboortedatum,
      mantelzorgerWoontInGemeente: relatie.mantelzorger_woont_in_gemeente,
      zorgvragerWoontInGemeente: relatie.zorgvrager_woont_in_gemeente,
      bevestigd: a.bevestigd ?? null,
      alToegekendVoorZorgvrager: anderen.length,
    });
  }

  async function aanvraagMetUitkomst(scope: GemeenteScope, a: AanvraagRij): Promise<Aanvraag> {
    const ronde = (await repository.ronde(scope, a.ronde_id))!;
    return toAanvraag(a, await beoordeelAanvraag(scope, ronde, a));
  }

  function relatieWaarden(
    v: Omit<ReturnType<typeof eigenZorgSchema.parse>, 'toestemming'>,
    mantelzorgerId: string,
    door: 'zelf' | 'consulent',
    organisatieId: string | null,
  ): RelatieWaarden {
    return {
      mantelzorgerId,
      zorgvragerNaam: v.zorgvrager.naam,
      zorgvragerEmail: v.zorgvrager.eMailadres?.toLowerCase() ?? null,
      zorgvragerWoontInGemeente: v.zorgvrager.woontInGemeente,
      mantelzorgerWoontInGemeente: v.ikWoonInGemeente,
      relatie: v.relatie,
      watIkDoe: v.watIkDoe,
      urenPerWeek: v.urenPerWeek,
      sinds: v.sinds,
      samenwonend: v.samenwonend,
      anderenBetrokken: v.anderenBetrokken,
      geregistreerdDoor: door,
      organisatieId,
    };
  }

  async function eigenEmail(actor: Actor): Promise<string | null> {
    return (await accounts.findById(actor.accountId))?.email?.toLowerCase() ?? null;
  }

  const codes = createWaarderingscodeService({
    scopeOf,
    repository,
    codes: deps.codes,
    toegang,
    privacy,
    mailer: deps.mailer,
    logger: deps.logger,
    publicUrl: deps.publicUrl,
    doelWaardering: DOEL_WAARDERING,
    beoordeel: beoordeelAanvraag,
    moetConsulent,
  });

  return {
    /** "Ik zorg voor iemand": what the resident registered, applied for, and is asked to confirm. */
    async mijn(actor: Actor): Promise<MijnMantelzorg> {
      const scope0 = scopeOf(actor.gemeenteId);
      const openRondes = (await repository.rondes(scope0))
        .map((r) => toRonde(r, vandaag()))
        .filter((r) => r.open);
      const email = await eigenEmail(actor);
      // Only whether there is something to confirm, naming no one, before the own record exists.
      const teBevestigenErIs =
        email !== null &&
        ((await repository.teBevestigen(scope0, email)).length > 0 ||
          (await repository.kanAanvragenAlsZorgvrager(scope0, email, vandaag())).length > 0);
      let persoonId = await toegang.eigenPersoonId(actor);
      if (!persoonId && teBevestigenErIs) persoonId = await privacy.eigenPersoonMaken(actor);
      if (!persoonId) {
        return {
          relaties: [],
          jongeMantelzorger: null,
          aanvragen: [],
          teBevestigen: [],
          kanAanvragenAlsZorgvrager: [],
          openRondes,
        };
      }
      const eigen = persoonId;
      return toegang.uitvoeren(
        actor,
        { persoonId: eigen, categorie: 'netwerk', actie: 'lezen' },
        async (scope) => {
          const relaties = await repository.relatiesVan(scope, eigen);
          const aanvragen = [];
          for (const a of await repository.aanvragenVanPersoon(scope, eigen)) {
            aanvragen.push(await aanvraagMetUitkomst(scope, a));
          }
          const teBevestigen = email
            ? (await repository.teBevestigen(scope, email))
                .filter((a) => a.mantelzorger_id !== eigen)
                .map((a) => ({
                  aanvraagId: a.id,
                  mantelzorger: a.mantelzorger_naam ?? '',
                  jaar: a.jaar,
                }))
            : [];
          const kanAanvragenAlsZorgvrager = email
            ? (await repository.kanAanvragenAlsZorgvrager(scope, email, vandaag()))
                .filter((r) => r.mantelzorger_id !== eigen)
                .map((r) => ({
                  relatieId: r.id,
                  mantelzorger: r.mantelzorger_naam ?? '',
                  rondeId: r.ronde_id,
                  jaar: r.jaar,
                }))
            : [];
          return {
            relaties: relaties.map(toRelatie),
            kanAanvragenAlsZorgvrager,
            jongeMantelzorger:
              relaties.length > 0
                ? isJongeMantelzorger(relaties[0]!.geboortedatum, vandaag())
                : null,
            aanvragen,
            teBevestigen,
            openRondes,
          };
        },
      );
    },

    /**
     * The resident registers that they care for someone. Their own person record is made when
     * missing; the steunpunt (every organisation with a mantelzorgconsulent) gets their consent
     * for contact and netwerk, so the consulent can find them and tell them what support exists.
     */
    async registreerEigen(actor: Actor, input: EigenZorg): Promise<Zorgrelatie> {
      const v = eigenZorgSchema.parse(input);
      const persoonId = await privacy.eigenPersoonMaken(actor);
      if (v.geboortedatum) {
        await personen.update(actor, persoonId, { geboortedatum: v.geboortedatum });
      }
      const rij = await toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'netwerk', actie: 'aanmaken' },
        async (scope) => {
          const steunpunten = await repository.steunpunten(scope);
          const id = await repository.insertRelatie(
            scope,
            relatieWaarden(v, persoonId, 'zelf', steunpunten[0] ?? null),
          );
          for (const organisatieId of steunpunten) {
            await privacy.legToestemmingVast(scope, persoonId, {
              organisatieId,
              categorieen: ['contact', 'netwerk'],
              doel: DOEL_REGISTRATIE,
            });
          }
          return (await repository.relatie(scope, id))!;
        },
      );
      await stuurInformatiepakket(
        actor.gemeenteId,
        await eigenEmail(actor),
        isJongeMantelzorger(rij.geboortedatum, vandaag()) === true,
      );
      return toRelatie(rij);
    },

    /** The information package as PDF, in the young carers' wording when that fits. */
    async informatiepakketPdf(actor: Actor): Promise<Uint8Array> {
      const { jongeMantelzorger } = await this.mijn(actor);
      return (await informatiepakket(actor.gemeenteId, jongeMantelzorger === true)).pdfBytes;
    },

    /** The consulent registers a carer (with the carer's agreement) for their steunpunt. */
    async registreerDoorConsulent(actor: Actor, input: NieuweMantelzorger) {
      const v = nieuweMantelzorgerSchema.parse(input);
      const organisatieId = moetConsulent(actor)[0]!;
      const relatieId = await toegang.aanmaken(actor, 'netwerk', async (scope) => {
        const persoonId = await personen.maakInTransactie(
          scope,
          { accountId: actor.accountId, organisatieId },
          {
            naam: `${v.mantelzorger.voornaam} ${v.mantelzorger.achternaam}`,
            telefoonnummer: v.mantelzorger.telefoonnummer,
            eMailadres: v.mantelzorger.eMailadres,
            geboortedatum: v.mantelzorger.geboortedatum,
            grondslag: GRONDSLAG_MANTELZORG,
            categorieen: ['contact', 'netwerk'],
          },
          'lid',
        );
        const id = await repository.insertRelatie(
          scope,
          relatieWaarden(v, persoonId, 'consulent', organisatieId),
        );
        return { persoonId, resultaat: id, grondslag: GRONDSLAG_MANTELZORG };
      });
      const kern = (await repository.relatieKern(scopeOf(actor.gemeenteId), relatieId))!;
      const geregistreerd = await toegang.uitvoeren(
        actor,
        { persoonId: kern.mantelzorger_id, categorie: 'netwerk', actie: 'lezen' },
        async (scope) => {
          const r = (await repository.relatie(scope, relatieId))!;
          return {
            persoonId: r.mantelzorger_id,
            naam: r.mantelzorger_naam ?? '',
            jongeMantelzorger: isJongeMantelzorger(r.geboortedatum, vandaag()),
            relatie: toRelatie(r),
          };
        },
      );
      // The package goes to the address the carer gave at the desk, if any.
      await stuurInformatiepakket(
        actor.gemeenteId,
        v.mantelzorger.eMailadres ?? null,
        geregistreerd.jongeMantelzorger === true,
      );
      return geregistreerd;
    },

    /** The carers registered with the consulent's steunpunt; each one shown is logged. */
    async mantelzorgers(actor: Actor) {
      const orgs = moetConsulent(actor);
      const rijen = await toegang.zoeken(actor, 'netwerk', async (scope) =>
        (await repository.relatiesVanOrganisaties(scope, orgs)).map((r) => ({
          ...r,
          relatieId: r.id,
          id: r.mantelzorger_id,
        })),
      );
      return {
        mantelzorgers: rijen.map((r) => ({
          persoonId: r.mantelzorger_id,
          naam: r.mantelzorger_naam ?? '',
          jongeMantelzorger: isJongeMantelzorger(r.geboortedatum, vandaag()),
          relatie: toRelatie({ ...r, id: r.relatieId }),
        })),
      };
    },

    // --- the campaign --------------------------------------------------------------------
    async rondes(actor: Actor): Promise<{ rondes: Ronde[] }> {
      if (!heeftRol(actor, 'functioneel-beheerder')) moetConsulent(actor);
      const rijen = await repository.rondes(scopeOf(actor.gemeenteId));
      return { rondes: rijen.map((r) => toRonde(r, vandaag())) };
    },

    /** The functioneel beheerder (any steunpunt) or a consulent (their own) sets a campaign. */
    async maakRonde(actor: Actor, input: RondeInvoer): Promise<Ronde> {
      const v = rondeInvoerSchema.parse(input);
      if (!heeftRol(actor, 'functioneel-beheerder')) moetConsulent(actor, v.organisatieId);
      const scope = scopeOf(actor.gemeenteId);
      if (await repository.rondeVanJaar(scope, v.jaar)) {
        throw new KringError('KRING_CONFLICT', `Er is al een waardering voor ${v.jaar}.`);
      }
      const id = await repository.insertRonde(scope, rondeWaarden(v));
      return toRonde((await repository.ronde(scope, id))!, vandaag());
    },

    async wijzigRonde(actor: Actor, id: string, input: RondeInvoer): Promise<Ronde> {
      const v = rondeInvoerSchema.parse(input);
      const beheerder = heeftRol(actor, 'functioneel-beheerder');
      if (!beheerder) moetConsulent(actor, v.organisatieId);
      const scope = scopeOf(actor.gemeenteId);
      const bestaand = await repository.ronde(scope, id);
      if (!bestaand) throw nietGevonden('Deze waardering is niet gevonden.');
      if (!beheerder) moetConsulent(actor, bestaand.organisatie_id);
      const zelfdeJaar = await repository.rondeVanJaar(scope, v.jaar);
      if (zelfdeJaar && zelfdeJaar.id !== id) {
        throw new KringError('KRING_CONFLICT', `Er is al een waardering voor ${v.jaar}.`);
      }
      await repository.wijzigRonde(scope, id, rondeWaarden(v));
      return toRonde((await repository.ronde(scope, id))!, vandaag());
    },

    // --- applications --------------------------------------------------------------------
    /**
     * The carer applies for the campaign for one of their relations. The rules' outcome is
     * recorded; the campaign's steunpunt gets the carer's consent to assess it.
     */
    async vraagAan(actor: Actor, input: { rondeId: string; relatieId: string }): Promise<Aanvraag> {
      const v = nieuweAanvraagSchema.parse(input);
      const scope0 = scopeOf(actor.gemeenteId);
      const kern = await repository.relatieKern(scope0, v.relatieId);
      if (!kern) {
        throw veldFouten([{ name: 'body.relatieId', reason: 'Kies voor wie u zorgt.' }]);
      }
      return toegang.uitvoeren(
        actor,
        { persoonId: kern.mantelzorger_id, categorie: 'netwerk', actie: 'aanmaken' },
        async (scope, toegestaan) => {
          if (toegestaan.grondslag !== 'eigen-gegevens') {
            throw new KringError('KRING_GEEN_TOEGANG', 'Alleen wie zorgt kan dit zelf aanvragen.');
          }
          const ronde = await repository.ronde(scope, v.rondeId);
          if (!ronde) {
            throw veldFouten([{ name: 'body.rondeId', reason: 'Deze waardering is er niet.' }]);
          }
          if (!staatOpen({ openVanaf: ronde.open_vanaf, deadline: ronde.deadline }, vandaag())) {
            throw new KringError(
              'KRING_CONFLICT',
              `Aanvragen kan van ${ronde.open_vanaf} tot en met ${ronde.deadline}.`,
            );
          }
          if (ronde.wie_mag_aanvragen === 'zorgvrager') {
            throw new KringError(
              'KRING_CONFLICT',
              'Alleen de persoon voor wie gezorgd wordt mag dit aanvragen.',
            );
          }
          const relatie = (await repository.relatie(scope, v.relatieId))!;
          if (ronde.bevestiging_nodig && !relatie.zorgvrager_email) {
            throw new KringError(
              'KRING_CONFLICT',
              'De persoon voor wie u zorgt moet dit bevestigen. Vul eerst het e-mailadres van die persoon in.',
            );
          }
          const status = ronde.bevestiging_nodig ? 'wacht-op-bevestiging' : 'te-beoordelen';
          const b = await beoordeelAanvraag(scope, ronde, {
            id: '',
            relatie_id: relatie.id,
            bevestigd: null,
          });
          const id = await repository.insertAanvraag(scope, {
            rondeId: ronde.id,
            relatieId: relatie.id,
            door: actor.accountId,
            status,
            regeluitkomst: b.regels,
          });
          if (!id) throw new KringError('KRING_CONFLICT', 'U heeft dit al aangevraagd.');
          await privacy.legToestemmingVast(scope, kern.mantelzorger_id, {
            organisatieId: ronde.organisatie_id,
            categorieen: ['contact', 'netwerk'],
            doel: DOEL_WAARDERING,
          });
          return toAanvraag((await repository.aanvraag(scope, id))!, b);
        },
      );
    },

    /**
     * The person cared for applies for their carer, when the campaign lets them
     * (`wieMagAanvragen` `zorgvrager` or `beide`). They are the person whose e-mail address the
     * carer gave (as with the confirmation); their application counts as confirmed. It is
     * recorded as their own data (their record is made when missing, linked to the relation);
     * the steunpunt assesses it with the carer's consent from the registration.
     */
    async vraagAanAlsZorgvrager(
      actor: Actor,
      input: { rondeId: string; relatieId: string; toestemming: true },
    ) {
      const v = nieuweAanvraagSchema.parse(input);
      const email = await eigenEmail(actor);
      const kern = await repository.relatieKern(scopeOf(actor.gemeenteId), v.relatieId);
      const nietDeZijne = () =>
        veldFouten([{ name: 'body.relatieId', reason: 'Kies wie voor u zorgt.' }]);
      if (!kern || !email || kern.zorgvrager_email?.toLowerCase() !== email) throw nietDeZijne();
      const persoonId = await privacy.eigenPersoonMaken(actor);
      if (persoonId === kern.mantelzorger_id) throw nietDeZijne();
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'netwerk', actie: 'aanmaken' },
        async (scope) => {
          const ronde = await repository.ronde(scope, v.rondeId);
          if (!ronde) {
            throw veldFouten([{ name: 'body.rondeId', reason: 'Deze waardering is er niet.' }]);
          }
          if (!staatOpen({ openVanaf: ronde.open_vanaf, deadline: ronde.deadline }, vandaag())) {
            throw new KringError(
              'KRING_CONFLICT',
              `Aanvragen kan van ${ronde.open_vanaf} tot en met ${ronde.deadline}.`,
            );
          }
          if (ronde.wie_mag_aanvragen === 'mantelzorger') {
            throw new KringError(
              'KRING_CONFLICT',
              'Alleen de persoon die zorgt mag dit aanvragen.',
            );
          }
          const b = await beoordeelAanvraag(scope, ronde, {
            id: '',
            relatie_id: kern.id,
            bevestigd: true,
            aanvrager: 'zorgvrager',
          });
          const id = await repository.insertAanvraag(scope, {
            rondeId: ronde.id,
            relatieId: kern.id,
            door: actor.accountId,
            status: 'te-beoordelen',
            regeluitkomst: b.regels,
            aanvrager: 'zorgvrager',
          });
          if (!id) throw new KringError('KRING_CONFLICT', 'Dit is al aangevraagd.');
          // Applying counts as the confirmation; it links their record to the relation.
          await repository.bevestig(scope, {
            aanvraagId: id,
            bevestigd: true,
            door: actor.accountId,
            zorgvragerId: persoonId,
          });
          await privacy.legToestemmingVast(scope, persoonId, {
            organisatieId: ronde.organisatie_id,
            categorieen: ['netwerk'],
            doel: DOEL_WAARDERING,
          });
          const a = (await repository.aanvraag(scope, id))!;
          return {
            id: a.id,
            rondeId: a.ronde_id,
            jaar: a.jaar,
            relatieId: a.relatie_id,
            mantelzorger: a.mantelzorger_naam ?? '',
            status: a.status as Aanvraag['status'],
          };
        },
      );
    },

    /**
     * The care recipient answers "Zorgt … voor u?". They are the person whose e-mail address the
     * carer gave; what they say is their own data (their record is made when missing).
     */
    async bevestig(actor: Actor, aanvraagId: string, bevestigd: boolean): Promise<void> {
      const email = await eigenEmail(actor);
      const kern = await repository.aanvraagKern(scopeOf(actor.gemeenteId), aanvraagId);
      if (!kern || !email || kern.zorgvrager_email?.toLowerCase() !== email) {
        throw nietGevonden('Deze vraag is niet gevonden.');
      }
      const persoonId = await privacy.eigenPersoonMaken(actor);
      if (persoonId === kern.mantelzorger_id) throw nietGevonden('Deze vraag is niet gevonden.');
      await toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'netwerk', actie: 'wijzigen' },
        async (scope) => {
          const a = await repository.vergrendelAanvraag(scope, aanvraagId);
          if (a?.status !== 'wacht-op-bevestiging') {
            throw new KringError('KRING_CONFLICT', 'U heeft hier al op geantwoord.');
          }
          await repository.bevestig(scope, {
            aanvraagId,
            bevestigd,
            door: actor.accountId,
            zorgvragerId: persoonId,
          });
        },
      );
    },

    /** The consulent's queue for a campaign, with the rules' outcome as it is now. */
    async wachtrij(actor: Actor, rondeId: string): Promise<{ aanvragen: Aanvraag[] }> {
      moetConsulent(actor);
      const ronde = await repository.ronde(scopeOf(actor.gemeenteId), rondeId);
      if (!ronde) throw nietGevonden('Deze waardering is niet gevonden.');
      moetConsulent(actor, ronde.organisatie_id);
      const uitkomsten = new Map<string, Beoordeling>();
      const rijen = await toegang.zoeken(actor, 'netwerk', async (scope) => {
        const lijst = await repository.aanvragenVanRonde(scope, rondeId);
        for (const a of lijst) uitkomsten.set(a.id, await beoordeelAanvraag(scope, ronde, a));
        return lijst.map((a) => ({ ...a, aanvraagId: a.id, id: a.mantelzorger_id }));
      });
      return {
        aanvragen: rijen.map((r) =>
          toAanvraag({ ...r, id: r.aanvraagId }, uitkomsten.get(r.aanvraagId)!),
        ),
      };
    },

    /** Grant or refuse, always with a reason; the bye-law's maximum per care recipient holds. */
    async besluit(actor: Actor, aanvraagId: string, input: Besluit): Promise<Aanvraag> {
      const v = besluitSchema.parse(input);
      const kern = await repository.aanvraagKern(scopeOf(actor.gemeenteId), aanvraagId);
      if (!kern) throw nietGevonden('Deze aanvraag is niet gevonden.');
      if (!consulentVan(actor).includes(kern.organisatie_id)) {
        // Through toegang all the same, so the refusal is logged like any other.
        await toegang.uitvoeren(
          actor,
          { persoonId: kern.mantelzorger_id, categorie: 'netwerk', actie: 'wijzigen' },
          async () => {
            throw alleenConsulent();
          },
        );
      }
      await personen.neemOpViaToestemming(
        actor,
        kern.mantelzorger_id,
        'netwerk',
        GRONDSLAG_MANTELZORG,
      );
      return toegang.uitvoeren(
        actor,
        { persoonId: kern.mantelzorger_id, categorie: 'netwerk', actie: 'wijzigen' },
        async (scope) => {
          const slot = await repository.vergrendelAanvraag(scope, aanvraagId);
          if (slot?.status === 'wacht-op-bevestiging') {
            throw new KringError(
              'KRING_CONFLICT',
              'De persoon voor wie gezorgd wordt heeft nog niet geantwoord.',
            );
          }
          if (slot?.status !== 'te-beoordelen') {
            throw new KringError('KRING_CONFLICT', 'Over deze aanvraag is al besloten.');
          }
          const a = (await repository.aanvraag(scope, aanvraagId))!;
          const ronde = (await repository.ronde(scope, a.ronde_id))!;
          const b = await beoordeelAanvraag(scope, ronde, a);
          if (v.besluit === 'toekennen') {
            const vol = b.regels.find((r) => r.regel === 'maximum' && !r.voldaan);
            if (vol) throw new KringError('KRING_CONFLICT', vol.reden);
          }
          await repository.besluit(scope, aanvraagId, {
            status: v.besluit === 'toekennen' ? 'toegekend' : 'afgewezen',
            reden: v.reden,
            door: actor.accountId,
            regeluitkomst: b.regels,
          });
          return toAanvraag((await repository.aanvraag(scope, aanvraagId))!, b);
        },
      );
    },

    /**
     * The decision letter as PDF: for the carer on their own application, or for the
     * consulent of the campaign's steunpunt (to print and post). Only once decided.
     */
    async besluitbriefPdf(actor: Actor, aanvraagId: string): Promise<Uint8Array> {
      const kern = await repository.aanvraagKern(scopeOf(actor.gemeenteId), aanvraagId);
      const eigen = await toegang.eigenPersoonId(actor);
      const alsConsulent = kern !== undefined && consulentVan(actor).includes(kern.organisatie_id);
      if (!kern || (kern.mantelzorger_id !== eigen && !alsConsulent)) {
        throw nietGevonden('Deze aanvraag is niet gevonden.');
      }
      if (alsConsulent && kern.mantelzorger_id !== eigen) {
        await personen.neemOpViaToestemming(
          actor,
          kern.mantelzorger_id,
          'netwerk',
          GRONDSLAG_MANTELZORG,
        );
      }
      const brief = await toegang.uitvoeren(
        actor,
        { persoonId: kern.mantelzorger_id, categorie: 'netwerk', actie: 'lezen' },
        async (scope) => {
          const a = (await repository.aanvraag(scope, aanvraagId))!;
          if (a.status !== 'toegekend' && a.status !== 'afgewezen') {
            throw new KringError('KRING_CONFLICT', 'Over deze aanvraag is nog niet besloten.');
          }
          const ronde = (await repository.ronde(scope, a.ronde_id))!;
          return besluitbrief({
            naam: a.mantelzorger_naam ?? '',
            jaar: a.jaar,
            status: a.status,
            reden: a.besluit_reden,
            vorm: ronde.vorm as 'bedrag' | 'bon' | 'uitnodiging',
            bedragCent: ronde.bedrag_cent,
            beslotenOp: datumInNederland(a.besloten_op ?? new Date()),
          });
        },
      );
      return maakPdf(brief);
    },

    /**
     * The daily job: reminds registered carers who have not applied, two weeks and three days
     * before an open campaign's deadline (herinneringen.ts). The mail names no one and says
     * only where to log in. A system run, no actor: it reads only whom to notify.
     */
    async herinnerVoorDeadline(nu: Date = new Date()): Promise<{ herinneringen: number }> {
      const dag = datumInNederland(nu);
      let herinneringen = 0;
      for (const gemeenteId of await deps.gemeenten.alleIds()) {
        const scope = scopeOf(gemeenteId);
        for (const ronde of await repository.rondes(scope)) {
          if (!staatOpen({ openVanaf: ronde.open_vanaf, deadline: ronde.deadline }, dag)) continue;
          for (const c of await repository.teHerinneren(scope, ronde.id)) {
            const soort = herinneringNodig(ronde.deadline, dag, c.verstuurd as HerinneringSoort[]);
            if (!soort) continue;
            if (await repository.herinneringVerstuurd(scope, ronde.id, c.persoonId, soort)) {
              deps.melder.meld(c.accountId, 'waardering', '/mijn-kring/mantelzorg');
              herinneringen++;
            }
          }
        }
      }
      return { herinneringen };
    },

    /** The granted applications as CSV for payment or voucher delivery (the consulent). */
    async uitbetalingCsv(actor: Actor, rondeId: string): Promise<string> {
      moetConsulent(actor);
      const ronde = await repository.ronde(scopeOf(actor.gemeenteId), rondeId);
      if (!ronde) throw nietGevonden('Deze waardering is niet gevonden.');
      moetConsulent(actor, ronde.organisatie_id);
      const rijen = await toegang.zoeken(actor, 'contact', async (scope) =>
        (await repository.toekenningen(scope, rondeId)).map((r) => ({
          ...r,
          aanvraagId: r.id,
          id: r.persoon_id,
        })),
      );
      return uitbetalingCsv(
        { jaar: ronde.jaar, vorm: ronde.vorm, bedragCent: ronde.bedrag_cent },
        rijen.map((r) => ({
          aanvraagId: r.aanvraagId,
          naam: r.naam ?? '',
          eMailadres: r.email,
          postcode: r.postcode,
          besloten: r.besloten_op ? datumInNederland(r.besloten_op) : '',
        })),
      );
    },

    /** Aggregated figures, small counts suppressed: policy staff, beheer and consulenten. */
    async cijfers(actor: Actor, jaar?: number): Promise<Cijfers> {
      if (!heeftRol(actor, 'beleidsmedewerker', 'functioneel-beheerder')) moetConsulent(actor);
      const j = jaar ?? Number(vandaag().slice(0, 4));
      const scope = scopeOf(actor.gemeenteId);
      const ronde = await repository.rondeVanJaar(scope, j);
      return telCijfers(j, await repository.feiten(scope, ronde?.id ?? null), vandaag());
    },

    // --- one-time codes for carers without an account -------------------------------------
    codebrieven: codes.codebrieven,
    controleerCode: codes.controleerCode,
    vraagAanMetCode: codes.vraagAanMetCode,

    /** For inzage and erasure: the relations and applications of a carer (category netwerk). */
    bron: {
      naam: 'mantelzorg',
      categorie: 'netwerk' as const,
      inzage: async (scope: GemeenteScope, persoonId: string) => ({
        relaties: (await repository.relatiesVan(scope, persoonId)).map(toRelatie),
        aanvragen: (await repository.aanvragenVanPersoon(scope, persoonId)).map((a) => ({
          jaar: a.jaar,
          zorgvrager: a.zorgvrager_naam,
          status: a.status,
          besluitReden: a.besluit_reden,
          ingediendOp: a.ingediend_op.toISOString(),
        })),
      }),
      wis: (scope: GemeenteScope, persoonId: string) => repository.wis(scope, persoonId),
    },
  };
}

export type MantelzorgService = ReturnType<typeof createMantelzorgService>;
