import { describe, expect, it } from 'vitest';
import { isJongeMantelzorger, leeftijdOp, volleMaanden } from './jonge-mantelzorger.ts';

describe('volleMaanden', () => {
  it.each([
    ['2024-01-15', '2024-07-15', 6],
    ['2024-01-15', '2024-07-14', 5],
    ['2024-01-31', '2024-02-29', 0],
    ['2023-12-01', '2024-01-01', 1],
    ['2024-05-01', '2024-04-01', 0],
    ['2024-05-01', '2024-05-01', 0],
  ])('%s to %s is %i whole months', (van, tot, n) => {
    expect(volleMaanden(van, tot)).toBe(n);
  });
});

describe('leeftijdOp', () => {
  it.each([
    ['2000-10-01', '2025-10-01', 25],
    ['2000-10-01', '2025-09-30', 24],
    ['2004-02-29', '2025-02-28', 20],
    ['2004-02-29', '2025-03-01', 21],
  ])('born %s is %i on %s', (geboren, op, n) => {
    expect(leeftijdOp(geboren, op)).toBe(n);
  });
});

describe('isJongeMantelzorger', () => {
  it.each([
    ['2001-01-01', '2025-12-31', true],
    ['2001-01-01', '2026-01-01', false],
    ['2015-06-01', '2026-01-01', true],
    [null, '2026-01-01', null],
  ])('born %s on %s: %s', (geboren, op, jong) => {
    expect(isJongeMantelzorger(geboren, op)).toBe(jong);
  });
});
