import type { Logger } from 'pino';
import type { Actor } from '../../platform/auth/actor.ts';
import { KringError, veldFouten } from '../../platform/http/problem.ts';
import { datumInNederland } from '../../platform/kalender.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import { maakBundel } from '../../platform/pdf/document.ts';
import type { GemeenteScope, ScopeFactory } from '../../platform/tenancy/gemeente-scope.ts';
import type { PrivacyService } from '../privacy/service.ts';
import type { ToegangService } from '../toegang/service.ts';
import { datumVoluit } from './brieven.ts';
import {
  type CodeWaardering,
  codeAanvraagSchema,
  codebrievenSchema,
  codeControleSchema,
  type Zorgrelatie,
} from './model.ts';
import type { AanvraagRij, MantelzorgRepository, RondeRij } from './repository.ts';
import { type Beoordeling, staatOpen } from './waardering-regels.ts';
import {
  type Codebriefgegevens,
  codeBruikbaar,
  codebrief,
  codeHash,
  codemail,
  nieuweCode,
  normaliseerCode,
} from './waarderingscode.ts';
import type { WaarderingscodeRepository } from './waarderingscode-repository.ts';

/** Where a carer applies with their code (the web app's page; printed in the letter). */
export const CODE_PAD = '/mijn-kring/mantelzorg/code';
export const DOEL_CODE = 'Mantelzorgwaardering: u vraagt het aan met de code uit uw brief';

export interface WaarderingscodeDeps {
  scopeOf: ScopeFactory;
  repository: MantelzorgRepository;
  codes: WaarderingscodeRepository;
  toegang: Pick<ToegangService, 'zoeken' | 'vastleggen'>;
  privacy: Pick<PrivacyService, 'legToestemmingVast'>;
  mailer: Pick<Mailer, 'send'>;
  logger: Logger;
  publicUrl: string | undefined;
  /** The consent the steunpunt gets with an application (the same as in the portal). */
  doelWaardering: string;
  beoordeel: (
    scope: GemeenteScope,
    ronde: RondeRij,
    a: Pick<AanvraagRij, 'id' | 'relatie_id' | 'bevestigd'>,
  ) => Promise<Beoordeling>;
  moetConsulent: (actor: Actor, organisatieId?: string) => string[];
}

const conflict = (tekst: string) => new KringError('KRING_CONFLICT', tekst);
/** One answer for a wrong, used, revoked or expired code: it tells a guesser nothing. */
const codeWerktNiet = () =>
  veldFouten([
    {
      name: 'body.code',
      reason:
        'Deze code werkt niet. Kijk of u de code goed heeft overgenomen. Lukt het niet? Bel het steunpunt.',
    },
  ]);
const alAangevraagd = () =>
  conflict('U heeft de waardering al aangevraagd. Het steunpunt bekijkt uw aanvraag.');

/**
 * Applying for the mantelzorgwaardering with a one-time code, for carers without a Kring
 * account (waarderingscode.ts): the consulent makes the letters (and e-mails) for a campaign;
 * the carer checks the code and applies on a public page. The person is known by the code
 * alone, so what the page shows is the least that lets them check it is theirs: the campaign
 * and their relationship and hours — no names. Reads and the application are logged as the
 * person's own (account unknown, the client address kept).
 */
export function createWaarderingscodeService(d: WaarderingscodeDeps) {
  const vandaag = () => datumInNederland(new Date());

  /** The relations still to apply for; with the care recipient's e-mail when they must confirm. */
  async function teAanvragen(scope: GemeenteScope, ronde: RondeRij, persoonId: string) {
    const gedaan = new Set(
      (await d.repository.aanvragenVanPersoon(scope, persoonId))
        .filter((a) => a.ronde_id === ronde.id)
        .map((a) => a.relatie_id),
    );
    return (await d.repository.relatiesVan(scope, persoonId)).filter(
      (r) => !gedaan.has(r.id) && (!ronde.bevestiging_nodig || r.zorgvrager_email !== null),
    );
  }

  /** The code's row and campaign, locked; or the one error for every code that does not work. */
  async function geldigeCode(scope: GemeenteScope, invoer: string) {
    const genormaliseerd = normaliseerCode(invoer);
    const code = genormaliseerd ? await d.codes.vergrendel(scope, codeHash(genormaliseerd)) : null;
    const dag = vandaag();
    const bruikbaar =
      code &&
      codeBruikbaar(
        {
          geldigTot: code.geldig_tot,
          gebruiktOp: code.gebruikt_op,
          ingetrokkenOp: code.ingetrokken_op,
        },
        dag,
      );
    const ronde = bruikbaar ? await d.repository.ronde(scope, code.ronde_id) : undefined;
    if (!code || !ronde) {
      // Counted in the log without the code, so a wave of guesses shows up.
      d.logger.warn({ gemeenteId: scope.gemeenteId }, 'one-time code refused');
      throw codeWerktNiet();
    }
    if (!staatOpen({ openVanaf: ronde.open_vanaf, deadline: ronde.deadline }, dag)) {
      throw conflict(`U kunt de waardering aanvragen vanaf ${datumVoluit(ronde.open_vanaf)}.`);
    }
    return { code, ronde };
  }

  /** The access-log row: the person themselves, known by the code. */
  function logCode(
    scope: GemeenteScope,
    persoonId: string,
    actie: 'lezen' | 'aanmaken',
    ip: string,
  ) {
    return d.toegang.vastleggen(scope, [
      {
        actie,
        uitkomst: 'toegestaan',
        accountId: null,
        namensPersoonId: null,
        rol: 'inwoner',
        organisatieId: null,
        persoonId,
        categorie: 'netwerk',
        grondslag: 'eigen-gegevens',
        doel: DOEL_CODE,
        ip,
        doorbraak: false,
      },
    ]);
  }

  return {
    /**
     * The consulent makes the letters for a campaign: one per carer of their steunpunt who has
     * no account, has not applied yet and has no working code (`opnieuw`: also those, whose
     * old code then stops). Each gets a new code; who has an e-mail address gets it by e-mail
     * too. The letters come back as one PDF to print. The codes are saved before any mail goes.
     */
    async codebrieven(actor: Actor, rondeId: string, input: unknown) {
      const v = codebrievenSchema.parse(input ?? {});
      d.moetConsulent(actor);
      const scope0 = d.scopeOf(actor.gemeenteId);
      const ronde = await d.repository.ronde(scope0, rondeId);
      if (!ronde) throw new KringError('KRING_NIET_GEVONDEN', 'Deze waardering is niet gevonden.');
      d.moetConsulent(actor, ronde.organisatie_id);
      if (ronde.wie_mag_aanvragen === 'zorgvrager') {
        throw conflict(
          'In deze waardering vraagt de persoon voor wie gezorgd wordt het aan. Brieven met een code zijn voor mantelzorgers.',
        );
      }
      if (vandaag() > ronde.deadline) {
        throw conflict('Deze waardering is gesloten. Een nieuwe code werkt niet meer.');
      }
      const mantelzorgers = await d.toegang.zoeken(actor, 'contact', async (scope) => {
        const perPersoon = new Map<
          string,
          { id: string; naam: string; email: string | null; postcode: string | null }
        >();
        for (const k of await d.codes.codeKandidaten(scope, ronde.id, ronde.organisatie_id)) {
          if (ronde.bevestiging_nodig && !k.zorgvragerEmail) continue;
          if (k.heeftCode && !v.opnieuw) continue;
          perPersoon.set(k.persoonId, {
            id: k.persoonId,
            naam: k.naam ?? '',
            email: k.email,
            postcode: k.postcode,
          });
        }
        return [...perPersoon.values()];
      });
      if (mantelzorgers.length === 0) {
        throw conflict(
          'Niemand heeft nu een brief nodig. Iedereen zonder account heeft al een code, of heeft al aangevraagd.',
        );
      }
      const brieven = mantelzorgers.map((m) => ({ m, code: nieuweCode() }));
      await scope0.transaction(async (scope) => {
        await d.codes.trekIn(
          scope,
          ronde.id,
          brieven.map((b) => b.m.id),
        );
        for (const { m, code } of brieven) {
          await d.codes.insertCode(scope, {
            rondeId: ronde.id,
            persoonId: m.id,
            hash: codeHash(normaliseerCode(code)!),
            geldigTot: ronde.deadline,
            door: actor.accountId,
          });
        }
      });
      const datum = vandaag();
      const gegevens = brieven.map(
        ({ m, code }): Codebriefgegevens => ({
          naam: m.naam,
          postcode: m.postcode,
          jaar: ronde.jaar,
          vorm: ronde.vorm as Codebriefgegevens['vorm'],
          bedragCent: ronde.bedrag_cent,
          deadline: ronde.deadline,
          code,
          adres: `${d.publicUrl ?? ''}${CODE_PAD}`,
          datum,
        }),
      );
      let mails = 0;
      for (const [i, { m }] of brieven.entries()) {
        if (!m.email) continue;
        try {
          await d.mailer.send({ aan: m.email, ...codemail(gegevens[i]!) });
          mails++;
        } catch (err) {
          // The letter in the PDF still carries the code.
          d.logger.error({ err }, 'one-time code e-mail not sent');
        }
      }
      const pdf = await maakBundel(
        `Mantelzorgwaardering ${ronde.jaar}: brieven met code`,
        'nl',
        gegevens.map(codebrief),
      );
      return { pdf, brieven: brieven.length, mails };
    },

    /** The carer checks their code: the campaign, and the care it is for. */
    async controleerCode(gemeenteId: number, ip: string, input: unknown): Promise<CodeWaardering> {
      const v = codeControleSchema.parse(input);
      return d.scopeOf(gemeenteId).transaction(async (scope) => {
        const { code, ronde } = await geldigeCode(scope, v.code);
        const zorg = await teAanvragen(scope, ronde, code.persoon_id);
        if (zorg.length === 0) throw alAangevraagd();
        await logCode(scope, code.persoon_id, 'lezen', ip);
        return {
          jaar: ronde.jaar,
          vorm: ronde.vorm as CodeWaardering['vorm'],
          bedragCent: ronde.bedrag_cent,
          deadline: ronde.deadline,
          zorg: zorg.map((r) => ({
            relatie: r.relatie as Zorgrelatie['relatie'],
            urenPerWeek: r.uren_per_week,
          })),
        };
      });
    },

    /**
     * The carer applies with their code, for every relation still open, in one transaction:
     * the applications with the rules' outcome, the consent for the steunpunt, the code used.
     */
    async vraagAanMetCode(gemeenteId: number, ip: string, input: unknown) {
      const v = codeAanvraagSchema.parse(input);
      return d.scopeOf(gemeenteId).transaction(async (scope) => {
        const { code, ronde } = await geldigeCode(scope, v.code);
        const zorg = await teAanvragen(scope, ronde, code.persoon_id);
        if (zorg.length === 0) throw alAangevraagd();
        for (const r of zorg) {
          const b = await d.beoordeel(scope, ronde, { id: '', relatie_id: r.id, bevestigd: null });
          await d.repository.insertAanvraag(scope, {
            rondeId: ronde.id,
            relatieId: r.id,
            door: null,
            status: ronde.bevestiging_nodig ? 'wacht-op-bevestiging' : 'te-beoordelen',
            regeluitkomst: b.regels,
            viaCode: true,
          });
        }
        await d.privacy.legToestemmingVast(scope, code.persoon_id, {
          organisatieId: ronde.organisatie_id,
          categorieen: ['contact', 'netwerk'],
          doel: d.doelWaardering,
        });
        await d.codes.gebruikt(scope, code.id);
        await logCode(scope, code.persoon_id, 'aanmaken', ip);
        return { jaar: ronde.jaar, aanvragen: zorg.length };
      });
    },
  };
}
