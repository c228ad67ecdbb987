import type { KoppelingStatus } from '../../../shared/loket.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { KringError } from '../../platform/http/problem.ts';
import type { Melder, MeldingSoort } from '../../platform/mail/melder.ts';
import type { GemeenteScope, ScopeFactory } from '../../platform/tenancy/gemeente-scope.ts';
import type { HulpaanbodService } from '../hulpaanbod/service.ts';
import { DOEL_HULPVRAAG } from '../hulpvragen/service.ts';
import type { PersonenService } from '../personen/service.ts';
import type { ToegangService } from '../toegang/service.ts';
import type { EvaluatieInvoer, LoketStap, MijnStap } from './model.ts';
import type { KoppelingenRepository, KoppelingRij } from './repository.ts';
import { type Kant, volgende, zichtbaarVoor } from './stappen.ts';
import { evaluatieOpen, type VoortgangRij, volgendeActie } from './voortgang.ts';

export interface VoortgangDeps {
  scopeOf: ScopeFactory;
  repository: KoppelingenRepository;
  toegang: ToegangService;
  personen: PersonenService;
  hulpaanbod: Pick<HulpaanbodService, 'voorKoppeling'>;
  melder: Melder;
}

export const nietGevonden = () =>
  new KringError('KRING_NIET_GEVONDEN', 'Deze koppeling is niet gevonden.');

const nietNu = () =>
  new KringError('KRING_CONFLICT', 'Deze stap kan nu niet. Kijk wat de koppeling nu nodig heeft.');

/** The row's facts for the pure rules of voortgang.ts. */
export function voortgangRij(r: KoppelingRij, geevalueerd: readonly Kant[]): VoortgangRij {
  return {
    status: r.status as KoppelingStatus,
    sinds: r.gewijzigd_op,
    herinnerdOp: r.herinnerd_op,
    actiefSinds: r.actief_sinds,
    evaluatieGevraagdOp: r.evaluatie_gevraagd_op,
    geevalueerd,
  };
}

/**
 * The match after the proposal: the coordinator's steps (approve a stored proposal, withdraw,
 * start, end), the steps of the two people (the introduction went well, stop), the
 * evaluation a month after the start, and the daily job that reminds whoever a match waits
 * for. Every step goes through the state machine (stappen.ts) inside one transaction with
 * the match locked, and is recorded in koppeling_stappen.
 */
export function createVoortgangService(deps: VoortgangDeps) {
  const { scopeOf, repository, toegang, personen, hulpaanbod, melder } = deps;

  async function accounts(scope: GemeenteScope, r: KoppelingRij) {
    const [inwoner, vrijwilliger] = await Promise.all([
      personen.rij(scope, r.inwoner_persoon_id),
      personen.rij(scope, r.vrijwilliger_persoon_id),
    ]);
    return { inwoner: inwoner?.account_id ?? null, vrijwilliger: vrijwilliger?.account_id ?? null };
  }

  async function eigenKant(scope: GemeenteScope, id: string, persoonId: string) {
    const r = await repository.vergrendel(scope, id);
    if (!r || (r.inwoner_persoon_id !== persoonId && r.vrijwilliger_persoon_id !== persoonId)) {
      throw nietGevonden();
    }
    const kant: Exclude<Kant, 'coordinator'> =
      r.inwoner_persoon_id === persoonId ? 'inwoner' : 'vrijwilliger';
    if (!zichtbaarVoor(r.status as KoppelingStatus, kant)) throw nietGevonden();
    return { r, kant };
  }

  /** Who hears of a step, and with which (content-free) mail. */
  function meldStap(
    naar: KoppelingStatus,
    vorige: KoppelingStatus,
    wie: { inwoner: string | null; vrijwilliger: string | null },
    door: Kant,
  ) {
    const anderen = (['inwoner', 'vrijwilliger'] as const).filter((k) => k !== door);
    const stuur = (soort: MeldingSoort, kanten: readonly ('inwoner' | 'vrijwilliger')[]) => {
      for (const k of kanten) melder.meld(wie[k], soort);
    };
    if (naar === 'goedgekeurd') stuur('voorstel', ['vrijwilliger']);
    else if (naar === 'beeindigd') stuur('gestopt', anderen);
    else if (naar === 'actief') stuur('antwoord', anderen);
    else if (naar === 'afgewezen') {
      // The resident heard of the proposal only once the volunteer said yes.
      stuur('antwoord', vorige === 'vrijwilliger-akkoord' ? anderen : ['vrijwilliger']);
    }
  }

  return {
    /** A step of the coordinator of the request's organisation. */
    async stapLoket(actor: Actor, id: string, stap: LoketStap): Promise<void> {
      const r0 = await repository.find(scopeOf(actor.gemeenteId), id);
      if (!r0) throw nietGevonden();
      // A colleague may take the step: joining the case team goes through the consent.
      await personen.neemOpViaToestemming(actor, r0.inwoner_persoon_id, 'intake', DOEL_HULPVRAAG);
      const gevolg = await toegang.uitvoeren(
        actor,
        { persoonId: r0.inwoner_persoon_id, categorie: 'intake', actie: 'wijzigen' },
        async (scope, toegestaan) => {
          const r = await repository.vergrendel(scope, id);
          if (!r) throw nietGevonden();
          if (r.organisatie_id !== toegestaan.organisatieId) {
            throw new KringError(
              'KRING_GEEN_TOEGANG',
              'Deze koppeling hoort bij een andere organisatie.',
            );
          }
          const vorige = r.status as KoppelingStatus;
          const naar = volgende(vorige, stap.handeling, 'coordinator');
          if (!naar) throw nietNu();
          if (stap.handeling === 'goedkeuren') {
            const aanbod = await hulpaanbod.voorKoppeling(scope, r.aanbod_id);
            if (aanbod?.status !== 'goedgekeurd') {
              throw new KringError('KRING_CONFLICT', 'Deze vrijwilliger doet nu niet mee.');
            }
          }
          await repository.zetStatus(scope, id, naar, {
            door: actor.accountId,
            reden: stap.toelichting || null,
            eindeReden: stap.reden ?? null,
          });
          return { naar, vorige, wie: await accounts(scope, r) };
        },
      );
      meldStap(gevolg.naar, gevolg.vorige, gevolg.wie, 'coordinator');
    },

    /** A step of one of the two people: the introduction went well (starten), or stop. */
    async stapMijn(actor: Actor, id: string, stap: MijnStap): Promise<void> {
      const persoonId = await toegang.eigenPersoonId(actor);
      if (!persoonId) throw nietGevonden();
      const gevolg = await toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'contact', actie: 'wijzigen' },
        async (scope) => {
          const { r, kant } = await eigenKant(scope, id, persoonId);
          const vorige = r.status as KoppelingStatus;
          const naar = volgende(vorige, stap.handeling, kant);
          if (!naar) throw nietNu();
          await repository.zetStatus(scope, id, naar, {
            door: actor.accountId,
            reden: stap.toelichting || null,
            eindeReden: stap.reden ?? null,
          });
          return { naar, vorige, kant, wie: await accounts(scope, r) };
        },
      );
      meldStap(gevolg.naar, gevolg.vorige, gevolg.wie, gevolg.kant);
    },

    /** One side's answer to "how does it go?"; once, and only while it is asked. */
    async evalueer(actor: Actor, id: string, input: EvaluatieInvoer): Promise<void> {
      const persoonId = await toegang.eigenPersoonId(actor);
      if (!persoonId) throw nietGevonden();
      await toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'contact', actie: 'wijzigen' },
        async (scope) => {
          const { r, kant } = await eigenKant(scope, id, persoonId);
          const gegeven = (await repository.evaluaties(scope, [id])).map((e) => e.kant as Kant);
          if (gegeven.includes(kant)) {
            throw new KringError('KRING_CONFLICT', 'U heeft al verteld hoe het gaat. Dank u wel.');
          }
          if (!evaluatieOpen(voortgangRij(r, gegeven), kant)) {
            throw new KringError(
              'KRING_CONFLICT',
              'Wij vragen hoe het gaat als u elkaar een maand helpt. Dat is nu nog niet.',
            );
          }
          await repository.evaluatieOpslaan(scope, {
            koppelingId: id,
            kant,
            oordeel: input.oordeel,
            doorgaan: input.doorgaan,
            opmerking: input.opmerking || null,
            door: actor.accountId,
          });
        },
      );
    },

    /**
     * The daily job for one gemeente: reminds the side a match waits for, asks both sides
     * for the evaluation a month after the start. Reads only statuses, dates and account ids
     * and sends mails without content, so nothing of a person is shown to anyone.
     */
    async verwerkVoortgang(
      gemeenteId: number,
      nu: Date = new Date(),
    ): Promise<{ herinneringen: number; evaluaties: number }> {
      const scope = scopeOf(gemeenteId);
      const rijen = await repository.lopendeVoorVoortgang(scope);
      const gegeven = new Map<string, Kant[]>();
      for (const e of await repository.evaluaties(
        scope,
        rijen.filter((r) => r.evaluatie_gevraagd_op).map((r) => r.id),
      )) {
        gegeven.set(e.koppeling_id, [...(gegeven.get(e.koppeling_id) ?? []), e.kant as Kant]);
      }
      let herinneringen = 0;
      let evaluaties = 0;
      for (const r of rijen) {
        const actie = volgendeActie(voortgangRij(r, gegeven.get(r.id) ?? []), nu);
        if (actie.soort === 'geen') continue;
        const wie = await accounts(scope, r);
        if (actie.soort === 'herinner') {
          for (const k of actie.aan) melder.meld(wie[k], 'herinnering');
          herinneringen += actie.aan.length;
          await repository.markeer(scope, r.id, { herinnerdOp: nu });
        } else {
          melder.meld(wie.inwoner, 'evaluatie');
          melder.meld(wie.vrijwilliger, 'evaluatie');
          evaluaties++;
          await repository.markeer(scope, r.id, { evaluatieGevraagdOp: nu });
        }
      }
      return { herinneringen, evaluaties };
    },
  };
}
