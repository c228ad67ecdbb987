/**
 * Where each member goes on the network map (ecogram): pure, so it is tested without a
 * browser. Four sectors of a quarter circle each — familie top left, vrienden top right,
 * buren bottom right, professionals bottom left — and three rings: closeness 1 (close) in
 * the inner ring … 3 in the outer one. Members of one sector and ring are spread evenly over
 * that quarter, so their dots never sit on the sector lines. Names run away from the centre;
 * on each side they are pushed apart so two never overlap (a thin line then links a moved
 * name to its dot).
 */

/** The sectors in drawing order (as the server names them, netwerkkaart/model.ts). */
export const SECTOREN = ['familie', 'vrienden', 'buren', 'professionals'] as const;
export type Sector = (typeof SECTOREN)[number];

/** Degrees clockwise from 12 o'clock where each sector starts; each spans 90°. */
const BEGIN: Record<Sector, number> = { familie: 270, vrienden: 0, buren: 90, professionals: 180 };

export interface Punt {
  x: number;
  y: number;
}

export interface Geplaatst<T> {
  lid: T;
  /** The dot. */
  x: number;
  y: number;
  /** The name: where it starts (or ends), and which way it runs from the dot. */
  label: Punt;
  anker: 'start' | 'end';
}

const rond = (n: number) => Math.round(n * 100) / 100;

function plek(graden: number, r: number, midden: Punt): Punt {
  const hoek = ((graden - 90) * Math.PI) / 180;
  return { x: rond(midden.x + Math.cos(hoek) * r), y: rond(midden.y + Math.sin(hoek) * r) };
}

const ringVan = (nabijheid: number) => Math.min(Math.max(Math.round(nabijheid), 1), 3);

/**
 * Places every member; `straal` is the outer ring's radius. `regel` is the height a name
 * needs (its font size and a little air), `afstand` the room between dot and name.
 */
export function plaatsLeden<T extends { sector: Sector; nabijheid: number }>(
  leden: readonly T[],
  straal: number,
  midden: Punt,
  regel = 20,
  afstand = 9,
): Geplaatst<T>[] {
  const groepen = new Map<string, T[]>();
  for (const lid of leden) {
    const sleutel = `${lid.sector}-${ringVan(lid.nabijheid)}`;
    groepen.set(sleutel, [...(groepen.get(sleutel) ?? []), lid]);
  }
  const uit: Geplaatst<T>[] = leden.map((lid) => {
    const ring = ringVan(lid.nabijheid);
    const groep = groepen.get(`${lid.sector}-${ring}`) ?? [lid];
    const graden = BEGIN[lid.sector] + (90 * (groep.indexOf(lid) + 1)) / (groep.length + 1);
    const p = plek(graden, (straal * (ring - 0.5)) / 3, midden);
    const anker = p.x >= midden.x ? ('start' as const) : ('end' as const);
    const x = anker === 'start' ? p.x + afstand : p.x - afstand;
    return { lid, ...p, label: { x, y: p.y }, anker };
  });
  // Per side, top to bottom: a name that would touch the one above moves down.
  for (const kant of ['start', 'end'] as const) {
    const rij = uit.filter((g) => g.anker === kant).sort((a, b) => a.label.y - b.label.y);
    rij.forEach((g, i) => {
      const boven = rij[i - 1];
      if (boven && g.label.y < boven.label.y + regel) g.label.y = rond(boven.label.y + regel);
    });
  }
  return uit;
}

/**
 * Where a sector's name goes: in the corner of the drawing (`breedte` × `hoogte`) outside its
 * quarter, running inwards from the edge, so a long name never leaves the drawing.
 */
export function sectorLabel(sector: Sector, breedte: number, hoogte: number, marge: number) {
  const links = sector === 'familie' || sector === 'professionals';
  const boven = sector === 'familie' || sector === 'vrienden';
  return {
    x: links ? marge : breedte - marge,
    y: boven ? marge : hoogte - marge,
    anker: links ? ('start' as const) : ('end' as const),
    boven,
  };
}
