import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BEGIN_HASH, controleer, type LogRij, type OpgeslagenRij, rijHash } from './logketen.ts';

function keten(n: number): OpgeslagenRij[] {
  const rijen: OpgeslagenRij[] = [];
  let vorige = BEGIN_HASH;
  for (let i = 1; i <= n; i++) {
    const rij: LogRij = {
      gemeenteId: 1,
      volgnummer: String(i),
      op: new Date(Date.UTC(2026, 10, 23, 12, 0, i)),
      actie: 'lezen',
      uitkomst: i % 3 === 0 ? 'geweigerd' : 'toegestaan',
      accountId: '00000000-0000-4000-8000-000000000001',
      namensPersoonId: null,
      rol: 'professional',
      organisatieId: null,
      persoonId: '00000000-0000-4000-8000-0000000000ff',
      categorie: 'contact',
      grondslag: 'betrokkenheid',
      doel: 'Wmo',
      ip: '127.0.0.1',
      doorbraak: false,
    };
    const hash = rijHash(vorige, rij);
    rijen.push({ ...rij, vorigeHash: vorige, hash });
    vorige = hash;
  }
  return rijen;
}

describe('logketen', () => {
  it('accepts an untouched chain and reports its head', () => {
    const rijen = keten(5);
    expect(controleer(rijen)).toEqual({ laatste: { volgnummer: 5n, hash: rijen[4]!.hash } });
  });

  it('finds any edited field of any row, and names that row', () => {
    const velden = ['actie', 'uitkomst', 'rol', 'doel', 'ip', 'categorie'] as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.constantFrom(...velden), (i, veld) => {
        const rijen = keten(6);
        rijen[i] = { ...rijen[i]!, [veld]: `${rijen[i]![veld]}x` };
        expect(controleer(rijen).fout).toEqual({
          volgnummer: String(i + 1),
          reden: 'inhoud gewijzigd',
        });
      }),
    );
  });

  it('finds a removed row and a recomputed (forged) row', () => {
    const zonder = keten(4).filter((r) => r.volgnummer !== '2');
    expect(controleer(zonder).fout?.volgnummer).toBe('3');
    const rijen = keten(4);
    const vals = { ...rijen[1]!, doorbraak: true };
    vals.hash = rijHash(vals.vorigeHash, vals);
    rijen[1] = vals;
    expect(controleer(rijen).fout).toEqual({ volgnummer: '3', reden: 'vorige hash klopt niet' });
  });
});
