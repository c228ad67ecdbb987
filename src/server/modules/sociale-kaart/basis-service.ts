import type { Logger } from 'pino';
import { type Actor, heeftRol } from '../../platform/auth/actor.ts';
import { type InvalidParam, KringError } from '../../platform/http/problem.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import type { GemeenteScope, ScopeFactory } from '../../platform/tenancy/gemeente-scope.ts';
import {
  type Aanbod,
  type AanbodInhoud,
  aanbodInhoudSchema,
  type Bewerking,
  type PubliekeLocatie,
  type Taxonomie,
  type Voorstel,
} from './model.ts';
import { magActie, type VoorstelActie, volgendeStatus } from './moderatie.ts';
import {
  GEEN_TOEGANG,
  inhoudVan,
  metWoorden,
  NIET_GEVONDEN,
  validatieFout,
  veldenVan,
} from './omzetten.ts';
import type { SocialeKaartRepository } from './repository.ts';
import type { AanbodRij, VoorstelRij } from './rijen.ts';
import { type Namen, verschillen } from './verschil.ts';
import { isVerouderd } from './versheid.ts';

export interface SocialeKaartDeps {
  mailer: Mailer;
  logger: Logger;
  publicUrl?: string | undefined;
  /** The clock; tests move it. */
  nu?: () => Date;
  /** Search answers kept per gemeente until the data changes (KRING_ZOEK_CACHE; 0 = none). */
  zoekCache?: number | undefined;
}

/** The helpers every part of the sociale-kaart service shares. */
export function createKaartBasis(
  scopeOf: ScopeFactory,
  repository: SocialeKaartRepository,
  deps: SocialeKaartDeps,
) {
  const nu = deps.nu ?? (() => new Date());

  async function namenVoor(scope: GemeenteScope): Promise<Namen & { taxonomieen: Taxonomie[] }> {
    const { taxonomieen, termen } = await repository.taxonomieen(scope);
    const perCode = new Map<string, string>();
    const lijst: Taxonomie[] = taxonomieen.map((t) => ({
      id: t.id,
      code: t.code,
      naam: t.naam,
      beschrijving: t.beschrijving,
      termen: termen
        .filter((term) => term.taxonomie_id === t.id)
        .map((term) => {
          perCode.set(`${t.code}:${term.code}`, term.naam);
          return {
            id: term.id,
            code: term.code,
            naam: term.naam,
            naamEn: term.naam_en,
            bovenliggendId: term.bovenliggend_id,
          };
        }),
    }));
    const locatieNamen = new Map<string, string>();
    return {
      taxonomieen: lijst,
      term: (taxonomie, code) => perCode.get(`${taxonomie}:${code}`) ?? code,
      locatie: (id) => locatieNamen.get(id) ?? id,
    };
  }

  /** Namen, with the location names an inhoud refers to filled in. */
  async function namenMetLocaties(scope: GemeenteScope, ...inhouden: (AanbodInhoud | null)[]) {
    const namen = await namenVoor(scope);
    const namenPerLocatie = new Map<string, string>();
    for (const inhoud of inhouden) {
      if (inhoud?.locatieId && !namenPerLocatie.has(inhoud.locatieId)) {
        const l = await repository.locatie(scope, inhoud.locatieId);
        if (l) namenPerLocatie.set(l.id, `${l.naam}, ${l.plaats}`);
      }
    }
    return { ...namen, locatie: (id: string) => namenPerLocatie.get(id) ?? id };
  }

  /** Taxonomy codes must exist in the gemeente; a location must be the organisation's own. */
  async function controleerInhoud(
    scope: GemeenteScope,
    organisatieId: string,
    inhoud: AanbodInhoud,
    pad: string,
    /** Besides the organisation's own: the entry's current location, or any (import). */
    ookToegestaan: string | null | 'alle' = null,
  ): Promise<void> {
    const namen = await namenVoor(scope);
    const problemen: InvalidParam[] = [];
    const velden = [
      ['levensdomeinen', 'levensdomein'],
      ['hulpvormen', 'hulpvorm'],
      ['doelgroepen', 'doelgroep'],
    ] as const;
    for (const [veld, taxonomie] of velden) {
      const bekend = new Set(
        namen.taxonomieen.find((t) => t.code === taxonomie)?.termen.map((t) => t.code),
      );
      inhoud[veld].forEach((code, i) => {
        if (!bekend.has(code)) {
          problemen.push({
            name: `${pad}.${veld}.${i}`,
            code: 'custom',
            reason: 'Deze term bestaat niet in deze gemeente.',
          });
        }
      });
    }
    if (inhoud.locatieId) {
      const locatie = await repository.locatie(scope, inhoud.locatieId);
      const toegestaan =
        locatie &&
        (ookToegestaan === 'alle' ||
          locatie.organisatie_id === organisatieId ||
          locatie.id === ookToegestaan);
      if (!toegestaan) {
        problemen.push({
          name: `${pad}.locatieId`,
          code: 'custom',
          reason: 'Kies een locatie van uw eigen organisatie.',
        });
      }
    }
    if (problemen.length) throw validatieFout(problemen);
  }

  function isOrganisatiebeheerder(actor: Actor, organisatieId: string): boolean {
    return actor.rollen.some(
      (r) => r.rol === 'organisatiebeheerder' && r.organisatieId === organisatieId,
    );
  }
  function isRedacteur(actor: Actor): boolean {
    return heeftRol(actor, 'redacteur');
  }
  function magBewerken(actor: Actor, organisatieId: string): boolean {
    return isRedacteur(actor) || isOrganisatiebeheerder(actor, organisatieId);
  }
  function eisRedacteur(actor: Actor): void {
    if (!isRedacteur(actor)) {
      throw new KringError(
        'KRING_GEEN_TOEGANG',
        'Alleen de redacteur van de sociale kaart mag dit.',
      );
    }
  }

  function publiekeLocatie(
    l: NonNullable<Awaited<ReturnType<SocialeKaartRepository['locatie']>>>,
  ): PubliekeLocatie {
    // A confidential address never leaves the server: only the place and a contact route.
    return l.vertrouwelijk
      ? {
          id: l.id,
          naam: l.naam,
          adres: null,
          postcode: null,
          plaats: l.plaats,
          lat: null,
          lon: null,
          vertrouwelijk: true,
          contactroute: l.contactroute,
          routeOmschrijving: null,
        }
      : {
          id: l.id,
          naam: l.naam,
          adres: l.adres,
          postcode: l.postcode,
          plaats: l.plaats,
          lat: l.lat,
          lon: l.lon,
          vertrouwelijk: false,
          contactroute: l.contactroute,
          routeOmschrijving: l.route_omschrijving,
        };
  }

  async function aanbodVoorPubliek(scope: GemeenteScope, row: AanbodRij): Promise<Aanbod> {
    const [namen, roosters, locatie] = await Promise.all([
      namenVoor(scope),
      repository.roosters(scope, [row.id]),
      row.locatie_id ? repository.locatie(scope, row.locatie_id) : Promise.resolve(undefined),
    ]);
    const termen = (taxonomie: 'levensdomein' | 'hulpvorm' | 'doelgroep', codes: string[]) =>
      codes.map((code) => ({ code, naam: namen.term(taxonomie, code) }));
    const inhoud = inhoudVan(row, roosters);
    return {
      id: row.id,
      organisatie: { id: row.organisatie_id, naam: row.organisatie_naam },
      naam: inhoud.naam,
      naamEn: inhoud.naamEn,
      soort: inhoud.soort,
      beschrijving: inhoud.beschrijving,
      beschrijvingEn: inhoud.beschrijvingEn,
      aanmelden: inhoud.aanmelden,
      kosten: inhoud.kosten,
      toegankelijkheid: inhoud.toegankelijkheid,
      talen: inhoud.talen,
      levensdomeinen: termen('levensdomein', inhoud.levensdomeinen),
      hulpvormen: termen('hulpvorm', inhoud.hulpvormen),
      doelgroepen: termen('doelgroep', inhoud.doelgroepen),
      trefwoorden: inhoud.trefwoorden,
      minimumLeeftijd: inhoud.minimumLeeftijd,
      maximumLeeftijd: inhoud.maximumLeeftijd,
      verwijzingNodig: inhoud.verwijzingNodig,
      diagnoseNodig: inhoud.diagnoseNodig,
      contact: inhoud.contact,
      locatie: locatie ? publiekeLocatie(locatie) : null,
      roosters: roosters.map(metWoorden),
      laatstGecontroleerdOp: row.laatst_gecontroleerd_op.toISOString(),
      gewijzigdOp: row.gewijzigd_op.toISOString(),
      verouderd: isVerouderd(row.laatst_gecontroleerd_op, nu()),
    };
  }

  async function voorstelVan(scope: GemeenteScope, v: VoorstelRij): Promise<Voorstel> {
    const nieuw = aanbodInhoudSchema.parse(v.inhoud);
    const gepubliceerd = v.aanbod_status === 'gepubliceerd';
    let oud: AanbodInhoud | null = null;
    if (gepubliceerd) {
      const row = await repository.aanbod(scope, v.aanbod_id);
      if (row) oud = inhoudVan(row, await repository.roosters(scope, [row.id]));
    }
    const namen = await namenMetLocaties(scope, oud, nieuw);
    return {
      id: v.id,
      aanbodId: v.aanbod_id,
      aanbodNaam: v.aanbod_naam,
      organisatie: { id: v.organisatie_id, naam: v.organisatie_naam },
      status: v.status,
      opmerking: v.opmerking,
      gemaaktOp: v.gemaakt_op.toISOString(),
      ingediendOp: v.ingediend_op?.toISOString() ?? null,
      beoordeeldOp: v.beoordeeld_op?.toISOString() ?? null,
      nieuwAanbod: !gepubliceerd,
      verschillen: verschillen(oud, nieuw, namen),
    };
  }

  /** The locations an admin may choose: the organisation's own and the current one. */
  async function locatieKeuze(scope: GemeenteScope, organisatieId: string, huidig: string | null) {
    const eigen = await repository.locatiesVan(scope, organisatieId);
    if (!huidig || eigen.some((l) => l.id === huidig)) return eigen;
    const l = await repository.locatie(scope, huidig);
    return l ? [{ id: l.id, naam: l.naam, plaats: l.plaats }, ...eigen] : eigen;
  }

  async function bewerkingVan(scope: GemeenteScope, aanbodId: string): Promise<Bewerking> {
    const row = await repository.aanbod(scope, aanbodId);
    if (!row) throw NIET_GEVONDEN();
    const open = await repository.openVoorstel(scope, aanbodId);
    const inhoud = open
      ? aanbodInhoudSchema.parse(open.inhoud)
      : inhoudVan(row, await repository.roosters(scope, [aanbodId]));
    return {
      aanbodId,
      organisatie: { id: row.organisatie_id, naam: row.organisatie_naam },
      gepubliceerd: row.status === 'gepubliceerd',
      inhoud,
      voorstel: open ? await voorstelVan(scope, open) : null,
      locaties: await locatieKeuze(scope, row.organisatie_id, row.locatie_id),
    };
  }

  /** Reads the entry for an edit by this actor, or fails with 404/403. */
  async function teBewerken(
    scope: GemeenteScope,
    actor: Actor,
    aanbodId: string,
  ): Promise<AanbodRij> {
    const row = await repository.aanbod(scope, aanbodId);
    if (!row || row.status === 'gearchiveerd') throw NIET_GEVONDEN();
    if (!magBewerken(actor, row.organisatie_id)) throw GEEN_TOEGANG();
    return row;
  }

  function overgang(actor: Actor, status: VoorstelRij['status'], actie: VoorstelActie) {
    if (!magActie(isRedacteur(actor) ? 'redacteur' : 'organisatie', actie)) {
      throw new KringError(
        'KRING_GEEN_TOEGANG',
        'Alleen de redacteur van de sociale kaart mag dit.',
      );
    }
    const volgende = volgendeStatus(status, actie);
    if (!volgende) {
      throw new KringError('KRING_CONFLICT', `Dit kan niet: de wijziging is nu ${status}.`);
    }
    return volgende;
  }

  /** Applies content to the entry itself (publishing and import). */
  async function pasToe(
    scope: GemeenteScope,
    aanbodId: string,
    organisatieId: string,
    inhoud: AanbodInhoud,
    op: Date,
  ): Promise<void> {
    await repository.werkAanbodBij(scope, aanbodId, {
      ...veldenVan(organisatieId, inhoud),
      status: 'gepubliceerd',
      laatst_gecontroleerd_op: op,
      herinnerd_op: null,
    });
    await repository.vervangRoosters(scope, aanbodId, inhoud.roosters);
  }

  return {
    scopeOf,
    repository,
    deps,
    nu,
    namenVoor,
    namenMetLocaties,
    controleerInhoud,
    isOrganisatiebeheerder,
    isRedacteur,
    magBewerken,
    eisRedacteur,
    publiekeLocatie,
    aanbodVoorPubliek,
    voorstelVan,
    locatieKeuze,
    bewerkingVan,
    teBewerken,
    overgang,
    pasToe,
  };
}

export type KaartBasis = ReturnType<typeof createKaartBasis>;
