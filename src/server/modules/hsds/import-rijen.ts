import {
  importAanbodSchema,
  importLocatieSchema,
  importOrganisatieSchema,
  type KaartImport,
  type Taxonomie,
} from '../sociale-kaart/model.ts';

/**
 * One row of an import file (a CSV line, or one HSDS service): an entry with its
 * organisation and location, in the shape of the sociale-kaart import. Pure.
 */
export interface ImportRij {
  rij: number;
  organisatie: Record<string, unknown>;
  locatie: Record<string, unknown> | null;
  /** Null: an organisation without entries. */
  aanbod: Record<string, unknown> | null;
  waarschuwingen: string[];
}

/** A row-level problem: which row, which field, why. Never the value itself. */
export interface RijMelding {
  rij: number;
  veld: string;
  reden: string;
}

export interface Gecontroleerd {
  data: KaartImport;
  fouten: RijMelding[];
  waarschuwingen: RijMelding[];
  /** Rows without errors. */
  goed: number;
}

/** Validates every row, checks taxonomy codes against the gemeente, and builds the import. */
export function controleerRijen(rijen: ImportRij[], taxonomieen: Taxonomie[]): Gecontroleerd {
  const fouten: RijMelding[] = [];
  const waarschuwingen: RijMelding[] = [];
  const data: KaartImport = { organisaties: [], locaties: [], aanbod: [], samenwerkingen: [] };
  const organisaties = new Set<string>();
  const locaties = new Set<string>();
  const bekend = (taxonomie: string) =>
    new Set(taxonomieen.find((t) => t.code === taxonomie)?.termen.map((t) => t.code));
  const termen = {
    levensdomeinen: bekend('levensdomein'),
    hulpvormen: bekend('hulpvorm'),
    doelgroepen: bekend('doelgroep'),
  };
  let goed = 0;
  for (const r of rijen) {
    const eigen: RijMelding[] = [];
    const lees = <T>(
      schema: {
        safeParse: (
          v: unknown,
        ) =>
          | { success: true; data: T }
          | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
      },
      waarde: unknown,
      pad: string,
    ): T | null => {
      const uitkomst = schema.safeParse(waarde);
      if (uitkomst.success) return uitkomst.data;
      for (const issue of uitkomst.error.issues) {
        eigen.push({
          rij: r.rij,
          veld: [pad, ...issue.path.map(String)].join('.'),
          reden: issue.message,
        });
      }
      return null;
    };
    const organisatie = lees(importOrganisatieSchema, r.organisatie, 'organisatie');
    const locatie = r.locatie ? lees(importLocatieSchema, r.locatie, 'locatie') : null;
    const aanbod = r.aanbod ? lees(importAanbodSchema, r.aanbod, 'aanbod') : null;
    if (aanbod) {
      for (const veld of ['levensdomeinen', 'hulpvormen', 'doelgroepen'] as const) {
        aanbod.inhoud[veld].forEach((code, i) => {
          if (!termen[veld].has(code)) {
            eigen.push({
              rij: r.rij,
              veld: `aanbod.inhoud.${veld}.${i}`,
              reden: 'Deze term bestaat niet in deze gemeente.',
            });
          }
        });
      }
    }
    for (const w of r.waarschuwingen) waarschuwingen.push({ rij: r.rij, veld: '', reden: w });
    if (eigen.length) {
      fouten.push(...eigen);
      continue;
    }
    goed++;
    if (organisatie && !organisaties.has(organisatie.externId)) {
      organisaties.add(organisatie.externId);
      data.organisaties.push(organisatie);
    }
    if (locatie && !locaties.has(locatie.externId)) {
      locaties.add(locatie.externId);
      data.locaties.push(locatie);
    }
    if (aanbod) data.aanbod.push(aanbod);
  }
  return { data, fouten, waarschuwingen, goed };
}
