import { describe, expect, it } from 'vitest';
import { plaatsLeden, type Sector, sectorLabel } from './netwerkkaart.ts';

const lid = (naam: string, sector: Sector, nabijheid: number) => ({ naam, sector, nabijheid });
const MIDDEN = { x: 100, y: 100 };

describe('the network map', () => {
  it('puts each member in its own quarter and its ring by closeness', () => {
    const [mieke, jan, huisarts, vriend] = plaatsLeden(
      [
        lid('Mieke', 'familie', 1),
        lid('Jan', 'buren', 2),
        lid('Huisarts', 'professionals', 3),
        lid('Piet', 'vrienden', 1),
      ],
      90,
      MIDDEN,
    );
    // familie top left, vrienden top right, buren bottom right, professionals bottom left.
    expect(mieke!.x).toBeLessThan(100);
    expect(mieke!.y).toBeLessThan(100);
    expect(vriend!.x).toBeGreaterThan(100);
    expect(vriend!.y).toBeLessThan(100);
    expect(jan!.x).toBeGreaterThan(100);
    expect(jan!.y).toBeGreaterThan(100);
    expect(huisarts!.x).toBeLessThan(100);
    expect(huisarts!.y).toBeGreaterThan(100);
    const afstand = (p: { x: number; y: number }) => Math.hypot(p.x - 100, p.y - 100);
    expect(afstand(mieke!)).toBeCloseTo(15);
    expect(afstand(jan!)).toBeCloseTo(45);
    expect(afstand(huisarts!)).toBeCloseTo(75);
    // Names run away from the centre.
    expect(mieke!.anker).toBe('end');
    expect(mieke!.label.x).toBeLessThan(mieke!.x);
    expect(jan!.anker).toBe('start');
    expect(jan!.label.x).toBeGreaterThan(jan!.x);
  });

  it('spreads members of one sector and ring, and keeps their names apart', () => {
    const geplaatst = plaatsLeden(
      [lid('A', 'buren', 2), lid('B', 'buren', 2), lid('C', 'buren', 2), lid('D', 'vrienden', 2)],
      90,
      MIDDEN,
      20,
    );
    expect(new Set(geplaatst.map((g) => `${g.x},${g.y}`)).size).toBe(4);
    for (const g of geplaatst.slice(0, 3)) {
      expect(g.x).toBeGreaterThan(100);
      expect(g.y).toBeGreaterThan(100);
    }
    const hoogtes = geplaatst.map((g) => g.label.y).sort((a, b) => a - b);
    for (let i = 1; i < hoogtes.length; i++) {
      expect(hoogtes[i]! - hoogtes[i - 1]!).toBeGreaterThanOrEqual(20);
    }
  });

  it('names the sectors in the corners, running inwards', () => {
    expect(sectorLabel('familie', 200, 150, 4)).toEqual({
      x: 4,
      y: 4,
      anker: 'start',
      boven: true,
    });
    expect(sectorLabel('buren', 200, 150, 4)).toEqual({
      x: 196,
      y: 146,
      anker: 'end',
      boven: false,
    });
  });
});
