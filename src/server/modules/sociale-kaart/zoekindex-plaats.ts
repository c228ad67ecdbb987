/**
 * Place for the search index (zoekindex.ts): distances as PostgreSQL's earthdistance
 * measures them, and a grid of 0.1° cells to find the entries near a point.
 */

/** earthdistance's earth(): a sphere of this radius in metres. */
export const AARDSTRAAL = 6_378_168;
const METER_PER_GRAAD = (AARDSTRAAL * Math.PI) / 180;
const CEL = 10; // grid cells per degree

export interface Punt {
  lat: number;
  lon: number;
}

/** Great-circle distance in metres, as earth_distance(ll_to_earth(…), ll_to_earth(…)). */
export function afstandMeter(a: Punt, b: Punt): number {
  const r = Math.PI / 180;
  const s1 = Math.sin(((b.lat - a.lat) * r) / 2);
  const s2 = Math.sin(((b.lon - a.lon) * r) / 2);
  const h = s1 * s1 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * s2 * s2;
  return 2 * AARDSTRAAL * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Half the width and height in degrees of a box that holds the circle: a point further off
 * in latitude or longitude is further than `straal` metres (longitude taken at the box's
 * latitude nearest to a pole, where a degree is shortest).
 */
export function omhullende(punt: Punt, straal: number): { dLat: number; dLon: number } {
  const dLat = straal / METER_PER_GRAAD + 1e-6;
  const maxLat = Math.min(89.9, Math.abs(punt.lat) + dLat);
  return { dLat, dLon: Math.min(180, dLat / Math.cos((maxLat * Math.PI) / 180)) };
}

const celSleutel = (rij: number, kolom: number) => (rij + 1000) * 10_000 + (kolom + 2000);

/** Slots per 0.1° cell. A slot is in one cell only. */
export class Raster {
  private cellen = new Map<number, number[]>();

  zet(s: number, punt: Punt): void {
    const sleutel = celSleutel(Math.floor(punt.lat * CEL), Math.floor(punt.lon * CEL));
    const cel = this.cellen.get(sleutel);
    if (cel) cel.push(s);
    else this.cellen.set(sleutel, [s]);
  }

  /** The slots in the cells that cover the circle (more than the circle: distance decides). */
  kandidaten(punt: Punt, straal: number): number[] {
    const { dLat, dLon } = omhullende(punt, straal);
    const uit: number[] = [];
    const r1 = Math.floor((punt.lat + dLat) * CEL);
    const k1 = Math.floor((punt.lon + dLon) * CEL);
    for (let r = Math.floor((punt.lat - dLat) * CEL); r <= r1; r++) {
      for (let k = Math.floor((punt.lon - dLon) * CEL); k <= k1; k++) {
        const cel = this.cellen.get(celSleutel(r, k));
        if (cel) for (const s of cel) uit.push(s);
      }
    }
    return uit;
  }
}
