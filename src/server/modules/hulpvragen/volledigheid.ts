import type { Antwoorden } from './model.ts';

export interface Ontbrekend {
  name: string;
  reason: string;
}

/**
 * What a concept still misses before it can be sent — pure logic. Every gap at once, in
 * the words the form shows (B1), with the field's name as the API reports it.
 */
export function ontbrekend(a: Antwoorden): Ontbrekend[] {
  const fouten: Ontbrekend[] = [];
  const mis = (veld: string, reason: string) => fouten.push({ name: `antwoorden.${veld}`, reason });
  if (!a.voorWie) mis('voorWie', 'Kies voor wie u hulp vraagt.');
  if (a.voorWie === 'naaste' && !a.naaste?.naam) {
    mis('naaste.naam', 'Vul de naam in van de persoon voor wie u hulp vraagt.');
  }
  if (!a.categorieen || a.categorieen.length === 0) {
    mis('categorieen', 'Kies minstens één onderwerp waar u hulp bij wilt.');
  }
  if (!a.hoeVaak) mis('hoeVaak', 'Kies hoe vaak u hulp nodig heeft.');
  if (!a.postcode) mis('postcode', 'Vul de postcode in waar de hulp nodig is.');
  if (!a.urgentie) mis('urgentie', 'Kies hoe snel u hulp nodig heeft.');
  return fouten;
}
