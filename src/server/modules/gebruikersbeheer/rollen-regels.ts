/**
 * Rules for the staff roles a gemeente admin gives, without I/O.
 * Staff who act for an organisation (in case teams, consents and the access log) must name it.
 */

export interface RolKeuze {
  rol: string;
  functie: string | null;
  organisatieId: string | null;
}

export interface RolProbleem {
  /** Where, relative to the body: `rollen.1.functie`. */
  pad: string;
  reden: string;
}

export const ROLLEN_MET_ORGANISATIE = new Set(['professional', 'huisarts', 'organisatiebeheerder']);

export function rolProblemen(
  rollen: readonly RolKeuze[],
  bekendeOrganisaties: ReadonlySet<string>,
): RolProbleem[] {
  const problemen: RolProbleem[] = [];
  const gezien = new Set<string>();
  rollen.forEach((r, i) => {
    if (gezien.has(r.rol)) {
      problemen.push({ pad: `rollen.${i}.rol`, reden: 'Deze rol staat er al.' });
    }
    gezien.add(r.rol);
    if (r.rol === 'professional' && !r.functie) {
      problemen.push({ pad: `rollen.${i}.functie`, reden: 'Kies de functie van de professional.' });
    }
    if (r.rol !== 'professional' && r.functie) {
      problemen.push({
        pad: `rollen.${i}.functie`,
        reden: 'Alleen een professional heeft een functie.',
      });
    }
    if (ROLLEN_MET_ORGANISATIE.has(r.rol) && !r.organisatieId) {
      problemen.push({ pad: `rollen.${i}.organisatieId`, reden: 'Kies de organisatie.' });
    }
    if (r.organisatieId && !bekendeOrganisaties.has(r.organisatieId)) {
      problemen.push({
        pad: `rollen.${i}.organisatieId`,
        reden: 'Deze organisatie bestaat niet in deze gemeente.',
      });
    }
  });
  return problemen;
}

/** Which roles to take away and which to give, to go from `huidig` to `nieuw`. */
export function rolVerschil(
  huidig: readonly RolKeuze[],
  nieuw: readonly RolKeuze[],
): { weg: string[]; erbij: RolKeuze[] } {
  const nieuwNamen = new Set(nieuw.map((r) => r.rol));
  const same = (a: RolKeuze, b: RolKeuze) =>
    a.rol === b.rol && a.functie === b.functie && a.organisatieId === b.organisatieId;
  return {
    weg: huidig.filter((r) => !nieuwNamen.has(r.rol)).map((r) => r.rol),
    erbij: nieuw.filter((r) => !huidig.some((h) => same(h, r))),
  };
}

/** Escapes a search term for ILIKE, so `%` and `_` are searched as themselves. */
export function likePatroon(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
