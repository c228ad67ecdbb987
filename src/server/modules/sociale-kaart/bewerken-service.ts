import type { Actor } from '../../platform/auth/actor.ts';
import { KringError } from '../../platform/http/problem.ts';
import type { KaartBasis } from './basis-service.ts';
import {
  type Aanbod,
  type AanbodInhoudInvoer,
  aanbodInhoudSchema,
  type Bewerking,
  type MijnAanbod,
  type NieuwAanbodInvoer,
  nieuwAanbodSchema,
} from './model.ts';
import { GEEN_TOEGANG, NIET_GEVONDEN, validatieFout, veldenVan } from './omzetten.ts';
import { isVerouderd } from './versheid.ts';

/** Editing by organisation admins (and the redacteur): proposals, new entries, "still correct". */
export function createBewerkenService(basis: KaartBasis) {
  const {
    scopeOf,
    repository,
    nu,
    controleerInhoud,
    isRedacteur,
    magBewerken,
    aanbodVoorPubliek,
    bewerkingVan,
    teBewerken,
    overgang,
  } = basis;
  return {
    async mijnAanbod(actor: Actor): Promise<MijnAanbod> {
      const scope = scopeOf(actor.gemeenteId);
      const eigen = actor.rollen
        .filter((r) => r.rol === 'organisatiebeheerder' && r.organisatieId)
        .map((r) => r.organisatieId as string);
      if (!isRedacteur(actor) && eigen.length === 0) {
        throw new KringError(
          'KRING_GEEN_TOEGANG',
          'U beheert geen organisatie op de sociale kaart.',
        );
      }
      const rows = await repository.aanbodVanOrganisaties(
        scope,
        isRedacteur(actor) && eigen.length === 0 ? 'alle' : eigen,
      );
      return {
        aanbod: rows.map((r) => ({
          id: r.id,
          naam: r.naam,
          organisatie: { id: r.organisatie_id, naam: r.organisatie_naam },
          gepubliceerd: r.status === 'gepubliceerd',
          voorstelStatus: r.voorstel_status ?? null,
          laatstGecontroleerdOp: r.laatst_gecontroleerd_op.toISOString(),
          verouderd: isVerouderd(r.laatst_gecontroleerd_op, nu()),
        })),
      };
    },

    async bewerking(actor: Actor, aanbodId: string): Promise<Bewerking> {
      const scope = scopeOf(actor.gemeenteId);
      await teBewerken(scope, actor, aanbodId);
      return bewerkingVan(scope, aanbodId);
    },

    /** Saves a draft of a change (a new proposal, or the open one). Nothing is public yet. */
    async slaConceptOp(
      actor: Actor,
      aanbodId: string,
      invoer: AanbodInhoudInvoer,
    ): Promise<Bewerking> {
      const inhoud = aanbodInhoudSchema.parse(invoer);
      const scope = scopeOf(actor.gemeenteId);
      return scope.transaction(async (trx) => {
        const row = await teBewerken(trx, actor, aanbodId);
        await controleerInhoud(trx, row.organisatie_id, inhoud, 'body', row.locatie_id);
        const open = await repository.openVoorstel(trx, aanbodId);
        if (open) {
          const volgende = overgang(actor, open.status, 'bewerken');
          await repository.werkVoorstelBij(trx, open.id, { status: volgende, inhoud });
        } else {
          await repository.maakVoorstel(trx, {
            aanbod_id: aanbodId,
            inhoud,
            gemaakt_door: actor.accountId,
          });
        }
        return bewerkingVan(trx, aanbodId);
      });
    },

    /** A new entry for one's own organisation: a concept until the editor publishes it. */
    async maakAanbod(actor: Actor, invoer: NieuwAanbodInvoer): Promise<Bewerking> {
      const data = nieuwAanbodSchema.parse(invoer);
      if (!magBewerken(actor, data.organisatieId)) throw GEEN_TOEGANG();
      const scope = scopeOf(actor.gemeenteId);
      return scope.transaction(async (trx) => {
        const o = await repository.organisatie(trx, data.organisatieId);
        if (!o) {
          throw validatieFout([
            {
              name: 'body.organisatieId',
              code: 'custom',
              reason: 'Deze organisatie bestaat niet.',
            },
          ]);
        }
        await controleerInhoud(trx, data.organisatieId, data.inhoud, 'body.inhoud');
        const id = await repository.maakAanbod(trx, {
          ...veldenVan(data.organisatieId, data.inhoud),
          status: 'concept',
        });
        await repository.maakVoorstel(trx, {
          aanbod_id: id,
          inhoud: data.inhoud,
          gemaakt_door: actor.accountId,
        });
        await repository.schrijfHistorie(trx, [
          {
            resource_id: id,
            resource_type: 'aanbod',
            actie: 'aangemaakt',
            door_account_id: actor.accountId,
          },
        ]);
        return bewerkingVan(trx, id);
      });
    },

    async dienIn(actor: Actor, aanbodId: string): Promise<Bewerking> {
      const scope = scopeOf(actor.gemeenteId);
      return scope.transaction(async (trx) => {
        await teBewerken(trx, actor, aanbodId);
        const open = await repository.openVoorstel(trx, aanbodId);
        if (!open) throw new KringError('KRING_CONFLICT', 'Er is geen wijziging om in te dienen.');
        const volgende = overgang(actor, open.status, 'indienen');
        await repository.werkVoorstelBij(trx, open.id, { status: volgende, ingediend_op: nu() });
        await repository.schrijfHistorie(trx, [
          {
            resource_id: aanbodId,
            resource_type: 'aanbod',
            actie: 'ingediend',
            door_account_id: actor.accountId,
          },
        ]);
        return bewerkingVan(trx, aanbodId);
      });
    },

    /**
     * Withdraws the open change. An entry that was never published has no other content
     * than its changes: the withdrawn content stays on the (not public) concept entry, so
     * the organisation can pick it up again and nothing it wrote is lost.
     */
    async trekIn(actor: Actor, aanbodId: string): Promise<Bewerking> {
      const scope = scopeOf(actor.gemeenteId);
      return scope.transaction(async (trx) => {
        const row = await teBewerken(trx, actor, aanbodId);
        const open = await repository.openVoorstel(trx, aanbodId);
        if (!open) throw new KringError('KRING_CONFLICT', 'Er is geen wijziging om in te trekken.');
        const volgende = overgang(actor, open.status, 'intrekken');
        await repository.werkVoorstelBij(trx, open.id, { status: volgende });
        if (row.status === 'concept') {
          const inhoud = aanbodInhoudSchema.parse(open.inhoud);
          await repository.werkAanbodBij(trx, aanbodId, veldenVan(row.organisatie_id, inhoud));
          await repository.vervangRoosters(trx, aanbodId, inhoud.roosters);
        }
        await repository.schrijfHistorie(trx, [
          {
            resource_id: aanbodId,
            resource_type: 'aanbod',
            actie: 'ingetrokken',
            door_account_id: actor.accountId,
          },
        ]);
        return bewerkingVan(trx, aanbodId);
      });
    },

    /** "Still correct": the organisation (or editor) confirms the published entry. */
    async bevestig(actor: Actor, aanbodId: string): Promise<Aanbod> {
      const scope = scopeOf(actor.gemeenteId);
      return scope.transaction(async (trx) => {
        const row = await teBewerken(trx, actor, aanbodId);
        if (row.status !== 'gepubliceerd') throw NIET_GEVONDEN();
        const op = nu();
        await repository.markeerGecontroleerd(trx, aanbodId, op);
        await repository.schrijfHistorie(trx, [
          {
            resource_id: aanbodId,
            resource_type: 'aanbod',
            actie: 'gecontroleerd',
            door_account_id: actor.accountId,
          },
        ]);
        return aanbodVoorPubliek(trx, { ...row, laatst_gecontroleerd_op: op });
      });
    },
  };
}
