import type { Actor } from '../../platform/auth/actor.ts';
import { KringError } from '../../platform/http/problem.ts';
import type { KaartBasis } from './basis-service.ts';
import { aanbodInhoudSchema, type Historie, type ModeratieLijst, type Voorstel } from './model.ts';
import { moetHerinneren, verouderdGrens } from './versheid.ts';

/** The redacteur's queue, publishing and returning, history, freshness reminders. */
export function createModeratieService(basis: KaartBasis) {
  const {
    scopeOf,
    repository,
    deps,
    nu,
    controleerInhoud,
    eisRedacteur,
    voorstelVan,
    teBewerken,
    overgang,
    pasToe,
  } = basis;
  return {
    async moderatie(actor: Actor): Promise<ModeratieLijst> {
      eisRedacteur(actor);
      const scope = scopeOf(actor.gemeenteId);
      const voorstellen = await repository.ingediendeVoorstellen(scope);
      const verouderd = await repository.verouderd(scope, verouderdGrens(nu()), 200);
      return {
        voorstellen: await Promise.all(voorstellen.map((v) => voorstelVan(scope, v))),
        verouderd: verouderd.map((v) => ({
          id: v.id,
          naam: v.naam,
          organisatie: { id: v.organisatie_id, naam: v.organisatie_naam },
          laatstGecontroleerdOp: v.laatst_gecontroleerd_op.toISOString(),
          herinnerdOp: v.herinnerd_op?.toISOString() ?? null,
        })),
      };
    },

    async voorstel(actor: Actor, id: string): Promise<Voorstel> {
      eisRedacteur(actor);
      const scope = scopeOf(actor.gemeenteId);
      const v = await repository.voorstel(scope, id);
      if (!v) throw new KringError('KRING_NIET_GEVONDEN', 'Deze wijziging bestaat niet.');
      return voorstelVan(scope, v);
    },

    /** Publishes a submitted change: the entry gets the new content, each changed field goes into the history. */
    async publiceer(actor: Actor, id: string): Promise<Voorstel> {
      eisRedacteur(actor);
      const scope = scopeOf(actor.gemeenteId);
      return scope.transaction(async (trx) => {
        const v = await repository.voorstel(trx, id, true);
        if (!v) throw new KringError('KRING_NIET_GEVONDEN', 'Deze wijziging bestaat niet.');
        const volgende = overgang(actor, v.status, 'publiceren');
        const inhoud = aanbodInhoudSchema.parse(v.inhoud);
        const huidig = await repository.aanbod(trx, v.aanbod_id);
        await controleerInhoud(trx, v.organisatie_id, inhoud, 'inhoud', huidig?.locatie_id ?? null);
        const voorstel = await voorstelVan(trx, v);
        const op = nu();
        await pasToe(trx, v.aanbod_id, v.organisatie_id, inhoud, op);
        await repository.werkVoorstelBij(trx, v.id, {
          status: volgende,
          beoordeeld_door: actor.accountId,
          beoordeeld_op: op,
        });
        await repository.schrijfHistorie(trx, [
          ...voorstel.verschillen.map((d) => ({
            resource_id: v.aanbod_id,
            resource_type: 'aanbod' as const,
            actie: 'gewijzigd',
            veld: d.veld,
            oude_waarde: voorstel.nieuwAanbod ? null : d.oud,
            nieuwe_waarde: d.nieuw,
            door_account_id: v.gemaakt_door,
          })),
          {
            resource_id: v.aanbod_id,
            resource_type: 'aanbod',
            actie: 'gepubliceerd',
            door_account_id: actor.accountId,
          },
        ]);
        return { ...voorstel, status: volgende, beoordeeldOp: op.toISOString() };
      });
    },

    async stuurTerug(actor: Actor, id: string, opmerking: string): Promise<Voorstel> {
      eisRedacteur(actor);
      const scope = scopeOf(actor.gemeenteId);
      return scope.transaction(async (trx) => {
        const v = await repository.voorstel(trx, id, true);
        if (!v) throw new KringError('KRING_NIET_GEVONDEN', 'Deze wijziging bestaat niet.');
        const volgende = overgang(actor, v.status, 'terugsturen');
        const op = nu();
        await repository.werkVoorstelBij(trx, v.id, {
          status: volgende,
          opmerking,
          beoordeeld_door: actor.accountId,
          beoordeeld_op: op,
        });
        await repository.schrijfHistorie(trx, [
          {
            resource_id: v.aanbod_id,
            resource_type: 'aanbod',
            actie: 'teruggestuurd',
            opmerking,
            door_account_id: actor.accountId,
          },
        ]);
        return voorstelVan(trx, { ...v, status: volgende, opmerking, beoordeeld_op: op });
      });
    },

    async historie(actor: Actor, aanbodId: string): Promise<Historie> {
      const scope = scopeOf(actor.gemeenteId);
      await teBewerken(scope, actor, aanbodId);
      const rows = await repository.historie(scope, aanbodId);
      return {
        items: rows.map((r) => ({
          actie: r.actie,
          veld: r.veld,
          oudeWaarde: r.oude_waarde,
          nieuweWaarde: r.nieuwe_waarde,
          opmerking: r.opmerking,
          door: r.door,
          op: r.op.toISOString(),
        })),
      };
    },

    // ---- freshness ----

    /**
     * Reminds the admins of every organisation with stale entries (by mail when they have
     * an address) and records the reminder. Returns how many organisations were reminded.
     */
    async herinnerVerouderd(gemeenteId: number): Promise<number> {
      const scope = scopeOf(gemeenteId);
      const moment = nu();
      const kandidaten = (await repository.verouderd(scope, verouderdGrens(moment), 10_000)).filter(
        (a) => moetHerinneren(a.laatst_gecontroleerd_op, a.herinnerd_op, moment),
      );
      const perOrganisatie = new Map<string, typeof kandidaten>();
      for (const a of kandidaten) {
        perOrganisatie.set(a.organisatie_id, [...(perOrganisatie.get(a.organisatie_id) ?? []), a]);
      }
      let aantal = 0;
      for (const [organisatieId, aanbod] of perOrganisatie) {
        const beheerders = await repository.organisatiebeheerders(scope, organisatieId);
        const metMail = beheerders.filter(
          (b): b is { id: string; email: string } => b.email !== null,
        );
        for (const b of metMail) {
          const link = deps.publicUrl
            ? `${deps.publicUrl}/sociale-kaart/mijn-aanbod`
            : '/sociale-kaart/mijn-aanbod';
          const namen = aanbod.map((a) => `- ${a.naam}`).join('\n');
          await deps.mailer.send({
            aan: b.email,
            onderwerp: 'Klopt uw informatie op de sociale kaart nog?',
            tekst: `Goedendag,\n\nU heeft deze informatie al een half jaar niet gecontroleerd:\n${namen}\n\nKijk of alles nog klopt. Klopt het? Klik dan op "Klopt nog". Is er iets veranderd? Pas het dan aan.\n\n${link}\n\nMet vriendelijke groet,\nKring`,
            html: `<p>Goedendag,</p><p>U heeft deze informatie al een half jaar niet gecontroleerd:</p><ul>${aanbod
              .map((a) => `<li>${a.naam.replace(/[<>&"]/g, '')}</li>`)
              .join(
                '',
              )}</ul><p>Kijk of alles nog klopt. Klopt het? Klik dan op "Klopt nog". Is er iets veranderd? Pas het dan aan.</p><p><a href="${link}">Naar mijn aanbod</a></p><p>Met vriendelijke groet,<br>Kring</p>`,
          });
        }
        await scope.transaction(async (trx) => {
          await repository.markeerHerinnerd(
            trx,
            aanbod.map((a) => a.id),
            moment,
          );
          await repository.schrijfHerinnering(trx, {
            organisatie_id: organisatieId,
            aantal_aanbod: aanbod.length,
            aantal_ontvangers: metMail.length,
            per_mail: metMail.length > 0,
          });
        });
        aantal++;
      }
      if (aantal > 0)
        deps.logger.info(
          { gemeenteId, organisaties: aantal },
          'sociale kaart: herinneringen verstuurd',
        );
      return aantal;
    },

    async herinneringen(gemeenteId: number) {
      return repository.herinneringen(scopeOf(gemeenteId));
    },
  };
}
