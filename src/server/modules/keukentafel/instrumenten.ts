import { LEVENSDOMEINEN, type Levensdomein } from '../../../shared/loket.ts';
import type { Instrument, Score } from './model.ts';

/**
 * The built-in instrument: the 8 life domains of seeds 004 §1.1, scored 1–5 from acute
 * problems to fully self-reliant. Our own words (no licensed instrument texts).
 */
const NAMEN: Record<Levensdomein, { naam: string; uitleg: string }> = {
  dagbesteding: { naam: 'Dagbesteding', uitleg: 'Vrije tijd, werk, zinvolle dingen doen.' },
  'sociaal-netwerk': { naam: 'Sociaal netwerk', uitleg: 'Familie, vrienden, buren; contact.' },
  woonsituatie: { naam: 'Wonen', uitleg: 'Een veilig en passend huis.' },
  huishouden: { naam: 'Huishouden', uitleg: 'Schoonmaken, boodschappen, koken, wassen.' },
  adl: { naam: 'Zelfzorg', uitleg: 'Wassen, aankleden, eten: de dagelijkse dingen.' },
  mobiliteit: { naam: 'Vervoer', uitleg: 'Buiten de deur komen, reizen.' },
  financien: { naam: 'Geld', uitleg: 'Rondkomen, rekeningen, schulden.' },
  gezondheid: { naam: 'Gezondheid', uitleg: 'Lichaam, gevoel en denken.' },
};

export const STANDAARD_INSTRUMENT: Instrument = {
  id: 'standaard',
  code: 'zelfredzaamheid-8',
  naam: 'Zelfredzaamheid op 8 levensdomeinen',
  soort: 'zelfredzaamheid',
  schaal: {
    min: 1,
    max: 5,
    labels: [
      'Acute problemen',
      'Niet zelfredzaam',
      'Beperkt zelfredzaam',
      'Voldoende zelfredzaam',
      'Volledig zelfredzaam',
    ],
  },
  onderdelen: LEVENSDOMEINEN.map((code) => ({ code, ...NAMEN[code] })),
  actief: true,
  ingebouwd: true,
};

/** Every problem with the scores of one conversation, as field errors (all at once). */
export function scoreProblemen(
  instrument: Pick<Instrument, 'schaal' | 'onderdelen'>,
  scores: readonly Pick<Score, 'onderdeel' | 'score'>[],
): { name: string; reason: string }[] {
  const codes = new Set(instrument.onderdelen.map((o) => o.code));
  const gezien = new Set<string>();
  const fouten: { name: string; reason: string }[] = [];
  scores.forEach((s, i) => {
    const veld = `body.scores.${i}`;
    if (!codes.has(s.onderdeel)) {
      fouten.push({
        name: `${veld}.onderdeel`,
        reason: 'Dit onderdeel hoort niet bij het instrument.',
      });
    } else if (gezien.has(s.onderdeel)) {
      fouten.push({ name: `${veld}.onderdeel`, reason: 'Dit onderdeel staat er al.' });
    }
    gezien.add(s.onderdeel);
    if (s.score !== null && (s.score < instrument.schaal.min || s.score > instrument.schaal.max)) {
      fouten.push({
        name: `${veld}.score`,
        reason: `Kies een score van ${instrument.schaal.min} tot en met ${instrument.schaal.max}.`,
      });
    }
  });
  return fouten;
}
