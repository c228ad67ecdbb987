import { describe, expect, it } from 'vitest';
import { gemeenteForHost, type RoutingEntry } from './host-routing.ts';

const stein: RoutingEntry = {
  id: 1,
  code: 'GM0882',
  naam: 'Stein',
  hostnamen: ['stein.example.nl'],
};
const houten: RoutingEntry = {
  id: 2,
  code: 'GM0321',
  naam: 'Houten',
  hostnamen: ['houten.example.nl'],
};

describe('gemeenteForHost', () => {
  it('routes a claimed host name to its gemeente, ignoring port and case', () => {
    expect(gemeenteForHost([stein, houten], 'Houten.Example.NL:8443', undefined)?.code).toBe(
      'GM0321',
    );
  });

  it('falls back to the configured default gemeente', () => {
    expect(gemeenteForHost([stein, houten], 'localhost', 'GM0321')?.code).toBe('GM0321');
  });

  it('prefers a claimed host over the default', () => {
    expect(gemeenteForHost([stein, houten], 'stein.example.nl', 'GM0321')?.code).toBe('GM0882');
  });

  it('uses the only gemeente of a single-tenant install', () => {
    expect(gemeenteForHost([stein], 'localhost', undefined)?.code).toBe('GM0882');
  });

  it('never guesses between several gemeenten', () => {
    expect(gemeenteForHost([stein, houten], 'localhost', undefined)).toBeUndefined();
    expect(gemeenteForHost([stein, houten], 'localhost', 'GM9999')).toBeUndefined();
  });

  it('does not leak the host names in the result', () => {
    expect(gemeenteForHost([stein], 'stein.example.nl', undefined)).toEqual({
      id: 1,
      code: 'GM0882',
      naam: 'Stein',
    });
  });
});
