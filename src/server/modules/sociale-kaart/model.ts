import { z } from 'zod';

/** Codes of the fixed lists; taxonomy terms (levensdomein, hulpvorm, doelgroep) are per gemeente. */
export const AANBOD_SOORTEN = ['dienst', 'activiteit', 'groep', 'evenement'] as const;
export const KOSTEN_SOORTEN = ['gratis', 'vast', 'inkomensafhankelijk'] as const;
export const TOEGANKELIJKHEID = [
  'rolstoel',
  'aangepast-toilet',
  'ringleiding',
  'stille-ruimte',
  'parkeren-dichtbij',
  'ov-dichtbij',
] as const;
export const DAGEN = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export const TAXONOMIEEN = ['levensdomein', 'hulpvorm', 'doelgroep'] as const;
export const VOORSTEL_STATUSSEN = [
  'concept',
  'ingediend',
  'teruggestuurd',
  'gepubliceerd',
  'ingetrokken',
] as const;

export type AanbodSoort = (typeof AANBOD_SOORTEN)[number];
export type KostenSoort = (typeof KOSTEN_SOORTEN)[number];
export type Dag = (typeof DAGEN)[number];
export type VoorstelStatus = (typeof VOORSTEL_STATUSSEN)[number];

const code = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'Een code: kleine letters, cijfers en -.');
const tijd = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Een tijd als 09:30.')
  .describe('Local time in Europe/Amsterdam, HH:MM.');
const korteTekst = (max: number) => z.string().trim().max(max);

/** HSDS schedule, RFC 5545 shape: a weekly/monthly rule, a one-off date, or a closed day. */
export const roosterInvoerSchema = z
  .object({
    freq: z
      .enum(['WEEKLY', 'MONTHLY'])
      .nullable()
      .default(null)
      .describe('Repeats weekly or monthly; null for a one-off date or a closed day.'),
    interval: z.number().int().min(1).max(12).default(1).describe('Every n weeks or months.'),
    byday: z
      .string()
      .regex(
        /^(-?[1-5]?(MO|TU|WE|TH|FR|SA|SU))(,-?[1-5]?(MO|TU|WE|TH|FR|SA|SU))*$/,
        'Dagen als TU of MO,TH; per maand met een getal ervoor: 1TU, -1FR.',
      )
      .nullable()
      .default(null)
      .describe('RFC 5545 BYDAY: "TU", "MO,TH"; monthly with an ordinal: "1TU", "-1FR".'),
    dtstart: z.iso
      .date()
      .nullable()
      .default(null)
      .describe('The date of a one-off or closed day; for a rule, the first date.'),
    until: z.iso.date().nullable().default(null).describe('Last date (closed from dtstart until).'),
    opensAt: tijd.nullable().default(null),
    closesAt: tijd.nullable().default(null),
    validFrom: z.iso.date().nullable().default(null),
    validTo: z.iso.date().nullable().default(null),
    gesloten: z.boolean().default(false).describe('An exception: closed on this date (holiday).'),
    beschrijving: korteTekst(300).default(''),
  })
  .refine((r) => r.freq !== null || r.dtstart !== null, {
    message: 'Een rooster heeft een herhaling (freq) of een datum (dtstart).',
    path: ['dtstart'],
  })
  .refine((r) => r.freq === null || r.byday !== null, {
    message: 'Een herhaling heeft dagen (byday).',
    path: ['byday'],
  })
  .refine((r) => !r.opensAt || !r.closesAt || r.opensAt < r.closesAt, {
    message: 'De begintijd ligt voor de eindtijd.',
    path: ['closesAt'],
  });
export type RoosterInvoer = z.output<typeof roosterInvoerSchema>;

export const roosterSchema = z.object({
  freq: z.enum(['WEEKLY', 'MONTHLY']).nullable(),
  interval: z.number().int(),
  byday: z.string().nullable(),
  dtstart: z.iso.date().nullable(),
  until: z.iso.date().nullable(),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  validFrom: z.iso.date().nullable(),
  validTo: z.iso.date().nullable(),
  gesloten: z.boolean(),
  beschrijving: z.string(),
  inWoorden: z.string().describe('The schedule in plain Dutch: "elke dinsdag 10:00–12:00".'),
  inWoordenEn: z.string().describe('The same in English.'),
});
export type Rooster = z.infer<typeof roosterSchema>;

export const kostenSchema = z.object({
  soort: z.enum(KOSTEN_SOORTEN),
  bedrag: z.number().min(0).max(100000).nullable().default(null).describe('In euro.'),
  omschrijving: korteTekst(500).default(''),
});

export const contactSchema = z.object({
  telefoon: korteTekst(40).nullable().default(null),
  email: z.email().max(200).nullable().default(null),
  website: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .default(null),
});

/** What an organisation admin edits: the content of one entry. */
export const aanbodInhoudSchema = z
  .object({
    naam: korteTekst(200).min(1),
    naamEn: korteTekst(200).nullable().default(null),
    soort: z.enum(AANBOD_SOORTEN),
    beschrijving: korteTekst(5000).min(1).describe('B1 Dutch.'),
    beschrijvingEn: korteTekst(5000).nullable().default(null),
    aanmelden: korteTekst(2000).default('').describe('How to join or apply.'),
    kosten: kostenSchema,
    toegankelijkheid: z.array(z.enum(TOEGANKELIJKHEID)).max(10).default([]),
    talen: z
      .array(z.string().regex(/^[a-z]{2}$/, 'Een taal als code van 2 letters: nl, en, ar.'))
      .max(20)
      .default(['nl'])
      .describe('ISO 639-1 codes.'),
    levensdomeinen: z.array(code).max(8).default([]),
    hulpvormen: z.array(code).max(10).default([]),
    doelgroepen: z.array(code).max(12).default([]),
    trefwoorden: z.array(korteTekst(40).min(1)).max(20).default([]),
    minimumLeeftijd: z.number().int().min(0).max(120).nullable().default(null),
    maximumLeeftijd: z.number().int().min(0).max(120).nullable().default(null),
    verwijzingNodig: z.boolean().default(false).describe('A referral (e.g. from a GP) is needed.'),
    diagnoseNodig: z.boolean().default(false).describe('A diagnosis or indication is needed.'),
    contact: contactSchema.default({ telefoon: null, email: null, website: null }),
    locatieId: z.uuid().nullable().default(null).describe('Null: at home, online or by phone.'),
    roosters: z.array(roosterInvoerSchema).max(30).default([]),
  })
  .refine(
    (a) =>
      a.minimumLeeftijd === null ||
      a.maximumLeeftijd === null ||
      a.minimumLeeftijd <= a.maximumLeeftijd,
    {
      message: 'De minimumleeftijd is niet hoger dan de maximumleeftijd.',
      path: ['maximumLeeftijd'],
    },
  );
export type AanbodInhoudInvoer = z.input<typeof aanbodInhoudSchema>;
export type AanbodInhoud = z.output<typeof aanbodInhoudSchema>;

/** A location as the public sees it: a confidential one has no address and no point. */
export const publiekeLocatieSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  adres: z.string().nullable(),
  postcode: z.string().nullable(),
  plaats: z.string(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  vertrouwelijk: z.boolean(),
  contactroute: z.string().nullable().describe('How to get in touch when the address is secret.'),
  routeOmschrijving: z.string().nullable(),
});
export type PubliekeLocatie = z.infer<typeof publiekeLocatieSchema>;

export const termSchema = z.object({ code: z.string(), naam: z.string() });

export const organisatieKortSchema = z.object({ id: z.uuid(), naam: z.string() });

export const aanbodSchema = z.object({
  id: z.uuid(),
  organisatie: organisatieKortSchema,
  naam: z.string(),
  naamEn: z.string().nullable(),
  soort: z.enum(AANBOD_SOORTEN),
  beschrijving: z.string(),
  beschrijvingEn: z.string().nullable(),
  aanmelden: z.string(),
  kosten: z.object({
    soort: z.enum(KOSTEN_SOORTEN),
    bedrag: z.number().nullable(),
    omschrijving: z.string(),
  }),
  toegankelijkheid: z.array(z.enum(TOEGANKELIJKHEID)),
  talen: z.array(z.string()),
  levensdomeinen: z.array(termSchema),
  hulpvormen: z.array(termSchema),
  doelgroepen: z.array(termSchema),
  trefwoorden: z.array(z.string()),
  minimumLeeftijd: z.number().int().nullable(),
  maximumLeeftijd: z.number().int().nullable(),
  verwijzingNodig: z.boolean(),
  diagnoseNodig: z.boolean(),
  contact: z.object({
    telefoon: z.string().nullable(),
    email: z.string().nullable(),
    website: z.string().nullable(),
  }),
  locatie: publiekeLocatieSchema.nullable(),
  roosters: z.array(roosterSchema),
  laatstGecontroleerdOp: z.iso.datetime(),
  gewijzigdOp: z.iso.datetime(),
  verouderd: z.boolean().describe('Not checked for more than six months.'),
});
export type Aanbod = z.infer<typeof aanbodSchema>;

const lijstParam = <T extends z.ZodType>(item: T) =>
  z
    .preprocess(
      (v) => (v === undefined ? [] : Array.isArray(v) ? v : String(v).split(',')),
      z.array(item).max(20),
    )
    .describe('One or more, comma-separated or repeated.');
const boolParam = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => v === 'true');

export const zoekQuerySchema = z.object({
  tekst: z.string().trim().max(200).optional().describe('What the person looks for.'),
  postcode: z
    .string()
    .trim()
    .regex(/^[1-9][0-9]{3}( ?[A-Za-z]{2})?$/, 'Een postcode als 6171 of 6171 AB.')
    .optional(),
  lat: z.coerce.number().min(50.5).max(53.7).optional().describe('Browser location (WGS84).'),
  lon: z.coerce.number().min(3.2).max(7.3).optional(),
  straalKm: z.coerce.number().min(0.5).max(100).optional().describe('Radius around the place.'),
  levensdomein: lijstParam(code),
  hulpvorm: lijstParam(code),
  doelgroep: lijstParam(code),
  kosten: lijstParam(z.enum(KOSTEN_SOORTEN)).describe('Any of these costs.'),
  toegankelijkheid: lijstParam(z.enum(TOEGANKELIJKHEID)).describe('All of these.'),
  leeftijd: z.coerce.number().int().min(0).max(120).optional(),
  nuOpen: boolParam.describe('Open right now (Europe/Amsterdam).'),
  dag: z.enum(DAGEN).optional().describe('Has a weekly schedule on this day.'),
  zonderVerwijzing: boolParam.describe('No referral and no diagnosis needed.'),
  organisatieId: z.uuid().optional(),
  sortering: z.enum(['relevantie', 'afstand', 'naam']).optional(),
  pagina: z.coerce.number().int().min(1).max(1000).default(1),
  paginaGrootte: z.coerce.number().int().min(1).max(100).default(20),
});
export type ZoekQueryInvoer = z.input<typeof zoekQuerySchema>;
export type ZoekQuery = z.output<typeof zoekQuerySchema>;

export const zoekTrefferSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  naamEn: z.string().nullable().describe('The name in English, when the organisation gave one.'),
  soort: z.enum(AANBOD_SOORTEN),
  samenvatting: z.string(),
  samenvattingEn: z.string().nullable().describe('The summary in English, when given.'),
  organisatie: organisatieKortSchema,
  plaats: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  afstandKm: z.number().nullable().describe('Null without a place, or for a secret address.'),
  kosten: z.enum(KOSTEN_SOORTEN),
  toegankelijkheid: z.array(z.enum(TOEGANKELIJKHEID)),
  zonderVerwijzing: z.boolean(),
  laatstGecontroleerdOp: z.iso.datetime(),
});
export type ZoekTreffer = z.infer<typeof zoekTrefferSchema>;

export const facetWaardeSchema = z.object({
  code: z.string(),
  naam: z.string(),
  aantal: z.number().int(),
});
export type FacetWaarde = z.infer<typeof facetWaardeSchema>;

export const zoekResultaatSchema = z.object({
  treffers: z.array(zoekTrefferSchema),
  totaal: z
    .number()
    .int()
    .describe('The exact number of matches; the facets count over all of them.'),
  pagina: z.number().int(),
  paginaGrootte: z.number().int(),
  zoekpunt: z
    .object({ lat: z.number(), lon: z.number(), plaats: z.string().nullable() })
    .nullable()
    .describe('Where distances are measured from.'),
  facetten: z.object({
    levensdomein: z.array(facetWaardeSchema),
    hulpvorm: z.array(facetWaardeSchema),
    doelgroep: z.array(facetWaardeSchema),
    kosten: z.array(facetWaardeSchema),
    toegankelijkheid: z.array(facetWaardeSchema),
    zonderVerwijzing: z.number().int(),
  }),
});
export type ZoekResultaat = z.infer<typeof zoekResultaatSchema>;

export const taxonomieSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  naam: z.string(),
  beschrijving: z.string(),
  termen: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      naam: z.string(),
      naamEn: z.string().nullable(),
      bovenliggendId: z.uuid().nullable(),
    }),
  ),
});
export const taxonomieenSchema = z.object({ taxonomieen: z.array(taxonomieSchema) });
export type Taxonomie = z.infer<typeof taxonomieSchema>;

export const aanbiederSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  soort: z.string(),
  beschrijving: z.string().nullable(),
  website: z.string().nullable(),
  email: z.string().nullable(),
  telefoon: z.string().nullable(),
  aanbod: z.array(z.object({ id: z.uuid(), naam: z.string(), soort: z.enum(AANBOD_SOORTEN) })),
  samenwerkingen: z.array(z.object({ partner: organisatieKortSchema, onderwerp: z.string() })),
});
export type Aanbieder = z.infer<typeof aanbiederSchema>;

export const idParamsSchema = z.object({ id: z.uuid() });

// ---- Editing and moderation ----

export const verschilSchema = z.object({
  veld: z.string(),
  label: z.string().describe('The field in plain Dutch.'),
  oud: z.string(),
  nieuw: z.string(),
});
export type Verschil = z.infer<typeof verschilSchema>;

export const voorstelSchema = z.object({
  id: z.uuid(),
  aanbodId: z.uuid(),
  aanbodNaam: z.string(),
  organisatie: organisatieKortSchema,
  status: z.enum(VOORSTEL_STATUSSEN),
  opmerking: z.string().nullable(),
  gemaaktOp: z.iso.datetime(),
  ingediendOp: z.iso.datetime().nullable(),
  beoordeeldOp: z.iso.datetime().nullable(),
  nieuwAanbod: z.boolean().describe('The entry has never been published.'),
  verschillen: z.array(verschilSchema),
});
export type Voorstel = z.infer<typeof voorstelSchema>;

export const bewerkingSchema = z.object({
  aanbodId: z.uuid(),
  organisatie: organisatieKortSchema,
  gepubliceerd: z.boolean(),
  inhoud: aanbodInhoudSchema,
  voorstel: voorstelSchema.nullable(),
  locaties: z.array(z.object({ id: z.uuid(), naam: z.string(), plaats: z.string() })),
});
export type Bewerking = z.infer<typeof bewerkingSchema>;

export const nieuwAanbodSchema = z.object({
  organisatieId: z.uuid(),
  inhoud: aanbodInhoudSchema,
});
export type NieuwAanbodInvoer = z.input<typeof nieuwAanbodSchema>;

export const terugsturenSchema = z.object({
  opmerking: korteTekst(2000).min(1).describe('What the organisation should change.'),
});

export const mijnAanbodSchema = z.object({
  aanbod: z.array(
    z.object({
      id: z.uuid(),
      naam: z.string(),
      organisatie: organisatieKortSchema,
      gepubliceerd: z.boolean(),
      voorstelStatus: z.enum(VOORSTEL_STATUSSEN).nullable(),
      laatstGecontroleerdOp: z.iso.datetime(),
      verouderd: z.boolean(),
    }),
  ),
});
export type MijnAanbod = z.infer<typeof mijnAanbodSchema>;

export const moderatieLijstSchema = z.object({
  voorstellen: z.array(voorstelSchema),
  verouderd: z.array(
    z.object({
      id: z.uuid(),
      naam: z.string(),
      organisatie: organisatieKortSchema,
      laatstGecontroleerdOp: z.iso.datetime(),
      herinnerdOp: z.iso.datetime().nullable(),
    }),
  ),
});
export type ModeratieLijst = z.infer<typeof moderatieLijstSchema>;

export const historieSchema = z.object({
  items: z.array(
    z.object({
      actie: z.string(),
      veld: z.string().nullable(),
      oudeWaarde: z.string().nullable(),
      nieuweWaarde: z.string().nullable(),
      opmerking: z.string().nullable(),
      door: z.string().nullable().describe('Name of the staff member.'),
      op: z.iso.datetime(),
    }),
  ),
});
export type Historie = z.infer<typeof historieSchema>;

// ---- Import by external id (demo data, later HSDS import) ----

export const importOrganisatieSchema = z.object({
  externId: z.string().min(1).max(200),
  naam: z.string().min(1).max(200),
  soort: z.enum([
    'gemeente',
    'wijkteam',
    'welzijn',
    'zorg',
    'huisartsenpraktijk',
    'vrijwilligersorganisatie',
    'informeel',
    'overig',
  ]),
  beschrijving: z.string().max(5000).nullable().default(null),
  website: z.string().max(500).nullable().default(null),
  email: z.string().max(200).nullable().default(null),
  telefoon: z.string().max(40).nullable().default(null),
});
export const importLocatieSchema = z.object({
  externId: z.string().min(1).max(200),
  organisatieExternId: z.string(),
  naam: z.string().min(1).max(200),
  adres: z.string().min(1).max(300),
  postcode: z
    .string()
    .regex(/^[1-9][0-9]{3}( ?[A-Z]{2})?$/, 'Een postcode als 6171 of 6171 AB (hoofdletters).'),
  plaats: z.string().min(1).max(100),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  vertrouwelijk: z.boolean().default(false),
  contactroute: z.string().max(500).nullable().default(null),
  routeOmschrijving: z.string().max(500).nullable().default(null),
});
export const importAanbodSchema = z.object({
  externId: z.string().min(1).max(200),
  organisatieExternId: z.string(),
  locatieExternId: z.string().nullable().default(null),
  inhoud: aanbodInhoudSchema,
  laatstGecontroleerdOp: z.iso.datetime().optional(),
});
export const importSamenwerkingSchema = z.object({
  organisatieExternId: z.string(),
  partnerExternId: z.string(),
  onderwerp: z.string().min(1).max(300),
});
export const kaartImportSchema = z.object({
  organisaties: z.array(importOrganisatieSchema),
  locaties: z.array(importLocatieSchema),
  aanbod: z.array(importAanbodSchema),
  samenwerkingen: z.array(importSamenwerkingSchema).default([]),
});
export type KaartImport = z.input<typeof kaartImportSchema>;
export type KaartImportAanbod = z.input<typeof importAanbodSchema>;
