/**
 * The sociale kaart's search index: every published entry of one gemeente in memory, so a
 * search filters, counts facets, sorts and pages over all matches in a few milliseconds
 * (docs/sociale-kaart.md, "Search engine"). Pure: the database stays the source of truth;
 * zoekindex-service.ts fills this from it and keeps it current.
 *
 * Text: an inverted index of the Dutch lexemes PostgreSQL made (`zoekvector`, weighted A/B/D),
 * matched by prefix, and for typos of the words of name and keywords by trigram similarity.
 * Place: a grid of 0.1° cells and great-circle distances on PostgreSQL's earth sphere. "Nu
 * open": simple weekly rules from flat arrays, the rest through rooster.ts#isOpen.
 */
import {
  type Dag,
  KOSTEN_SOORTEN,
  TAXONOMIEEN,
  TOEGANKELIJKHEID,
  type ZoekResultaat,
} from './model.ts';
import type { Moment, RoosterRegel } from './rooster.ts';
import { eersteK } from './zoekindex-eerste.ts';
import { dagMasker, RoosterIndex, WEEKDAGEN } from './zoekindex-open.ts';
import { afstandMeter, omhullende, Raster } from './zoekindex-plaats.ts';
import { type Lexemen, TekstIndex, type ZoekGroep } from './zoekindex-tekst.ts';

export { eersteK } from './zoekindex-eerste.ts';
export { AARDSTRAAL, afstandMeter } from './zoekindex-plaats.ts';
export type { ZoekGroep } from './zoekindex-tekst.ts';
export { TYPO_GELIJKENIS } from './zoekindex-tekst.ts';

/**
 * An entry as a search result shows it, without the distance: public fields only (a
 * confidential address has no place, no point).
 */
export type Weergave = Omit<ZoekResultaat['treffers'][number], 'afstandKm'>;

/** One published entry as the index needs it (zoek-repository.ts#indexRijen). */
export interface IndexRij {
  weergave: Weergave;
  id: string;
  naam: string;
  organisatieId: string;
  /** Dutch lexemes of the name and keywords (weight A), description (B), English (D). */
  lexemen: Lexemen;
  /** Name and keywords, lower case without accents: its words are matched for typos. */
  zoektekst: string;
  levensdomeinen: string[];
  hulpvormen: string[];
  doelgroepen: string[];
  toegankelijkheid: string[];
  kosten: string;
  minimumLeeftijd: number | null;
  maximumLeeftijd: number | null;
  zonderVerwijzing: boolean;
  /** Milliseconds since 1970. */
  gewijzigdOp: number;
  /** The location's search point (for a confidential address the postcode area's centre). */
  punt: { lat: number; lon: number } | null;
  roosters: RoosterRegel[];
}

export interface IndexVraag {
  /** Every group must match. Null: no text. */
  groepen: ZoekGroep[] | null;
  /** Also match a group's word to similar words of name and keywords. */
  typos: boolean;
  punt: { lat: number; lon: number } | null;
  straalMeter: number | null;
  levensdomein: string[];
  hulpvorm: string[];
  doelgroep: string[];
  kosten: string[];
  toegankelijkheid: string[];
  leeftijd: number | null;
  zonderVerwijzing: boolean;
  organisatieId: string | null;
  dag: Dag | null;
  open: Moment | null;
  gewijzigdNa: number | null;
  metLocatie: boolean;
}

export type Sortering = 'relevantie' | 'afstand' | 'naam';

export interface IndexTreffer {
  id: string;
  weergave: Weergave;
  /** Metres from the search point; null without a point or without a location. */
  afstandM: number | null;
  rang: number;
}

export interface IndexAntwoord {
  totaal: number;
  treffers: IndexTreffer[];
  /** Counts per `facet:code` over all matches (`zonderVerwijzing:ja`). */
  facetten: Map<string, number>;
}

// The bits of a slot's flag word.
const VLAG_ZONDER = 1 << 0; // no referral and no diagnosis needed
const VLAG_LOCATIE = 1 << 1; // has a location (a search point)
const VLAG_TOEGANG = 2; // 6 bits: TOEGANKELIJKHEID
const VLAG_KOSTEN = 8; // 3 bits: KOSTEN_SOORTEN, one set
const VLAG_DAG = 11; // 7 bits: a recurring rule on Monday … Sunday
const VLAG_NOOIT = 1 << 30; // no slot has it
if (TOEGANKELIJKHEID.length > 6 || KOSTEN_SOORTEN.length > 3) {
  throw new Error('zoekindex: the flag word has 6 bits for accessibility and 3 for costs');
}

/** The words find fewer entries than this: also match look-alike words (typos). */
export const TYPO_DREMPEL = 5;

const tekstVolgorde = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Getallen = Uint8Array | Int8Array | Int16Array | Int32Array | Uint32Array | Float64Array;

/** The same typed array, `grootte` long, with the old values. */
function groter<T extends Getallen>(oud: T, grootte: number): T {
  const nieuw = new (oud.constructor as new (n: number) => T)(grootte);
  nieuw.set(oud as never);
  return nieuw;
}

/**
 * Per slot, in typed columns (fast to scan, little for the garbage collector). A changed
 * entry gets a new slot and its old slot is marked dead; zoekindex-service.ts rebuilds the
 * index when many slots are dead.
 */
export class ZoekIndex {
  private n = 0;
  private ids: string[] = [];
  private namen: string[] = [];
  private weergaven: Weergave[] = [];
  private levend = new Uint8Array(1024);
  /** The slot's combination of taxonomy terms (see `combinaties`). */
  private combinatie = new Int32Array(1024);
  /** Yes/no facts of a slot in one word (see VLAG_*): most filters are one mask test. */
  private vlag = new Int32Array(1024);
  private minL = new Int16Array(1024);
  private maxL = new Int16Array(1024);
  private org = new Int32Array(1024);
  private gewijzigd = new Float64Array(1024);
  private lat = new Float64Array(1024);
  private lon = new Float64Array(1024);
  /**
   * Each distinct set of taxonomy terms once: entries share few combinations, so a filter or
   * a facet count is one lookup per slot, spread over the terms afterwards.
   */
  private combinaties: number[][] = [];
  private combinatieVan = new Map<string, number>();

  private slotVan = new Map<string, number>();
  private termIds = new Map<string, number>();
  private termNamen: string[] = [];
  private orgIds = new Map<string, number>();
  private raster = new Raster();
  /** Slots per taxonomy term, per accessibility bit and per cost kind: starting sets. */
  private perTerm: number[][] = [];
  private perToegang: number[][] = TOEGANKELIJKHEID.map(() => []);
  private perKosten: number[][] = KOSTEN_SOORTEN.map(() => []);
  /** Every slot ever, by name and id; dead ones are skipped when read. */
  private opNaam: number[] = [];
  private opNaamGesorteerd = true;
  /** Each slot's place in `opNaam` (kept after changes by `rangen`). */
  private naamRang = new Int32Array(1024);
  private rangVuil = false;
  private tekst = new TekstIndex();
  private roosters = new RoosterIndex();
  private aantalDood = 0;
  private alle = new Int32Array(0);
  // Scratch space for one search.
  private treffers = new Int32Array(1024);
  private afstanden = new Float64Array(1024);

  /** Live entries. */
  get grootte(): number {
    return this.slotVan.size;
  }

  /** Dead slots (changed or removed entries). */
  get dood(): number {
    return this.aantalDood;
  }

  /**
   * Answers by question, at most `cacheGrootte`, forgotten at every change of the index: the
   * same search (the start page of the search, a popular word) is answered without work. A
   * "nu open" question holds its minute, so it is asked anew every minute.
   */
  private antwoorden = new Map<string, IndexAntwoord>();

  private readonly cacheGrootte: number;

  constructor(opties: { cache?: number } = {}) {
    this.cacheGrootte = opties.cache ?? 0;
  }

  /** An index of these rows, built at once (the name order sorted once at the end). */
  static van(rijen: Iterable<IndexRij>, opties: { cache?: number } = {}): ZoekIndex {
    const index = new ZoekIndex(opties);
    index.opNaamGesorteerd = false;
    for (const r of rijen) index.zet(r);
    index.sorteerOpNaam();
    return index;
  }

  private vergelijkNaam = (a: number, b: number) =>
    tekstVolgorde(this.namen[a]!, this.namen[b]!) || tekstVolgorde(this.ids[a]!, this.ids[b]!);

  private sorteerOpNaam(): void {
    this.opNaam.sort(this.vergelijkNaam);
    this.opNaamGesorteerd = true;
    this.rangVuil = true;
  }

  /** The name ranks, current: sorting by name is then comparing two integers. */
  private rangen(): Int32Array {
    if (this.rangVuil) {
      const { opNaam, naamRang } = this;
      for (let i = 0; i < opNaam.length; i++) naamRang[opNaam[i]!] = i;
      this.rangVuil = false;
    }
    return this.naamRang;
  }

  private ruimte(): void {
    const cap = this.levend.length;
    if (this.n < cap) return;
    const nieuw = cap * 2;
    this.levend = groter(this.levend, nieuw);
    this.combinatie = groter(this.combinatie, nieuw);
    this.vlag = groter(this.vlag, nieuw);
    this.minL = groter(this.minL, nieuw);
    this.maxL = groter(this.maxL, nieuw);
    this.org = groter(this.org, nieuw);
    this.gewijzigd = groter(this.gewijzigd, nieuw);
    this.lat = groter(this.lat, nieuw);
    this.lon = groter(this.lon, nieuw);
    this.naamRang = groter(this.naamRang, nieuw);
    this.treffers = new Int32Array(nieuw);
    this.afstanden = new Float64Array(nieuw);
  }

  /** Adds or replaces an entry. */
  zet(rij: IndexRij): void {
    this.verwijder(rij.id);
    this.antwoorden.clear();
    this.ruimte();
    const s = this.n++;
    this.slotVan.set(rij.id, s);
    this.ids.push(rij.id);
    this.namen.push(rij.naam);
    this.weergaven.push(rij.weergave);
    this.levend[s] = 1;

    const termen = new Set<number>();
    for (const c of rij.levensdomeinen) termen.add(this.termId(`levensdomein:${c}`));
    for (const c of rij.hulpvormen) termen.add(this.termId(`hulpvorm:${c}`));
    for (const c of rij.doelgroepen) termen.add(this.termId(`doelgroep:${c}`));
    const lijst = [...termen].sort((a, b) => a - b);
    const sleutel = lijst.join(',');
    let combinatie = this.combinatieVan.get(sleutel);
    if (combinatie === undefined) {
      combinatie = this.combinaties.length;
      this.combinaties.push(lijst);
      this.combinatieVan.set(sleutel, combinatie);
    }
    this.combinatie[s] = combinatie;
    for (const t of lijst) this.perTerm[t]!.push(s);

    let vlag = (rij.zonderVerwijzing ? VLAG_ZONDER : 0) | (rij.punt ? VLAG_LOCATIE : 0);
    for (const t of rij.toegankelijkheid) {
      const i = (TOEGANKELIJKHEID as readonly string[]).indexOf(t);
      if (i >= 0 && !(vlag & (1 << (VLAG_TOEGANG + i)))) {
        vlag |= 1 << (VLAG_TOEGANG + i);
        this.perToegang[i]!.push(s);
      }
    }
    const kosten = (KOSTEN_SOORTEN as readonly string[]).indexOf(rij.kosten);
    if (kosten >= 0) {
      vlag |= 1 << (VLAG_KOSTEN + kosten);
      this.perKosten[kosten]!.push(s);
    }
    for (const r of rij.roosters) {
      if (!r.gesloten && r.freq !== null) vlag |= dagMasker(r.byday) << VLAG_DAG;
    }
    this.vlag[s] = vlag;
    this.minL[s] = rij.minimumLeeftijd ?? -1;
    this.maxL[s] = rij.maximumLeeftijd ?? -1;
    let org = this.orgIds.get(rij.organisatieId);
    if (org === undefined) {
      org = this.orgIds.size;
      this.orgIds.set(rij.organisatieId, org);
    }
    this.org[s] = org;
    this.gewijzigd[s] = rij.gewijzigdOp;
    this.lat[s] = rij.punt ? rij.punt.lat : Number.NaN;
    this.lon[s] = rij.punt ? rij.punt.lon : Number.NaN;
    if (rij.punt) {
      this.raster.zet(s, rij.punt);
    }
    this.tekst.zet(s, rij.lexemen, rij.zoektekst);
    this.roosters.zet(s, rij.roosters);
    if (this.opNaamGesorteerd) {
      // Keep the name order: insert at its place (a memmove, also at 300,000 slots cheap).
      let lo = 0;
      let hi = this.opNaam.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.vergelijkNaam(this.opNaam[mid]!, s) < 0) lo = mid + 1;
        else hi = mid;
      }
      this.opNaam.splice(lo, 0, s);
    } else this.opNaam.push(s);
    this.rangVuil = true;
  }

  /** Removes an entry (no longer published); unknown ids are ignored. */
  verwijder(id: string): void {
    const s = this.slotVan.get(id);
    if (s === undefined) return;
    this.antwoorden.clear();
    this.slotVan.delete(id);
    this.levend[s] = 0;
    this.roosters.verwijder(s);
    this.aantalDood++;
  }

  private termId(sleutel: string): number {
    let id = this.termIds.get(sleutel);
    if (id === undefined) {
      id = this.termNamen.length;
      this.termIds.set(sleutel, id);
      this.termNamen.push(sleutel);
      this.perTerm.push([]);
    }
    return id;
  }

  /**
   * Without text or place: the shortest list that holds every match, or null (all slots).
   * Only lists without duplicates: one asked term or cost, any one asked accessibility.
   */
  private kleinsteLijst(v: IndexVraag, open: number[] | null): number[] | null {
    const kandidaten: (number[] | undefined)[] = [open ?? undefined];
    for (const soort of TAXONOMIEEN) {
      if (v[soort].length !== 1) continue;
      const id = this.termIds.get(`${soort}:${v[soort][0]}`);
      kandidaten.push(id === undefined ? [] : this.perTerm[id]);
    }
    for (const t of v.toegankelijkheid) {
      kandidaten.push(this.perToegang[(TOEGANKELIJKHEID as readonly string[]).indexOf(t)] ?? []);
    }
    if (v.kosten.length === 1) {
      kandidaten.push(
        this.perKosten[(KOSTEN_SOORTEN as readonly string[]).indexOf(v.kosten[0]!)] ?? [],
      );
    }
    let beste: number[] | null = null;
    for (const k of kandidaten) if (k && (!beste || k.length < beste.length)) beste = k;
    return beste && beste.length < this.n ? beste : null;
  }

  /** 0, 1, …, n − 1 (kept while n stays the same). */
  private alleSlots(): Int32Array {
    if (this.alle.length !== this.n) this.alle = Int32Array.from({ length: this.n }, (_, i) => i);
    return this.alle;
  }

  /** The answer: from the answers kept, or worked out (`bereken`) and kept. */
  zoek(
    v: IndexVraag,
    opties: { sortering: Sortering; offset: number; limit: number },
  ): IndexAntwoord {
    const max = this.cacheGrootte;
    if (max === 0) return this.bereken(v, opties);
    const sleutel = JSON.stringify([v, opties]);
    const bewaard = this.antwoorden.get(sleutel);
    if (bewaard) return bewaard;
    const antwoord = this.bereken(v, opties);
    if (this.antwoorden.size >= max) {
      // The oldest first (a Map keeps insertion order).
      this.antwoorden.delete(this.antwoorden.keys().next().value!);
    }
    this.antwoorden.set(sleutel, antwoord);
    return antwoord;
  }

  private bereken(
    v: IndexVraag,
    opties: { sortering: Sortering; offset: number; limit: number },
  ): IndexAntwoord {
    let tekst = v.groepen ? this.tekst.treffers(v.groepen, v.typos, this.levend, this.n) : null;
    if (v.groepen && !v.typos && tekst!.length < TYPO_DREMPEL) {
      // The words find (almost) nothing, whatever the filters: also take look-alike words.
      tekst = this.tekst.treffers(v.groepen, true, this.levend, this.n);
    }
    const straal = v.punt && v.straalMeter !== null ? v.straalMeter : null;
    const nuOpen = v.open ? this.roosters.openOp(v.open, this.n) : null;
    const open = nuOpen?.open ?? null;
    const cirkel = v.punt && straal !== null ? this.raster.kandidaten(v.punt, straal) : null;
    // Start from the shortest list that holds every match; check the rest per slot.
    const gekozen =
      cirkel && (!tekst || cirkel.length < tekst.length)
        ? cirkel
        : (tekst ?? this.kleinsteLijst(v, nuOpen?.lijst ?? null));
    const tekstCheck = tekst !== null && gekozen !== tekst;
    // Always an Int32Array, so the loop below reads one kind of array (V8 keeps it fast).
    const bron =
      gekozen instanceof Int32Array
        ? gekozen
        : gekozen
          ? Int32Array.from(gekozen)
          : this.alleSlots();
    // A cheap box test before the distance: degrees of latitude and longitude.
    const { dLat, dLon } =
      v.punt && straal !== null ? omhullende(v.punt, straal) : { dLat: 0, dLon: 0 };
    // Taxonomy filters: per term the bit of its taxonomy; an entry needs every asked bit.
    const gevraagd = new Uint8Array(this.termNamen.length);
    let nodig = 0;
    // A plain loop, not forEach: a variable a closure writes lives on the heap, and `nodig`
    // is read for every slot below.
    for (let i = 0; i < TAXONOMIEEN.length; i++) {
      const soort = TAXONOMIEEN[i]!;
      for (const code of v[soort]) {
        nodig |= 1 << i;
        const id = this.termIds.get(`${soort}:${code}`);
        if (id !== undefined) gevraagd[id]! |= 1 << i;
      }
    }
    // Which term combinations pass the taxonomy filters (every asked taxonomy has a term).
    const combinatieOk = new Uint8Array(nodig === 0 ? 0 : this.combinaties.length);
    if (nodig !== 0) {
      for (let c = 0; c < this.combinaties.length; c++) {
        let raak = 0;
        for (const t of this.combinaties[c]!) raak |= gevraagd[t]!;
        combinatieOk[c] = (raak & nodig) === nodig ? 1 : 0;
      }
    }
    // Required facts (all of), costs (any of), the day (any rule on it).
    let eis = (v.zonderVerwijzing ? VLAG_ZONDER : 0) | (v.metLocatie ? VLAG_LOCATIE : 0);
    for (const t of v.toegankelijkheid) {
      const i = (TOEGANKELIJKHEID as readonly string[]).indexOf(t);
      // An unknown code matches nothing: ask for a bit no slot has.
      eis |= i >= 0 ? 1 << (VLAG_TOEGANG + i) : VLAG_NOOIT;
    }
    let kostenEis = 0;
    for (const k of v.kosten) {
      const i = (KOSTEN_SOORTEN as readonly string[]).indexOf(k);
      kostenEis |= i >= 0 ? 1 << (VLAG_KOSTEN + i) : 0;
    }
    if (v.kosten.length && kostenEis === 0) kostenEis = VLAG_NOOIT;
    const dagEis = v.dag ? 1 << (VLAG_DAG + WEEKDAGEN.indexOf(v.dag)) : 0;
    const org = v.organisatieId === null ? -1 : (this.orgIds.get(v.organisatieId) ?? -2);
    const leeftijd = v.leeftijd ?? -1;
    const gewijzigdNa = v.gewijzigdNa ?? Number.NEGATIVE_INFINITY;
    const punt = v.punt;
    const pLat = punt?.lat ?? 0;
    const pLon = punt?.lon ?? 0;
    const metStraal = straal !== null;
    const maxAfstand = straal ?? 0;
    const { levend, vlag, combinatie, lat, lon, afstanden, treffers } = this;
    const { minL, maxL, gewijzigd } = this;
    const orgVan = this.org;

    // Facets are counted in the same pass: per term combination, and per combination of the
    // facts that are facets (the low VLAG_DAG bits of the flag word: 2^11 buckets); both are
    // split into codes afterwards.
    const perCombinatie = new Int32Array(this.combinaties.length);
    const perVlag = new Int32Array(1 << VLAG_DAG);
    const facetBits = (1 << VLAG_DAG) - 1;
    let aantal = 0;
    const lengte = bron.length;
    const metGewijzigd = v.gewijzigdNa !== null;
    const tekstMerk = this.tekst.merkVanTreffers();
    for (let i = 0; i < lengte; i++) {
      const s = bron[i]!;
      // Postings and grid cells keep dead slots (a slot is in one cell only: no duplicates).
      if (levend[s] === 0) continue;
      const f = vlag[s]!;
      if ((f & eis) !== eis) continue;
      if (kostenEis !== 0 && (f & kostenEis) === 0) continue;
      if (dagEis !== 0 && (f & dagEis) === 0) continue;
      if (tekstCheck && tekstMerk.merk[s] !== tekstMerk.eind) continue;
      const c = combinatie[s]!;
      if (nodig !== 0 && combinatieOk[c] === 0) continue;
      if (leeftijd >= 0) {
        const min = minL[s]!;
        const max = maxL[s]!;
        if ((min >= 0 && min > leeftijd) || (max >= 0 && max < leeftijd)) continue;
      }
      if (org !== -1 && orgVan[s] !== org) continue;
      if (metGewijzigd && gewijzigd[s]! < gewijzigdNa) continue;
      if (open !== null && open[s] === 0) continue;
      if (punt !== null) {
        if ((f & VLAG_LOCATIE) === 0) {
          if (metStraal) continue;
          afstanden[s] = Number.POSITIVE_INFINITY;
        } else {
          const la = lat[s]!;
          const lo = lon[s]!;
          if (metStraal && (Math.abs(la - pLat) > dLat || Math.abs(lo - pLon) > dLon)) continue;
          const d = afstandMeter(punt, { lat: la, lon: lo });
          if (metStraal && d > maxAfstand) continue;
          afstanden[s] = d;
        }
      }
      treffers[aantal++] = s;
      perCombinatie[c]!++;
      perVlag[f & facetBits]!++;
    }

    const gevonden = treffers.subarray(0, aantal);
    const tot = Math.min(aantal, opties.offset + opties.limit);
    const pagina = this.eersten(
      gevonden,
      opties.sortering,
      tekst !== null,
      v.punt !== null,
      tot,
    ).slice(opties.offset, tot);
    return {
      totaal: aantal,
      treffers: pagina.map((s) => ({
        id: this.ids[s]!,
        weergave: this.weergaven[s]!,
        afstandM: v.punt && Number.isFinite(afstanden[s]!) ? afstanden[s]! : null,
        rang: tekst ? this.tekst.score[s]! : 0,
      })),
      facetten: this.facetten(perCombinatie, perVlag),
    };
  }

  /** The first `k` matches in result order. */
  private eersten(
    gevonden: Int32Array,
    sortering: Sortering,
    metTekst: boolean,
    metPunt: boolean,
    k: number,
  ): number[] {
    const rang = this.rangen();
    if (sortering === 'relevantie' && metTekst)
      return eersteK(gevonden, k, this.tekst.score, -1, rang);
    if (sortering === 'afstand' && metPunt) return eersteK(gevonden, k, this.afstanden, 1, rang);
    return eersteK(gevonden, k, null, 1, rang);
  }

  /** The counts made while matching (`zoek`), per facet and code. */
  private facetten(perCombinatie: Int32Array, perVlag: Int32Array): Map<string, number> {
    const perTerm = new Int32Array(this.termNamen.length);
    for (let c = 0; c < perCombinatie.length; c++) {
      const n = perCombinatie[c]!;
      if (n) for (const t of this.combinaties[c]!) perTerm[t]! += n;
    }
    const uit = new Map<string, number>();
    for (let t = 0; t < perTerm.length; t++) {
      if (perTerm[t]) uit.set(this.termNamen[t]!, perTerm[t]!);
    }
    const tel = (bit: number) => {
      let som = 0;
      for (let m = 0; m < perVlag.length; m++) if (m & bit) som += perVlag[m]!;
      return som;
    };
    TOEGANKELIJKHEID.forEach((code, i) => {
      const aantal = tel(1 << (VLAG_TOEGANG + i));
      if (aantal) uit.set(`toegankelijkheid:${code}`, aantal);
    });
    KOSTEN_SOORTEN.forEach((code, i) => {
      const aantal = tel(1 << (VLAG_KOSTEN + i));
      if (aantal) uit.set(`kosten:${code}`, aantal);
    });
    const zonder = tel(VLAG_ZONDER);
    if (zonder) uit.set('zonderVerwijzing:ja', zonder);
    return uit;
  }
}
