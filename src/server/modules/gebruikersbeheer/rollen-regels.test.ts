import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { likePatroon, type RolKeuze, rolProblemen, rolVerschil } from './rollen-regels.ts';

const ORG = '6f1c3a52-9a7e-4a51-9d8e-2b7c1f0e4d11';
const orgs = new Set([ORG]);

describe('rolProblemen', () => {
  it('accepts a professional with a function and an organisation', () => {
    expect(
      rolProblemen([{ rol: 'professional', functie: 'wijkteam', organisatieId: ORG }], orgs),
    ).toEqual([]);
    expect(rolProblemen([{ rol: 'redacteur', functie: null, organisatieId: null }], orgs)).toEqual(
      [],
    );
  });

  it('names every problem with its place', () => {
    const problemen = rolProblemen(
      [
        { rol: 'professional', functie: null, organisatieId: null },
        {
          rol: 'huisarts',
          functie: 'wijkteam',
          organisatieId: 'b0f4a3f8-0000-4000-8000-000000000000',
        },
        { rol: 'professional', functie: 'wijkteam', organisatieId: ORG },
      ],
      orgs,
    );
    expect(problemen.map((p) => p.pad)).toEqual([
      'rollen.0.functie',
      'rollen.0.organisatieId',
      'rollen.1.functie',
      'rollen.1.organisatieId',
      'rollen.2.rol',
    ]);
  });
});

describe('rolVerschil', () => {
  const keuze = fc.record({
    rol: fc.constantFrom('professional', 'huisarts', 'redacteur', 'functioneel-beheerder'),
    functie: fc.constantFrom(null, 'wijkteam'),
    organisatieId: fc.constantFrom(null, ORG),
  });
  const set = fc.uniqueArray(keuze, { selector: (r) => r.rol });

  it('applying the difference to the current roles gives exactly the new roles', () => {
    fc.assert(
      fc.property(set, set, (huidig, nieuw) => {
        const { weg, erbij } = rolVerschil(huidig, nieuw);
        const na = new Map<string, RolKeuze>(huidig.map((r) => [r.rol, r]));
        for (const rol of weg) na.delete(rol);
        for (const r of erbij) na.set(r.rol, r);
        const sorteer = (rs: RolKeuze[]) => [...rs].sort((a, b) => a.rol.localeCompare(b.rol));
        expect(sorteer([...na.values()])).toEqual(sorteer(nieuw));
      }),
    );
  });

  it('changes nothing when nothing changes', () => {
    const rollen = [{ rol: 'redacteur', functie: null, organisatieId: null }];
    expect(rolVerschil(rollen, rollen)).toEqual({ weg: [], erbij: [] });
  });
});

describe('likePatroon', () => {
  it('searches % and _ as themselves', () => {
    expect(likePatroon('an')).toBe('%an%');
    expect(likePatroon('100%_x\\')).toBe('%100\\%\\_x\\\\%');
  });
});
