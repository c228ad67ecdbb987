import { STANDAARD_KAART_BRONVERMELDING, STANDAARD_KAART_TEGELS } from '../../config.ts';
import { type Actor, requireRol } from '../../platform/auth/actor.ts';
import { KringError } from '../../platform/http/problem.ts';
import { gemeenteForHost, type RoutingEntry } from './host-routing.ts';
import {
  type Gemeente,
  type GemeentenPagina,
  type GemeentenQuery,
  type GemeenteRef,
  gemeenteInstellingenSchema,
  type Kaart,
  type Loket,
  type LoketWijziging,
  loketWijzigingSchema,
  type NieuweGemeente,
  nieuweGemeenteSchema,
} from './model.ts';
import type { GemeentenRepository, GemeenteRow } from './repository.ts';

/** Host routing is read on every request; a short cache keeps that off the database. */
const ROUTING_CACHE_MS = 30_000;

/** Without configuration: the PDOK BRT-Achtergrondkaart. */
const GEEN_KAART: Kaart = {
  tegels: STANDAARD_KAART_TEGELS,
  bronvermelding: STANDAARD_KAART_BRONVERMELDING,
};

export function createGemeentenService(
  repository: GemeentenRepository,
  options: { defaultGemeente: string | undefined; kaart?: Kaart | undefined },
) {
  const kaart = options.kaart ?? GEEN_KAART;
  function toGemeente(row: GemeenteRow): Gemeente {
    const instellingen = gemeenteInstellingenSchema.parse(row.instellingen ?? {});
    return { code: row.code, naam: row.naam, demo: row.demo, loket: instellingen.loket, kaart };
  }

  let routing: { table: RoutingEntry[]; readAt: number } | undefined;

  async function routingTable(): Promise<RoutingEntry[]> {
    if (!routing || Date.now() - routing.readAt > ROUTING_CACHE_MS) {
      routing = { table: await repository.routingTable(), readAt: Date.now() };
    }
    return routing.table;
  }

  return {
    async forHost(host: string): Promise<GemeenteRef | undefined> {
      return gemeenteForHost(await routingTable(), host, options.defaultGemeente);
    },

    /** True when a gemeente claims this host name itself (not by default or as the only one). */
    async claimsHost(gemeenteId: number, host: string): Promise<boolean> {
      const name = host.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
      const entry = (await routingTable()).find((g) => g.id === gemeenteId);
      return entry?.hostnamen.includes(name) === true;
    },

    /** Every gemeente's id, read fresh (for actions on all of an account's sessions). */
    async alleIds(): Promise<number[]> {
      return (await repository.routingTable()).map((g) => g.id);
    },

    async get(code: string): Promise<Gemeente> {
      const row = await repository.findByCode(code);
      if (!row) throw new KringError('KRING_NIET_GEVONDEN', 'Er is geen gemeente met deze code.');
      return toGemeente(row);
    },

    /** The internal reference (with id) for server-side use, e.g. to build a GemeenteScope. */
    async ref(code: string): Promise<GemeenteRef> {
      const row = await repository.findByCode(code);
      if (!row) throw new KringError('KRING_NIET_GEVONDEN', 'Er is geen gemeente met deze code.');
      return { id: row.id, code: row.code, naam: row.naam };
    },

    async list(query: GemeentenQuery): Promise<GemeentenPagina> {
      const { rows, total } = await repository.list(
        (query.pagina - 1) * query.paginaGrootte,
        query.paginaGrootte,
      );
      return {
        gemeenten: rows.map(toGemeente),
        pagina: query.pagina,
        paginaGrootte: query.paginaGrootte,
        totaal: total,
      };
    },

    /** The ids of every gemeente, read fresh (e.g. to end an account's sessions everywhere). */
    async ids(): Promise<number[]> {
      return (await repository.routingTable()).map((g) => g.id);
    },

    async count(): Promise<number> {
      return (await routingTable()).length;
    },

    /**
     * The functioneel beheerder sets the front door's contact details of their own gemeente
     * (the actor's gemeente is the request's). Replaces the whole front door; audited.
     */
    async wijzigLoket(actor: Actor, input: LoketWijziging): Promise<Loket> {
      requireRol(actor, 'functioneel-beheerder');
      const loket = loketWijzigingSchema.parse(input);
      const row = await repository.wijzigInstelling(actor.gemeenteId, 'loket', loket, {
        door: actor.accountId,
        soort: 'loket-gewijzigd',
        // Which parts were filled in; the values are the gemeente's public contact details.
        details: {
          velden: Object.keys(loket).filter((k) => k !== 'inloop'),
          inloop: loket.inloop.length,
        },
      });
      if (!row) throw new KringError('KRING_NIET_GEVONDEN', 'Er is geen gemeente met deze code.');
      return toGemeente(row).loket;
    },

    /**
     * One key of a gemeente's settings as stored, for the module that owns that key (e.g.
     * `loketregels` for hulpvragen); the module parses it with its own schema.
     */
    async instelling(gemeenteId: number, sleutel: string): Promise<unknown> {
      return (await repository.instellingen(gemeenteId))?.[sleutel];
    },

    /**
     * The functioneel beheerder replaces one settings key of their own gemeente, validated
     * by the owning module; recorded in the admin log with `details` (no personal data).
     */
    async wijzigInstelling(
      actor: Actor,
      sleutel: string,
      waarde: unknown,
      details: unknown,
    ): Promise<void> {
      requireRol(actor, 'functioneel-beheerder');
      await this.zetInstelling(actor.gemeenteId, actor.accountId, sleutel, waarde, details);
    },

    /** The same without a request (the demo seed, the CLI): `door` is the responsible account. */
    async zetInstelling(
      gemeenteId: number,
      door: string,
      sleutel: string,
      waarde: unknown,
      details: unknown,
    ): Promise<void> {
      const row = await repository.wijzigInstelling(gemeenteId, sleutel, waarde, {
        door,
        soort: `${sleutel}-gewijzigd`,
        details,
      });
      if (!row) throw new KringError('KRING_NIET_GEVONDEN', 'Er is geen gemeente met deze code.');
    },

    async create(input: NieuweGemeente): Promise<GemeenteRef> {
      const data = nieuweGemeenteSchema.parse(input);
      if (await repository.findByCode(data.code)) {
        throw new KringError('KRING_CONFLICT', `Gemeente ${data.code} bestaat al.`);
      }
      const taken = await repository.hostnamenInUse(data.hostnamen);
      if (taken.length > 0) {
        throw new KringError(
          'KRING_CONFLICT',
          `Deze hostnaam hoort al bij een andere gemeente: ${taken.join(', ')}.`,
        );
      }
      const row = await repository.insert(data);
      routing = undefined;
      return { id: row.id, code: row.code, naam: row.naam };
    },
  };
}

export type GemeentenService = ReturnType<typeof createGemeentenService>;
