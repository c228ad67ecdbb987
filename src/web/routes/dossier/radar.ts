/**
 * The geometry of the radar chart (scores over time): pure, so it is tested without a
 * browser. Axis 0 points up; the others follow clockwise. A score is drawn at its step of the
 * scale, counted from one step out of the centre, so the lowest score (1, or 0 on a 0–10
 * scale) is still visible as a point and "not discussed" (null) sits in the centre.
 */

export interface Punt {
  x: number;
  y: number;
}

export interface Schaal {
  min: number;
  max: number;
}

/** How far out a score sits, 0 (centre) … 1 (outer ring). */
export function fractie(score: number | null, schaal: Schaal): number {
  if (score === null) return 0;
  const stappen = schaal.max - schaal.min + 1;
  const stap = Math.min(Math.max(score, schaal.min), schaal.max) - schaal.min + 1;
  return stap / stappen;
}

/** The point on axis `as` of `assen` at `deel` (0 … 1) of the radius. */
export function punt(as: number, assen: number, deel: number, straal: number, midden: Punt): Punt {
  const hoek = (2 * Math.PI * as) / assen - Math.PI / 2;
  const rond = (n: number) => Math.round(n * 100) / 100;
  return {
    x: rond(midden.x + Math.cos(hoek) * straal * deel),
    y: rond(midden.y + Math.sin(hoek) * straal * deel),
  };
}

/** The SVG `points` of one conversation's polygon, one corner per part of the instrument. */
export function veelhoek(
  scores: readonly (number | null)[],
  schaal: Schaal,
  straal: number,
  midden: Punt,
): string {
  return scores
    .map((s, i) => punt(i, scores.length, fractie(s, schaal), straal, midden))
    .map((p) => `${p.x},${p.y}`)
    .join(' ');
}

/** The rings of the grid: one per step of the scale, as fractions of the radius. */
export function ringen(schaal: Schaal): number[] {
  const stappen = schaal.max - schaal.min + 1;
  return Array.from({ length: stappen }, (_, i) => (i + 1) / stappen);
}

/** Where an axis label goes, and which way its text runs so it stays out of the chart. */
export function labelPlek(
  as: number,
  assen: number,
  straal: number,
  midden: Punt,
): Punt & { anker: 'start' | 'middle' | 'end' } {
  const p = punt(as, assen, 1.12, straal, midden);
  const dx = p.x - midden.x;
  const anker = Math.abs(dx) < straal * 0.05 ? 'middle' : dx > 0 ? 'start' : 'end';
  return { ...p, anker };
}
