import {
  HULPCATEGORIE_CODES,
  type Hulpcategorie,
  type KoppelingStatus,
} from '../../../shared/loket.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { ScopeFactory } from '../../platform/tenancy/gemeente-scope.ts';
import type { HulpaanbodService } from '../hulpaanbod/service.ts';
import type { HulpvragenService } from '../hulpvragen/service.ts';
import { zoekQuerySchema } from '../sociale-kaart/model.ts';
import type { SocialeKaartService } from '../sociale-kaart/service.ts';
import type { ToegangService } from '../toegang/service.ts';
import type { Punt } from './kandidaten.ts';
import type { Matchbord, Optimalisatie } from './model.ts';
import { gretigOnline } from './optimalisatie/greedy.ts';
import { groepsvoorstellen } from './optimalisatie/groepen.ts';
import {
  geholpen,
  type OptAanbod,
  type OptVraag,
  type Paar,
  paarSleutel,
  type Regels,
} from './optimalisatie/instantie.ts';
import { bouwKandidaten, kenmerken } from './optimalisatie/kandidaten-index.ts';
import { losOp } from './optimalisatie/mincostflow.ts';
import { uitleg } from './optimalisatie/score.ts';
import { bouwUitwisselgraaf, type Deelnemer } from './optimalisatie/uitwisseling.ts';
import { stelUitwisselingVoor } from './optimalisatie/uitwisseling-worker.ts';
import type { KoppelingenRepository } from './repository.ts';
import { loopt } from './stappen.ts';

export interface OptimalisatieDeps {
  scopeOf: ScopeFactory;
  repository: KoppelingenRepository;
  toegang: ToegangService;
  hulpvragen: HulpvragenService;
  hulpaanbod: HulpaanbodService;
  socialeKaart: Pick<SocialeKaartService, 'postcodegebied' | 'zoek'>;
  /** The middle of a postcode's PC4 area (never the address). */
  punt(postcode: string | null | undefined): Punt | undefined;
}

/** HiGHS gets this long for the exchange MIP; it returns its best so far after. */
const RUIL_TIJDSLIMIET_S = 10;
/** Where to look for a place for a group: meetings and activities nearby. */
const GROEP_HULPVORMEN = ['ontmoeting', 'activiteit'];
const GROEP_ZOEKSTRAAL_KM = 5;

const afgerond = (n: number, decimalen = 1) => {
  const f = 10 ** decimalen;
  return Math.round(n * f) / f;
};

type PoolVraag = Awaited<ReturnType<HulpvragenService['inPool']>>[number];
type PoolAanbod = Awaited<ReturnType<HulpaanbodService['goedgekeurd']>>[number];
/** What the optimiser reads of a request and an offer (the pool's rows or a single one). */
type VraagFeiten = Pick<PoolVraag, 'id' | 'persoonId' | 'antwoorden' | 'ingediendOp'>;
type AanbodFeiten = Omit<PoolAanbod, 'naam'>;

/**
 * The optimiser and the matching board over the pool of the coordinator's organisations:
 * reads the open requests and approved volunteers (each person in the access log, zoeken),
 * turns them into plain data and lets the pure optimiser (optimalisatie/) decide — the
 * exact 1-to-1 assignment, reciprocal exchanges and group suggestions. A preview: nothing
 * is stored until the coordinator takes a proposal over.
 */
export function createOptimalisatieService(deps: OptimalisatieDeps) {
  const { scopeOf, repository, toegang, hulpvragen, hulpaanbod, socialeKaart, punt } = deps;

  /**
   * The pool, each person in the access log. `toegang.zoeken` logs by `id` (the person);
   * the rows come back with their own ids.
   */
  async function pool(actor: Actor) {
    const orgs = toegang.zorgorganisaties(actor);
    const gelogd = await toegang.zoeken(actor, 'intake', async (scope) => {
      const uit: { rij: PoolVraag; id: string }[] = [];
      for (const org of orgs) {
        for (const h of await hulpvragen.inPool(scope, org)) uit.push({ rij: h, id: h.persoonId });
      }
      return uit;
    });
    const aanbodGelogd = await toegang.zoeken(actor, 'contact', async (scope) =>
      (await hulpaanbod.goedgekeurd(scope, orgs)).map((a) => ({ rij: a, id: a.persoonId })),
    );
    const vragen = gelogd.map((g) => g.rij);
    const aanbod = aanbodGelogd.map((g) => g.rij);
    const scope = scopeOf(actor.gemeenteId);
    const paren = await repository.parenVan(
      scope,
      vragen.map((h) => h.id),
    );
    return { scope, vragen, aanbod, paren, lopend: await repository.lopendPerAanbod(scope) };
  }

  function optVraag(h: VraagFeiten, nu: number): OptVraag | undefined {
    const p = punt(h.antwoorden.postcode);
    if (!p) return undefined;
    return {
      id: h.id,
      persoonId: h.persoonId,
      punt: p,
      categorieen: h.antwoorden.categorieen ?? [],
      tijdvakken: h.antwoorden.tijdvakken ?? [],
      talen: h.antwoorden.voorkeuren?.talen ?? [],
      geslacht: h.antwoorden.voorkeuren?.geslacht ?? 'geen',
      wachtDagen: h.ingediendOp ? (nu - new Date(h.ingediendOp).getTime()) / 86_400_000 : 0,
      urgentie: h.antwoorden.urgentie ?? 'kan-wachten',
    };
  }

  function optAanbod(a: AanbodFeiten, bezet: number): OptAanbod | undefined {
    const p = punt(a.postcode);
    if (!p) return undefined;
    return {
      id: a.id,
      persoonId: a.persoonId,
      punt: p,
      straalKm: a.straalKm,
      categorieen: a.categorieen,
      tijdvakken: a.tijdvakken,
      talen: a.talen,
      geslacht: a.geslacht,
      geboortejaar: a.geboortejaar,
      vogGeldig: a.vogGeldig,
      maxKoppelingen: a.maxKoppelingen,
      bezet,
    };
  }

  /** Cycles and chains among people who ask and offer; each link explained like a proposal. */
  async function ruilen(
    vragen: readonly OptVraag[],
    aanbod: readonly OptAanbod[],
    regels: Regels,
    namen: { vraag: Map<string, string>; aanbod: Map<string, string> },
  ) {
    const perPersoon = new Map<string, Deelnemer>();
    const deelnemer = (id: string) => {
      const d = perPersoon.get(id) ?? { id };
      perPersoon.set(id, d);
      return d;
    };
    // One request and one free offer per person: an exchange is between people.
    for (const v of vragen) {
      const d = deelnemer(v.persoonId!);
      d.vraag ??= v;
    }
    for (const a of aanbod) {
      if (a.bezet >= a.maxKoppelingen) continue;
      const d = deelnemer(a.persoonId!);
      d.aanbod ??= a;
    }
    const deelnemers = [...perPersoon.values()];
    if (!deelnemers.some((d) => d.vraag && d.aanbod)) {
      return { ruilvoorstellen: [], ruilGeholpen: 0, ruilGeholpenParen: 0 };
    }
    const graaf = bouwUitwisselgraaf(deelnemers, regels);
    const voorstel = await stelUitwisselingVoor(graaf, { tijdslimietS: RUIL_TIJDSLIMIET_S });
    const ruilvoorstellen: Optimalisatie['ruilvoorstellen'] = voorstel.ruilen.map((r) => {
      const leden = r.leden.map((i) => perPersoon.get(graaf.ids[i]!)!);
      const links = r.soort === 'cyclus' ? leden.length : leden.length - 1;
      const schakels = Array.from({ length: links }, (_, i) => {
        const helper = leden[i]!.aanbod!;
        const vraag = leden[(i + 1) % leden.length]!.vraag!;
        const k = kenmerken(vraag, helper);
        return {
          helper: namen.aanbod.get(helper.id) ?? '',
          aanbodId: helper.id,
          geholpen: namen.vraag.get(vraag.id) ?? '',
          hulpvraagId: vraag.id,
          afstandKm: afgerond(k.afstandKm),
          uitleg: uitleg(k).zin,
        };
      });
      return { soort: r.soort, geholpen: r.geholpen, schakels };
    });
    return {
      ruilvoorstellen,
      ruilGeholpen: voorstel.geholpen,
      ruilGeholpenParen: voorstel.paren.geholpen,
    };
  }

  /** A meeting or activity on the sociale kaart near the group's middle, about its topic. */
  async function plekVoor(gemeenteId: number, categorie: Hulpcategorie, midden: Punt) {
    const vraag = (tekst?: string) =>
      zoekQuerySchema.parse({
        lat: midden.lat,
        lon: midden.lon,
        straalKm: GROEP_ZOEKSTRAAL_KM,
        hulpvorm: GROEP_HULPVORMEN,
        sortering: 'afstand',
        paginaGrootte: 1,
        ...(tekst ? { tekst } : {}),
      });
    const treffer =
      (await socialeKaart.zoek(gemeenteId, vraag(categorie))).treffers[0] ??
      (await socialeKaart.zoek(gemeenteId, vraag())).treffers[0];
    return treffer
      ? {
          aanbodId: treffer.id,
          naam: treffer.naam,
          afstandKm: treffer.afstandKm === null ? null : afgerond(treffer.afstandKm),
        }
      : null;
  }

  return {
    /** The weight of one pair as the optimiser sees it (the volunteer's next slot). */
    scoreVan(h: VraagFeiten, a: AanbodFeiten, bezet: number): number | null {
      const v = optVraag(h, Date.now());
      const o = optAanbod(a, bezet);
      if (!v || !o) return null;
      return afgerond(uitleg(kenmerken(v, o), undefined, { slot: bezet + 1 }).totaal, 3);
    },

    /**
     * Runs the optimiser over the pool: every request in matching without a running match,
     * every approved volunteer with a free place, the hard constraints and the weighted
     * score, solved exactly as a min-cost flow; beside it the reciprocal exchanges (a MIP in
     * a worker thread) and group suggestions.
     */
    async optimaliseer(actor: Actor): Promise<Optimalisatie> {
      const basisRegels = await hulpvragen.regels(actor.gemeenteId);
      const nu = Date.now();
      const p = await pool(actor);
      const handmatig = new Set<string>();
      const afgewezen: Paar[] = [];
      for (const r of p.paren) {
        if (loopt(r.status as KoppelingStatus)) handmatig.add(r.hulpvraag_id);
        if (r.status === 'afgewezen') afgewezen.push([r.hulpvraag_id, r.aanbod_id]);
      }
      const vragen = p.vragen
        .filter((h) => !handmatig.has(h.id))
        .map((h) => optVraag(h, nu))
        .filter((v): v is OptVraag => v !== undefined);
      const aanbod = p.aanbod
        .map((a) => optAanbod(a, p.lopend.get(a.id) ?? 0))
        .filter((a): a is OptAanbod => a !== undefined);
      const vraagVanPersoon = new Map(vragen.map((v) => [v.persoonId!, v.id]));
      const eerderGoed: Paar[] = (
        await repository.goedeParen(p.scope, [...vraagVanPersoon.keys()])
      ).map((g) => [vraagVanPersoon.get(g.persoon_id)!, g.aanbod_id]);
      const regels: Regels = {
        vogNodig: hulpvragen.vogCategorieen(HULPCATEGORIE_CODES, basisRegels),
        eerderAfgewezen: afgewezen,
        eerderGoed,
      };
      const goed = new Set(eerderGoed.map(([v, a]) => paarSleutel(v, a)));
      const netwerk = bouwKandidaten(vragen, aanbod, regels);
      const toewijzing = losOp(netwerk).toewijzing();
      const gretig = gretigOnline(netwerk);
      const namen = {
        vraag: new Map(p.vragen.map((h) => [h.id, h.naam])),
        aanbod: new Map(p.aanbod.map((a) => [a.id, a.naam])),
      };
      const slots = new Map<number, number>();
      const voorstellen: Optimalisatie['voorstellen'] = [];
      // toewijzing: the volunteer's index per request (-1: not helped).
      toewijzing.forEach((v, r) => {
        if (v < 0) return;
        const slot = (slots.get(v) ?? aanbod[v]!.bezet) + 1;
        slots.set(v, slot);
        const vraag = vragen[r]!;
        const k = kenmerken(vraag, aanbod[v]!, goed);
        const u = uitleg(k, undefined, { slot });
        voorstellen.push({
          hulpvraagId: vraag.id,
          aanbodId: aanbod[v]!.id,
          inwoner: namen.vraag.get(vraag.id) ?? '',
          vrijwilliger: namen.aanbod.get(aanbod[v]!.id) ?? '',
          afstandKm: afgerond(k.afstandKm),
          score: afgerond(u.totaal, 3),
          uitleg: u.zin,
          onderdelen: u.onderdelen.map((o) => ({ ...o, punten: afgerond(o.punten, 3) })),
        });
      });
      const groepen = await Promise.all(
        groepsvoorstellen(vragen).map(async (g) => ({
          categorie: g.categorie,
          tijdvak: g.tijdvak,
          straalKm: afgerond(g.straalKm),
          leden: g.leden.map((id) => ({ hulpvraagId: id, naam: namen.vraag.get(id) ?? '' })),
          plek: await plekVoor(actor.gemeenteId, g.categorie, g.midden),
        })),
      );
      return {
        voorstellen,
        vragen: vragen.length,
        vrijwilligers: aanbod.filter((a) => a.bezet < a.maxKoppelingen).length,
        geholpen: geholpen(toewijzing),
        geholpenGretig: geholpen(gretig),
        geholpenHandmatig: handmatig.size,
        ...(await ruilen(vragen, aanbod, regels, namen)),
        groepsvoorstellen: groepen,
      };
    },

    /** The pool as a board: open requests and approved volunteers, at PC4 level only. */
    async matchbord(actor: Actor): Promise<Matchbord> {
      const p = await pool(actor);
      const nu = Date.now();
      const status = new Map<string, KoppelingStatus>();
      for (const r of p.paren) {
        if (loopt(r.status as KoppelingStatus))
          status.set(r.hulpvraag_id, r.status as KoppelingStatus);
      }
      const pc4 = (postcode: string | null | undefined) => postcode?.slice(0, 4) ?? '';
      return {
        vragen: p.vragen.map((h) => ({
          hulpvraagId: h.id,
          naam: h.naam,
          categorieen: h.antwoorden.categorieen ?? [],
          tijdvakken: h.antwoorden.tijdvakken ?? [],
          urgentie: h.antwoorden.urgentie ?? 'kan-wachten',
          wachtDagen: h.ingediendOp
            ? Math.max(0, Math.floor((nu - new Date(h.ingediendOp).getTime()) / 86_400_000))
            : 0,
          plaats: pc4(h.antwoorden.postcode),
          punt: punt(h.antwoorden.postcode) ?? null,
          koppeling: status.get(h.id) ?? null,
        })),
        vrijwilligers: p.aanbod.map((a) => ({
          aanbodId: a.id,
          naam: a.naam,
          categorieen: a.categorieen,
          straalKm: a.straalKm,
          plaats: pc4(a.postcode),
          punt: punt(a.postcode) ?? null,
          lopend: p.lopend.get(a.id) ?? 0,
          maxKoppelingen: a.maxKoppelingen,
        })),
      };
    },
  };
}

export type OptimalisatieService = ReturnType<typeof createOptimalisatieService>;
