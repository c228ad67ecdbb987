import { describe, expect, it } from 'vitest';
import { dagJobSleutel, volgendeDagelijkseRun } from '../../platform/jobs/dagelijks.ts';
import { leesPostcodes, pc4Van } from './postcodes.ts';
import {
  isVerouderd,
  moetHerinneren,
  VERSHEID_JOB,
  VERSHEID_UUR_UTC,
  verouderdGrens,
} from './versheid.ts';

const nu = new Date('2026-11-23T12:00:00Z');

describe('freshness', () => {
  it('an entry is stale after six months', () => {
    expect(verouderdGrens(nu).toISOString()).toBe('2026-05-23T12:00:00.000Z');
    expect(isVerouderd(new Date('2026-05-22T12:00:00Z'), nu)).toBe(true);
    expect(isVerouderd(new Date('2026-05-24T12:00:00Z'), nu)).toBe(false);
  });

  it('reminds once, and again six months later', () => {
    const oud = new Date('2026-01-01T00:00:00Z');
    expect(moetHerinneren(oud, null, nu)).toBe(true);
    expect(moetHerinneren(oud, new Date('2026-11-01T00:00:00Z'), nu)).toBe(false);
    expect(moetHerinneren(oud, new Date('2026-05-01T00:00:00Z'), nu)).toBe(true);
    expect(moetHerinneren(new Date('2026-10-01T00:00:00Z'), null, nu)).toBe(false);
  });

  it('plans one job per day', () => {
    expect(volgendeDagelijkseRun(nu, VERSHEID_UUR_UTC).toISOString()).toBe(
      '2026-11-24T06:00:00.000Z',
    );
    expect(dagJobSleutel(VERSHEID_JOB, nu)).toBe('sociale-kaart.versheid:2026-11-23');
  });
});

describe('postcodes', () => {
  it('reads four digits from any common way of writing a postcode', () => {
    expect(pc4Van('6171')).toBe('6171');
    expect(pc4Van('6171 ab')).toBe('6171');
    expect(pc4Van('6171AB')).toBe('6171');
    expect(pc4Van('0171')).toBeNull();
    expect(pc4Van('61711')).toBeNull();
  });

  it('parses the CSV', () => {
    const k = leesPostcodes('pc4,plaats,lat,lon\n6171,Stein,50.9686,5.7676\n');
    expect(k.get('6171')).toEqual({ pc4: '6171', plaats: 'Stein', lat: 50.9686, lon: 5.7676 });
  });
});
