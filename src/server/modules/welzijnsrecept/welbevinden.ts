/**
 * The wellbeing measure at the start and after three months — pure logic. A measure is a
 * score 0–10 (whole numbers) per dimension of the gemeente's instrument; by default the six
 * of `WELBEVINDEN_STANDAARD`.
 */
export type Meting = Readonly<Record<string, number>>;

export type MetingFout = { dimensie: string; fout: 'ontbreekt' | 'buiten-schaal' | 'onbekend' };

export const SCHAAL_MIN = 0;
export const SCHAAL_MAX = 10;

/** What is wrong with a measure, per dimension; empty when it is complete and valid. */
export function controleerMeting(dimensies: readonly string[], meting: Meting): MetingFout[] {
  const fouten: MetingFout[] = [];
  for (const d of dimensies) {
    const score = meting[d];
    if (score === undefined) fouten.push({ dimensie: d, fout: 'ontbreekt' });
    else if (!Number.isInteger(score) || score < SCHAAL_MIN || score > SCHAAL_MAX) {
      fouten.push({ dimensie: d, fout: 'buiten-schaal' });
    }
  }
  for (const d of Object.keys(meting)) {
    if (!dimensies.includes(d)) fouten.push({ dimensie: d, fout: 'onbekend' });
  }
  return fouten;
}

export interface Verandering {
  /** After minus before, per dimension. */
  perDimensie: Record<string, number>;
  /** Mean before and after, and the change of the mean. */
  gemiddeldVoor: number;
  gemiddeldNa: number;
  verschil: number;
}

/** The change between two valid measures of the same instrument. */
export function verandering(dimensies: readonly string[], voor: Meting, na: Meting): Verandering {
  if (dimensies.length === 0) throw new Error('an instrument needs at least one dimension');
  for (const m of [voor, na]) {
    if (controleerMeting(dimensies, m).length > 0) throw new Error('invalid measure');
  }
  const perDimensie: Record<string, number> = {};
  let somVoor = 0;
  let somNa = 0;
  for (const d of dimensies) {
    perDimensie[d] = na[d]! - voor[d]!;
    somVoor += voor[d]!;
    somNa += na[d]!;
  }
  const gemiddeldVoor = somVoor / dimensies.length;
  const gemiddeldNa = somNa / dimensies.length;
  return { perDimensie, gemiddeldVoor, gemiddeldNa, verschil: gemiddeldNa - gemiddeldVoor };
}
