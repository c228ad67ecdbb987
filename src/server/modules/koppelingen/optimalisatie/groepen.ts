import KDBush from 'kdbush';
import {
  HULPCATEGORIE_CODES,
  type Hulpcategorie,
  TIJDVAKKEN,
  type Tijdvak,
} from '../../../../shared/loket.ts';
import { afstandKm, type Punt } from '../kandidaten.ts';
import type { OptVraag } from './instantie.ts';

/**
 * Group suggestions (seeds 004 §6.5): when several people nearby ask for the same thing at a
 * time that suits them all, one group activity or walk-in may help them better than 1-to-1
 * help — and they meet each other. The caller adds a fitting place from the sociale kaart.
 *
 * Per category, a request is a possible centre; its group is the open requests of that
 * category within `straalKm` of it that share one time slot (a request without times fits
 * any slot). Greedy and deterministic: the largest group first (ties: the earlier centre,
 * the earlier slot), its members leave the pool of that category, repeat while a group has
 * at least `minGrootte` people. A request with two categories can be in one group per
 * category.
 */
export interface GroepOpties {
  /** Members live at most this far from the group's centre person; 2 km by default. */
  straalKm?: number;
  minGrootte?: number;
  maxGrootte?: number;
}

export interface Groepsvoorstel {
  categorie: Hulpcategorie;
  /** The moment that suits everyone; null when none of them named a time. */
  tijdvak: Tijdvak | null;
  /** Request ids, nearest to the centre first. */
  leden: string[];
  /** The members' mean position: where to look for a place. */
  midden: Punt;
  /** The farthest member from `midden`, km. */
  straalKm: number;
}

const KM_PER_GRAAD = (6371.0088 * Math.PI) / 180;

interface Kandidaat {
  grootte: number;
  centrum: number;
}

export function groepsvoorstellen(
  vragen: readonly OptVraag[],
  opties: GroepOpties = {},
): Groepsvoorstel[] {
  const straal = opties.straalKm ?? 2;
  const minGrootte = Math.max(2, opties.minGrootte ?? 3);
  const maxGrootte = Math.max(minGrootte, opties.maxGrootte ?? 12);
  const uit: Groepsvoorstel[] = [];
  for (const categorie of HULPCATEGORIE_CODES) {
    const leden = vragen.flatMap((v, i) => (v.categorieen.includes(categorie) ? [i] : []));
    if (leden.length < minGrootte) continue;
    uit.push(...perCategorie(vragen, leden, categorie, straal, minGrootte, maxGrootte));
  }
  return uit;
}

function perCategorie(
  vragen: readonly OptVraag[],
  leden: number[],
  categorie: Hulpcategorie,
  straal: number,
  minGrootte: number,
  maxGrootte: number,
): Groepsvoorstel[] {
  const punten = leden.map((i) => vragen[i]!.punt);
  const lat0 = punten.reduce((s, p) => s + p.lat, 0) / punten.length;
  const cos0 = Math.cos((lat0 * Math.PI) / 180);
  const maxLat = Math.max(...punten.map((p) => Math.abs(p.lat)));
  const schaal = Math.max(1, cos0 / Math.cos((maxLat * Math.PI) / 180)) * 1.000001;
  const index = new KDBush(leden.length);
  for (const p of punten) index.add(p.lon * cos0 * KM_PER_GRAAD, p.lat * KM_PER_GRAAD);
  index.finish();
  // Neighbours (within the radius, exactly), nearest first; fixed for the whole run.
  const buren = punten.map((p) =>
    index
      .within(p.lon * cos0 * KM_PER_GRAAD, p.lat * KM_PER_GRAAD, straal * schaal)
      .map((b) => ({ b, d: afstandKm(p, punten[b]!) }))
      .filter((x) => x.d <= straal)
      .sort((x, y) => x.d - y.d || x.b - y.b),
  );
  const tijden = leden.map((i) => new Set<string>(vragen[i]!.tijdvakken));
  const vrij = new Uint8Array(leden.length).fill(1);

  /** The best group around centre a among the free requests. */
  const groep = (a: number): { tijdvak: Tijdvak | null; leden: number[] } => {
    const open = buren[a]!.filter((x) => vrij[x.b]);
    const zonderTijd = open.filter((x) => tijden[x.b]!.size === 0);
    if (zonderTijd.length === open.length) {
      return { tijdvak: null, leden: open.slice(0, maxGrootte).map((x) => x.b) };
    }
    let beste: { tijdvak: Tijdvak | null; leden: number[] } = { tijdvak: null, leden: [] };
    const eigen = tijden[a]!;
    for (const t of TIJDVAKKEN) {
      if (eigen.size > 0 && !eigen.has(t)) continue;
      const passend = open.filter((x) => tijden[x.b]!.size === 0 || tijden[x.b]!.has(t));
      if (passend.length > beste.leden.length) {
        beste = { tijdvak: t, leden: passend.map((x) => x.b) };
      }
    }
    beste.leden = beste.leden.slice(0, maxGrootte);
    return beste;
  };

  // Lazy greedy: group sizes only shrink as members leave, so a stored size is an upper
  // bound; a popped centre whose fresh size still beats the next one is the true best.
  const eerder = (x: Kandidaat, y: Kandidaat) =>
    x.grootte > y.grootte || (x.grootte === y.grootte && x.centrum < y.centrum);
  const heap: Kandidaat[] = [];
  const push = (k: Kandidaat) => {
    heap.push(k);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!eerder(heap[i]!, heap[p]!)) break;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  };
  const pop = (): Kandidaat => {
    const top = heap[0]!;
    const laatste = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = laatste;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= heap.length) break;
        const c = l + 1 < heap.length && eerder(heap[l + 1]!, heap[l]!) ? l + 1 : l;
        if (!eerder(heap[c]!, heap[i]!)) break;
        [heap[i], heap[c]] = [heap[c]!, heap[i]!];
        i = c;
      }
    }
    return top;
  };
  for (let a = 0; a < leden.length; a++) {
    const g = groep(a).leden.length;
    if (g >= minGrootte) push({ grootte: g, centrum: a });
  }
  const uit: Groepsvoorstel[] = [];
  while (heap.length > 0) {
    const k = pop();
    if (!vrij[k.centrum]) continue;
    const g = groep(k.centrum);
    const vers = { grootte: g.leden.length, centrum: k.centrum };
    if (vers.grootte < minGrootte) continue;
    if (heap.length > 0 && eerder(heap[0]!, vers)) {
      push(vers);
      continue;
    }
    for (const b of g.leden) vrij[b] = 0;
    const ps = g.leden.map((b) => punten[b]!);
    const midden = {
      lat: ps.reduce((s, p) => s + p.lat, 0) / ps.length,
      lon: ps.reduce((s, p) => s + p.lon, 0) / ps.length,
    };
    uit.push({
      categorie,
      tijdvak: g.tijdvak,
      leden: g.leden.map((b) => vragen[leden[b]!]!.id),
      midden,
      straalKm: Math.max(...ps.map((p) => afstandKm(midden, p))),
    });
  }
  return uit;
}
