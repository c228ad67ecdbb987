/**
 * The text part of the search index (zoekindex.ts): an inverted index from the Dutch lexemes
 * PostgreSQL made of each entry (name and keywords A, description B, English D) to its slots,
 * matched by prefix; and for typos, the words of name and keywords by trigram similarity.
 */
import { trigrammen } from './trigram.ts';

/** One typed word: its Dutch stems (each a prefix) and the word itself (for typos). */
export interface ZoekGroep {
  woord: string;
  stammen: string[];
}

export interface Lexemen {
  a: string[];
  b: string[];
  d: string[];
}

/** ts_rank's default weights for D, C, B, A. */
const GEWICHT = [0.1, 0.2, 0.4, 1.0];
const KLASSE = { a: 3, b: 2, d: 0 } as const;
/** A lexeme that only starts with the typed stem counts a bit less than the word itself. */
const ALLEEN_BEGIN = 0.8;
/** pg_trgm's similarity for "is this a typo of that word" (kokclub ~ kookclub = 0.7). */
export const TYPO_GELIJKENIS = 0.5;

const tekstVolgorde = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class TekstIndex {
  /** lexeme → slot * 4 + weight class (A = 3 … D = 0), ascending by slot. */
  private postings = new Map<string, number[]>();
  private woordenlijst: string[] | null = null;
  /** Words of name and keywords → slots; trigram → those words; word → its trigram count. */
  private tokens = new Map<string, number[]>();
  private tokenTrigrammen = new Map<string, string[]>();
  private tokenGrootte = new Map<string, number>();
  // Scratch space, reused between searches (a search runs start to end without awaiting).
  private merk = new Uint32Array(0);
  private groepScore = new Float64Array(0);
  /** The rank of each slot the last `treffers` returned. */
  score = new Float64Array(0);
  private ronde = 0;
  private eind = 0;
  private lijstA = new Int32Array(0);
  private lijstB = new Int32Array(0);

  zet(s: number, lexemen: Lexemen, zoektekst: string): void {
    const beste = new Map<string, number>();
    for (const deel of ['d', 'b', 'a'] as const) {
      for (const l of lexemen[deel]) beste.set(l, Math.max(KLASSE[deel], beste.get(l) ?? 0));
    }
    for (const [l, klasse] of beste) {
      const lijst = this.postings.get(l);
      if (lijst) lijst.push(s * 4 + klasse);
      else {
        this.postings.set(l, [s * 4 + klasse]);
        this.woordenlijst = null;
      }
    }
    for (const t of new Set(zoektekst.split(/[^a-z0-9]+/))) {
      if (t.length < 2) continue;
      const lijst = this.tokens.get(t);
      if (lijst) {
        lijst.push(s);
        continue;
      }
      this.tokens.set(t, [s]);
      const delen = trigrammen(t);
      this.tokenGrootte.set(t, delen.length);
      for (const g of delen) {
        const woorden = this.tokenTrigrammen.get(g);
        if (woorden) woorden.push(t);
        else this.tokenTrigrammen.set(g, [t]);
      }
    }
  }

  private lexemenMetBegin(stam: string): string[] {
    if (!this.woordenlijst) this.woordenlijst = [...this.postings.keys()].sort(tekstVolgorde);
    const lijst = this.woordenlijst;
    let lo = 0;
    let hi = lijst.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (lijst[mid]! < stam) lo = mid + 1;
      else hi = mid;
    }
    const uit: string[] = [];
    for (let i = lo; i < lijst.length && lijst[i]!.startsWith(stam); i++) uit.push(lijst[i]!);
    return uit;
  }

  /** Words of name and keywords that look like `woord`, with their similarity. */
  private lijkendeTokens(woord: string): [string, number][] {
    const eigen = trigrammen(woord);
    const gedeeld = new Map<string, number>();
    for (const g of eigen) {
      for (const t of this.tokenTrigrammen.get(g) ?? []) gedeeld.set(t, (gedeeld.get(t) ?? 0) + 1);
    }
    const uit: [string, number][] = [];
    for (const [t, n] of gedeeld) {
      const sim = n / (eigen.length + this.tokenGrootte.get(t)! - n);
      if (sim >= TYPO_GELIJKENIS) uit.push([t, sim]);
    }
    return uit;
  }

  private ruimte(slots: number): void {
    if (this.merk.length < slots) {
      const grootte = Math.max(1024, Math.ceil(slots * 1.25));
      this.merk = new Uint32Array(grootte);
      this.groepScore = new Float64Array(grootte);
      this.score = new Float64Array(grootte);
      this.lijstA = new Int32Array(grootte);
      this.lijstB = new Int32Array(grootte);
      this.ronde = 0;
    }
    if (this.ronde > 0xffff_0000) {
      this.merk.fill(0);
      this.ronde = 0;
    }
  }

  /**
   * The live slots matching every group (a view on scratch space, valid until the next
   * call); `score` holds their rank and `bevat` tells membership. Per group a slot counts its
   * best match: a lexeme (by weight, less when only its beginning matched) or, with typos, a
   * similar word of the name or keywords.
   */
  treffers(groepen: ZoekGroep[], typos: boolean, levend: Uint8Array, slots: number): Int32Array {
    this.ruimte(slots);
    const { merk, groepScore, score } = this;
    const basis = this.ronde;
    this.ronde += groepen.length + 1;
    let aantal = 0;
    groepen.forEach((groep, g) => {
      const vorig = basis + g;
      const huidig = basis + g + 1;
      const nieuw = g % 2 === 0 ? this.lijstA : this.lijstB;
      let n = 0;
      const raak = (lijst: readonly number[], gewichten: readonly number[], metKlasse: boolean) => {
        for (let i = 0; i < lijst.length; i++) {
          const p = lijst[i]!;
          const s = metKlasse ? p >> 2 : p;
          const gewicht = gewichten[metKlasse ? p & 3 : 0]!;
          const m = merk[s]!;
          if (m === huidig) {
            if (gewicht > groepScore[s]!) groepScore[s] = gewicht;
          } else if ((g === 0 || m === vorig) && levend[s]) {
            merk[s] = huidig;
            groepScore[s] = gewicht;
            nieuw[n++] = s;
          }
        }
      };
      for (const stam of groep.stammen) {
        for (const lexeem of this.lexemenMetBegin(stam)) {
          const factor = lexeem === stam ? 1 : ALLEEN_BEGIN;
          raak(
            this.postings.get(lexeem)!,
            GEWICHT.map((w) => w * factor),
            true,
          );
        }
      }
      if (typos) {
        for (const [t, sim] of this.lijkendeTokens(groep.woord)) {
          raak(this.tokens.get(t)!, [GEWICHT[KLASSE.a]! * sim * ALLEEN_BEGIN], false);
        }
      }
      for (let i = 0; i < n; i++) {
        const s = nieuw[i]!;
        score[s] = (g === 0 ? 0 : score[s]!) + groepScore[s]!;
      }
      aantal = n;
    });
    this.eind = basis + groepen.length;
    return (groepen.length % 2 === 1 ? this.lijstA : this.lijstB).subarray(0, aantal);
  }

  /** A slot `s` was in the last `treffers` when `merk[s] === eind`. */
  merkVanTreffers(): { merk: Uint32Array; eind: number } {
    return { merk: this.merk, eind: this.eind };
  }
}
