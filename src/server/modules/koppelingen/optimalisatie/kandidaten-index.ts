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
 * There is one tree per category and radius class (see `bouwBomen`), holding only the
 * volunteers who could fit a request of that category at all: none without a free slot,
 * none without a VOG in a category that needs one. Rare languages that requests ask for get
 * the same trees once more with only their speakers. A request queries the trees of its
 * categories (of its languages, when it named only rare ones) with min(its own radius, the
 * largest volunteer radius in the tree) — both radii are hard limits, so nothing farther can
 * fit — widened by the projection's worst scale error in this instance (east–west distances
 * are exact only at the centre's latitude; across the Netherlands the error is under 4 %).
 * The search goes out in rings and stops once the best K so far rule out the rest (see the
 * ring loop in bouwKandidaten). Each hit is then checked exactly on the sphere (the same
 * great-circle distance as `kandidaten.ts`) and against the hard constraints of
 * `bezwaren()` — on bit masks folded into one test, because this loop runs millions of
 * times — and the best `k` pairs per request by weight (score.ts) are kept in a bounded
 * heap. Requests are handled in the volunteers' spatial (Morton) order, so consecutive ones
 * read the same tree nodes and records from the cache; their lists are put back in request
 * order at the end. Every shortcut is exact: the pairs, weights and order equal checking
 * every pair by hand (the tests do).
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
    if (waarden === undefined) return 0;
    let mask = 0;
    for (let i = 0; i < waarden.length; i++) mask |= m.get(waarden[i]!) ?? 0;
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
  /** 0: every volunteer of the category; else only those who speak this language (a bit). */
  taal: number;
  straalKm: number;
  index: KDBush;
  /** Records per tree position: I ints and F doubles each (see bouwKandidaten). */
  iRec: Int32Array;
  fRec: Float64Array;
  /** Original volunteer index per tree position. */
  aanbieder: Int32Array;
}
const STRAALKLASSEN = [2, 3, 5, 8, 12, 16, 25, 50];

/**
 * The trees. A volunteer without a free slot is in none, and one without a VOG is in no tree
 * of a category that needs one — they can never fit there: a request sharing that category
 * needs the VOG whatever else it shares. So 'vol' needs no test per hit, and most VOG
 * failures are never met. For each language in `eigenTalen` (rare ones that requests ask
 * for, see bouwKandidaten) the same trees once more with only its speakers: a request that
 * names only such languages searches those and meets a fraction of the hits (such requests
 * rarely fill their best K nearby and otherwise scan their whole radius).
 * Groups have numeric keys (language × category × radius class) and the projected
 * coordinates are computed once per volunteer, not once per tree.
 */
function bouwBomen(
  straalKm: Float64Array,
  volgorde: Int32Array,
  iRec: Int32Array,
  fRec: Float64Array,
  px: Float64Array,
  py: Float64Array,
  vogMask: number,
  eigenTalen: number,
): { gewoon: Boom[]; perTaal: Boom[] } {
  const klassen = STRAALKLASSEN.length + 1;
  const groepen: (
    | { categorie: number; taal: number; straalKm: number; leden: number[] }
    | undefined
  )[] = [];
  const volgordeVanGroepen: number[] = [];
  const voegToe = (
    i: number,
    taal: number,
    categorieen: number,
    klasse: number,
    straal: number,
  ) => {
    const taalNr = taal === 0 ? 0 : 32 - Math.clz32(taal);
    for (let c = categorieen; c !== 0; c &= c - 1) {
      const categorie = c & -c;
      const sleutel = (taalNr * 32 + 31 - Math.clz32(categorie)) * klassen + klasse;
      let g = groepen[sleutel];
      if (!g) {
        g = { categorie, taal, straalKm: 0, leden: [] };
        groepen[sleutel] = g;
        volgordeVanGroepen.push(sleutel);
      }
      g.straalKm = Math.max(g.straalKm, straal);
      g.leden.push(i);
    }
  };
  for (let i = 0; i < volgorde.length; i++) {
    const o = i * I;
    if (iRec[o + 6]! <= 0) continue;
    const straal = straalKm[i]!;
    let klasse = 0;
    while (klasse < STRAALKLASSEN.length && !(straal <= STRAALKLASSEN[klasse]!)) klasse++;
    const categorieen = (iRec[o + 7]! & 8) !== 0 ? iRec[o]! : iRec[o]! & ~vogMask;
    voegToe(i, 0, categorieen, klasse, straal);
    for (let t = iRec[o + 3]! & eigenTalen; t !== 0; t &= t - 1) {
      voegToe(i, t & -t, categorieen, klasse, straal);
    }
  }
  const bomen = volgordeVanGroepen.map((sleutel) => {
    const g = groepen[sleutel]!;
    const leden = g.leden;
    const t = leden.length;
    const index = new KDBush(t);
    for (let j = 0; j < t; j++) {
      const i = leden[j]!;
      index.add(px[i]!, py[i]!);
    }
    index.finish();
    const boomI = new Int32Array(t * I);
    const boomF = new Float64Array(t * F);
    const aanbieder = new Int32Array(t);
    const ids = index.ids;
    for (let pos = 0; pos < t; pos++) {
      const i = leden[ids[pos]!]!;
      for (let j = 0; j < I; j++) boomI[pos * I + j] = iRec[i * I + j]!;
      for (let j = 0; j < F; j++) boomF[pos * F + j] = fRec[i * F + j]!;
      aanbieder[pos] = volgorde[i]!;
      ids[pos] = pos;
    }
    const boom: Boom = {
      categorie: g.categorie,
      taal: g.taal,
      straalKm: g.straalKm,
      index,
      iRec: boomI,
      fRec: boomF,
      aanbieder,
    };
    return boom;
  });
  return { gewoon: bomen.filter((b) => b.taal === 0), perTaal: bomen.filter((b) => b.taal !== 0) };
}

/** Volunteers sorted by the Morton code of their 250 m cell: near in space, near in memory. */
function ruimtelijkeVolgorde(ax: Float64Array, ay: Float64Array): Int32Array {
  const spreid = (w: number) => {
    let v = w & 0xffff;
    v = (v | (v << 8)) & 0x00ff00ff;
    v = (v | (v << 4)) & 0x0f0f0f0f;
    v = (v | (v << 2)) & 0x33333333;
    return (v | (v << 1)) & 0x55555555;
  };
  const m = ax.length;
  const code = new Float64Array(m);
  for (let v = 0; v < m; v++) {
    const cx = Math.max(0, Math.min(0xffff, Math.floor(ax[v]! * 4) + 0x8000));
    const cy = Math.max(0, Math.min(0xffff, Math.floor(ay[v]! * 4) + 0x8000));
    code[v] = (spreid(cx) | (spreid(cy) << 1)) >>> 0;
  }
  const volgorde = new Int32Array(m);
  if (m > 1 << 21) {
    for (let v = 0; v < m; v++) volgorde[v] = v;
    return volgorde.sort((a, b) => code[a]! - code[b]! || a - b);
  }
  // code · m + index is below 2^53, so one numeric sort without a comparator (several times
  // faster) gives the same order: by code, ties by index.
  const sleutel = new Float64Array(m);
  for (let v = 0; v < m; v++) sleutel[v] = code[v]! * m + v;
  sleutel.sort();
  for (let j = 0; j < m; j++) volgorde[j] = sleutel[j]! % m;
  return volgorde;
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

/** Index per id of the ids in `gezocht` (the last of equal ids wins, as in a map of all). */
function indexVan(lijst: readonly { id: string }[], gezocht: ReadonlySet<string>) {
  const uit = new Map<string, number>();
  if (gezocht.size === 0) return uit;
  for (let i = 0; i < lijst.length; i++) {
    const id = lijst[i]!.id;
    if (gezocht.has(id)) uit.set(id, i);
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
 * The tree positions with binnen² < d² ≤ buiten² (projected km) from (qx, qy); binnen < 0:
 * the whole disk. kdbush's own radius search over its node layout (the same test, so
 * consecutive rings split the disk exactly), which also skips every node whose box lies
 * inside the inner disk. The tree's ids are its positions (bouwBomen renumbers them), so
 * positions are written directly.
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
        // Without a branch (booleans as 0/1): whether a point of a leaf is in the ring is
        // a coin toss near its edge, and a mispredicted branch per point cost more.
        uit[aantal] = i;
        aantal += ((d2 <= r2) as unknown as number) & ((d2 > b2) as unknown as number);
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
/** A language bit every volunteer has: the test of a request that named no language. */
const ALLE_TALEN = 1 << 30;
const ALLE_TIJDVAKKEN = (1 << TIJDVAKKEN.length) - 1;
/** One bit per gender in a record's meta int, so "the gender asked for" is a mask test. */
const VROUW = 1;
const MAN = 2;
const ANDERS = 4;
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
  readonly afstand: number;
  readonly schaalKm: number;
  readonly vogMask: number;
  // The current request. The masks are tests: a hit fits when it shares a bit with each
  // (tijdT: the request's moments, or every moment when it gave none; taalT: its languages,
  // or the bit every volunteer has; geslachtT: the gender asked for, or all three).
  catR = 0;
  tijdT = 0;
  taalT = 0;
  geslachtT = 0;
  doetR = 0;
  jaarR = 0;
  /** The score's shares by number of shared bits (the same divisions, done once per request). */
  readonly catDeel = new Float64Array(33);
  readonly tijdDeel = new Float64Array(33);
  readonly doetDeel = new Float64Array(33);
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

  /**
   * The hits of one tree (positions in treffers[0 … aantal-1]) through the hard constraints.
   * The mask tests (time, language, gender, VOG) are folded into one sign bit — x | −x is
   * negative exactly when x ≠ 0 — and tested with one branch: the hits pass or fail them
   * at random, so each separate branch was a likely misprediction.
   */
  scan(boom: Boom, aantal: number): void {
    const { iRec, fRec, aanbieder, categorie, taal: taalBoom } = boom;
    const { treffers, catR, tijdT, taalT, geslachtT, doetR, jaarR, urenR, persoonR } = this;
    const { rx, ry, rz, nee, ja, vast, bonus, halveDekking, catDeel, tijdDeel, doetDeel } = this;
    const { vogMask, afstand, schaalKm } = this;
    for (let i = 0; i < aantal; i++) {
      const pos = treffers[i]!;
      const o = pos * I;
      const gedeeld = iRec[o]! & catR;
      // A volunteer with two of the request's categories is in two trees: count it in the
      // tree of the lowest shared one.
      if ((gedeeld & -gedeeld) !== categorie) continue;
      const tijd = iRec[o + 2]! & tijdT;
      const taal = iRec[o + 3]! & taalT;
      const meta = iRec[o + 7]!;
      const geslacht = meta & geslachtT;
      const vogNodig = gedeeld & vogMask;
      // Sign bit: the volunteer has a VOG (bit 3 moved up) or no shared category needs one.
      const vog = (meta << 28) | ~(vogNodig | -vogNodig);
      if (((tijd | -tijd) & (taal | -taal) & (geslacht | -geslacht) & vog) >= 0) continue;
      // Likewise in the trees per language: count it in the tree of the lowest shared one.
      if (taalBoom !== 0 && (taal & -taal) !== taalBoom) continue;
      // The distance: once the best K fill up, most of the remaining hits fail here.
      const f = pos * F;
      const dx = fRec[f]! - rx;
      const dy = fRec[f + 1]! - ry;
      const dz = fRec[f + 2]! - rz;
      const k2 = dx * dx + dy * dy + dz * dz;
      if (k2 > fRec[f + 3]! || k2 > this.grens) continue;
      if (jaarR !== 0) {
        const jaarV = iRec[o + 4]!;
        if (jaarV !== 0 && Math.abs(jaarR - jaarV) > LEEFTIJD_MARGE_JAAR) continue;
      }
      if (iRec[o + 5] === persoonR) continue;
      if (urenR > fRec[f + 4]!) continue;
      const origineel = aanbieder[pos]!;
      if (nee?.has(origineel)) continue;
      const zonderAfstand =
        vast +
        halveDekking * (catDeel[telBits(gedeeld)]! + tijdDeel[telBits(tijd)]!) +
        doetDeel[telBits(doetR & iRec[o + 1]!)]! +
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
  const ax = new Float64Array(m);
  const ay = new Float64Array(m);
  for (let v = 0; v < m; v++) {
    ax[v] = x(aanbod[v]!.punt.lon);
    ay[v] = y(aanbod[v]!.punt.lat);
  }
  const volgorde = ruimtelijkeVolgorde(ax, ay);
  // categorie, interesse, tijd, taal | ALLE_TALEN, jaar, persoon, vrij, geslacht (one bit) | vog << 3
  const iRec = new Int32Array(m * I);
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
  const bolV = eenheidsvectoren(aanbod.map((a) => a.punt));
  const px = new Float64Array(m);
  const py = new Float64Array(m);
  const straalKm = new Float64Array(m);
  // The records are written at their place in the spatial order, but the volunteers are
  // read in their own order: reading m objects in random order missed the cache each time.
  const plek = new Int32Array(m);
  for (let i = 0; i < m; i++) plek[volgorde[i]!] = i;
  for (let v = 0; v < m; v++) {
    const a = aanbod[v]!;
    const i = plek[v]!;
    const o = i * I;
    iRec[o] = categorieMask(a.categorieen);
    iRec[o + 1] = categorieMask(a.interesses ?? a.categorieen);
    iRec[o + 2] = tijdMask(a.tijdvakken);
    iRec[o + 3] = taalMask(a.talen) | ALLE_TALEN;
    iRec[o + 4] = a.geboortejaar ?? 0;
    iRec[o + 5] = persoonNr(a.persoonId);
    iRec[o + 6] = a.maxKoppelingen - a.bezet;
    iRec[o + 7] =
      (a.geslacht === 'vrouw' ? VROUW : a.geslacht === 'man' ? MAN : ANDERS) |
      (a.vogGeldig ? 8 : 0);
    px[i] = ax[v]!;
    py[i] = ay[v]!;
    const f = i * F;
    fRec[f] = bolV[v * 3]!;
    fRec[f + 1] = bolV[v * 3 + 1]!;
    fRec[f + 2] = bolV[v * 3 + 2]!;
    fRec[f + 3] = koorde2(a.straalKm);
    fRec[f + 4] = a.urenPerWeek ?? Number.POSITIVE_INFINITY;
    straalKm[i] = a.straalKm;
    capaciteit[v] = a.maxKoppelingen;
    bezet[v] = Math.min(a.bezet, a.maxKoppelingen);
  }
  // Languages that get their own trees: asked for by some request and spoken by at most a
  // quarter of the volunteers with a free slot (for a common one the plain trees do).
  let gevraagdeTalen = 0;
  for (const q of vragen) gevraagdeTalen |= taalMask(q.talen);
  let eigenTalen = 0;
  let vrij = 0;
  const sprekers = new Int32Array(32);
  for (let i = 0; i < m; i++) {
    if (iRec[i * I + 6]! <= 0) continue;
    vrij++;
    for (let t = iRec[i * I + 3]! & gevraagdeTalen; t !== 0; t &= t - 1)
      sprekers[31 - Math.clz32(t & -t)]!++;
  }
  for (let b = 0; b < 30; b++) {
    if ((gevraagdeTalen >> b) & 1 && sprekers[b]! * 4 <= vrij) eigenTalen |= 1 << b;
  }
  const vogMask = categorieMask(regels.vogNodig);
  const { gewoon: bomen, perTaal: taalBomen } = bouwBomen(
    straalKm,
    volgorde,
    iRec,
    fRec,
    px,
    py,
    vogMask,
    eigenTalen,
  );
  const bolR = eenheidsvectoren(vragen.map((q) => q.punt));

  // Indexes by id only for the ids the pair lists name: inserting every id into a map was
  // a noticeable part of the set-up.
  const paren = [...(regels.eerderAfgewezen ?? []), ...(regels.eerderGoed ?? [])];
  const vraagIndex = indexVan(vragen, new Set(paren.map((p) => p[0])));
  const aanbodIndex = indexVan(aanbod, new Set(paren.map((p) => p[1])));
  const afgewezen = paarIndex(regels.eerderAfgewezen, vraagIndex, aanbodIndex);
  const goed = paarIndex(regels.eerderGoed, vraagIndex, aanbodIndex);

  const start = new Int32Array(n + 1);
  let buurV = new Int32Array(Math.min(n * K, 1 << 20) || 1);
  let buurW = new Float64Array(buurV.length);
  let buurD = new Float64Array(buurV.length);
  let e = 0;
  const z = new Zoeker(K, m, g, vogMask);
  // The trees per category bit, and this request's trees (filled per request).
  const perCat = (lijst: Boom[]) => {
    const uit: Boom[][] = Array.from({ length: 32 }, () => []);
    for (const boom of lijst) uit[31 - Math.clz32(boom.categorie)]!.push(boom);
    return uit;
  };
  const gewoonPerCat = perCat(bomen);
  const taalPerCat = perCat(taalBomen);
  const lijst: Boom[] = [];
  const positief = (w: number) => (w > 0 ? w : 0);

  // The requests in the same spatial order as the volunteers: consecutive requests then
  // search the same tree nodes and records, which are still in the cache. Each request's
  // list goes to a scratch buffer first (at eigenStart, eigenAantal long) and is copied to
  // its place in request order at the end.
  const vraagX = new Float64Array(n);
  const vraagY = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    vraagX[r] = x(vragen[r]!.punt.lon);
    vraagY[r] = y(vragen[r]!.punt.lat);
  }
  const vraagVolgorde = ruimtelijkeVolgorde(vraagX, vraagY);
  const eigenStart = new Int32Array(n);
  const eigenAantal = new Int32Array(n);
  for (let t = 0; t < n; t++) {
    const r = vraagVolgorde[t]!;
    eigenStart[r] = e;
    const q = vragen[r]!;
    const catR = categorieMask(q.categorieen);
    if (catR === 0 || m === 0) continue;
    z.catR = catR;
    const tijdR = tijdMask(q.tijdvakken);
    const taalR = taalMask(q.talen);
    z.tijdT = tijdR === 0 ? ALLE_TIJDVAKKEN : tijdR;
    z.taalT = taalR === 0 ? ALLE_TALEN : taalR;
    z.geslachtT =
      q.geslacht === 'vrouw' ? VROUW : q.geslacht === 'man' ? MAN : VROUW | MAN | ANDERS;
    z.doetR = categorieMask(q.doetGraag);
    const nCat = telBits(catR);
    const nTijd = telBits(tijdR);
    const nDoet = telBits(z.doetR);
    for (let b = 0; b <= 32; b++) {
      z.catDeel[b] = b / nCat;
      z.tijdDeel[b] = tijdR === 0 ? 1 : b / nTijd;
      z.doetDeel[b] = nDoet === 0 ? 0 : (g.interesse * b) / nDoet;
    }
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
      (nDoet === 0 ? 0 : positief(g.interesse)) +
      positief(z.bonus);
    z.grootte = 0;
    z.grens = z.straalR2;
    z.rx = bolR[r * 3]!;
    z.ry = bolR[r * 3 + 1]!;
    z.rz = bolR[r * 3 + 2]!;
    const qx = vraagX[r]!;
    const qy = vraagY[r]!;
    // Nearest rings first: once the best K are full, their bound (nieuweGrens) often rules
    // out everything beyond a ring, and the outer rings are never searched.
    let binnen = -1;
    let buiten = 0;
    const perCategorie = taalR !== 0 && (taalR & ~eigenTalen) === 0 ? taalPerCat : gewoonPerCat;
    let aantalBomen = 0;
    for (let c = catR; c !== 0; c &= c - 1) {
      for (const boom of perCategorie[31 - Math.clz32(c & -c)]!) {
        if (boom.taal === 0 || (boom.taal & taalR) !== 0) lijst[aantalBomen++] = boom;
      }
    }
    for (let ring = 0; ring < RINGEN_KM.length; ring++) {
      const r2 = RINGEN_KM[ring]! * schaal;
      let verder = false;
      for (let b = 0; b < aantalBomen; b++) {
        const boom = lijst[b]!;
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
        z.scan(boom, zoekRing(boom, qx, qy, binnen, tot, z.treffers));
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
    eigenAantal[r] = z.schrijf(buurV, buurW, buurD, e);
    e += eigenAantal[r]!;
  }
  const aanbieder = new Int32Array(e);
  const gewicht = new Float64Array(e);
  const afstand = new Float64Array(e);
  let s = 0;
  for (let r = 0; r < n; r++) {
    start[r] = s;
    const van = eigenStart[r]!;
    const tot = van + eigenAantal[r]!;
    for (let j = van; j < tot; j++, s++) {
      aanbieder[s] = buurV[j]!;
      gewicht[s] = buurW[j]!;
      afstand[s] = buurD[j]!;
    }
  }
  start[n] = e;
  return {
    aantalVragen: n,
    aantalAanbieders: m,
    start,
    aanbieder,
    gewicht,
    afstandKm: afstand,
    capaciteit,
    bezet,
    slotKosten: g.slotKosten,
  };
}
