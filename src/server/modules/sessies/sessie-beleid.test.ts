import { describe, expect, it } from 'vitest';
import {
  ABSOLUUT_MS,
  IDLE_INWONER_MS,
  IDLE_MEDEWERKER_MS,
  isVerlopen,
  moetActiviteitBijwerken,
} from './sessie-beleid.ts';

const start = new Date('2026-11-23T09:00:00Z');
const at = (ms: number) => new Date(start.getTime() + ms);
const sessie = (laatstActiefMs: number) => ({
  laatstActief: at(laatstActiefMs),
  verlooptOp: at(ABSOLUUT_MS),
});

describe('sessie-beleid', () => {
  it('ends a staff session after 30 idle minutes, a resident session after 2 hours', () => {
    expect(isVerlopen(sessie(0), true, at(IDLE_MEDEWERKER_MS - 1))).toBe(false);
    expect(isVerlopen(sessie(0), true, at(IDLE_MEDEWERKER_MS))).toBe(true);
    expect(isVerlopen(sessie(0), false, at(IDLE_MEDEWERKER_MS))).toBe(false);
    expect(isVerlopen(sessie(0), false, at(IDLE_INWONER_MS))).toBe(true);
  });

  it('ends every session at its absolute lifetime, however active', () => {
    expect(isVerlopen(sessie(ABSOLUUT_MS - 1000), false, at(ABSOLUUT_MS))).toBe(true);
  });

  it('writes activity back at most once a minute', () => {
    expect(moetActiviteitBijwerken(sessie(0), at(59_000))).toBe(false);
    expect(moetActiviteitBijwerken(sessie(0), at(60_000))).toBe(true);
  });
});
