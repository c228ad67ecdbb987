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
      for (let j = 0; j < I; j++) boom.iRec[pos * I + j] = iRec[i * I + j]!;
      for (let j = 0; j < F; j++) boom.fRec[pos * F + j] = fRec[i * F + j]!;
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

let STAPEL_I = new Int32Array(3 * 64);
let STAPEL_F = new Float64Array(4 * 64);

/**
 * The tree positions with binnen² < d² ≤ buiten² (projected km) from (qx, qy): kdbush's own
 * radius search (the same test, so consecutive rings split the disk exactly), which also
 * skips every node whose box lies inside the inner disk. The tree's ids are its positions
 * (bouwBomen renumbers them), so positions are written directly.
 */
function zoekRing(
  boom: Boom,
  qx: number,
  qy: number,
  binnen: number,
  buiten: number,
  uit: Uint32Array,
): number {
  const coords = boom.index.coords as Float64Array;
  const nodeSize = boom.index.nodeSize;
  const b2 = binnen < 0 ? -1 : binnen * binnen;
  const r2 = buiten * buiten;
  let si = STAPEL_I;
  let sf = STAPEL_F;
  si[0] = 0;
  si[1] = boom.aanbieder.length - 1;
  si[2] = 0;
  sf[0] = Number.NEGATIVE_INFINITY;
  sf[1] = Number.NEGATIVE_INFINITY;
  sf[2] = Number.POSITIVE_INFINITY;
  sf[3] = Number.POSITIVE_INFINITY;
  let sp = 1;
  let aantal = 0;
  while (sp > 0) {
    sp--;
    const left = si[3 * sp]!;
    const right = si[3 * sp + 1]!;
    const axis = si[3 * sp + 2]!;
    const x0 = sf[4 * sp]!;
    const y0 = sf[4 * sp + 1]!;
    const x1 = sf[4 * sp + 2]!;
    const y1 = sf[4 * sp + 3]!;
    if (b2 >= 0) {
      // The farthest corner of the box is within the inner disk: all found before.
      const fx = Math.max(qx - x0, x1 - qx);
      const fy = Math.max(qy - y0, y1 - qy);
      if (fx * fx + fy * fy <= b2) continue;
    }
    if (right - left <= nodeSize) {
      for (let i = left; i <= right; i++) {
        const dx = coords[2 * i]! - qx;
        const dy = coords[2 * i + 1]! - qy;
        const d2 = dx * dx + dy * dy;
        if (d2 <= r2 && d2 > b2) uit[aantal++] = i;
      }
      continue;
    }
    const m = (left + right) >> 1;
    const x = coords[2 * m]!;
    const y = coords[2 * m + 1]!;
    const dx = x - qx;
    const dy = y - qy;
    const d2 = dx * dx + dy * dy;
    if (d2 <= r2 && d2 > b2) uit[aantal++] = m;
    if (3 * (sp + 2) > si.length) {
      const gi = new Int32Array(si.length * 2);
      gi.set(si);
      STAPEL_I = si = gi;
      const gf = new Float64Array(sf.length * 2);
      gf.set(sf);
      STAPEL_F = sf = gf;
    }
    if (axis === 0 ? qx - buiten <= x : qy - buiten <= y) {
      si[3 * sp] = left;
      si[3 * sp + 1] = m - 1;
      si[3 * sp + 2] = 1 - axis;
      sf[4 * sp] = x0;
      sf[4 * sp + 1] = y0;
      sf[4 * sp + 2] = axis === 0 ? x : x1;
      sf[4 * sp + 3] = axis === 0 ? y1 : y;
      sp++;
    }
    if (axis === 0 ? qx + buiten >= x : qy + buiten >= y) {
      si[3 * sp] = m + 1;
      si[3 * sp + 1] = right;
      si[3 * sp + 2] = 1 - axis;
      sf[4 * sp] = axis === 0 ? x : x0;
      sf[4 * sp + 1] = axis === 0 ? y0 : y;
      sf[4 * sp + 2] = x1;
      sf[4 * sp + 3] = y1;
      sp++;
    }
  }
  return aantal;
}

/** Query rings (projected km); the last one reaches every tree's radius. */
const RINGEN_KM = [2.5, 5, 10, Number.POSITIVE_INFINITY];
const I = 8; // ints per volunteer record
const F = 5; // doubles per volunteer record

/**
 * The search for one request at a time, with all its state in typed arrays and fields of one
 * object (no closures, no allocation per request or pair): the loop over the hits runs
 * tens of millions of times, and as a method called once per request V8 optimises it as a
 * whole instead of re-entering one huge function's inner loop.
 */
class Zoeker {
  readonly K: number;
  /** The best K so far as a min-heap, the worst on top; ties: the lower index wins. */
  readonly heapW: Float64Array;
  readonly heapV: Int32Array;
  readonly heapD: Float64Array;
  grootte = 0;
  readonly treffers: Uint32Array;
  // The weights.
  readonly halveDekking: number;
  readonly interesse: number;
  readonly afstand: number;
  readonly schaalKm: number;
  readonly vogMask: number;
  // The current request.
  catR = 0;
  tijdR = 0;
  taalR = 0;
  doetR = 0;
  nCat = 1;
  nTijd = 1;
  nDoet = 0;
  geslachtR = 0;
  jaarR = 0;
  urenR = 0;
  persoonR = -2;
  straalR2 = 0;
  vast = 0;
  bonus = 0;
  /** An upper bound of every part of the weight but the distance, for this request. */
  maxZonderAfstand = 0;
  /** Squared chord beyond which no hit can be kept: the radius, or the bound once full. */
  grens = 0;
  rx = 0;
  ry = 0;
  rz = 0;
  nee: Set<number> | undefined = undefined;
  ja: Set<number> | undefined = undefined;

  constructor(K: number, m: number, g: Gewichten, vogMask: number) {
    this.K = K;
    this.heapW = new Float64Array(K);
    this.heapV = new Int32Array(K);
    this.heapD = new Float64Array(K);
    this.treffers = new Uint32Array(Math.max(1, m));
    this.halveDekking = g.dekking / 2;
    this.interesse = g.interesse;
    this.afstand = g.afstand;
    this.schaalKm = g.afstandSchaalKm;
    this.vogMask = vogMask;
  }

  /**
   * When the heap is full, a hit whose chord exceeds c cannot beat the worst kept: its
   * weight is at most maxZonderAfstand + afstand · exp(−R·c / schaal), because the arc is at
   * least R times the chord. A margin of 1e-9 keeps rounding on the safe side.
   */
  nieuweGrens(): void {
    if (this.grootte < this.K || !(this.afstand > 0) || !(this.schaalKm > 0)) {
      this.grens = this.straalR2;
      return;
    }
    const w0 = this.heapW[0]!;
    const ruimte = w0 - this.maxZonderAfstand - 1e-9 * (1 + Math.abs(w0));
    if (!(ruimte > 0)) {
      this.grens = this.straalR2;
      return;
    }
    if (ruimte >= this.afstand) {
      this.grens = -1;
      return;
    }
    const c = (-Math.log(ruimte / this.afstand) * this.schaalKm) / AARDSTRAAL_KM;
    this.grens = Math.min(this.straalR2, c * c);
  }

  slechter(i: number, j: number): boolean {
    const hw = this.heapW;
    return hw[i]! < hw[j]! || (hw[i] === hw[j] && this.heapV[i]! > this.heapV[j]!);
  }

  wissel(i: number, j: number): void {
    const { heapW, heapV, heapD } = this;
    const w = heapW[i]!;
    heapW[i] = heapW[j]!;
    heapW[j] = w;
    const v = heapV[i]!;
    heapV[i] = heapV[j]!;
    heapV[j] = v;
    const d = heapD[i]!;
    heapD[i] = heapD[j]!;
    heapD[j] = d;
  }

  omlaag(grootte: number): void {
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= grootte) return;
      const c = l + 1 < grootte && this.slechter(l + 1, l) ? l + 1 : l;
      if (!this.slechter(c, i)) return;
      this.wissel(c, i);
      i = c;
    }
  }

  /** A fitting pair; kept when it is among the best K so far. */
  neem(w: number, v: number, d: number): void {
    const { heapW, heapV, heapD } = this;
    if (this.grootte < this.K) {
      let j = this.grootte++;
      heapW[j] = w;
      heapV[j] = v;
      heapD[j] = d;
      while (j > 0) {
        const p = (j - 1) >> 1;
        if (!this.slechter(j, p)) break;
        this.wissel(j, p);
        j = p;
      }
      if (this.grootte === this.K) this.nieuweGrens();
    } else if (w > heapW[0]! || (w === heapW[0] && v < heapV[0]!)) {
      heapW[0] = w;
      heapV[0] = v;
      heapD[0] = d;
      this.omlaag(this.grootte);
      this.nieuweGrens();
    }
  }

  /** The hits of one tree (positions in treffers[0 … aantal-1]) through the hard constraints. */
  scan(boom: Boom, aantal: number): void {
    const { iRec, fRec, aanbieder, categorie } = boom;
    const { treffers, catR, tijdR, taalR, doetR, geslachtR, jaarR, urenR, persoonR } = this;
    const { nCat, nTijd, nDoet, rx, ry, rz, nee, ja, vast, bonus, halveDekking } = this;
    const { vogMask, afstand, schaalKm, interesse } = this;
    for (let i = 0; i < aantal; i++) {
      const pos = treffers[i]!;
      const o = pos * I;
      const gedeeld = iRec[o]! & catR;
      // A volunteer with two of the request's categories is in two trees: count it in the
      // tree of the lowest shared one.
      if ((gedeeld & -gedeeld) !== categorie || iRec[o + 6]! <= 0) continue;
      // The distance first: it rules out most hits once the best K fill up.
      const f = pos * F;
      const dx = fRec[f]! - rx;
      const dy = fRec[f + 1]! - ry;
      const dz = fRec[f + 2]! - rz;
      const k2 = dx * dx + dy * dy + dz * dz;
      if (k2 > fRec[f + 3]! || k2 > this.grens) continue;
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
      if (urenR > fRec[f + 4]!) continue;
      const origineel = aanbieder[pos]!;
      if (nee?.has(origineel)) continue;
      const zonderAfstand =
        vast +
        halveDekking *
          (telBits(gedeeld) / nCat + (tijdR === 0 ? 1 : telBits(tijdGedeeld) / nTijd)) +
        (nDoet === 0 ? 0 : (interesse * telBits(doetR & iRec[o + 1]!)) / nDoet) +
        (bonus !== 0 && ja !== undefined && ja.has(origineel) ? bonus : 0);
      // When even an upper bound cannot beat the worst of the K kept so far, the exact
      // distance and exp() are not needed: the arc is at least the chord c, and
      // exp(−x) ≤ 1 / (1 + x).
      const koorde = Math.sqrt(k2);
      if (
        this.grootte === this.K &&
        zonderAfstand + afstand / (1 + (AARDSTRAAL_KM * koorde) / schaalKm) < this.heapW[0]!
      ) {
        continue;
      }
      const d = boog(koorde);
      this.neem(zonderAfstand + afstand * Math.exp(-d / schaalKm), origineel, d);
    }
  }

  /** Writes the kept pairs best first into the output at e; returns how many. */
  schrijf(uitV: Int32Array, uitW: Float64Array, uitD: Float64Array, e: number): number {
    const { heapW, heapV, heapD } = this;
    const grootte = this.grootte;
    // Pop the heap from the back.
    for (let j = grootte - 1; j >= 0; j--) {
      uitW[e + j] = heapW[0]!;
      uitV[e + j] = heapV[0]!;
      uitD[e + j] = heapD[0]!;
      this.wissel(0, j);
      this.omlaag(j);
    }
    return grootte;
  }
}

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
  for (const lijst of [vragen, aanbod]) {
    for (const { punt } of lijst) {
      if (punt.lat < latMin) latMin = punt.lat;
      if (punt.lat > latMax) latMax = punt.lat;
      if (punt.lon < lonMin) lonMin = punt.lon;
      if (punt.lon > lonMax) lonMax = punt.lon;
    }
  }
  const lat0 = n + m === 0 ? 0 : (latMin + latMax) / 2;
  const lon0 = n + m === 0 ? 0 : (lonMin + lonMax) / 2;
  const cos0 = Math.cos((lat0 * Math.PI) / 180);
  const verste = Math.max(Math.abs(latMin), Math.abs(latMax));
  // Projected east–west distance = true × cos(lat0)/cos(lat): at most this factor too long.
  const schaal = Math.max(1, cos0 / Math.max(1e-9, Math.cos((verste * Math.PI) / 180))) * 1.0001;
  const x = (lon: number) => (lon - lon0) * cos0 * KM_PER_GRAAD;
  const y = (lat: number) => (lat - lat0) * KM_PER_GRAAD;

  // Volunteers as packed records, in a spatial (Morton) order: the hits of one query lie
  // close together in memory, which roughly halves the time of the loop below.
  const volgorde = ruimtelijkeVolgorde(aanbod, x, y);
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

  const start = new Int32Array(n + 1);
  let buurV = new Int32Array(Math.min(n * K, 1 << 20) || 1);
  let buurW = new Float64Array(buurV.length);
  let buurD = new Float64Array(buurV.length);
  let e = 0;
  const z = new Zoeker(K, m, g, categorieMask(regels.vogNodig));
  const positief = (w: number) => (w > 0 ? w : 0);

  for (let r = 0; r < n; r++) {
    start[r] = e;
    const q = vragen[r]!;
    const catR = categorieMask(q.categorieen);
    if (catR === 0 || m === 0) continue;
    z.catR = catR;
    z.tijdR = tijdMask(q.tijdvakken);
    z.taalR = taalMask(q.talen);
    z.doetR = categorieMask(q.doetGraag);
    z.nCat = telBits(catR);
    z.nTijd = telBits(z.tijdR);
    z.nDoet = telBits(z.doetR);
    z.geslachtR = q.geslacht === 'vrouw' ? 1 : q.geslacht === 'man' ? 2 : 0;
    z.jaarR = q.zelfdeLeeftijd && q.geboortejaar != null ? q.geboortejaar : 0;
    z.urenR = q.uren ?? 0;
    z.persoonR = q.persoonId === undefined ? -2 : (persoon.get(q.persoonId) ?? -2);
    z.straalR2 = q.straalKm === undefined ? Number.POSITIVE_INFINITY : koorde2(q.straalKm);
    z.nee = afgewezen.get(r);
    z.ja = goed.get(r);
    // The weight without coverage, interest and distance: the same for every volunteer.
    z.vast = gewichtGetallen(
      g,
      Number.POSITIVE_INFINITY,
      0,
      0,
      0,
      q.wachtDagen,
      URGENTIE_FACTOR[q.urgentie],
      false,
    );
    z.bonus = z.ja ? g.continuiteit : 0;
    z.maxZonderAfstand =
      z.vast +
      2 * positief(z.halveDekking) +
      (z.nDoet === 0 ? 0 : positief(g.interesse)) +
      positief(z.bonus);
    z.grootte = 0;
    z.grens = z.straalR2;
    z.rx = bolR[r * 3]!;
    z.ry = bolR[r * 3 + 1]!;
    z.rz = bolR[r * 3 + 2]!;
    const qx = x(q.punt.lon);
    const qy = y(q.punt.lat);
    // Nearest rings first: once the best K are full, their bound (nieuweGrens) often rules
    // out everything beyond a ring, and the outer rings are never searched.
    let binnen = -1;
    let buiten = 0;
    for (let ring = 0; ring < RINGEN_KM.length; ring++) {
      const r2 = RINGEN_KM[ring]! * schaal;
      let verder = false;
      for (const boom of bomen) {
        if ((boom.categorie & catR) === 0) continue;
        if (z.grens < 0) break;
        // No farther than the bound of the best K allows (the arc of its chord, widened by
        // the projection's scale error like the radius): the outer ring of a large radius
        // then shrinks to the few km that can still matter.
        const grensKm = z.grens >= z.straalR2 ? Number.POSITIVE_INFINITY : boog(Math.sqrt(z.grens));
        const zoek =
          Math.min(q.straalKm ?? Number.POSITIVE_INFINITY, boom.straalKm, grensKm * 1.000001) *
          schaal;
        if (zoek <= binnen) continue;
        if (zoek > r2) verder = true;
        const tot = Math.min(zoek, r2);
        z.scan(
          boom,
          binnen < 0
            ? boom.index.withinInto(qx, qy, tot, z.treffers)
            : zoekRing(boom, qx, qy, binnen, tot, z.treffers),
        );
      }
      buiten = r2;
      // Everything not searched yet lies farther than this ring (projected, so truly farther
      // than the ring over the scale error): when the bound rules that out, done.
      if (!verder || z.grens < koorde2(buiten / (schaal * 1.001))) break;
      binnen = buiten;
      // Not full yet: the best K will likely need the whole radius, so no more rings.
      if (z.grootte < K) ring = RINGEN_KM.length - 2;
    }
    if (e + z.grootte > buurV.length) {
      const nieuw = Math.max(buurV.length * 2, e + z.grootte);
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
    e += z.schrijf(buurV, buurW, buurD, e);
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
