import { describe, expect, it } from 'vitest';
import { metTerug, terugUit, veiligTerugpad } from './terug.ts';

describe('veiligTerugpad', () => {
  it('accepts a path on this site', () => {
    expect(veiligTerugpad('/hulp-vragen/controleren')).toBe('/hulp-vragen/controleren');
    expect(veiligTerugpad('/mijn-kring?x=1#y')).toBe('/mijn-kring?x=1#y');
  });

  it('refuses anything that could leave the site', () => {
    for (const kwaad of [
      'https://kwaad.example/',
      '//kwaad.example/pad',
      '/\\kwaad.example',
      '\\\\kwaad.example',
      'javascript:alert(1)',
      'mijn-kring',
      '/ /kwaad',
      '/\t/kwaad.example',
      '',
      null,
      undefined,
      `/${'a'.repeat(300)}`,
    ]) {
      expect(veiligTerugpad(kwaad), String(kwaad)).toBeUndefined();
    }
  });

  it('reads and passes on the return path', () => {
    expect(terugUit('?terug=%2Fhulp-vragen%2Fcontroleren')).toBe('/hulp-vragen/controleren');
    expect(terugUit('?terug=https%3A%2F%2Fkwaad.example')).toBeUndefined();
    expect(metTerug('/inloggen', '/mijn-kring')).toBe('/inloggen?terug=%2Fmijn-kring');
    expect(metTerug('/inloggen', undefined)).toBe('/inloggen');
  });
});
