import { z } from 'zod';

/** CBS code of a gemeente: "GM" and four digits, e.g. GM0882 (Stein). */
export const gemeenteCode = z
  .string()
  .regex(/^GM\d{4}$/, 'Een gemeentecode is GM met vier cijfers, bijvoorbeeld GM0882.');

/** How residents reach the gemeente's front door without a website. */
export const loketSchema = z.object({
  telefoonnummer: z.string().max(40).optional(),
  eMailadres: z.email().optional(),
  bezoekadres: z.string().max(200).optional(),
  inloopuren: z.string().max(300).optional(),
});
export type Loket = z.infer<typeof loketSchema>;

/** Settings a functioneel beheerder can change; later modules add their own keys. */
export const gemeenteInstellingenSchema = z.object({
  loket: loketSchema.default({}),
});
export type GemeenteInstellingen = z.infer<typeof gemeenteInstellingenSchema>;

/** The background map of the sociale kaart (installation setting `KRING_KAART_TEGELS`). */
export const kaartSchema = z.object({
  tegels: z.string().describe('Tile URL template for Leaflet, with {z}, {x} and {y}.'),
  bronvermelding: z.string().describe('Attribution of the tiles, shown on the map.'),
});
export type Kaart = z.infer<typeof kaartSchema>;

/** The public face of a gemeente: safe for anyone to read. */
export const gemeenteSchema = z.object({
  code: gemeenteCode,
  naam: z.string().min(1).max(100),
  demo: z.boolean(),
  loket: loketSchema,
  kaart: kaartSchema,
});
export type Gemeente = z.infer<typeof gemeenteSchema>;

export const gemeentenQuerySchema = z.object({
  pagina: z.coerce.number().int().min(1).default(1).describe('Page number, starting at 1.'),
  paginaGrootte: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .describe('Items per page, at most 100.'),
});
export type GemeentenQuery = z.infer<typeof gemeentenQuerySchema>;

export const gemeentenPaginaSchema = z.object({
  gemeenten: z.array(gemeenteSchema),
  pagina: z.number().int(),
  paginaGrootte: z.number().int(),
  totaal: z.number().int().describe('Number of gemeenten in all pages.'),
});
export type GemeentenPagina = z.infer<typeof gemeentenPaginaSchema>;

export const gemeenteCodeParamsSchema = z.object({ code: gemeenteCode });

/** Input to create a gemeente (CLI and, later, platform administration). */
export const nieuweGemeenteSchema = z.object({
  code: gemeenteCode,
  naam: z.string().trim().min(1).max(100),
  hostnamen: z
    .array(
      z
        .string()
        .toLowerCase()
        .regex(/^[a-z0-9.-]+$/, 'Een hostnaam bestaat uit letters, cijfers, punten en streepjes.'),
    )
    .default([]),
  demo: z.boolean().default(false),
  instellingen: gemeenteInstellingenSchema.default({ loket: {} }),
});
export type NieuweGemeente = z.input<typeof nieuweGemeenteSchema>;

/** What the server knows about the gemeente a request belongs to. */
export type { TenantRef as GemeenteRef } from '../../platform/tenancy/request-gemeente.ts';
