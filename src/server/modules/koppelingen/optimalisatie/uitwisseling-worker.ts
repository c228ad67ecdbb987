import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import highsLader, { type Highs } from 'highs';
import {
  geholpenDoor,
  gekozenRuilen,
  isGeldig,
  type Ruil,
  ruilMip,
  type Uitwisselgraaf,
  type UitwisselOpties,
  vindRuilen,
} from './uitwisseling.ts';

/**
 * Solves the exchange MIP (uitwisseling.ts) with HiGHS in a worker thread: HiGHS is
 * synchronous WebAssembly and can take seconds on a large gemeente, which must not block
 * the server's event loop. This file starts the worker (itself) and is the worker.
 */
export interface MipUitkomst {
  /** HiGHS's status, e.g. "Optimal" or "Time limit reached". */
  status: string;
  /** Names of the columns with value 1. */
  kolommen: string[];
  ms: number;
}

export interface MipOpties {
  /** Seconds; HiGHS returns its best solution so far when it is reached. */
  tijdslimietS?: number;
}

const MERK = 'kring-uitwisseling-mip';

/**
 * Loads HiGHS (WebAssembly). Its types describe the CommonJS build, where the loader sits
 * under `.default`; Node and vitest load the ES module build, whose default export is the
 * loader itself.
 */
export const laadHighs = highsLader as unknown as () => Promise<Highs>;

export function losMipOp(lp: string, opties: MipOpties = {}): Promise<MipUitkomst> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), {
      workerData: { merk: MERK, lp, tijdslimietS: opties.tijdslimietS ?? 60 },
    });
    worker.once('message', (m: MipUitkomst) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`MIP worker stopped with code ${code}`));
    });
  });
}

export interface Uitwisselvoorstel {
  /** The chosen exchanges (cycles and chains). */
  ruilen: Ruil[];
  geholpen: number;
  status: string;
  /** Pairs only (2-cycles), for comparison. */
  paren: { ruilen: Ruil[]; geholpen: number; status: string };
  /** Exchanges found (cycles + chains) and the time to find and solve them. */
  kandidaten: number;
  ms: number;
}

export async function kiesRuilen(
  g: Uitwisselgraaf,
  ruilen: Ruil[],
  opties: MipOpties,
): Promise<{ ruilen: Ruil[]; geholpen: number; status: string }> {
  if (ruilen.length === 0) return { ruilen: [], geholpen: 0, status: 'Optimal' };
  const uit = await losMipOp(ruilMip(ruilen), opties);
  const keuze = gekozenRuilen(ruilen, uit.kolommen);
  if (!isGeldig(g, keuze)) throw new Error('HiGHS chose exchanges that overlap');
  return { ruilen: keuze, geholpen: geholpenDoor(keuze), status: uit.status };
}

/** Exchange suggestions for the coordinator: cycles and chains, and pairs only. */
export async function stelUitwisselingVoor(
  g: Uitwisselgraaf,
  opties: UitwisselOpties & MipOpties = {},
): Promise<Uitwisselvoorstel> {
  const t = performance.now();
  const alle = vindRuilen(g, opties);
  const [volledig, paren] = await Promise.all([
    kiesRuilen(g, alle, opties),
    kiesRuilen(
      g,
      alle.filter((r) => r.soort === 'cyclus' && r.leden.length === 2),
      opties,
    ),
  ]);
  return { ...volledig, paren, kandidaten: alle.length, ms: performance.now() - t };
}

if (!isMainThread && (workerData as { merk?: string } | null)?.merk === MERK) {
  const { lp, tijdslimietS } = workerData as { lp: string; tijdslimietS: number };
  const highs = await laadHighs();
  const t = performance.now();
  const oplossing = highs.solve(lp, {
    output_flag: false,
    time_limit: tijdslimietS,
    mip_rel_gap: 0,
  });
  const kolommen =
    'Columns' in oplossing
      ? Object.entries(oplossing.Columns)
          .filter(([, c]) => (c as { Primal?: number }).Primal! > 0.5)
          .map(([naam]) => naam)
      : [];
  const uit: MipUitkomst = { status: oplossing.Status, kolommen, ms: performance.now() - t };
  parentPort!.postMessage(uit);
}
