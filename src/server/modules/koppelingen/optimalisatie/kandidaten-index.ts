import KDBush from 'kdbush';
import { HULPCATEGORIE_CODES, TALEN, TIJDVAKKEN } from '../../../../shared/loket.ts';
import { afstandKm } from '../kandidaten.ts';
import {
  type Netwerk,
  type OptAanbod,
  type OptVraag,
  paarSleutel,
  type Regels,
} from './instantie.ts';
import {
  type Gewichten,
  gewichtGetallen,
  type Kenmerken,
  STANDAARD_GEWICHTEN,
  URGENTIE_FACTOR,
} from './score.ts';

/**
 * Candidate pairs for the optimiser, from a spatial index: a kd-tree (`kdbush`) over the
 * volunteers on projected coordinates — a local equirectangular projection in km around
 * the instance's centre — and radius queries per request. Unlike geohash cells, a radius
 * query never misses a neighbour just across a cell border.
 *
 * There is one tree per category and radius class (see `bouwBomen`). A request queries the
 * trees of its categories with min(its own radius, the largest volunteer radius in the
 * tree) — both radii are hard limits, so nothing farther can fit — widened by the
 * projection's worst scale error in this instance (east–west distances are exact only at the
 * centre's latitude; across the Netherlands the error is under 4 %). Each hit is then checked exactly on the sphere (the
 * same great-circle distance as `kandidaten.ts`) and against the hard constraints of
 * `bezwaren()` — on bit masks, because this loop runs millions of times — and the best
 * `k` pairs per request by weight (score.ts) are kept.
 */
export interface IndexOpties {
  /** Candidates kept per request: 40 by default; 30–50 is the intended range. */
  k?: number;
  gewichten?: Gewichten;
}

export interface Kandidaten extends Netwerk {
  /** Great-circle distance per edge, km. */
  afstandKm: Float64Array;
}

export type Bezwaar =
  | 'categorie'
  | 'afstand'
  | 'tijd'
  | 'vog'
  | 'taal'
  | 'geslacht'
  | 'leeftijd'
  | 'uren'
  | 'vol'
  | 'eerder-afgewezen'
  | 'zelfde-persoon';

const AARDSTRAAL_KM = 6371.0088;
const KM_PER_GRAAD = (AARDSTRAAL_KM * Math.PI) / 180;
/** "About my age": at most this many years apart. */
export const LEEFTIJD_MARGE_JAAR = 10;

const bit = <T extends string>(lijst: readonly T[]) => {
  const m = new Map<string, number>();
  lijst.forEach((c, i) => {
    m.set(c, 1 << i);
  });
  return (waarden: readonly string[] | undefined) => {
    let mask = 0;
    for (const w of waarden ?? []) mask |= m.get(w) ?? 0;
    return mask;
  };
};
const categorieMask = bit(HULPCATEGORIE_CODES);
const tijdMask = bit(TIJDVAKKEN);
const taalMask = bit(TALEN);

function telBits(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Every hard constraint that one pair breaks (empty: the pair fits). The reference. */
export function bezwaren(
  vraag: OptVraag,
  aanbod: OptAanbod,
  regels: Regels,
  afgewezen: ReadonlySet<string> = new Set(),
): Bezwaar[] {
  const uit: Bezwaar[] = [];
  const gedeeld = vraag.categorieen.filter((c) => aanbod.categorieen.includes(c));
  if (gedeeld.length === 0) uit.push('categorie');
  const d = afstandKm(vraag.punt, aanbod.punt);
  if (d > aanbod.straalKm || (vraag.straalKm !== undefined && d > vraag.straalKm)) {
    uit.push('afstand');
  }
  const tijd =
    vraag.tijdvakken.length === 0
      ? aanbod.tijdvakken.length > 0
      : vraag.tijdvakken.some((t) => aanbod.tijdvakken.includes(t));
  if (!tijd) uit.push('tijd');
  if (gedeeld.some((c) => regels.vogNodig.includes(c)) && !aanbod.vogGeldig) uit.push('vog');
  if (vraag.talen.length > 0 && !vraag.talen.some((t) => aanbod.talen.includes(t))) {
    uit.push('taal');
  }
  if (vraag.geslacht !== 'geen' && aanbod.geslacht !== vraag.geslacht) uit.push('geslacht');
  if (
    vraag.zelfdeLeeftijd &&
    vraag.geboortejaar != null &&
    aanbod.geboortejaar != null &&
    Math.abs(vraag.geboortejaar - aanbod.geboortejaar) > LEEFTIJD_MARGE_JAAR
  ) {
    uit.push('leeftijd');
  }
  if (
    vraag.uren !== undefined &&
    aanbod.urenPerWeek !== undefined &&
    vraag.uren > aanbod.urenPerWeek
  ) {
    uit.push('uren');
  }
  if (aanbod.bezet >= aanbod.maxKoppelingen) uit.push('vol');
  if (afgewezen.has(paarSleutel(vraag.id, aanbod.id))) uit.push('eerder-afgewezen');
  if (vraag.persoonId !== undefined && vraag.persoonId === aanbod.persoonId) {
    uit.push('zelfde-persoon');
  }
  return uit;
}

/** The facts the score and its explanation use, for one pair. */
export function kenmerken(
  vraag: OptVraag,
  aanbod: OptAanbod,
  goed: ReadonlySet<string> = new Set(),
): Kenmerken {
  const gedeeld = vraag.categorieen.filter((c) => aanbod.categorieen.includes(c));
  const tijden = vraag.tijdvakken.filter((t) => aanbod.tijdvakken.includes(t)).length;
  const interesses = aanbod.interesses ?? aanbod.categorieen;
  const doet = vraag.doetGraag ?? [];
  const gedeeldeInteresses = doet.filter((c) => interesses.includes(c));
  return {
    afstandKm: afstandKm(vraag.punt, aanbod.punt),
    gedeeldeCategorieen: gedeeld,
    categorieDekking:
      vraag.categorieen.length === 0 ? 0 : gedeeld.length / vraag.categorieen.length,
    gedeeldeTijdvakken: vraag.tijdvakken.length === 0 ? null : tijden,
    tijdDekking: vraag.tijdvakken.length === 0 ? 1 : tijden / vraag.tijdvakken.length,
    gedeeldeInteresses,
    interesseDekking: doet.length === 0 ? 0 : gedeeldeInteresses.length / doet.length,
    wachtDagen: vraag.wachtDagen,
    urgentie: vraag.urgentie,
    eerderGoed: goed.has(paarSleutel(vraag.id, aanbod.id)),
  };
}

/**
 * One kd-tree per category and radius class: a request queries only the trees of its own
 * categories, each with the largest radius in that class, so it meets far fewer volunteers
 * than one query with the largest radius of all over everyone. Each tree keeps its own copy
 * of its volunteers' records in the tree's storage order, and its `ids` are renumbered to
 * that order: a query's hits then read memory almost in sequence, not one cache miss each
 * (this loop is memory-bound: it halved the time).
 */
interface Boom {
  categorie: number;
  straalKm: number;
  index: KDBush;
  /** Records per tree position: I ints and F doubles each (see bouwKandidaten). */
  iRec: Int32Array;
  fRec: Float64Array;
  /** Original volunteer index per tree position. */
  aanbieder: Int32Array;
}
const STRAALKLASSEN = [2, 3, 5, 8, 12, 16, 25, 50];

function bouwBomen(
  aanbod: readonly OptAanbod[],
  volgorde: Int32Array,
  iRec: Int32Array,
  fRec: Float64Array,
  I: number,
  F: number,
  x: (lon: number) => number,
  y: (lat: number) => number,
): Boom[] {
  const groepen = new Map<string, { categorie: number; straalKm: number; leden: number[] }>();
  volgorde.forEach((v, i) => {
    const a = aanbod[v]!;
    const klasse = STRAALKLASSEN.findIndex((k) => a.straalKm <= k);
    for (let c = iRec[i * I]!; c !== 0; c &= c - 1) {
      const categorie = c & -c;
      const sleutel = `${categorie}:${klasse}`;
      let g = groepen.get(sleutel);
      if (!g) {
        g = { categorie, straalKm: 0, leden: [] };
        groepen.set(sleutel, g);
      }
      g.straalKm = Math.max(g.straalKm, a.straalKm);
      g.leden.push(i);
    }
  });
  return [...groepen.values()].map((g) => {
    const index = new KDBush(g.leden.length);
    for (const i of g.leden) {
      const p = aanbod[volgorde[i]!]!.punt;
      index.add(x(p.lon), y(p.lat));
    }
    index.finish();
    const t = g.leden.length;
    const boom: Boom = {
      categorie: g.categorie,
      straalKm: g.straalKm,
      index,
      iRec: new Int32Array(t * I),
      fRec: new Float64Array(t * F),
      aanbieder: new Int32Array(t),
    };
    for (let pos = 0; pos < t; pos++) {
      const i = g.leden[index.ids[pos]!]!;
      boom.iRec.set(iRec.subarray(i * I, i * I + I), pos * I);
      boom.fRec.set(fRec.subarray(i * F, i * F + F), pos * F);
      boom.aanbieder[pos] = volgorde[i]!;
      index.ids[pos] = pos;
    }
    return boom;
  });
}

/** Volunteers sorted by the Morton code of their 250 m cell: near in space, near in memory. */
function ruimtelijkeVolgorde(
  aanbod: readonly OptAanbod[],
  x: (lon: number) => number,
  y: (lat: number) => number,
): Int32Array {
  const spreid = (w: number) => {
    let v = w & 0xffff;
    v = (v | (v << 8)) & 0x00ff00ff;
    v = (v | (v << 4)) & 0x0f0f0f0f;
    v = (v | (v << 2)) & 0x33333333;
    return (v | (v << 1)) & 0x55555555;
  };
  const code = new Float64Array(aanbod.length);
  aanbod.forEach((a, v) => {
    const cx = Math.max(0, Math.min(0xffff, Math.floor(x(a.punt.lon) * 4) + 0x8000));
    const cy = Math.max(0, Math.min(0xffff, Math.floor(y(a.punt.lat) * 4) + 0x8000));
    code[v] = (spreid(cx) | (spreid(cy) << 1)) >>> 0;
  });
  return Int32Array.from(aanbod.keys()).sort((a, b) => code[a]! - code[b]! || a - b);
}

/** Pair lists as sets of (request index → volunteer indexes). */
function paarIndex(
  paren: Regels['eerderAfgewezen'],
  vraagIndex: ReadonlyMap<string, number>,
  aanbodIndex: ReadonlyMap<string, number>,
): Map<number, Set<number>> {
  const uit = new Map<number, Set<number>>();
  for (const [vraagId, aanbodId] of paren ?? []) {
    const r = vraagIndex.get(vraagId);
    const v = aanbodIndex.get(aanbodId);
    if (r === undefined || v === undefined) continue;
    let s = uit.get(r);
    if (!s) {
      s = new Set();
      uit.set(r, s);
    }
    s.add(v);
  }
  return uit;
}

/** Unit vectors on the sphere: the chord between two tells the exact great-circle distance. */
function eenheidsvectoren(punten: readonly { lat: number; lon: number }[]): Float64Array {
  const uit = new Float64Array(punten.length * 3);
  const rad = Math.PI / 180;
  punten.forEach((p, i) => {
    const la = p.lat * rad;
    const lo = p.lon * rad;
    uit[i * 3] = Math.cos(la) * Math.cos(lo);
    uit[i * 3 + 1] = Math.cos(la) * Math.sin(lo);
    uit[i * 3 + 2] = Math.sin(la);
  });
  return uit;
}
/**
 * The great-circle distance (km) of a chord on the unit sphere: 2R·asin(c/2). Below 50 km
 * its series c + c³/24 + 3c⁵/640 + 5c⁷/7168 is exact to double precision and much faster.
 */
function boog(koorde: number): number {
  if (koorde > 0.008) return 2 * AARDSTRAAL_KM * Math.asin(Math.min(1, koorde / 2));
  const c2 = koorde * koorde;
  return AARDSTRAAL_KM * koorde * (1 + c2 * (1 / 24 + c2 * (3 / 640 + (c2 * 5) / 7168)));
}

/** Squared chord of a great-circle distance in km (monotone, so limits compare as chords). */
const koorde2 = (km: number) =>
  (2 * Math.sin(Math.min(km, Math.PI * AARDSTRAAL_KM) / (2 * AARDSTRAAL_KM))) ** 2;

export function bouwKandidaten(
  vragen: readonly OptVraag[],
  aanbod: readonly OptAanbod[],
  regels: Regels,
  opties: IndexOpties = {},
): Kandidaten {
  const K = opties.k ?? 40;
  if (!Number.isInteger(K) || K < 1) throw new Error('k: a whole number ≥ 1');
  const g = opties.gewichten ?? STANDAARD_GEWICHTEN;
  const n = vragen.length;
  const m = aanbod.length;

  // The projection's centre and worst east–west scale error.
  let latMin = 90;
  let latMax = -90;
  let lonMin = 180;
  let lonMax = -180;
  for (const p of [...vragen, ...aanbod]) {
    latMin = Math.min(latMin, p.punt.lat);
    latMax = Math.max(latMax, p.punt.lat);
    lonMin = Math.min(lonMin, p.punt.lon);
    lonMax = Math.max(lonMax, p.punt.lon);
  }
  const lat0 = n + m === 0 ? 0 : (latMin + latMax) / 2;
  const lon0 = n + m === 0 ? 0 : (lonMin + lonMax) / 2;
  const cos0 = Math.cos((lat0 * Math.PI) / 180);
  const verste = Math.max(Math.abs(latMin), Math.abs(latMax));
  // Projected east–west distance = true × cos(lat0)/cos(lat): at most this factor too long.
  const schaal = Math.max(1, cos0 / Math.max(1e-9, Math.cos((verste * Math.PI) / 180))) * 1.000001;
  const x = (lon: number) => (lon - lon0) * cos0 * KM_PER_GRAAD;
  const y = (lat: number) => (lat - lat0) * KM_PER_GRAAD;

  // Volunteers as packed records, in a spatial (Morton) order: the hits of one query lie
  // close together in memory, which roughly halves the time of the loop below.
  const volgorde = ruimtelijkeVolgorde(aanbod, x, y);
  const I = 8; // ints per volunteer
  const F = 5; // doubles per volunteer
  const iRec = new Int32Array(m * I); // categorie, interesse, tijd, taal, jaar, persoon, vrij, geslacht|vog
  const fRec = new Float64Array(m * F); // unit vector x y z, radius as squared chord, hours
  const persoon = new Map<string, number>();
  const persoonNr = (id: string | undefined) => {
    if (id === undefined) return -1;
    const nr = persoon.get(id) ?? persoon.size;
    persoon.set(id, nr);
    return nr;
  };
  const capaciteit = new Int32Array(m);
  const bezet = new Int32Array(m);
  const aanbodIndex = new Map<string, number>();
  const bolV = eenheidsvectoren(aanbod.map((a) => a.punt));
  volgorde.forEach((v, i) => {
    const a = aanbod[v]!;
    const o = i * I;
    iRec[o] = categorieMask(a.categorieen);
    iRec[o + 1] = categorieMask(a.interesses ?? a.categorieen);
    iRec[o + 2] = tijdMask(a.tijdvakken);
    iRec[o + 3] = taalMask(a.talen);
    iRec[o + 4] = a.geboortejaar ?? 0;
    iRec[o + 5] = persoonNr(a.persoonId);
    iRec[o + 6] = a.maxKoppelingen - a.bezet;
    iRec[o + 7] =
      (a.geslacht === 'vrouw' ? 1 : a.geslacht === 'man' ? 2 : 0) | (a.vogGeldig ? 4 : 0);
    const f = i * F;
    fRec[f] = bolV[v * 3]!;
    fRec[f + 1] = bolV[v * 3 + 1]!;
    fRec[f + 2] = bolV[v * 3 + 2]!;
    fRec[f + 3] = koorde2(a.straalKm);
    fRec[f + 4] = a.urenPerWeek ?? Number.POSITIVE_INFINITY;
  });
  aanbod.forEach((a, v) => {
    aanbodIndex.set(a.id, v);
    capaciteit[v] = a.maxKoppelingen;
    bezet[v] = Math.min(a.bezet, a.maxKoppelingen);
  });
  const bomen = bouwBomen(aanbod, volgorde, iRec, fRec, I, F, x, y);
  const bolR = eenheidsvectoren(vragen.map((q) => q.punt));

  const vraagIndex = new Map<string, number>();
  vragen.forEach((q, r) => {
    vraagIndex.set(q.id, r);
  });
  const afgewezen = paarIndex(regels.eerderAfgewezen, vraagIndex, aanbodIndex);
  const goed = paarIndex(regels.eerderGoed, vraagIndex, aanbodIndex);
  const vogMask = categorieMask(regels.vogNodig);

  const start = new Int32Array(n + 1);
  let buurV = new Int32Array(Math.min(n * K, 1 << 20) || 1);
  let buurW = new Float64Array(buurV.length);
  let buurD = new Float64Array(buurV.length);
  let e = 0;
  const treffers = new Uint32Array(Math.max(1, m));
  // A min-heap of the best K so far (the worst of them on top); ties: the lower index wins.
  const heapW = new Float64Array(K);
  const heapV = new Int32Array(K);
  const heapD = new Float64Array(K);
  const slechter = (i: number, j: number) =>
    heapW[i]! < heapW[j]! || (heapW[i] === heapW[j] && heapV[i]! > heapV[j]!);
  const wissel = (i: number, j: number) => {
    const w = heapW[i]!;
    heapW[i] = heapW[j]!;
    heapW[j] = w;
    const v = heapV[i]!;
    heapV[i] = heapV[j]!;
    heapV[j] = v;
    const d = heapD[i]!;
    heapD[i] = heapD[j]!;
    heapD[j] = d;
  };
  const omlaag = (grootte: number) => {
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= grootte) return;
      const c = l + 1 < grootte && slechter(l + 1, l) ? l + 1 : l;
      if (!slechter(c, i)) return;
      wissel(c, i);
      i = c;
    }
  };
  const halveDekking = g.dekking / 2;

  for (let r = 0; r < n; r++) {
    start[r] = e;
    const q = vragen[r]!;
    const catR = categorieMask(q.categorieen);
    const tijdR = tijdMask(q.tijdvakken);
    const taalR = taalMask(q.talen);
    const doetR = categorieMask(q.doetGraag);
    const nCat = telBits(catR);
    const nTijd = telBits(tijdR);
    const nDoet = telBits(doetR);
    const geslachtR = q.geslacht === 'vrouw' ? 1 : q.geslacht === 'man' ? 2 : 0;
    const jaarR = q.zelfdeLeeftijd && q.geboortejaar != null ? q.geboortejaar : 0;
    const urenR = q.uren ?? 0;
    const persoonR = q.persoonId === undefined ? -2 : (persoon.get(q.persoonId) ?? -2);
    const straalR2 = q.straalKm === undefined ? Number.POSITIVE_INFINITY : koorde2(q.straalKm);
    const urgentie = URGENTIE_FACTOR[q.urgentie];
    const nee = afgewezen.get(r);
    const ja = goed.get(r);
    // The weight without coverage, interest and distance: the same for every volunteer.
    const vast = gewichtGetallen(
      g,
      Number.POSITIVE_INFINITY,
      0,
      0,
      0,
      q.wachtDagen,
      urgentie,
      false,
    );
    const bonus = ja ? g.continuiteit : 0;
    if (catR === 0 || m === 0) continue;
    const qx = x(q.punt.lon);
    const qy = y(q.punt.lat);
    const rx = bolR[r * 3]!;
    const ry = bolR[r * 3 + 1]!;
    const rz = bolR[r * 3 + 2]!;
    let grootte = 0;
    for (const boom of bomen) {
      if ((boom.categorie & catR) === 0) continue;
      const zoek = Math.min(q.straalKm ?? Number.POSITIVE_INFINITY, boom.straalKm) * schaal;
      const aantal = boom.index.withinInto(qx, qy, zoek, treffers);
      const { iRec, fRec, aanbieder, categorie } = boom;
      for (let i = 0; i < aantal; i++) {
        const pos = treffers[i]!;
        const o = pos * I;
        const gedeeld = iRec[o]! & catR;
        // A volunteer with two of the request's categories is in two trees: count it in the
        // tree of the lowest shared one.
        if ((gedeeld & -gedeeld) !== categorie || iRec[o + 6]! <= 0) continue;
        const tijdV = iRec[o + 2]!;
        const tijdGedeeld = tijdV & tijdR;
        if (tijdR === 0 ? tijdV === 0 : tijdGedeeld === 0) continue;
        const meta = iRec[o + 7]!;
        if ((gedeeld & vogMask) !== 0 && (meta & 4) === 0) continue;
        if (taalR !== 0 && (iRec[o + 3]! & taalR) === 0) continue;
        if (geslachtR !== 0 && (meta & 3) !== geslachtR) continue;
        const jaarV = iRec[o + 4]!;
        if (jaarR !== 0 && jaarV !== 0 && Math.abs(jaarR - jaarV) > LEEFTIJD_MARGE_JAAR) continue;
        if (iRec[o + 5] === persoonR) continue;
        const f = pos * F;
        if (urenR > fRec[f + 4]!) continue;
        const dx = fRec[f]! - rx;
        const dy = fRec[f + 1]! - ry;
        const dz = fRec[f + 2]! - rz;
        const k2 = dx * dx + dy * dy + dz * dz;
        if (k2 > fRec[f + 3]! || k2 > straalR2) continue;
        const origineel = aanbieder[pos]!;
        if (nee?.has(origineel)) continue;
        const zonderAfstand =
          vast +
          halveDekking *
            (telBits(gedeeld) / nCat + (tijdR === 0 ? 1 : telBits(tijdGedeeld) / nTijd)) +
          (nDoet === 0 ? 0 : (g.interesse * telBits(doetR & iRec[o + 1]!)) / nDoet) +
          (bonus !== 0 && ja!.has(origineel) ? bonus : 0);
        // When even an upper bound cannot beat the worst of the K kept so far, the exact
        // distance and exp() are not needed: the arc is at least the chord c, and
        // exp(−x) ≤ 1 / (1 + x).
        const koorde = Math.sqrt(k2);
        if (
          grootte === K &&
          zonderAfstand + g.afstand / (1 + (AARDSTRAAL_KM * koorde) / g.afstandSchaalKm) < heapW[0]!
        ) {
          continue;
        }
        const d = boog(koorde);
        const w = zonderAfstand + g.afstand * Math.exp(-d / g.afstandSchaalKm);
        if (grootte < K) {
          // Sift up.
          let j = grootte++;
          heapW[j] = w;
          heapV[j] = origineel;
          heapD[j] = d;
          while (j > 0) {
            const p = (j - 1) >> 1;
            if (!slechter(j, p)) break;
            wissel(j, p);
            j = p;
          }
        } else if (w > heapW[0]! || (w === heapW[0] && origineel < heapV[0]!)) {
          heapW[0] = w;
          heapV[0] = origineel;
          heapD[0] = d;
          omlaag(grootte);
        }
      }
    }
    if (e + grootte > buurV.length) {
      const nieuw = Math.max(buurV.length * 2, e + grootte);
      const v2 = new Int32Array(nieuw);
      v2.set(buurV);
      buurV = v2;
      const w2 = new Float64Array(nieuw);
      w2.set(buurW);
      buurW = w2;
      const d2 = new Float64Array(nieuw);
      d2.set(buurD);
      buurD = d2;
    }
    // Best first: pop the heap from the back.
    for (let j = grootte - 1; j >= 0; j--) {
      buurW[e + j] = heapW[0]!;
      buurV[e + j] = heapV[0]!;
      buurD[e + j] = heapD[0]!;
      wissel(0, j);
      omlaag(j);
    }
    e += grootte;
  }
  start[n] = e;
  return {
    aantalVragen: n,
    aantalAanbieders: m,
    start,
    aanbieder: buurV.slice(0, e),
    gewicht: buurW.slice(0, e),
    afstandKm: buurD.slice(0, e),
    capaciteit,
    bezet,
    slotKosten: g.slotKosten,
  };
}
