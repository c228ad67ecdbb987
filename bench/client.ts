import http from 'node:http';
import { Worker } from 'node:worker_threads';

/** A fixed, seeded mix of search queries (mulberry32), a quarter of each kind. */
export function vragen(aantal: number, zaad: number): string[] {
  let s = zaad >>> 0;
  const rnd = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const kies = <T>(l: readonly T[]) => l[Math.floor(rnd() * l.length)]!;
  const woorden = [
    'kookclub',
    'wandelen',
    'eenzaam',
    'taal',
    'fiets',
    'schuld',
    'mantelzorg',
    'sport',
    'koffie',
    'computer',
    'repair',
    'maatje',
    'kookklub',
    'wandelgroep',
    'moestuin',
    'rouw',
    'formulieren',
    'logeren',
    'koken eten',
    'hulp geld',
  ];
  const postcodes = [
    '1011',
    '3511',
    '6171',
    '9711',
    '5611',
    '2511',
    '7511',
    '8011',
    '4811',
    '6811',
  ];
  const filters = [
    'levensdomein=sociaal-netwerk',
    'kosten=gratis&toegankelijkheid=rolstoel',
    'zonderVerwijzing=true',
    'hulpvorm=activiteit&kosten=gratis',
    'doelgroep=ouderen&leeftijd=70',
    'toegankelijkheid=ringleiding',
  ];
  const uit: string[] = [];
  for (let i = 0; i < aantal; i++) {
    const soort = i % 4;
    const tekst = encodeURIComponent(kies(woorden));
    if (soort === 0) uit.push(`tekst=${tekst}`);
    else if (soort === 1)
      uit.push(`tekst=${tekst}&postcode=${kies(postcodes)}&straalKm=${kies([2, 5, 10, 25])}`);
    else if (soort === 2) uit.push(kies(filters));
    else uit.push(`nuOpen=true${rnd() < 0.5 ? `&postcode=${kies(postcodes)}&straalKm=10` : ''}`);
  }
  return uit.map((q) => `/api/v1/aanbod?${q}`);
}

export interface Meting {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  fouten: number;
  bouwS?: number;
  /** Seconds the first request took: the search index is built then. */
  indexS?: number;
  /** p95 per query kind (see `soortVan`). */
  p95PerSoort?: Record<string, number>;
}

/** The kind of a benchmark query: text, text + place, filters only, "nu open". */
export function soortVan(pad: string): string {
  if (pad.includes('nuOpen=')) return 'nu_open';
  if (pad.includes('tekst=')) return pad.includes('postcode=') ? 'tekst_plaats' : 'tekst';
  return 'filters';
}

function haal(agent: http.Agent, port: number, host: string, pad: string, ip: string) {
  return new Promise<number>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: pad, agent, headers: { host, 'x-forwarded-for': ip } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Sends every path with `parallel` clients; latencies in ms. */
export async function meet(port: number, host: string, paden: string[], parallel: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: parallel });
  const tijden: number[] = [];
  const perSoort = new Map<string, number[]>();
  let fouten = 0;
  let volgende = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (volgende < paden.length) {
        const i = volgende++;
        const t = performance.now();
        const status = await haal(
          agent,
          port,
          host,
          paden[i]!,
          `10.0.${(i >> 8) & 255}.${i & 255}`,
        );
        const ms = performance.now() - t;
        tijden.push(ms);
        const soort = soortVan(paden[i]!);
        perSoort.set(soort, [...(perSoort.get(soort) ?? []), ms]);
        if (status !== 200) fouten++;
      }
    }),
  );
  const duur = (performance.now() - start) / 1000;
  agent.destroy();
  const q = (lijst: number[], p: number) => {
    const s = [...lijst].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
  };
  const p95PerSoort = Object.fromEntries(
    [...perSoort].map(([soort, l]) => [soort, Math.round(q(l, 95) * 10) / 10]),
  );
  return {
    p50: q(tijden, 50),
    p95: q(tijden, 95),
    p99: q(tijden, 99),
    rps: paden.length / duur,
    fouten,
    p95PerSoort,
  } satisfies Meting;
}

/** `meet` in a worker thread, so the clients do not slow down the server's event loop. */
export function meetApart(
  port: number,
  host: string,
  paden: string[],
  parallel: number,
): Promise<Meting> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./client-worker.ts', import.meta.url), {
      workerData: { port, host, paden, parallel },
    });
    worker.once('message', (m: Meting) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
