import {
  type ReceptKant,
  type TaakStatus,
  WELBEVINDEN_STANDAARD,
} from '../../../shared/welzijnsrecept.ts';
import { type Actor, requireRol } from '../../platform/auth/actor.ts';
import { KringError, veldFouten } from '../../platform/http/problem.ts';
import { datumInNederland, maandenNa } from '../../platform/kalender.ts';
import type { Melder } from '../../platform/mail/melder.ts';
import type { GemeenteScope, ScopeFactory } from '../../platform/tenancy/gemeente-scope.ts';
import type { GemeentenService } from '../gemeenten/service.ts';
import type { PersonenService } from '../personen/service.ts';
import type { PrivacyService } from '../privacy/service.ts';
import type { SocialeKaartService } from '../sociale-kaart/service.ts';
import type { ToegangService } from '../toegang/service.ts';
import { evaluatieCsv, evalueer } from './evaluatie.ts';
import type { TaakGegevens } from './fhir.ts';
import {
  type ActiviteitInvoer,
  type Afsluiting,
  activiteitInvoerSchema,
  afsluitingSchema,
  type Contactmoment,
  contactmomentSchema,
  type Evaluatie,
  type Instellingen,
  instellingenSchema,
  type NieuwReceptInvoer,
  nieuwReceptSchema,
  type OntvangerRegels,
  type OntvangerRegelsInvoer,
  type Ontvangers,
  ontvangerRegelsInvoerSchema,
  type Recept,
  type ReceptRegel,
  type Statuswijziging,
  statuswijzigingSchema,
  type Terugkoppeling,
  type Verkenning,
  verkenningSchema,
  type WelbevindenInvoer,
  type WelbevindenMeting,
  welbevindenInvoerSchema,
} from './model.ts';
import type { ReceptRij, WelzijnsreceptRepository } from './repository.ts';
import { mogelijk, wijzig } from './status.ts';
import { eersteContactTeLaat, eersteContactVoor, vervolgOp } from './termijnen.ts';
import { controleerMeting } from './welbevinden.ts';

export interface WelzijnsreceptDeps {
  scopeOf: ScopeFactory;
  repository: WelzijnsreceptRepository;
  toegang: ToegangService;
  personen: PersonenService;
  privacy: Pick<PrivacyService, 'legToestemmingVast'>;
  socialeKaart: Pick<SocialeKaartService, 'aanbod'>;
  melder: Melder;
  gemeenten: Pick<GemeentenService, 'alleIds'>;
}

/** The basis the GP's and the coach's access rest on (shown in the access log). */
export const GRONDSLAG_VERWIJZING = 'Welzijn op Recept: verwijzing door de huisarts';
export const DOEL_WELZIJNSRECEPT =
  'Welzijn op Recept: de welzijnscoach neemt contact op en zoekt samen een activiteit';

const nietGevonden = () =>
  new KringError('KRING_NIET_GEVONDEN', 'Dit welzijnsrecept is niet gevonden.');
const nietNu = () =>
  new KringError('KRING_CONFLICT', 'Dit kan nu niet meer. Laad de pagina opnieuw.');

/** The statuses the coach sets by closing (with a summary), not by a plain status change. */
const AFSLUITEN: readonly TaakStatus[] = ['completed', 'failed'];
const LOPEND: readonly TaakStatus[] = ['accepted', 'in-progress', 'on-hold'];

/**
 * Welzijn op Recept: the GP (verwijzer) writes a referral with the person's consent; it
 * reaches the welzijnscoach's organisation (ontvanger), whose coach takes it, logs the
 * contactmomenten, explores interests and possibilities, links an activity from the
 * sociale kaart, measures wellbeing at the start and after three months, and closes. The GP
 * hears back at each step that matters, in words the person agreed to. Every read and change
 * goes through toegang (category intake) and is logged.
 */
export function createWelzijnsreceptService(deps: WelzijnsreceptDeps) {
  const { scopeOf, repository, toegang, personen, privacy, socialeKaart, melder, gemeenten } = deps;

  /** The practice the actor refers for: their huisarts role's organisation. */
  function praktijkVan(actor: Actor): string {
    const r = actor.rollen.find((x) => x.rol === 'huisarts' && x.organisatieId !== null);
    if (!r) {
      throw new KringError(
        'KRING_GEEN_TOEGANG',
        'Alleen een huisarts of praktijkondersteuner van een praktijk kan een welzijnsrecept schrijven.',
      );
    }
    return r.organisatieId!;
  }

  function kantVan(
    actor: Actor,
    r: { praktijk_id: string; ontvanger_id: string },
  ): ReceptKant | undefined {
    if (actor.rollen.some((x) => x.rol === 'huisarts' && x.organisatieId === r.praktijk_id)) {
      return 'verwijzer';
    }
    if (actor.rollen.some((x) => x.rol === 'professional' && x.organisatieId === r.ontvanger_id)) {
      return 'ontvanger';
    }
    return undefined;
  }

  async function dimensies(scope: GemeenteScope): Promise<string[]> {
    return (await repository.dimensies(scope)) ?? [...WELBEVINDEN_STANDAARD];
  }

  function terugkoppeling(r: { moment: string; tekst: string; op: Date }): Terugkoppeling {
    return {
      moment: r.moment as Terugkoppeling['moment'],
      tekst: r.tekst,
      op: r.op.toISOString(),
    };
  }

  function teLaat(r: ReceptRij, vandaag: string): boolean {
    return (
      r.eerste_contact_voor !== null &&
      (r.status === 'requested' || r.status === 'accepted') &&
      eersteContactTeLaat(r.eerste_contact_voor, vandaag, r.eerste_contact_op !== null)
    );
  }

  async function toRecept(scope: GemeenteScope, r: ReceptRij, kant: ReceptKant): Promise<Recept> {
    const status = r.status as TaakStatus;
    const vandaag = datumInNederland(new Date());
    const terug = (await repository.terugkoppelingen(scope, [r.id])).map(terugkoppeling);
    return {
      id: r.id,
      kant,
      status,
      statusReden: r.status_reden,
      mogelijk: mogelijk(status, kant).filter((s) => !AFSLUITEN.includes(s)),
      persoon: {
        id: r.persoon_id,
        naam: r.persoon_naam ?? '',
        telefoonnummer: r.persoon_telefoon,
        eMailadres: r.persoon_email,
      },
      praktijk: { id: r.praktijk_id, naam: r.praktijk_naam },
      verwijzer: r.verwijzer_naam,
      ontvanger: { id: r.ontvanger_id, naam: r.ontvanger_naam },
      coach: r.coach_naam,
      reden: r.reden,
      watIkBelangrijkVind: r.wat_ik_belangrijk_vind,
      contactVoorkeur: r.contact_voorkeur as Recept['contactVoorkeur'],
      aangemaaktOp: r.aangemaakt_op.toISOString(),
      gewijzigdOp: r.gewijzigd_op.toISOString(),
      eersteContactVoor: r.eerste_contact_voor ?? null,
      eersteContactOp: r.eerste_contact_op ?? null,
      teLaat: teLaat(r, vandaag),
      terugkoppelingen: terug,
      werk: kant === 'ontvanger' ? await werk(scope, r) : null,
    };
  }

  async function werk(scope: GemeenteScope, r: ReceptRij): Promise<NonNullable<Recept['werk']>> {
    const [contacten, metingen, taken, stappen, dims] = await Promise.all([
      repository.contactmomenten(scope, r.id),
      repository.welbevinden(scope, r.id),
      repository.taken(scope, r.id),
      repository.stappen(scope, r.id),
      dimensies(scope),
    ]);
    return {
      contactmomenten: contacten.map((c) => ({
        id: c.id,
        datum: c.datum!,
        soort: c.soort as Contactmoment['soort'],
        notitie: c.notitie,
        door: c.door ?? '',
      })),
      interesses: r.interesses,
      mogelijkheden: r.mogelijkheden,
      activiteit:
        r.aanbod_id && r.activiteit_start
          ? {
              aanbodId: r.aanbod_id,
              naam: r.aanbod_naam ?? '',
              startdatum: r.activiteit_start,
              meegegaan: r.meegegaan,
              delenMetHuisarts: r.delen_met_huisarts,
              vervolgOp: r.vervolg_op ?? vervolgOp(r.activiteit_start),
            }
          : null,
      dimensies: dims,
      welbevinden: metingen.map((m) => ({
        id: m.id,
        moment: m.moment as WelbevindenMeting['moment'],
        datum: m.datum!,
        scores: m.scores as Record<string, number>,
        ingevuldDoor: m.ingevuld_door as WelbevindenMeting['ingevuldDoor'],
      })),
      taken: taken.map((t) => ({
        id: t.id,
        soort: 'vervolg' as const,
        vervaltOp: t.vervalt_op!,
        gedaanOp: t.gedaan_op?.toISOString() ?? null,
      })),
      samenvatting: r.samenvatting,
      geschiedenis: stappen.map((s) => ({
        van: s.van as TaakStatus | null,
        naar: s.naar as TaakStatus,
        reden: s.reden,
        kant: s.kant as ReceptKant,
        op: s.op.toISOString(),
      })),
    };
  }

  /** The referral's core outside any transaction: whose it is, and the reader's side. */
  async function kern(actor: Actor, id: string) {
    const k = await repository.kern(scopeOf(actor.gemeenteId), id);
    if (!k) throw nietGevonden();
    return { ...k, kant: kantVan(actor, k) };
  }

  /**
   * A change by one side, inside one toegang transaction with the referral locked. The coach's
   * first step (accept or refuse) first puts them in the case team through the person's
   * consent to their organisation, as with a help request they pick up.
   */
  async function verander<T>(
    actor: Actor,
    id: string,
    werkStap: (
      scope: GemeenteScope,
      r: NonNullable<Awaited<ReturnType<WelzijnsreceptRepository['vergrendel']>>>,
      kant: ReceptKant,
    ) => Promise<T>,
    { alleen }: { alleen?: ReceptKant } = {},
  ): Promise<Recept> {
    const k = await kern(actor, id);
    if (!k.kant || (alleen && k.kant !== alleen)) {
      // Still through toegang, so a refusal is logged like any other.
      await toegang.uitvoeren(
        actor,
        { persoonId: k.persoon_id, categorie: 'intake', actie: 'wijzigen' },
        async () => {
          throw k.kant
            ? new KringError('KRING_GEEN_TOEGANG', 'Dit doet de welzijnscoach van de organisatie.')
            : nietGevonden();
        },
      );
    }
    const kant = k.kant!;
    if (kant === 'ontvanger') {
      await personen.neemOpViaToestemming(actor, k.persoon_id, 'intake', GRONDSLAG_VERWIJZING);
    }
    return toegang.uitvoeren(
      actor,
      { persoonId: k.persoon_id, categorie: 'intake', actie: 'wijzigen' },
      async (scope) => {
        const r = await repository.vergrendel(scope, id);
        if (!r) throw nietGevonden();
        await werkStap(scope, r, kant);
        return toRecept(scope, (await repository.recept(scope, id))!, kant);
      },
    );
  }

  async function zetStatus(
    scope: GemeenteScope,
    r: { id: string; status: string; ontvanger_id: string; persoon_id: string },
    naar: TaakStatus,
    reden: string,
    kant: ReceptKant,
    actor: Actor,
  ): Promise<void> {
    const uit = wijzig(r.status as TaakStatus, naar, kant, reden);
    if (!uit.ok) {
      throw uit.fout === 'reden-nodig'
        ? veldFouten([{ name: 'body.reden', reason: 'Schrijf kort waarom. De ander leest het.' }])
        : new KringError(
            'KRING_CONFLICT',
            'Deze stap kan nu niet. Kijk welke stappen er nu mogelijk zijn.',
          );
    }
    const values: Parameters<WelzijnsreceptRepository['wijzig']>[2] = {
      status: naar,
      status_reden: reden,
    };
    if (naar === 'requested') {
      values.verstuurd_op = new Date();
      values.eerste_contact_voor = eersteContactVoor(datumInNederland(new Date()));
      await privacy.legToestemmingVast(scope, r.persoon_id, {
        organisatieId: r.ontvanger_id,
        categorieen: ['contact', 'intake'],
        doel: DOEL_WELZIJNSRECEPT,
      });
    }
    if (kant === 'ontvanger' && (naar === 'accepted' || naar === 'rejected')) {
      values.coach_id = actor.accountId;
    }
    await repository.wijzig(scope, r.id, values);
    await repository.insertStap(scope, {
      receptId: r.id,
      van: r.status,
      naar,
      reden,
      kant,
      door: actor.accountId,
    });
  }

  async function meldTerug(
    scope: GemeenteScope,
    receptId: string,
    moment: Terugkoppeling['moment'],
    tekst: string,
  ): Promise<void> {
    await repository.insertTerugkoppeling(scope, { receptId, moment, tekst });
    const r = await repository.recept(scope, receptId);
    melder.meld(r?.verwijzer_id ?? null, 'terugkoppeling', `/werkplek/welzijnsrecept/${receptId}`);
  }

  function meldCoaches(scope: GemeenteScope, ontvangerId: string, pad: string): void {
    // After the transaction's work; the melder sends in the background.
    void repository
      .coachesVan(scope, ontvangerId)
      .then((ids) => {
        for (const id of ids) melder.meld(id, 'verwijzing', pad);
      })
      .catch(() => {});
  }

  return {
    async ontvangers(actor: Actor): Promise<Ontvangers> {
      const praktijk = praktijkVan(actor);
      return { ontvangers: await repository.ontvangers(scopeOf(actor.gemeenteId), praktijk) };
    },

    /**
     * The GP writes a referral: the person is registered (the GP's practice in the case team
     * for contact and intake), their consent to share with the receiving organisation is
     * recorded, and the coach's organisation hears there is something new.
     */
    async verwijs(
      actor: Actor,
      invoer: NieuwReceptInvoer,
      bron: 'formulier' | 'fhir' = 'formulier',
    ): Promise<Recept> {
      const v = nieuwReceptSchema.parse(invoer);
      const praktijk = praktijkVan(actor);
      const scope0 = scopeOf(actor.gemeenteId);
      const toegestaan = await repository.ontvangers(scope0, praktijk);
      if (!toegestaan.some((o) => o.id === v.ontvangerId)) {
        throw veldFouten([
          {
            name: 'body.ontvangerId',
            reason: 'Uw praktijk kan niet naar deze organisatie verwijzen.',
          },
        ]);
      }
      const id = await toegang.aanmaken(actor, 'contact', async (scope) => {
        const persoonId = await personen.maakInTransactie(
          scope,
          { accountId: actor.accountId, organisatieId: praktijk },
          {
            naam: `${v.persoon.voornaam} ${v.persoon.achternaam}`,
            telefoonnummer: v.persoon.telefoonnummer,
            eMailadres: v.persoon.eMailadres,
            grondslag: GRONDSLAG_VERWIJZING,
            categorieen: ['contact', 'intake'],
          },
          'lid',
        );
        const receptId = await repository.insert(scope, {
          persoonId,
          praktijkId: praktijk,
          verwijzerId: actor.accountId,
          ontvangerId: v.ontvangerId,
          bron,
          status: 'draft',
          reden: v.reden,
          watIkBelangrijkVind: v.watIkBelangrijkVind ?? '',
          contactVoorkeur: v.contactVoorkeur,
          verstuurdOp: null,
          eersteContactVoor: null,
        });
        await repository.insertStap(scope, {
          receptId,
          van: null,
          naar: 'draft',
          reden: '',
          kant: 'verwijzer',
          door: actor.accountId,
        });
        if (v.verzenden) {
          await zetStatus(
            scope,
            { id: receptId, status: 'draft', ontvanger_id: v.ontvangerId, persoon_id: persoonId },
            'requested',
            '',
            'verwijzer',
            actor,
          );
        }
        return { persoonId, resultaat: receptId, grondslag: GRONDSLAG_VERWIJZING };
      });
      if (v.verzenden) meldCoaches(scope0, v.ontvangerId, `/werkplek/welzijnsrecepten/${id}`);
      return this.recept(actor, id);
    },

    /** The GP's referrals (`verwijzer`) or the coach's inbox (`ontvanger`); each shown is logged. */
    async recepten(actor: Actor, kant: ReceptKant): Promise<{ recepten: ReceptRegel[] }> {
      const filter =
        kant === 'verwijzer'
          ? { praktijkId: praktijkVan(actor) }
          : {
              ontvangerIds: actor.rollen
                .filter((r) => r.rol === 'professional' && r.organisatieId !== null)
                .map((r) => r.organisatieId!),
            };
      if (kant === 'ontvanger') requireRol(actor, 'professional');
      const vandaag = datumInNederland(new Date());
      let openTaken = new Map<string, number>();
      const rijen = await toegang.zoeken(actor, 'intake', async (scope) => {
        const lijst = await repository.lijst(scope, filter);
        openTaken = new Map(lijst.map((r) => [r.id, Number(r.open_taken ?? 0)]));
        return lijst.map((r) => ({ ...r, id: r.persoon_id, receptId: r.id }));
      });
      const scope = scopeOf(actor.gemeenteId);
      const terug = await repository.terugkoppelingen(
        scope,
        rijen.map((r) => r.receptId),
      );
      const laatste = new Map<string, Terugkoppeling>();
      for (const t of terug) laatste.set(t.recept_id, terugkoppeling(t));
      return {
        recepten: rijen.map((r) => ({
          id: r.receptId,
          status: r.status as TaakStatus,
          persoon: { id: r.persoon_id, naam: r.persoon_naam ?? '' },
          praktijk: r.praktijk_naam,
          ontvanger: r.ontvanger_naam,
          coach: r.coach_naam,
          aangemaaktOp: r.aangemaakt_op.toISOString(),
          gewijzigdOp: r.gewijzigd_op.toISOString(),
          eersteContactVoor: r.eerste_contact_voor ?? null,
          eersteContactOp: r.eerste_contact_op ?? null,
          teLaat: teLaat({ ...r, id: r.receptId }, vandaag),
          openTaken: kant === 'ontvanger' ? (openTaken.get(r.receptId) ?? 0) : 0,
          laatsteTerugkoppeling: laatste.get(r.receptId) ?? null,
        })),
      };
    },

    async recept(actor: Actor, id: string): Promise<Recept> {
      const k = await kern(actor, id);
      return toegang.uitvoeren(
        actor,
        { persoonId: k.persoon_id, categorie: 'intake', actie: 'lezen' },
        async (scope) => {
          const r = await repository.recept(scope, id);
          if (!r || !k.kant || (k.kant === 'ontvanger' && r.status === 'draft')) {
            throw nietGevonden();
          }
          return toRecept(scope, r, k.kant);
        },
      );
    },

    async wijzigStatus(actor: Actor, id: string, input: Statuswijziging): Promise<Recept> {
      const v = statuswijzigingSchema.parse(input);
      if (AFSLUITEN.includes(v.status)) {
        throw veldFouten([
          { name: 'body.status', reason: 'Sluit het traject af met een korte samenvatting.' },
        ]);
      }
      let melden: { ontvanger: string } | undefined;
      const recept = await verander(actor, id, async (scope, r, kant) => {
        await zetStatus(scope, r, v.status, v.reden, kant, actor);
        if (v.status === 'accepted') {
          const naam = (await repository.organisatieNaam(scope, r.ontvanger_id)) ?? '';
          await meldTerug(
            scope,
            r.id,
            'aangenomen',
            `${naam}: de welzijnscoach heeft de verwijzing aangenomen en neemt contact op.`,
          );
        }
        if (v.status === 'rejected') {
          await meldTerug(scope, r.id, 'geweigerd', `De verwijzing is niet aangenomen. ${v.reden}`);
        }
        if (v.status === 'requested') melden = { ontvanger: r.ontvanger_id };
      });
      if (melden) {
        meldCoaches(
          scopeOf(actor.gemeenteId),
          melden.ontvanger,
          `/werkplek/welzijnsrecepten/${id}`,
        );
      }
      return recept;
    },

    /** A contactmoment; the first one while accepted means the work has begun (in-progress). */
    async legContactVast(actor: Actor, id: string, input: Contactmoment): Promise<Recept> {
      const c = contactmomentSchema.parse(input);
      if (c.datum > datumInNederland(new Date())) {
        throw veldFouten([
          { name: 'body.datum', reason: 'Een contact kan niet in de toekomst liggen.' },
        ]);
      }
      return verander(
        actor,
        id,
        async (scope, r) => {
          if (!LOPEND.includes(r.status as TaakStatus)) {
            throw new KringError('KRING_CONFLICT', 'Neem de verwijzing eerst aan.');
          }
          await repository.insertContactmoment(scope, {
            receptId: r.id,
            datum: c.datum,
            soort: c.soort,
            notitie: c.notitie,
            door: actor.accountId,
          });
          if (r.eerste_contact_op === null || c.datum < r.eerste_contact_op) {
            await repository.wijzig(scope, r.id, { eerste_contact_op: c.datum });
          }
          if (r.status === 'accepted') {
            await zetStatus(scope, r, 'in-progress', '', 'ontvanger', actor);
          }
        },
        { alleen: 'ontvanger' },
      );
    },

    async legVerkenningVast(actor: Actor, id: string, input: Verkenning): Promise<Recept> {
      const v = verkenningSchema.parse(input);
      return verander(
        actor,
        id,
        async (scope, r) => {
          if (!LOPEND.includes(r.status as TaakStatus)) throw nietNu();
          await repository.wijzig(scope, r.id, {
            interesses: v.interesses,
            mogelijkheden: v.mogelijkheden,
          });
        },
        { alleen: 'ontvanger' },
      );
    },

    /**
     * The chosen activity from the sociale kaart. The GP hears that one was found, and its
     * name only when the person agreed. The follow-up is three months after the start.
     */
    async kiesActiviteit(actor: Actor, id: string, input: ActiviteitInvoer): Promise<Recept> {
      const a = activiteitInvoerSchema.parse(input);
      // Whose step it is comes before looking at the entry.
      if ((await kern(actor, id)).kant !== 'ontvanger') {
        return verander(actor, id, async () => {}, { alleen: 'ontvanger' });
      }
      // Outside the transaction: the sociale kaart reads through its own connection.
      const aanbod = await socialeKaart.aanbod(actor.gemeenteId, a.aanbodId).catch(() => undefined);
      if (!aanbod) {
        throw veldFouten([
          {
            name: 'body.aanbodId',
            reason: 'Deze activiteit staat niet (meer) op de sociale kaart.',
          },
        ]);
      }
      const soort = aanbod.hulpvormen[0]?.naam ?? aanbod.levensdomeinen[0]?.naam ?? aanbod.soort;
      return verander(
        actor,
        id,
        async (scope, r) => {
          if (!LOPEND.includes(r.status as TaakStatus)) throw nietNu();
          const eerder = await repository.recept(scope, r.id);
          await repository.wijzig(scope, r.id, {
            aanbod_id: aanbod.id,
            aanbod_naam: aanbod.naam,
            aanbod_soort: soort,
            activiteit_start: a.startdatum,
            meegegaan: a.meegegaan,
            delen_met_huisarts: a.delenMetHuisarts,
            vervolg_op: vervolgOp(a.startdatum),
          });
          if (eerder?.aanbod_id !== aanbod.id) {
            await meldTerug(
              scope,
              r.id,
              'activiteit',
              a.delenMetHuisarts
                ? `Er is een activiteit gevonden: ${aanbod.naam}. De persoon begint op ${a.startdatum}.`
                : 'Er is een activiteit gevonden die bij de persoon past.',
            );
          }
        },
        { alleen: 'ontvanger' },
      );
    },

    async legWelbevindenVast(actor: Actor, id: string, input: WelbevindenInvoer): Promise<Recept> {
      const w = welbevindenInvoerSchema.parse(input);
      const dims = await dimensies(scopeOf(actor.gemeenteId));
      const fouten = controleerMeting(dims, w.scores);
      if (fouten.length > 0) {
        throw veldFouten(
          fouten.map((f) => ({
            name: `body.scores.${f.dimensie}`,
            reason:
              f.fout === 'ontbreekt'
                ? 'Vul een cijfer van 0 tot en met 10 in.'
                : f.fout === 'buiten-schaal'
                  ? 'Kies een heel cijfer van 0 tot en met 10.'
                  : 'Dit onderdeel hoort niet bij de meting.',
          })),
        );
      }
      return verander(
        actor,
        id,
        async (scope, r) => {
          if (!LOPEND.includes(r.status as TaakStatus)) throw nietNu();
          await repository.zetWelbevinden(scope, {
            receptId: r.id,
            moment: w.moment,
            datum: w.datum,
            scores: w.scores,
            ingevuldDoor: w.ingevuldDoor,
            door: actor.accountId,
          });
        },
        { alleen: 'ontvanger' },
      );
    },

    async rondTaakAf(actor: Actor, id: string, taakId: string): Promise<Recept> {
      return verander(
        actor,
        id,
        async (scope, r) => {
          if (!(await repository.rondTaakAf(scope, r.id, taakId, actor.accountId))) {
            throw new KringError('KRING_NIET_GEVONDEN', 'Deze taak is niet gevonden of al klaar.');
          }
        },
        { alleen: 'ontvanger' },
      );
    },

    /** Closing: the summary for the file, the end status, and what the GP may hear. */
    async sluitAf(actor: Actor, id: string, input: Afsluiting): Promise<Recept> {
      const a = afsluitingSchema.parse(input);
      return verander(
        actor,
        id,
        async (scope, r, kant) => {
          await zetStatus(
            scope,
            r,
            a.status,
            a.status === 'failed' ? a.reden || a.samenvatting : a.reden,
            kant,
            actor,
          );
          await repository.wijzig(scope, r.id, { samenvatting: a.samenvatting });
          await meldTerug(scope, r.id, 'afgesloten', a.terugkoppeling);
        },
        { alleen: 'ontvanger' },
      );
    },

    /** Configuration (demo seed, functioneel beheerder): a practice (null: all) may refer here. */
    async stelOntvangerIn(
      scope: GemeenteScope,
      organisatieId: string,
      praktijkId: string | null,
    ): Promise<void> {
      await repository.voegOntvangerToe(scope, organisatieId, praktijkId);
    },

    /** Where each practice refers to (functioneel beheerder). */
    async ontvangerRegels(actor: Actor): Promise<OntvangerRegels> {
      requireRol(actor, 'functioneel-beheerder');
      const scope = scopeOf(actor.gemeenteId);
      const [regels, orgs] = await Promise.all([
        repository.ontvangerRegels(scope),
        repository.organisatiesMetSoort(scope),
      ]);
      return {
        regels: regels.map((r) => ({
          organisatieId: r.organisatie_id,
          organisatie: r.organisatie,
          praktijkId: r.praktijk_id,
          praktijk: r.praktijk ?? null,
        })),
        organisaties: orgs
          .filter((o) => o.soort !== 'huisartsenpraktijk')
          .map((o) => ({ id: o.id, naam: o.naam })),
        praktijken: orgs
          .filter((o) => o.soort === 'huisartsenpraktijk')
          .map((o) => ({ id: o.id, naam: o.naam })),
      };
    },

    async zetOntvangerRegels(actor: Actor, input: OntvangerRegelsInvoer): Promise<OntvangerRegels> {
      requireRol(actor, 'functioneel-beheerder');
      const v = ontvangerRegelsInvoerSchema.parse(input);
      const scope = scopeOf(actor.gemeenteId);
      const orgs = new Map(
        (await repository.organisatiesMetSoort(scope)).map((o) => [o.id, o.soort]),
      );
      const fouten: { name: string; reason: string }[] = [];
      v.regels.forEach((r, i) => {
        const soort = orgs.get(r.organisatieId);
        if (!soort || soort === 'huisartsenpraktijk') {
          fouten.push({
            name: `body.regels.${i}.organisatieId`,
            reason: 'Kies een organisatie met welzijnscoaches, geen huisartsenpraktijk.',
          });
        }
        if (r.praktijkId !== null && orgs.get(r.praktijkId) !== 'huisartsenpraktijk') {
          fouten.push({
            name: `body.regels.${i}.praktijkId`,
            reason: 'Kies een huisartsenpraktijk van deze gemeente.',
          });
        }
      });
      if (fouten.length > 0) throw veldFouten(fouten);
      await scope.transaction((s) => repository.vervangOntvangerRegels(s, v.regels));
      return this.ontvangerRegels(actor);
    },

    async instellingen(actor: Actor): Promise<Instellingen> {
      return { dimensies: await dimensies(scopeOf(actor.gemeenteId)) };
    },

    async zetInstellingen(actor: Actor, input: Instellingen): Promise<Instellingen> {
      requireRol(actor, 'functioneel-beheerder');
      const v = instellingenSchema.parse(input);
      if (new Set(v.dimensies).size !== v.dimensies.length) {
        throw veldFouten([{ name: 'body.dimensies', reason: 'Elk onderdeel mag maar één keer.' }]);
      }
      await repository.zetDimensies(scopeOf(actor.gemeenteId), v.dimensies);
      return { dimensies: v.dimensies };
    },

    /**
     * The evaluation, aggregated only: the gemeente's policy staff see every practice, a GP
     * sees their own practice. No person is read, so nothing is logged per person.
     */
    async evaluatie(
      actor: Actor,
      q: { praktijkId?: string | undefined; van?: string | undefined; tot?: string | undefined },
    ): Promise<Evaluatie> {
      const scope = scopeOf(actor.gemeenteId);
      let praktijkId = q.praktijkId;
      if (!actor.rollen.some((r) => r.rol === 'beleidsmedewerker')) {
        const eigen = praktijkVan(actor);
        if (praktijkId && praktijkId !== eigen) {
          throw new KringError(
            'KRING_GEEN_TOEGANG',
            'U ziet alleen de cijfers van uw eigen praktijk.',
          );
        }
        praktijkId = eigen;
      }
      const vandaag = datumInNederland(new Date());
      const tot = q.tot ?? vandaag;
      const van = q.van ?? `${maandenNa(tot, -11).slice(0, 7)}-01`;
      if (van > tot) {
        throw veldFouten([
          { name: 'querystring.van', reason: 'De begindatum ligt na de einddatum.' },
        ]);
      }
      const [rijen, dims, alle] = await Promise.all([
        repository.evaluatieRijen(scope, { van, tot, praktijkId }),
        dimensies(scope),
        repository.praktijken(scope),
      ]);
      const e = evalueer(
        rijen.map((r) => ({
          status: r.status,
          verstuurdOp: r.verstuurd_op!,
          eersteContactOp: r.eerste_contact_op ?? null,
          activiteitSoort: r.aanbod_soort,
          start: (r.start as Record<string, number> | null) ?? null,
          vervolg: (r.vervolg as Record<string, number> | null) ?? null,
        })),
        { van, tot, vandaag, dimensies: dims },
      );
      const praktijken = actor.rollen.some((r) => r.rol === 'beleidsmedewerker')
        ? alle
        : alle.filter((p) => p.id === praktijkId);
      return { praktijken, ...e };
    },

    async evaluatieCsv(
      actor: Actor,
      q: { praktijkId?: string | undefined; van?: string | undefined; tot?: string | undefined },
    ): Promise<string> {
      const { praktijken: _, ...e } = await this.evaluatie(actor, q);
      return evaluatieCsv(e);
    },

    /**
     * The daily job: the follow-up task three months after the activity started, and a
     * reminder to the coach (or the organisation's coaches) when the first contact is late.
     */
    async voerTermijnenUit(
      nu: Date = new Date(),
    ): Promise<{ taken: number; herinneringen: number }> {
      const vandaag = datumInNederland(nu);
      let taken = 0;
      let herinneringen = 0;
      for (const gemeenteId of await gemeenten.alleIds()) {
        const scope = scopeOf(gemeenteId);
        for (const r of await repository.vervolgNodig(scope, vandaag)) {
          if (await repository.maakTaak(scope, r.id, r.vervolg_op!)) {
            taken++;
            melder.meld(r.coach_id, 'herinnering', `/werkplek/welzijnsrecepten/${r.id}`);
          }
        }
        const dag = new Date(nu.getTime() - 20 * 3_600_000);
        for (const r of await repository.eersteContactTeLaat(scope, vandaag, dag)) {
          await repository.wijzig(scope, r.id, { herinnerd_op: nu });
          const wie = r.coach_id
            ? [r.coach_id]
            : await repository.coachesVan(scope, r.ontvanger_id);
          for (const a of wie) melder.meld(a, 'herinnering', `/werkplek/welzijnsrecepten/${r.id}`);
          herinneringen++;
        }
      }
      return { taken, herinneringen };
    },

    /** For the FHIR endpoint: the referral as the data of its Task. */
    async fhirTaak(actor: Actor, id: string): Promise<TaakGegevens> {
      return naarTaak(await this.recept(actor, id));
    },

    /** For the FHIR endpoint: the referrals of the actor's practice, optionally filtered. */
    async fhirTaken(
      actor: Actor,
      filter: { status?: TaakStatus[]; gewijzigdNa?: Date },
    ): Promise<TaakGegevens[]> {
      const { recepten } = await this.recepten(actor, 'verwijzer');
      const gekozen = recepten.filter(
        (r) =>
          (!filter.status || filter.status.includes(r.status)) &&
          (!filter.gewijzigdNa || new Date(r.gewijzigdOp) > filter.gewijzigdNa),
      );
      const uit: TaakGegevens[] = [];
      for (const r of gekozen) uit.push(naarTaak(await this.recept(actor, r.id)));
      return uit;
    },

    bron: {
      naam: 'welzijnsrecepten',
      categorie: 'intake' as const,
      inzage: async (scope: GemeenteScope, persoonId: string) => {
        const rijen = await repository.vanPersoon(scope, persoonId);
        const uit = [];
        for (const r of rijen) uit.push(await toRecept(scope, r, 'ontvanger'));
        return uit;
      },
      wis: (scope: GemeenteScope, persoonId: string) => repository.wis(scope, persoonId),
    },
  };
}

function naarTaak(r: Recept): TaakGegevens {
  return {
    id: r.id,
    status: r.status,
    ...(r.statusReden ? { statusReden: r.statusReden } : {}),
    serviceRequestId: r.id,
    persoonId: r.persoon.id,
    praktijkId: r.praktijk.id,
    ontvangerId: r.ontvanger.id,
    aangemaakt: r.aangemaaktOp,
    gewijzigd: r.gewijzigdOp,
    terugkoppelingen: r.terugkoppelingen.map((t) => ({ moment: t.moment, tekst: t.tekst })),
  };
}

export type WelzijnsreceptService = ReturnType<typeof createWelzijnsreceptService>;
