import { type Actor, requireRol } from '../../platform/auth/actor.ts';
import type { ScopeFactory } from '../../platform/tenancy/gemeente-scope.ts';
import {
  type Aanbieder,
  type Aanbod,
  type Taxonomie,
  type ZoekQuery,
  zoekQuerySchema,
} from '../sociale-kaart/model.ts';
import type { SocialeKaartService } from '../sociale-kaart/service.ts';
import { csvVanAanbod, rijenUitCsv } from './csv.ts';
import { controleerRijen, type ImportRij } from './import-rijen.ts';
import {
  type HsdsLijstQuery,
  type KaartImportRapport,
  type KaartImportVerzoek,
  kaartImportVerzoekSchema,
} from './model.ts';
import {
  type HsdsObject,
  hsdsOrganisatie,
  hsdsService,
  hsdsServiceAtLocation,
  hsdsServiceKort,
  hsdsTaxonomie,
  hsdsTerm,
  pagina,
} from './naar-hsds.ts';
import type { HsdsRepository } from './repository.ts';
import { rijenUitHsds } from './van-hsds.ts';

export const HSDS_OPENAPI_URL =
  'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json';

export type HsdsPagina = ReturnType<typeof pagina<HsdsObject>>;

/** HSDS 3.0 read API, HSDS/CSV import and export, on top of the sociale-kaart service. */
export function createHsdsService(
  scopeOf: ScopeFactory,
  repository: HsdsRepository,
  socialeKaart: SocialeKaartService,
) {
  const taxonomieen = async (gemeenteId: number) =>
    (await socialeKaart.taxonomieen(gemeenteId)).taxonomieen;

  /** HSDS filters → the sociale-kaart search; null when a term or taxonomy is unknown. */
  function zoekvraag(q: HsdsLijstQuery, lijst: Taxonomie[]): ZoekQuery | null {
    const filters: Record<string, string[]> = { levensdomein: [], hulpvorm: [], doelgroep: [] };
    if (q.taxonomy_term_id) {
      const t = lijst.find((x) => x.termen.some((term) => term.id === q.taxonomy_term_id));
      const term = t?.termen.find((x) => x.id === q.taxonomy_term_id);
      if (!t || !term || !(t.code in filters)) return null;
      filters[t.code]!.push(term.code);
    }
    if (q.taxonomy_id) {
      const t = lijst.find((x) => x.id === q.taxonomy_id);
      if (!t || !(t.code in filters)) return null;
      if (!filters[t.code]!.length) filters[t.code]!.push(...t.termen.map((x) => x.code));
    }
    return zoekQuerySchema.parse({
      tekst: q.search,
      postcode: q.postcode,
      straalKm: q.postcode && q.proximity ? q.proximity / 1000 : undefined,
      organisatieId: q.organization_id,
      ...filters,
      sortering: q.search ? 'relevantie' : q.postcode ? 'afstand' : 'naam',
      pagina: q.page,
      paginaGrootte: q.per_page,
    });
  }

  async function zoekAanbod(
    gemeenteId: number,
    q: HsdsLijstQuery,
    metLocatie: boolean,
  ): Promise<{ aanbod: Aanbod[]; totaal: number }> {
    const vraag = zoekvraag(q, await taxonomieen(gemeenteId));
    if (!vraag) return { aanbod: [], totaal: 0 };
    const resultaat = await socialeKaart.zoek(gemeenteId, vraag, {
      metLocatie,
      ...(q.modified_after ? { gewijzigdNa: new Date(q.modified_after) } : {}),
    });
    const aanbod = await Promise.all(
      resultaat.treffers.map((t) => socialeKaart.aanbod(gemeenteId, t.id)),
    );
    return { aanbod, totaal: resultaat.totaal };
  }

  async function alleAanbieders(gemeenteId: number, aanbod: Aanbod[]) {
    const ids = [...new Set(aanbod.map((a) => a.organisatie.id))];
    const lijst = await Promise.all(ids.map((id) => socialeKaart.aanbieder(gemeenteId, id)));
    return new Map(lijst.map((o) => [o.id, o]));
  }

  /** The service with its organisation's own description. */
  function volledig(a: Aanbod, lijst: Taxonomie[], aanbieder: Aanbieder | undefined) {
    const service = hsdsService(a, lijst);
    if (aanbieder) service.organization = hsdsOrganisatie(aanbieder);
    return service;
  }

  async function rijenVan(verzoek: { formaat: 'hsds' | 'csv'; inhoud: string }) {
    if (verzoek.formaat === 'csv') {
      const { rijen, kopFout } = rijenUitCsv(verzoek.inhoud);
      return { rijen, bestandFout: kopFout };
    }
    let doc: unknown;
    try {
      doc = JSON.parse(verzoek.inhoud);
    } catch {
      return { rijen: [] as ImportRij[], bestandFout: 'Dit is geen geldige JSON.' };
    }
    const rijen = rijenUitHsds(doc);
    return {
      rijen,
      bestandFout: null,
      leeg: rijen.length === 0 ? 'Er staan geen diensten of organisaties in dit bestand.' : null,
    };
  }

  return {
    root(): { version: string; openapi_url: string } {
      return { version: '3.0', openapi_url: HSDS_OPENAPI_URL };
    },

    async services(gemeenteId: number, q: HsdsLijstQuery): Promise<HsdsPagina> {
      const { aanbod, totaal } = await zoekAanbod(gemeenteId, q, false);
      const aanbieders = await alleAanbieders(gemeenteId, aanbod);
      const inhoud = aanbod.map((a) => {
        const o = aanbieders.get(a.organisatie.id);
        return { ...hsdsServiceKort(a), ...(o ? { organization: hsdsOrganisatie(o) } : {}) };
      });
      return pagina(inhoud, totaal, q.page, q.per_page);
    },

    async service(gemeenteId: number, id: string): Promise<HsdsObject> {
      const a = await socialeKaart.aanbod(gemeenteId, id);
      const [lijst, o] = await Promise.all([
        taxonomieen(gemeenteId),
        socialeKaart.aanbieder(gemeenteId, a.organisatie.id),
      ]);
      return volledig(a, lijst, o);
    },

    async serviceAtLocations(gemeenteId: number, q: HsdsLijstQuery): Promise<HsdsPagina> {
      const { aanbod, totaal } = await zoekAanbod(gemeenteId, q, true);
      const inhoud = aanbod.map((a) => hsdsServiceAtLocation(a, hsdsServiceKort(a)));
      return pagina(inhoud, totaal, q.page, q.per_page);
    },

    async organizations(gemeenteId: number, q: HsdsLijstQuery): Promise<HsdsPagina> {
      const { ids, totaal } = await repository.organisaties(scopeOf(gemeenteId), {
        zoek: q.search ?? null,
        offset: (q.page - 1) * q.per_page,
        limit: q.per_page,
      });
      const lijst = await Promise.all(ids.map((id) => socialeKaart.aanbieder(gemeenteId, id)));
      return pagina(
        lijst.map((o) => hsdsOrganisatie(o)),
        totaal,
        q.page,
        q.per_page,
      );
    },

    async organization(gemeenteId: number, id: string): Promise<HsdsObject> {
      const o = await socialeKaart.aanbieder(gemeenteId, id);
      const diensten = await Promise.all(
        o.aanbod.map(async (a) => hsdsServiceKort(await socialeKaart.aanbod(gemeenteId, a.id))),
      );
      return hsdsOrganisatie(o, diensten);
    },

    async taxonomies(gemeenteId: number, q: HsdsLijstQuery): Promise<HsdsPagina> {
      const alle = (await taxonomieen(gemeenteId)).map(hsdsTaxonomie);
      const start = (q.page - 1) * q.per_page;
      return pagina(alle.slice(start, start + q.per_page), alle.length, q.page, q.per_page);
    },

    async taxonomyTerms(gemeenteId: number, q: HsdsLijstQuery): Promise<HsdsPagina> {
      const zoek = q.search?.toLowerCase();
      const alle = (await taxonomieen(gemeenteId))
        .filter((t) => !q.taxonomy_id || t.id === q.taxonomy_id)
        .flatMap((t) => t.termen.map((term) => hsdsTerm(t, term)))
        .filter((t) => !zoek || String(t.name).toLowerCase().includes(zoek));
      const start = (q.page - 1) * q.per_page;
      return pagina(alle.slice(start, start + q.per_page), alle.length, q.page, q.per_page);
    },

    /**
     * Checks (and unless a dry run: imports) an HSDS JSON or CSV file. With errors nothing
     * is written, unless a partial import is asked for: then the good rows are.
     */
    async importeer(
      gemeenteId: number,
      invoer: KaartImportVerzoek,
      door: string | null,
    ): Promise<KaartImportRapport> {
      const verzoek = kaartImportVerzoekSchema.parse(invoer);
      const gelezen = await rijenVan(verzoek);
      const leegRapport = (reden: string): KaartImportRapport => ({
        proefdraai: verzoek.proefdraai,
        geimporteerd: false,
        rijen: 0,
        goed: 0,
        fouten: [{ rij: 0, veld: 'bestand', reden }],
        waarschuwingen: [],
        aantallen: { organisaties: 0, locaties: 0, aanbod: 0 },
      });
      if (gelezen.bestandFout) return leegRapport(gelezen.bestandFout);
      const c = controleerRijen(gelezen.rijen, await taxonomieen(gemeenteId));
      const schrijven =
        !verzoek.proefdraai && (c.fouten.length === 0 || verzoek.gedeeltelijk) && c.goed > 0;
      if (schrijven) await socialeKaart.importeer(gemeenteId, c.data, door);
      return {
        proefdraai: verzoek.proefdraai,
        geimporteerd: schrijven,
        rijen: gelezen.rijen.length,
        goed: c.goed,
        fouten: c.fouten,
        waarschuwingen: [
          ...('leeg' in gelezen && gelezen.leeg
            ? [{ rij: 0, veld: 'bestand', reden: gelezen.leeg }]
            : []),
          ...c.waarschuwingen,
        ],
        aantallen: {
          organisaties: c.data.organisaties.length,
          locaties: c.data.locaties.length,
          aanbod: c.data.aanbod.length,
        },
      };
    },

    /** The editor's upload: only the gemeente's `redacteur`. */
    async importeerAls(actor: Actor, invoer: KaartImportVerzoek): Promise<KaartImportRapport> {
      requireRol(actor, 'redacteur');
      return this.importeer(actor.gemeenteId, invoer, actor.accountId);
    },

    /** Every published entry as HSDS JSON (an array of full services) or as the CSV template. */
    async exporteer(gemeenteId: number, formaat: 'hsds' | 'csv'): Promise<string> {
      const aanbod: Aanbod[] = [];
      for (let p = 1; ; p++) {
        const deel = await socialeKaart.lijstGepubliceerd(gemeenteId, {
          pagina: p,
          paginaGrootte: 100,
        });
        aanbod.push(...deel.aanbod);
        if (p * 100 >= deel.totaal) break;
      }
      const aanbieders = await alleAanbieders(gemeenteId, aanbod);
      if (formaat === 'csv') return csvVanAanbod(aanbod, aanbieders);
      const lijst = await taxonomieen(gemeenteId);
      return `${JSON.stringify(
        aanbod.map((a) => volledig(a, lijst, aanbieders.get(a.organisatie.id))),
        null,
        2,
      )}\n`;
    },
  };
}

export type HsdsService = ReturnType<typeof createHsdsService>;
