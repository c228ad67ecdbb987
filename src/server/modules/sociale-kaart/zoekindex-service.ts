import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';
import type { SocialeKaartRepository } from './repository.ts';
import { ZoekIndex } from './zoekindex.ts';

/** Stems depend on PostgreSQL's Dutch dictionary only: one cache for all gemeenten. */
const MAX_STAMMEN = 10_000;

interface Houder {
  index: ZoekIndex;
  /** Every change up to this kaart_zoekstand version is in the index. */
  versie: number;
}

/**
 * Keeps one search index per gemeente in this process, current with the database: every
 * search first reads the gemeente's version (one small query, which also brings the stems
 * of new words); when it moved, the index reads what changed since (rows with a higher
 * `zoekversie`), or everything when rows were deleted or many slots are dead. One refresh
 * at a time per gemeente; searches wait for it, so a search never misses a published change.
 */
export function createZoekIndexen(
  repository: SocialeKaartRepository,
  opties: { cache?: number | undefined } = {},
) {
  const cache = opties.cache ?? 500;
  const houders = new Map<number, Houder>();
  const bezig = new Map<number, Promise<void>>();
  const stamCache = new Map<string, string[]>();

  async function bijwerken(
    scope: GemeenteScope,
    stand: { versie: number; volledigVanaf: number },
  ): Promise<void> {
    const h = houders.get(scope.gemeenteId);
    const volledig =
      !h || h.versie < stand.volledigVanaf || h.index.dood > Math.max(1000, h.index.grootte / 4);
    if (volledig) {
      const { rijen, versie } = await repository.indexRijen(scope, null);
      const index = ZoekIndex.van(rijen, { cache });
      houders.set(scope.gemeenteId, { index, versie: Math.max(versie, stand.versie) });
      return;
    }
    const { rijen, weg, versie } = await repository.indexRijen(scope, h.versie);
    for (const id of weg) h.index.verwijder(id);
    for (const r of rijen) h.index.zet(r);
    // Every version up to stand.versie had committed before it was read, so the rows read
    // after it hold all of them.
    h.versie = Math.max(versie, stand.versie);
  }

  return {
    /** The gemeente's current index and the Dutch stems of `woorden`. */
    async voor(
      scope: GemeenteScope,
      woorden: string[],
    ): Promise<{ index: ZoekIndex; stammen: Map<string, string[]> }> {
      const stand = await repository.zoekStand(
        scope,
        woorden.filter((w) => !stamCache.has(w)),
      );
      for (const [w, s] of stand.stammen) {
        if (stamCache.size >= MAX_STAMMEN) stamCache.clear();
        stamCache.set(w, s);
      }
      const g = scope.gemeenteId;
      for (;;) {
        const lopend = bezig.get(g);
        if (lopend) {
          await lopend.catch(() => undefined);
          continue;
        }
        const h = houders.get(g);
        if (h && h.versie >= stand.versie) {
          const stammen = new Map(
            woorden.map((w) => [w, stand.stammen.get(w) ?? stamCache.get(w) ?? []]),
          );
          return { index: h.index, stammen };
        }
        const klus = bijwerken(scope, stand).finally(() => bezig.delete(g));
        bezig.set(g, klus);
        await klus;
      }
    },
  };
}

export type ZoekIndexen = ReturnType<typeof createZoekIndexen>;
