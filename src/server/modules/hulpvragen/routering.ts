import { HULPCATEGORIEEN, type Hulpcategorie, type Levensdomein } from '../../../shared/loket.ts';
import { datumInNederland, werkdagenNaDatum } from '../../platform/kalender.ts';
import type { HulpcategorieInfo, Loketregels, Routering, RouteringVraag } from './model.ts';

/**
 * Where a help request goes — pure logic, no I/O. The rules are the gemeente's
 * (`loketregels`, docs/loket.md):
 *
 * - wijkteam when the request touches `intakeVanafLevensdomeinen` or more life domains,
 *   when any category is not simple (e.g. money worries), when it is urgent (`spoed`,
 *   if `intakeBijSpoed`) or when the resident says it is not going well (`zorgen`, if
 *   `intakeBijZorgen`);
 * - otherwise the volunteer pool, after the volunteer coordinator's check.
 *
 * Informal first, professional for the complex (DESIGN.md): every reason for the wijkteam is
 * listed, so the resident and the coordinator can see why.
 */

/** The gemeente's categories: the defaults with its changes applied. */
export function categorieenVan(regels: Pick<Loketregels, 'categorieen'>): HulpcategorieInfo[] {
  return HULPCATEGORIEEN.map((c) => {
    const eigen = regels.categorieen[c.code] ?? {};
    return {
      code: c.code,
      levensdomein: c.levensdomein,
      eenvoudig: eigen.eenvoudig ?? c.eenvoudig,
      vogVerplicht: eigen.vogVerplicht ?? c.vog,
    };
  });
}

export type Besluit = Omit<Routering, 'organisatie' | 'reactieVoor'>;

export function routeer(vraag: RouteringVraag, regels: Loketregels): Besluit {
  const info = new Map(categorieenVan(regels).map((c) => [c.code, c]));
  const gekozen = [...new Set(vraag.categorieen)].map((c) => info.get(c)!);
  const levensdomeinen = [...new Set(gekozen.map((c) => c.levensdomein))] as Levensdomein[];
  const redenen: Besluit['redenen'] = [];
  if (levensdomeinen.length >= regels.intakeVanafLevensdomeinen) redenen.push('levensdomeinen');
  if (gekozen.some((c) => !c.eenvoudig)) redenen.push('niet-eenvoudig');
  if (regels.intakeBijSpoed && vraag.urgentie === 'spoed') redenen.push('spoed');
  if (regels.intakeBijZorgen && vraag.zorgen) redenen.push('zorgen');
  const route = redenen.length > 0 ? 'wijkteam' : 'vrijwilligers';
  if (route === 'vrijwilligers') redenen.push('eenvoudig');
  const reactieWerkdagen =
    vraag.urgentie === 'spoed'
      ? regels.reactieWerkdagen.spoed
      : route === 'wijkteam'
        ? regels.reactieWerkdagen.wijkteam
        : regels.reactieWerkdagen.vrijwilligers;
  return { route, levensdomeinen, redenen, reactieWerkdagen };
}

/** Categories of a request that need a VOG under these rules. */
export function vogCategorieen(
  categorieen: readonly Hulpcategorie[],
  regels: Pick<Loketregels, 'categorieen'>,
): Hulpcategorie[] {
  const nodig = new Set(
    categorieenVan(regels)
      .filter((c) => c.vogVerplicht)
      .map((c) => c.code),
  );
  return categorieen.filter((c) => nodig.has(c));
}

/** The date `werkdagen` working days after `vanaf`, as an ISO date in Dutch time. */
export function werkdagenNa(vanaf: Date, werkdagen: number): string {
  return werkdagenNaDatum(datumInNederland(vanaf), werkdagen);
}
