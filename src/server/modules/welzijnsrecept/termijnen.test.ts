import { describe, expect, it } from 'vitest';
import { eersteContactTeLaat, eersteContactVoor, vervolgOp } from './termijnen.ts';

describe('the dates of a welzijnsrecept', () => {
  it('wants a first contact within five working days', () => {
    // Thursday 3 December → Thursday 10 December.
    expect(eersteContactVoor('2026-12-03')).toBe('2026-12-10');
    expect(eersteContactTeLaat('2026-12-10', '2026-12-10', false)).toBe(false);
    expect(eersteContactTeLaat('2026-12-10', '2026-12-11', false)).toBe(true);
    expect(eersteContactTeLaat('2026-12-10', '2026-12-11', true)).toBe(false);
  });

  it('follows up three months after the activity starts', () => {
    expect(vervolgOp('2026-12-03')).toBe('2027-03-03');
    expect(vervolgOp('2026-11-30')).toBe('2027-02-28');
  });
});
