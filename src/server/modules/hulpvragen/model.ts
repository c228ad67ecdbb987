import { z } from 'zod';
import {
  GESLACHT_VOORKEUREN,
  HOE_VAAK,
  HULPCATEGORIE_CODES,
  HULPCATEGORIEEN,
  HULPVRAAG_STATUSSEN,
  LEVENSDOMEINEN,
  ROUTES,
  TALEN,
  TIJDVAKKEN,
  type Tijdvak,
  URGENTIES,
  VOOR_WIE,
} from '../../../shared/loket.ts';

/** Dutch postcode, stored as '1234 AB'. */
export const postcodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    /^[1-9][0-9]{3} ?[A-Z]{2}$/,
    'Een postcode is vier cijfers en twee letters, zoals 6171 AA.',
  )
  .transform((p) => `${p.slice(0, 4)} ${p.slice(-2)}`);

export const hulpcategorieSchema = z.enum(HULPCATEGORIE_CODES, {
  error: 'Kies een onderwerp uit de lijst.',
});
export const levensdomeinSchema = z.enum(LEVENSDOMEINEN);
export const tijdvakSchema = z.enum(TIJDVAKKEN as [Tijdvak, ...Tijdvak[]], {
  error: 'Kies een dag en een dagdeel uit het rooster.',
});
export const taalSchema = z.enum(TALEN, { error: 'Kies een taal uit de lijst.' });
export const routeSchema = z.enum(ROUTES);
export const hulpvraagStatusSchema = z.enum(HULPVRAAG_STATUSSEN);

const tekst = (max: number) =>
  z.string().trim().max(max, `Schrijf hoogstens ${max} tekens.`).describe(`At most ${max} chars.`);

/** Someone the resident asks for (a parent, a neighbour): only what the helper needs. */
export const naasteSchema = z.object({
  naam: z.string().trim().min(1, 'Vul de naam in.').max(200, 'Schrijf hoogstens 200 tekens.'),
  relatie: tekst(100).describe('e.g. "mijn vader"'),
});

export const voorkeurenSchema = z.object({
  talen: z.array(taalSchema).max(5, 'Kies hoogstens 5 talen.').default([]),
  geslacht: z.enum(GESLACHT_VOORKEUREN).default('geen'),
  zelfdeLeeftijd: z.boolean().default(false).describe('A helper of about my age, please.'),
});
export type Voorkeuren = z.infer<typeof voorkeurenSchema>;

/**
 * The answers of the guided form, all optional while it is a concept; `ontbrekend()` says
 * what must be there to send. Built twice from one shape: with the postcode normalised on
 * the way in, and as plain text on the way out (response schemas take no transforms).
 */
function antwoordenVorm<P extends z.ZodType>(postcode: P) {
  return z.object({
    voorWie: z.enum(VOOR_WIE).optional(),
    naaste: naasteSchema.optional().describe('Only when voorWie is naaste.'),
    categorieen: z
      .array(hulpcategorieSchema)
      .max(8, 'Kies hoogstens 8 onderwerpen.')
      .optional()
      .describe('What the help is about, plain-word categories (GET /hulpcategorieen).'),
    omschrijving: tekst(2000).optional().describe('In the resident’s own words.'),
    hoeVaak: z.enum(HOE_VAAK).optional(),
    tijdvakken: z
      .array(tijdvakSchema)
      .max(21)
      .optional()
      .describe('When help suits: cells of the weekly grid, e.g. MO-ochtend.'),
    postcode: postcode.optional(),
    urgentie: z.enum(URGENTIES).optional(),
    zorgen: z
      .boolean()
      .optional()
      .describe(
        'The resident says it is not going well (worries, unsafe): a sign for the wijkteam.',
      ),
    voorkeuren: voorkeurenSchema.optional(),
  });
}
export const antwoordenSchema = antwoordenVorm(postcodeSchema);
export const antwoordenUitSchema = antwoordenVorm(z.string());
export type Antwoorden = z.infer<typeof antwoordenSchema>;

/**
 * The resident's story, told once and kept on their record (category intake): what goes
 * well, what they could do for someone else (hulpvrager = hulpverlener), what they enjoy.
 * Every later step reads it instead of asking again.
 */
export const verhaalSchema = z.object({
  gaatGoed: tekst(2000).default(''),
  kanBieden: z.array(hulpcategorieSchema).max(8).default([]),
  kanBiedenToelichting: tekst(1000).default(''),
  doetGraag: tekst(1000).default(''),
});
export type Verhaal = z.infer<typeof verhaalSchema>;

/** Contact details the resident gives in the form; stored once on their person record. */
export const contactSchema = z.object({
  telefoonnummer: z
    .string()
    .trim()
    .regex(/^[0-9 +()-]{6,30}$/, 'Een telefoonnummer heeft alleen cijfers, spaties en + ( ) -.')
    .optional(),
  eMailadres: z.email('Vul een geldig e-mailadres in.').trim().toLowerCase().max(254).optional(),
});
export type Contact = z.infer<typeof contactSchema>;

/** Create or update a concept: everything optional. */
export const conceptSchema = z.object({
  antwoorden: antwoordenSchema.default({}),
  verhaal: verhaalSchema.partial().optional(),
  contact: contactSchema.optional(),
});
export type Concept = z.input<typeof conceptSchema>;

/** Send: the concept's answers must be complete, and the resident consents to the receiver. */
export const verzendingSchema = z.object({
  toestemming: z.literal(true, {
    error: 'Geef toestemming om uw vraag te delen. Anders kunnen we u niet helpen.',
  }),
});

/** Where a request will go and why, before and after sending. */
export const routeringSchema = z.object({
  route: routeSchema,
  organisatie: z
    .object({ id: z.uuid(), naam: z.string() })
    .nullable()
    .describe('Who receives it; null when the gemeente has not chosen one yet.'),
  levensdomeinen: z.array(levensdomeinSchema),
  redenen: z
    .array(z.enum(['eenvoudig', 'levensdomeinen', 'spoed', 'zorgen', 'niet-eenvoudig', 'uit-plan']))
    .describe(
      'Why this route, as codes the web app puts in words; uit-plan: a professional handed a plan action to a volunteer.',
    ),
  reactieWerkdagen: z.number().int().describe('Working days within which someone responds.'),
  reactieVoor: z.iso.date().describe('The last day of that period, from today.'),
});
export type Routering = z.infer<typeof routeringSchema>;

export const routeringVraagSchema = z.object({
  categorieen: z.array(hulpcategorieSchema).min(1, 'Kies minstens één onderwerp.').max(8),
  urgentie: z.enum(URGENTIES).default('kan-wachten'),
  zorgen: z.boolean().default(false),
});
export type RouteringVraag = z.infer<typeof routeringVraagSchema>;

export const hulpcategorieInfoSchema = z.object({
  code: hulpcategorieSchema,
  levensdomein: levensdomeinSchema,
  eenvoudig: z.boolean().describe('Goes to the volunteer pool when it is all that is asked.'),
  vogVerplicht: z.boolean().describe('Volunteers need a valid VOG for it.'),
});
export const hulpcategorieenSchema = z.object({ categorieen: z.array(hulpcategorieInfoSchema) });
export type HulpcategorieInfo = z.infer<typeof hulpcategorieInfoSchema>;

/**
 * The gemeente's routing rules (functioneel beheerder; docs/loket.md). A request goes to the
 * wijkteam for an intake when it touches `intakeVanafLevensdomeinen` or more life domains,
 * when a category is not `eenvoudig`, when it is urgent (`intakeBijSpoed`) or when the
 * resident says it is not going well (`intakeBijZorgen`); otherwise to the volunteer pool.
 */
export const loketregelsSchema = z.object({
  intakeVanafLevensdomeinen: z.number().int().min(1).max(8).default(2),
  intakeBijSpoed: z.boolean().default(true),
  intakeBijZorgen: z.boolean().default(true),
  categorieen: z
    .partialRecord(
      hulpcategorieSchema,
      z.object({ eenvoudig: z.boolean().optional(), vogVerplicht: z.boolean().optional() }),
    )
    .default({})
    .describe('Changes to the default categories (src/shared/loket.ts), by code.'),
  vrijwilligersOrganisatieId: z
    .uuid()
    .nullable()
    .default(null)
    .describe('The organisation whose coordinators check simple requests and volunteers.'),
  wijkteamOrganisatieId: z
    .uuid()
    .nullable()
    .default(null)
    .describe('The organisation that does the intake (keukentafelgesprek).'),
  reactieWerkdagen: z
    .object({
      vrijwilligers: z.number().int().min(1).max(30).default(5),
      wijkteam: z.number().int().min(1).max(30).default(5),
      spoed: z.number().int().min(1).max(5).default(1),
    })
    .default({ vrijwilligers: 5, wijkteam: 5, spoed: 1 }),
});
export type Loketregels = z.infer<typeof loketregelsSchema>;
export type LoketregelsInvoer = z.input<typeof loketregelsSchema>;

export const STANDAARD_CATEGORIEEN = HULPCATEGORIEEN;

/** A request as its owner sees it. */
export const hulpvraagSchema = z.object({
  id: z.uuid(),
  status: hulpvraagStatusSchema,
  antwoorden: antwoordenUitSchema,
  routering: routeringSchema.nullable().describe('Null while it is a concept.'),
  ingediendOp: z.iso.datetime().nullable(),
  gewijzigdOp: z.iso.datetime(),
  behandelaar: z
    .object({ naam: z.string(), organisatie: z.string() })
    .nullable()
    .describe('Who picked it up: the coordinator or wijkteam member, by name.'),
});
export type Hulpvraag = z.infer<typeof hulpvraagSchema>;

export const hulpvraagIdParamsSchema = z.object({ id: z.uuid() });

/** The resident's "Mijn Kring" start: one answer with what the page shows first. */
export const mijnHulpvragenSchema = z.object({
  hulpvragen: z.array(hulpvraagSchema),
  verhaal: verhaalSchema.nullable().describe('Null until the resident told it once.'),
  contact: z.object({
    naam: z.string(),
    telefoonnummer: z.string().nullable(),
    eMailadres: z.string().nullable(),
    postcode: z.string().nullable(),
  }),
});
export type MijnHulpvragen = z.infer<typeof mijnHulpvragenSchema>;

/** What a coordinator or wijkteam member sees in the queue (consent or case team only). */
export const werkvoorraadItemSchema = z.object({
  id: z.uuid(),
  persoonId: z.uuid(),
  naam: z.string().describe('The resident’s name.'),
  status: hulpvraagStatusSchema,
  route: routeSchema,
  antwoorden: antwoordenUitSchema,
  verhaal: verhaalSchema.nullable(),
  contact: z.object({ telefoonnummer: z.string().nullable(), eMailadres: z.string().nullable() }),
  redenen: routeringSchema.shape.redenen,
  levensdomeinen: z.array(levensdomeinSchema),
  ingediendOp: z.iso.datetime(),
  reactieVoor: z.iso.date(),
  behandelaar: z.object({ accountId: z.uuid(), naam: z.string() }).nullable(),
});
export type WerkvoorraadItem = z.infer<typeof werkvoorraadItemSchema>;

export const werkvoorraadQuerySchema = z.object({
  route: routeSchema.optional(),
  status: z.enum(['open', 'in-matching', 'alle']).default('open'),
});
export const werkvoorraadSchema = z.object({ hulpvragen: z.array(werkvoorraadItemSchema) });

/** The coordinator's decision on a request they picked up. */
export const beoordelingSchema = z.object({
  besluit: z.enum(['naar-matching', 'afronden']),
  notitie: tekst(1000).optional(),
});
export type Beoordeling = z.infer<typeof beoordelingSchema>;
