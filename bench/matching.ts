/**
 * `npm run bench:matching`: Kring's optimiser (koppelingen/optimalisatie) on generated
 * instances, against online greedy, global greedy and HiGHS (the exact LP optimum).
 *
 * Instances: 2k requests × 5k volunteers, 10k × 50k, 50k × 50k with capacity 1, and a
 * tight-supply 10k × 5k; then reciprocal exchange (cycles ≤ 3 and chains) for 5k and 20k
 * people, against pairs only. Points lie around the Dutch PC4 centres
 * (../shared/data/nl-pc4.csv; a synthetic region when that file is missing), everything
 * else from a seeded PRNG, so every run solves the same instances.
 *
 * Each instance runs in a fresh child process (this script with `--instantie NAAM`), so that
 * `peak_mb` — process.resourceUsage().maxRSS right after Kring's solve — is this instance's
 * own: Node itself (~50 MB), the generated instance, the candidate index and the solver. The
 * greedy baselines and HiGHS run after that measurement, in the same child.
 *
 * `solve_ms` is Kring's solver — the min-cost flow — on the candidate pairs, the same input
 * the greedy baselines and HiGHS get. Building those pairs (spatial index, hard constraints,
 * score, best 40 per request) is measured apart and printed on stderr with the rest
 * (`candidates_ms`, CPU times, objectives of the baselines). HiGHS gets 120 s per instance
 * (time_limit, BENCH_HIGHS_S to change; 0 skips it); `optimum` is null where it did not
 * finish.
 *
 * `--klein`: tiny instances, done in seconds (a smoke test). Prints ONE JSON line at the end.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afstandKm } from '../src/server/modules/koppelingen/kandidaten.ts';
import {
  gretigGlobaal,
  gretigOnline,
} from '../src/server/modules/koppelingen/optimalisatie/greedy.ts';
import {
  doelwaarde,
  geholpen,
  type OptAanbod,
  type OptVraag,
  type Regels,
} from '../src/server/modules/koppelingen/optimalisatie/instantie.ts';
import { bouwKandidaten } from '../src/server/modules/koppelingen/optimalisatie/kandidaten-index.ts';
import { losOp } from '../src/server/modules/koppelingen/optimalisatie/mincostflow.ts';
import { toewijzingLp } from '../src/server/modules/koppelingen/optimalisatie/toewijzing-lp.ts';
import {
  bouwUitwisselgraaf,
  type Deelnemer,
  vindRuilen,
} from '../src/server/modules/koppelingen/optimalisatie/uitwisseling.ts';
import {
  kiesRuilen,
  laadHighs,
} from '../src/server/modules/koppelingen/optimalisatie/uitwisseling-worker.ts';
import {
  HULPCATEGORIEEN,
  type Hulpcategorie,
  type Taal,
  TIJDVAKKEN,
  type Tijdvak,
  type Urgentie,
} from '../src/shared/loket.ts';

const log = (tekst: string) => process.stderr.write(`${tekst}\n`);
const KLEIN = process.argv.includes('--klein');
const HIGHS_LIMIET_S = Number(process.env.BENCH_HIGHS_S ?? 120);

interface Toewijzingsinstantie {
  naam: string;
  vragen: number;
  aanbieders: number;
  /** Every volunteer helps one person at most. */
  capaciteit1?: boolean;
  seed: number;
  /** The PC4 areas within this many km of `rond`; unset: all of the Netherlands. */
  regio?: Regio;
}

interface Regio {
  lat: number;
  lon: number;
  km: number;
}
const UTRECHT = { lat: 52.09, lon: 5.12 };
const STEIN = { lat: 50.969, lon: 5.766 };

const INSTANTIES: Toewijzingsinstantie[] = KLEIN
  ? [
      { naam: 'klein-200x500', vragen: 200, aanbieders: 500, seed: 1, regio: { ...STEIN, km: 10 } },
      {
        naam: 'klein-krap-500x200',
        vragen: 500,
        aanbieders: 200,
        seed: 2,
        regio: { ...STEIN, km: 10 },
      },
      {
        naam: 'klein-1000x1000-cap1',
        vragen: 1000,
        aanbieders: 1000,
        capaciteit1: true,
        seed: 3,
        regio: { ...STEIN, km: 10 },
      },
    ]
  : [
      // A large gemeente and its surroundings (135 PC4 areas).
      {
        naam: '2k-x-5k',
        vragen: 2_000,
        aanbieders: 5_000,
        seed: 11,
        regio: { ...UTRECHT, km: 15 },
      },
      // A province-sized region (409 PC4 areas).
      {
        naam: '10k-x-50k',
        vragen: 10_000,
        aanbieders: 50_000,
        seed: 12,
        regio: { ...UTRECHT, km: 30 },
      },
      // The whole country (4,064 PC4 areas).
      { naam: '50k-x-50k-cap1', vragen: 50_000, aanbieders: 50_000, capaciteit1: true, seed: 13 },
      {
        naam: 'krap-10k-x-5k',
        vragen: 10_000,
        aanbieders: 5_000,
        seed: 14,
        regio: { ...UTRECHT, km: 30 },
      },
    ];
const RUILEN: { mensen: number; seed: number; regio: Regio }[] = KLEIN
  ? [{ mensen: 500, seed: 21, regio: { ...STEIN, km: 10 } }]
  : [
      { mensen: 5_000, seed: 22, regio: { ...UTRECHT, km: 15 } },
      { mensen: 20_000, seed: 23, regio: { ...UTRECHT, km: 30 } },
    ];

// ---------------------------------------------------------------- generated data

/** mulberry32: small, fast, seeded. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pc4Centra(regio?: Regio): { lat: number; lon: number }[] {
  const pad = resolve(import.meta.dirname, '../../shared/data/nl-pc4.csv');
  const binnen = (p: { lat: number; lon: number }) => !regio || afstandKm(regio, p) <= regio.km;
  if (existsSync(pad)) {
    return readFileSync(pad, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((r) => r.split(','))
      .map((k) => ({ lat: Number(k[2]), lon: Number(k[3]) }))
      .filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon) && binnen(p));
  }
  // Without the file: a synthetic country, 4,000 "PC4 areas" in 250 × 300 km, a tenth of
  // them packed in "cities".
  const rnd = prng(99);
  const land = Array.from({ length: 4000 }, (_, i) =>
    i % 10 === 0
      ? { lat: 50.8 + rnd() * 2.7, lon: 3.5 + rnd() * 3.5 }
      : { lat: 52.09 + (rnd() - 0.5) * 0.4, lon: 5.12 + (rnd() - 0.5) * 0.6 },
  );
  return land.filter(binnen);
}

const EENVOUDIG = HULPCATEGORIEEN.filter((c) => c.eenvoudig).map((c) => c.code);
/** How often each simple category is asked (and offered), roughly. */
const VRAAG_GEWICHT: Partial<Record<Hulpcategorie, number>> = {
  boodschappen: 20,
  vervoer: 15,
  gezelschap: 15,
  wandelen: 10,
  klusjes: 10,
  computer: 10,
  tuin: 8,
  taal: 5,
  post: 5,
  huishouden: 2,
};
const TALEN_EXTRA: Taal[] = ['en', 'ar', 'tr', 'pl', 'de'];

class Generator {
  private readonly rnd: () => number;
  private readonly centra: { lat: number; lon: number }[];
  constructor(seed: number, centra: { lat: number; lon: number }[]) {
    this.rnd = prng(seed);
    this.centra = centra;
  }
  getal(min: number, max: number): number {
    return min + Math.floor(this.rnd() * (max - min + 1));
  }
  kans(p: number): boolean {
    return this.rnd() < p;
  }
  punt(): { lat: number; lon: number } {
    const c = this.centra[Math.floor(this.rnd() * this.centra.length)]!;
    // About 1 km around the PC4 centre.
    return { lat: c.lat + (this.rnd() - 0.5) * 0.018, lon: c.lon + (this.rnd() - 0.5) * 0.028 };
  }
  categorieen(aantal: number): Hulpcategorie[] {
    const uit = new Set<Hulpcategorie>();
    const totaal = EENVOUDIG.reduce((s, c) => s + (VRAAG_GEWICHT[c] ?? 1), 0);
    while (uit.size < aantal) {
      let x = this.rnd() * totaal;
      for (const c of EENVOUDIG) {
        x -= VRAAG_GEWICHT[c] ?? 1;
        if (x <= 0) {
          uit.add(c);
          break;
        }
      }
    }
    return [...uit];
  }
  tijdvakken(aantal: number): Tijdvak[] {
    const uit = new Set<Tijdvak>();
    // Mostly weekday mornings and afternoons.
    while (uit.size < aantal) {
      const t = TIJDVAKKEN[this.getal(0, TIJDVAKKEN.length - 1)]!;
      if (t.endsWith('avond') && this.kans(0.6)) continue;
      if ((t.startsWith('SA') || t.startsWith('SU')) && this.kans(0.5)) continue;
      uit.add(t);
    }
    return [...uit];
  }
  vraag(i: number, n: number): OptVraag {
    const leeftijd = this.kans(0.1);
    const u = this.rnd();
    const urgentie: Urgentie = u < 0.7 ? 'kan-wachten' : u < 0.95 ? 'binnen-een-week' : 'spoed';
    const g = this.rnd();
    return {
      id: `v${i}`,
      punt: this.punt(),
      ...(this.kans(0.3) ? { straalKm: this.getal(3, 10) } : {}),
      categorieen: this.categorieen(this.kans(0.3) ? 2 : 1),
      tijdvakken: this.kans(0.2) ? [] : this.tijdvakken(this.getal(2, 6)),
      talen: this.kans(0.15) ? [TALEN_EXTRA[this.getal(0, TALEN_EXTRA.length - 1)]!] : [],
      geslacht: g < 0.08 ? 'vrouw' : g < 0.12 ? 'man' : 'geen',
      ...(leeftijd ? { zelfdeLeeftijd: true, geboortejaar: this.getal(1935, 2000) } : {}),
      doetGraag: this.categorieen(this.getal(0, 2)),
      // Arrival order: the first request has waited longest.
      wachtDagen: Math.round(((n - i) / n) * 60),
      urgentie,
      uren: this.getal(1, 4),
    };
  }
  aanbod(i: number, capaciteit1: boolean): OptAanbod {
    const c = this.rnd();
    const max = capaciteit1 ? 1 : c < 0.6 ? 1 : c < 0.9 ? 2 : 3;
    const g = this.rnd();
    return {
      id: `a${i}`,
      punt: this.punt(),
      straalKm: this.getal(2, 15),
      categorieen: this.categorieen(this.getal(2, 4)),
      tijdvakken: this.tijdvakken(this.getal(4, 12)),
      talen: this.kans(0.3) ? ['nl', TALEN_EXTRA[this.getal(0, TALEN_EXTRA.length - 1)]!] : ['nl'],
      geslacht: g < 0.6 ? 'vrouw' : g < 0.98 ? 'man' : null,
      geboortejaar: this.kans(0.9) ? this.getal(1945, 2005) : null,
      vogGeldig: this.kans(0.6),
      maxKoppelingen: max,
      bezet: max > 1 && this.kans(0.1) ? 1 : 0,
      urenPerWeek: this.getal(2, 8),
    };
  }
}

const REGELS_BASIS: Regels = {
  vogNodig: HULPCATEGORIEEN.filter((c) => c.vog).map((c) => c.code),
};

function maakToewijzing(inst: Toewijzingsinstantie, centra: { lat: number; lon: number }[]) {
  const gen = new Generator(inst.seed, centra);
  const vragen = Array.from({ length: inst.vragen }, (_, i) => gen.vraag(i, inst.vragen));
  const aanbod = Array.from({ length: inst.aanbieders }, (_, i) =>
    gen.aanbod(i, inst.capaciteit1 ?? false),
  );
  // 2 % of the requests refused a volunteer before, 2 % had a good one before.
  const eerderAfgewezen: [string, string][] = [];
  const eerderGoed: [string, string][] = [];
  for (let i = 0; i < inst.vragen; i++) {
    if (gen.kans(0.02)) eerderAfgewezen.push([`v${i}`, `a${gen.getal(0, inst.aanbieders - 1)}`]);
    if (gen.kans(0.02)) eerderGoed.push([`v${i}`, `a${gen.getal(0, inst.aanbieders - 1)}`]);
  }
  return { vragen, aanbod, regels: { ...REGELS_BASIS, eerderAfgewezen, eerderGoed } };
}

// ---------------------------------------------------------------- one instance (child)

const mb = (kb: number) => Math.round(kb / 1024);
const cpuMs = (c: NodeJS.CpuUsage) => Math.round((c.user + c.system) / 1000);

async function meetToewijzing(inst: Toewijzingsinstantie) {
  const { vragen, aanbod, regels } = maakToewijzing(inst, pc4Centra(inst.regio));
  const rssVoor = process.resourceUsage().maxRSS;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const netwerk = bouwKandidaten(vragen, aanbod, regels);
  const t1 = performance.now();
  const c1 = process.cpuUsage(c0);
  const oplosser = losOp(netwerk);
  const t2 = performance.now();
  const c2 = process.cpuUsage(c0);
  const peak = process.resourceUsage().maxRSS;
  const toewijzing = oplosser.toewijzing();
  const objective = doelwaarde(netwerk, toewijzing);
  const online = gretigOnline(netwerk);
  const globaal = gretigGlobaal(netwerk);
  log(
    `${inst.naam}: candidates ${(t1 - t0).toFixed(0)} ms (${netwerk.aanbieder.length} pairs), ` +
      `flow ${(t2 - t1).toFixed(0)} ms (start: ${oplosser.gestart}; CPU ${cpuMs(c1)} + ${cpuMs(c2) - cpuMs(c1)} ms); maxRSS ${mb(rssVoor)} → ${mb(peak)} MB; ` +
      `objective ${objective.toFixed(3)}, helped ${geholpen(toewijzing)}; ` +
      `greedy online ${doelwaarde(netwerk, online).toFixed(3)} / ${geholpen(online)}, ` +
      `global ${doelwaarde(netwerk, globaal).toFixed(3)} / ${geholpen(globaal)}`,
  );
  const optimum = await highsOptimum(inst.naam, netwerk);
  return {
    name: inst.naam,
    requests: inst.vragen,
    volunteers: inst.aanbieders,
    solve_ms: Math.round(t2 - t1),
    peak_mb: mb(peak),
    objective: Number(objective.toFixed(6)),
    optimum: optimum === null ? null : Number(optimum.toFixed(6)),
    helped: geholpen(toewijzing),
    helped_greedy_online: geholpen(online),
    helped_greedy_global: geholpen(globaal),
    candidates_ms: Math.round(t1 - t0),
    flow_ms: Math.round(t2 - t1),
    objective_greedy_online: Number(doelwaarde(netwerk, online).toFixed(6)),
    objective_greedy_global: Number(doelwaarde(netwerk, globaal).toFixed(6)),
  };
}

async function highsOptimum(
  naam: string,
  netwerk: ReturnType<typeof bouwKandidaten>,
): Promise<number | null> {
  if (HIGHS_LIMIET_S <= 0) return null;
  const highs = await laadHighs();
  const t = performance.now();
  const model = highs.createModel(toewijzingLp(netwerk));
  try {
    model.options.set({ output_flag: false, time_limit: HIGHS_LIMIET_S });
    model.run();
    const status = model.getModelStatus();
    const ms = performance.now() - t;
    const optimaal = status === highs.constants.modelStatus.optimal;
    log(
      `${naam}: HiGHS ${optimaal ? 'optimal' : `status ${status}`} in ${(ms / 1000).toFixed(1)} s` +
        (optimaal ? `, optimum ${(-model.getObjectiveValue()).toFixed(3)}` : ''),
    );
    return optimaal ? -model.getObjectiveValue() : null;
  } catch (fout) {
    log(`${naam}: HiGHS failed: ${(fout as Error).message}`);
    return null;
  } finally {
    model.dispose();
  }
}

/** How many people the chosen exchanges help, per kind: "2-cycles 10, 3-cycles 30, chains 40". */
function soort(ruilen: readonly { soort: string; leden: number[]; geholpen: number }[]): string {
  const som = (f: (r: (typeof ruilen)[number]) => boolean) =>
    ruilen.filter(f).reduce((s, r) => s + r.geholpen, 0);
  return (
    `2-cycles ${som((r) => r.soort === 'cyclus' && r.leden.length === 2)}, ` +
    `3-cycles ${som((r) => r.soort === 'cyclus' && r.leden.length === 3)}, ` +
    `chains ${som((r) => r.soort === 'keten')}`
  );
}

async function meetRuil(mensen: number, seed: number, regio: Regio) {
  const gen = new Generator(seed, pc4Centra(regio));
  // 90 % ask and offer, 10 % only offer (they can start a chain).
  const deelnemers: Deelnemer[] = Array.from({ length: mensen }, (_, i) => {
    const aanbod = { ...gen.aanbod(i, false), id: `a${i}` };
    if (gen.kans(0.1)) return { id: `p${i}`, aanbod };
    return { id: `p${i}`, vraag: { ...gen.vraag(i, mensen), id: `v${i}` }, aanbod };
  });
  const t0 = performance.now();
  const graaf = bouwUitwisselgraaf(deelnemers, REGELS_BASIS);
  const t1 = performance.now();
  const ruilen = vindRuilen(graaf);
  const t2 = performance.now();
  const cycli = await kiesRuilen(graaf, ruilen, { tijdslimietS: HIGHS_LIMIET_S });
  const t3 = performance.now();
  const paren = await kiesRuilen(
    graaf,
    ruilen.filter((r) => r.soort === 'cyclus' && r.leden.length === 2),
    { tijdslimietS: HIGHS_LIMIET_S },
  );
  const t4 = performance.now();
  log(
    `reciprocal ${mensen}: graph ${(t1 - t0).toFixed(0)} ms (${graaf.naar.length} edges), ` +
      `${ruilen.length} exchanges in ${(t2 - t1).toFixed(0)} ms, MIP ${(t3 - t2).toFixed(0)} ms ` +
      `(${cycli.status}): ${cycli.geholpen} helped (${soort(cycli.ruilen)}); ` +
      `pairs only ${(t4 - t3).toFixed(0)} ms ` +
      `(${paren.status}): ${paren.geholpen}`,
  );
  return {
    people: mensen,
    solve_ms: Math.round(t3 - t0),
    helped_cycles: cycli.geholpen,
    helped_pairs: paren.geholpen,
  };
}

// ---------------------------------------------------------------- main

const arg = process.argv.indexOf('--instantie');
if (arg >= 0) {
  const naam = process.argv[arg + 1]!;
  const inst = INSTANTIES.find((i) => i.naam === naam);
  const ruil = RUILEN.find((r) => `ruil-${r.mensen}` === naam);
  const uit = inst
    ? await meetToewijzing(inst)
    : ruil
      ? await meetRuil(ruil.mensen, ruil.seed, ruil.regio)
      : null;
  if (!uit) throw new Error(`no instance ${naam}`);
  console.log(JSON.stringify(uit));
} else {
  const kind = (naam: string) => {
    const uit = execFileSync(
      process.execPath,
      [import.meta.filename, '--instantie', naam, ...(KLEIN ? ['--klein'] : [])],
      { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    return JSON.parse(uit.trim().split('\n').at(-1)!) as Record<string, unknown>;
  };
  const t = performance.now();
  const instances = INSTANTIES.map((i) => kind(i.naam));
  const reciprocal = RUILEN.map((r) => kind(`ruil-${r.mensen}`));
  log(`bench:matching done in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  const kort = (r: Record<string, unknown>) => ({
    name: r.name,
    requests: r.requests,
    volunteers: r.volunteers,
    solve_ms: r.solve_ms,
    peak_mb: r.peak_mb,
    objective: r.objective,
    optimum: r.optimum,
    helped: r.helped,
    helped_greedy_online: r.helped_greedy_online,
    helped_greedy_global: r.helped_greedy_global,
  });
  for (const r of instances) log(JSON.stringify(r));
  console.log(JSON.stringify({ instances: instances.map(kort), reciprocal }));
}
