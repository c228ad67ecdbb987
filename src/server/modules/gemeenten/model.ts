import { z } from 'zod';

/** CBS code of a gemeente: "GM" and four digits, e.g. GM0882 (Stein). */
export const gemeenteCode = z
  .string()
  .regex(/^GM\d{4}$/, 'Een gemeentecode is GM met vier cijfers, bijvoorbeeld GM0882.');

/** Days of the week as in iCalendar and the sociale kaart (MO … SU). */
export const WEEKDAGEN = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekdag = (typeof WEEKDAGEN)[number];

const TIJD = /^([01]\d|2[0-3]):[0-5]\d$/;
const tijd = z.string().regex(TIJD, 'Schrijf een tijd als uu:mm, bijvoorbeeld 09:00.');

/** One walk-in period: a day and the hours the desk is open without an appointment. */
export const inloopSchema = z
  .object({
    dag: z.enum(WEEKDAGEN, { error: 'Kies een dag van de week: MO, TU, WE, TH, FR, SA of SU.' }),
    van: tijd.describe('Opening time, uu:mm (local time).'),
    tot: tijd.describe('Closing time, uu:mm (local time), after `van`.'),
  })
  // Only about the order: a time that is not a time has its own message already.
  .refine((v) => !TIJD.test(v.van) || !TIJD.test(v.tot) || v.van < v.tot, {
    message: 'De eindtijd moet na de begintijd liggen.',
    path: ['tot'],
  });
export type Inloop = z.infer<typeof inloopSchema>;

export const telefoonnummer = z
  .string()
  .trim()
  .min(1, 'Vul het telefoonnummer in.')
  .max(40, 'Een telefoonnummer heeft hoogstens 40 tekens.')
  .regex(
    /^\+?[0-9][0-9 ()-]{5,}$/,
    'Een telefoonnummer bestaat uit cijfers, spaties en eventueel een + vooraan.',
  );

/**
 * How residents reach the gemeente's front door without a website: phone, e-mail, the
 * walk-in desk's address and hours, and one short line (e.g. "Zonder afspraak welkom").
 */
export const loketSchema = z.object({
  telefoonnummer: telefoonnummer.optional(),
  eMailadres: z.email('Vul een geldig e-mailadres in, bijvoorbeeld loket@gemeente.nl.').optional(),
  bezoekadres: z
    .string()
    .trim()
    .min(1)
    .max(200, 'Een adres heeft hoogstens 200 tekens.')
    .optional()
    .describe('Address of the walk-in desk.'),
  inloop: z
    .array(inloopSchema)
    .max(14, 'Geef hoogstens 14 inloopmomenten.')
    .default([])
    .describe('Walk-in hours: day and times, at most 14.'),
  toelichting: z
    .string()
    .trim()
    .min(1)
    .max(300, 'De korte tekst heeft hoogstens 300 tekens.')
    .optional()
    .describe('One short line for residents, e.g. "Zonder afspraak welkom".'),
});
export type Loket = z.infer<typeof loketSchema>;

/** The front door as the functioneel beheerder sets it: the phone number is required. */
export const loketWijzigingSchema = loketSchema.extend({ telefoonnummer });
export type LoketWijziging = z.input<typeof loketWijzigingSchema>;

/**
 * Settings a functioneel beheerder can change. Later modules own their own keys (e.g.
 * `loketregels`, hulpvragen/model.ts) and validate them; they pass through here untouched.
 */
export const gemeenteInstellingenSchema = z.looseObject({
  loket: loketSchema.default({ inloop: [] }),
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
  instellingen: gemeenteInstellingenSchema.default({ loket: { inloop: [] } }),
});
export type NieuweGemeente = z.input<typeof nieuweGemeenteSchema>;

/** What the server knows about the gemeente a request belongs to. */
export type { TenantRef as GemeenteRef } from '../../platform/tenancy/request-gemeente.ts';
