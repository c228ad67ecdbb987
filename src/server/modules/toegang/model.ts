import { z } from 'zod';
import { CATEGORIEEN } from '../../../shared/toegang-categorieen.ts';

/** Data categories: each case-team member sees only the categories their role needs. */
export { CATEGORIEEN };
export const categorieSchema = z.enum(CATEGORIEEN);
export type Categorie = z.infer<typeof categorieSchema>;

/** What can be done with person data; every one of them is logged (NEN 7513). */
export const ACTIES = [
  'lezen',
  'aanmaken',
  'wijzigen',
  'verwijderen',
  'exporteren',
  'printen',
  'zoeken',
] as const;
export const actieSchema = z.enum(ACTIES);
export type Actie = z.infer<typeof actieSchema>;

/** Why access was given. */
export const GRONDSLAGEN = [
  'eigen-gegevens',
  'vertegenwoordiger',
  'betrokkenheid',
  'toestemming',
  'doorbraak',
] as const;
export const grondslagSchema = z.enum(GRONDSLAGEN);
export type Grondslag = z.infer<typeof grondslagSchema>;

export const UITKOMSTEN = ['toegestaan', 'geweigerd', 'mislukt'] as const;
export type Uitkomst = (typeof UITKOMSTEN)[number];

export const persoonIdParamsSchema = z.object({ id: z.uuid() });

/** One row of "Wie heeft mijn gegevens bekeken": role and organisation, not the staff member. */
export const toegangslogRegelSchema = z.object({
  volgnummer: z.string().describe('Position in the gemeente’s access log.'),
  op: z.iso.datetime(),
  actie: actieSchema,
  uitkomst: z.enum(UITKOMSTEN),
  wie: z
    .enum(['uzelf', 'vertegenwoordiger', 'medewerker', 'onbekend'])
    .describe('uzelf: you; vertegenwoordiger: your legal representative; medewerker: staff.'),
  rol: z.string().nullable(),
  organisatie: z.string().nullable().describe('The name of the organisation, when staff.'),
  categorie: z.string().nullable(),
  grondslag: grondslagSchema.nullable(),
  doel: z.string().nullable(),
  doorbraak: z.boolean(),
});
export type ToegangslogRegel = z.infer<typeof toegangslogRegelSchema>;

export const toegangslogPaginaSchema = z.object({
  regels: z.array(toegangslogRegelSchema),
  pagina: z.number().int(),
  paginaGrootte: z.number().int(),
  totaal: z.number().int(),
});
export type ToegangslogPagina = z.infer<typeof toegangslogPaginaSchema>;

export const paginaQuerySchema = z.object({
  pagina: z.coerce.number().int().min(1).max(10_000).default(1),
  paginaGrootte: z.coerce.number().int().min(1).max(100).default(20),
});

export const nieuweDoorbraakSchema = z.object({
  reden: z
    .string()
    .trim()
    .min(10)
    .max(1000)
    .describe('Why this is urgent. Required; reviewed by the functioneel beheerder.'),
});

export const doorbraakSchema = z.object({
  id: z.uuid(),
  persoonId: z.uuid(),
  medewerker: z.string().describe('Name of the staff member who used break-glass.'),
  rol: z.string(),
  organisatie: z.string().nullable(),
  reden: z.string(),
  op: z.iso.datetime(),
  geldigTot: z.iso.datetime(),
  aantalInzages: z.number().int().describe('Access-log rows made under this break-glass.'),
  beoordeeldOp: z.iso.datetime().nullable(),
  oordeel: z.enum(['terecht', 'onterecht']).nullable(),
  toelichting: z.string().nullable(),
});
export type Doorbraak = z.infer<typeof doorbraakSchema>;

export const doorbrakenQuerySchema = paginaQuerySchema.extend({
  status: z.enum(['open', 'beoordeeld', 'alle']).default('open'),
});
export const doorbrakenPaginaSchema = z.object({
  doorbraken: z.array(doorbraakSchema),
  pagina: z.number().int(),
  paginaGrootte: z.number().int(),
  totaal: z.number().int(),
});

export const doorbraakIdParamsSchema = z.object({ doorbraakId: z.uuid() });
export const doorbraakOordeelSchema = z.object({
  oordeel: z.enum(['terecht', 'onterecht']),
  toelichting: z.string().trim().max(1000).optional(),
});

export const nieuweDoorbraakAntwoordSchema = z.object({
  id: z.uuid(),
  geldigTot: z.iso.datetime(),
});

/** Result of `kring audit verify` for one gemeente. */
export interface KetenControle {
  gemeenteId: number;
  rijen: number;
  ok: boolean;
  /** The first row that does not fit the chain, and why. */
  fout?: { volgnummer: string; reden: string };
}
