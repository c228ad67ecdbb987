import { describe, expect, it } from 'vitest';
import { fractie, labelPlek, punt, ringen, veelhoek } from './radar.ts';

const VIJF = { min: 1, max: 5 };
const MIDDEN = { x: 100, y: 100 };

describe('the radar chart', () => {
  it('puts the lowest score one step out of the centre, and "not discussed" in it', () => {
    expect(fractie(1, VIJF)).toBe(0.2);
    expect(fractie(5, VIJF)).toBe(1);
    expect(fractie(null, VIJF)).toBe(0);
    expect(fractie(0, { min: 0, max: 10 })).toBeCloseTo(1 / 11);
    // Out of the scale: kept on its edge, never outside the chart.
    expect(fractie(9, VIJF)).toBe(1);
  });

  it('starts the first axis at the top and goes clockwise', () => {
    expect(punt(0, 4, 1, 50, MIDDEN)).toEqual({ x: 100, y: 50 });
    expect(punt(1, 4, 1, 50, MIDDEN)).toEqual({ x: 150, y: 100 });
    expect(punt(2, 4, 0.5, 50, MIDDEN)).toEqual({ x: 100, y: 125 });
  });

  it('draws one corner per part, and one ring per step of the scale', () => {
    expect(veelhoek([5, 5, 5, 5], VIJF, 50, MIDDEN)).toBe('100,50 150,100 100,150 50,100');
    expect(ringen(VIJF)).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('lets axis labels run away from the chart', () => {
    expect(labelPlek(0, 8, 50, MIDDEN).anker).toBe('middle');
    expect(labelPlek(2, 8, 50, MIDDEN).anker).toBe('start');
    expect(labelPlek(6, 8, 50, MIDDEN).anker).toBe('end');
  });
});
