import { z } from 'zod';

/** HSDS query parameters (snake_case, as the HSDS API reference names them). */
export const hsdsLijstQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(1000).default(1),
  per_page: z.coerce.number().int().min(1).max(100).default(20),
  search: z.string().trim().max(200).optional(),
  taxonomy_term_id: z.uuid().optional(),
  taxonomy_id: z.uuid().optional(),
  organization_id: z.uuid().optional(),
  modified_after: z.union([z.iso.datetime({ offset: true }), z.iso.date()]).optional(),
  postcode: z
    .string()
    .trim()
    .regex(/^[1-9][0-9]{3}( ?[A-Za-z]{2})?$/)
    .optional(),
  proximity: z.coerce.number().min(500).max(100_000).optional().describe('Metres.'),
  format: z.enum(['json', 'ndjson']).default('json'),
});
export type HsdsLijstQuery = z.output<typeof hsdsLijstQuerySchema>;

export const hsdsIdParamsSchema = z.object({ id: z.uuid() });

/** Upload for the editor (under /api/v1, camelCase). */
export const kaartImportVerzoekSchema = z.object({
  formaat: z.enum(['hsds', 'csv']).describe('HSDS 3.0 JSON or the Kring CSV template.'),
  inhoud: z.string().min(1).max(10_000_000).describe('The file content as text.'),
  proefdraai: z.boolean().default(true).describe('Only check; import nothing.'),
  gedeeltelijk: z
    .boolean()
    .default(false)
    .describe('Import the good rows even when other rows have errors.'),
});
export type KaartImportVerzoek = z.input<typeof kaartImportVerzoekSchema>;

const meldingSchema = z.object({
  rij: z.number().int().describe('Row number (CSV: the header is row 1; HSDS: the nth service).'),
  veld: z.string(),
  reden: z.string(),
});

export const kaartImportRapportSchema = z.object({
  proefdraai: z.boolean(),
  geimporteerd: z.boolean().describe('True when rows were written.'),
  rijen: z.number().int(),
  goed: z.number().int(),
  fouten: z.array(meldingSchema),
  waarschuwingen: z.array(meldingSchema),
  aantallen: z.object({
    organisaties: z.number().int(),
    locaties: z.number().int(),
    aanbod: z.number().int(),
  }),
});
export type KaartImportRapport = z.infer<typeof kaartImportRapportSchema>;
