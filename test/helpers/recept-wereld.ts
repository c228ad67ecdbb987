import type { TestApp } from './test-app.ts';
import { maakWereld } from './wereld.ts';

/**
 * The world of the Welzijn op Recept tests: a gemeente with two GP practices, a welzijn
 * organisation that the first practice refers to, and a wijkteam; a GP per practice, a
 * welzijnscoach, a wijkteam member, a policy officer and a functioneel beheerder. Accounts are `<key>@<domein>`.
 */
export async function maakReceptWereld(
  t: TestApp,
  g: { code: string; naam: string; host: string; domein: string },
) {
  const w = await maakWereld(t, g);
  const { gemeenteId, scope, acc } = w;
  const org: Record<'praktijk' | 'anderePraktijk' | 'welzijn' | 'wijkteam', string> = {
    praktijk: await w.organisatie('Org praktijk', 'huisartsenpraktijk'),
    anderePraktijk: await w.organisatie('Org anderePraktijk', 'huisartsenpraktijk'),
    welzijn: await w.organisatie('Org welzijn', 'welzijn'),
    wijkteam: await w.organisatie('Org wijkteam', 'wijkteam'),
  };
  const maak = w.account;
  await maak('huisarts', { rol: 'huisarts', organisatieId: org.praktijk });
  await maak('andereHuisarts', { rol: 'huisarts', organisatieId: org.anderePraktijk });
  await maak('coach', {
    rol: 'professional',
    functie: 'welzijnscoach',
    organisatieId: org.welzijn,
  });
  await maak('wijkteam', { rol: 'professional', functie: 'wijkteam', organisatieId: org.wijkteam });
  await maak('beleid', { rol: 'beleidsmedewerker' });
  await maak('beheer', { rol: 'functioneel-beheerder' });
  await t.services.welzijnsrecept.stelOntvangerIn(scope, org.welzijn, org.praktijk);
  return { gemeenteId, scope, org, acc };
}
