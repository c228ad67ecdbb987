import { z } from 'zod';
import {
  CONTACT_SOORTEN,
  CONTACT_VOORKEUREN,
  TAAK_STATUSSEN,
} from '../../../shared/welzijnsrecept.ts';
import { telefoonnummer } from '../gemeenten/model.ts';

/**
 * What a welzijnsrecept holds, as the GP's web form and the API receive it. The reason is
 * in plain words: no diagnosis is needed and none should be written (the coach needs to
 * know what is going on in the person's life, not their medical file).
 */
const korteTekst = (leeg: string, max: number) =>
  z.string().trim().min(1, leeg).max(max, `Schrijf hoogstens ${max} tekens.`);

export const nieuwReceptSchema = z
  .object({
    persoon: z.object({
      voornaam: korteTekst('Vul de voornaam in.', 100),
      achternaam: korteTekst('Vul de achternaam in.', 100),
      telefoonnummer: telefoonnummer.optional(),
      eMailadres: z
        .email('Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.')
        .optional(),
    }),
    toestemming: z.literal(true, {
      error:
        'Vraag eerst of de persoon het goed vindt dat u deze gegevens deelt met de welzijnscoach.',
    }),
    reden: korteTekst('Schrijf in gewone woorden waarom u verwijst.', 2000).describe(
      'Plain words, no diagnosis: what is going on in the person’s life.',
    ),
    watIkBelangrijkVind: z
      .string()
      .trim()
      .max(2000, 'Schrijf hoogstens 2000 tekens.')
      .optional()
      .describe('"Wat vind ik belangrijk?" in the person’s own words.'),
    contactVoorkeur: z.enum(CONTACT_VOORKEUREN, { error: 'Kies hoe de coach contact opneemt.' }),
    ontvangerId: z.uuid({ error: 'Kies de organisatie die de verwijzing krijgt.' }),
    verzenden: z
      .boolean()
      .default(true)
      .describe('true: sent at once (requested). false: kept as a draft.'),
  })
  .refine((r) => r.contactVoorkeur !== 'telefoon' || r.persoon.telefoonnummer !== undefined, {
    message: 'Vul een telefoonnummer in, of kies een andere manier van contact.',
    path: ['persoon', 'telefoonnummer'],
  })
  .refine((r) => r.contactVoorkeur !== 'email' || r.persoon.eMailadres !== undefined, {
    message: 'Vul een e-mailadres in, of kies een andere manier van contact.',
    path: ['persoon', 'eMailadres'],
  });
export type NieuwRecept = z.infer<typeof nieuwReceptSchema>;
export type NieuwReceptInvoer = z.input<typeof nieuwReceptSchema>;

/** A status change; whether a reason is needed is the state machine's rule (status.ts). */
export const statuswijzigingSchema = z.object({
  status: z.enum(TAAK_STATUSSEN, { error: 'Kies een status.' }),
  reden: z.string().trim().max(1000, 'Schrijf hoogstens 1000 tekens.').default(''),
});
export type Statuswijziging = z.infer<typeof statuswijzigingSchema>;

/** One contactmoment in the coach's log: date, kind and a short note. */
export const contactmomentSchema = z.object({
  datum: z.iso.date({ error: 'Vul een datum in, bijvoorbeeld 2026-12-03.' }),
  soort: z.enum(CONTACT_SOORTEN, { error: 'Kies wat voor contact het was.' }),
  notitie: z
    .string()
    .trim()
    .max(500, 'Schrijf hoogstens 500 tekens. Houd het kort en feitelijk.')
    .default(''),
});
export type Contactmoment = z.infer<typeof contactmomentSchema>;

// ---------------------------------------------------------------------------------------
// The API contract: what the routes return (no transforms, so the web app can import these).

export const receptIdParamsSchema = z.object({ id: z.uuid() });
export const taakIdParamsSchema = z.object({ id: z.uuid(), taakId: z.uuid() });

export const receptKantSchema = z.enum(['verwijzer', 'ontvanger']);
export const taakStatusSchema = z.enum(TAAK_STATUSSEN);

/** What the form of the GP shows: the organisations this practice can refer to. */
export const ontvangersSchema = z.object({
  ontvangers: z.array(z.object({ id: z.uuid(), naam: z.string() })),
});
export type Ontvangers = z.infer<typeof ontvangersSchema>;

export const receptenQuerySchema = z.object({
  kant: receptKantSchema.describe(
    'verwijzer: the referrals of my practice. ontvanger: the inbox of my organisation.',
  ),
});

/** The moments the GP hears back; `tekst` is what the person agreed to share. */
export const TERUGKOPPEL_MOMENTEN = [
  'aangenomen',
  'geweigerd',
  'activiteit',
  'afgesloten',
] as const;
export const terugkoppelingSchema = z.object({
  moment: z.enum(TERUGKOPPEL_MOMENTEN),
  tekst: z.string(),
  op: z.iso.datetime(),
});
export type Terugkoppeling = z.infer<typeof terugkoppelingSchema>;

/** One line in a list (the GP's referrals, the coach's inbox). */
export const receptRegelSchema = z.object({
  id: z.uuid(),
  status: taakStatusSchema,
  persoon: z.object({ id: z.uuid(), naam: z.string() }),
  praktijk: z.string().describe('The name of the referring practice.'),
  ontvanger: z.string().describe('The name of the receiving organisation.'),
  coach: z.string().nullable(),
  aangemaaktOp: z.iso.datetime(),
  gewijzigdOp: z.iso.datetime(),
  eersteContactVoor: z.iso.date().nullable().describe('Target: 5 working days after sending.'),
  eersteContactOp: z.iso.date().nullable(),
  teLaat: z.boolean().describe('First contact is overdue.'),
  openTaken: z.number().int().describe('Follow-up tasks not yet done (coach only; 0 for the GP).'),
  laatsteTerugkoppeling: terugkoppelingSchema.nullable(),
});
export type ReceptRegel = z.infer<typeof receptRegelSchema>;
export const receptenSchema = z.object({ recepten: z.array(receptRegelSchema) });

export const contactmomentRijSchema = z.object({
  id: z.uuid(),
  datum: z.iso.date(),
  soort: z.enum(CONTACT_SOORTEN),
  notitie: z.string(),
  door: z.string(),
});
export type ContactmomentRij = z.infer<typeof contactmomentRijSchema>;

export const WELBEVINDEN_MOMENTEN = ['start', 'vervolg'] as const;
export const welbevindenMetingSchema = z.object({
  id: z.uuid(),
  moment: z.enum(WELBEVINDEN_MOMENTEN),
  datum: z.iso.date(),
  scores: z.record(z.string(), z.number().int().min(0).max(10)),
  ingevuldDoor: z.enum(['persoon', 'coach']),
});
export type WelbevindenMeting = z.infer<typeof welbevindenMetingSchema>;

export const receptTaakSchema = z.object({
  id: z.uuid(),
  soort: z
    .enum(['vervolg'])
    .describe('vervolg: the check three months after the activity started.'),
  vervaltOp: z.iso.date(),
  gedaanOp: z.iso.datetime().nullable(),
});
export type ReceptTaak = z.infer<typeof receptTaakSchema>;

export const activiteitSchema = z.object({
  aanbodId: z.uuid(),
  naam: z.string().describe('The name of the sociale kaart entry.'),
  startdatum: z.iso.date(),
  meegegaan: z.boolean().describe('The coach went along the first time.'),
  delenMetHuisarts: z.boolean().describe('The person agreed that the GP hears which activity.'),
  vervolgOp: z.iso.date().describe('Three months after the start.'),
});
export type Activiteit = z.infer<typeof activiteitSchema>;

export const statusStapSchema = z.object({
  van: taakStatusSchema.nullable(),
  naar: taakStatusSchema,
  reden: z.string(),
  kant: receptKantSchema,
  op: z.iso.datetime(),
});

/**
 * One referral. The GP (verwijzer) sees the referral, its status and the reports back; the
 * coach's work (`werk`) only the receiving organisation sees.
 */
export const receptSchema = z.object({
  id: z.uuid(),
  kant: receptKantSchema.describe('The side the reader is on.'),
  status: taakStatusSchema,
  statusReden: z.string(),
  mogelijk: z.array(taakStatusSchema).describe('The statuses the reader may set now.'),
  persoon: z.object({
    id: z.uuid(),
    naam: z.string(),
    telefoonnummer: z.string().nullable(),
    eMailadres: z.string().nullable(),
  }),
  praktijk: z.object({ id: z.uuid(), naam: z.string() }),
  verwijzer: z.string().nullable(),
  ontvanger: z.object({ id: z.uuid(), naam: z.string() }),
  coach: z.string().nullable(),
  reden: z.string(),
  watIkBelangrijkVind: z.string(),
  contactVoorkeur: z.enum(CONTACT_VOORKEUREN),
  aangemaaktOp: z.iso.datetime(),
  gewijzigdOp: z.iso.datetime(),
  eersteContactVoor: z.iso.date().nullable(),
  eersteContactOp: z.iso.date().nullable(),
  teLaat: z.boolean(),
  terugkoppelingen: z.array(terugkoppelingSchema),
  werk: z
    .object({
      contactmomenten: z.array(contactmomentRijSchema),
      interesses: z.string(),
      mogelijkheden: z.string(),
      activiteit: activiteitSchema.nullable(),
      dimensies: z.array(z.string()).describe('The wellbeing dimensions of this gemeente.'),
      welbevinden: z.array(welbevindenMetingSchema),
      taken: z.array(receptTaakSchema),
      samenvatting: z.string().describe('The closing summary (coach only).'),
      geschiedenis: z.array(statusStapSchema),
    })
    .nullable(),
});
export type Recept = z.infer<typeof receptSchema>;

/** Interests and physical and financial possibilities, in the coach's words. */
export const verkenningSchema = z.object({
  interesses: z.string().trim().max(2000, 'Schrijf hoogstens 2000 tekens.'),
  mogelijkheden: z.string().trim().max(2000, 'Schrijf hoogstens 2000 tekens.'),
});
export type Verkenning = z.infer<typeof verkenningSchema>;

/** The chosen activity: a sociale kaart entry, when it starts, and whether the coach went along. */
export const activiteitInvoerSchema = z.object({
  aanbodId: z.uuid({ error: 'Kies een activiteit van de sociale kaart.' }),
  startdatum: z.iso.date({ error: 'Vul een datum in, bijvoorbeeld 2026-12-03.' }),
  meegegaan: z.boolean().default(false),
  delenMetHuisarts: z
    .boolean()
    .default(false)
    .describe('true: the GP hears the name of the activity; false: only that one was found.'),
});
export type ActiviteitInvoer = z.input<typeof activiteitInvoerSchema>;

export const welbevindenInvoerSchema = z.object({
  moment: z.enum(WELBEVINDEN_MOMENTEN, { error: 'Kies: bij de start of na drie maanden.' }),
  datum: z.iso.date({ error: 'Vul een datum in, bijvoorbeeld 2026-12-03.' }),
  scores: z.record(z.string(), z.number().int()),
  ingevuldDoor: z.enum(['persoon', 'coach']).default('coach'),
});
export type WelbevindenInvoer = z.input<typeof welbevindenInvoerSchema>;

/** Closing: the summary for the file, and what the GP hears (plain words, agreed with the person). */
export const afsluitingSchema = z.object({
  status: z.enum(['completed', 'failed'], { error: 'Kies hoe het traject eindigt.' }),
  samenvatting: z.string().trim().min(1, 'Schrijf een korte samenvatting.').max(2000),
  terugkoppeling: z
    .string()
    .trim()
    .min(1, 'Schrijf wat de huisarts mag horen. Spreek dit af met de persoon.')
    .max(1000, 'Schrijf hoogstens 1000 tekens.'),
  reden: z.string().trim().max(1000).default(''),
});
export type Afsluiting = z.input<typeof afsluitingSchema>;

export const taakAfrondenSchema = z.object({ gedaan: z.literal(true) });

/** The wellbeing dimensions of this gemeente (functioneel beheerder). */
export const instellingenSchema = z.object({
  dimensies: z
    .array(
      z
        .string()
        .trim()
        .regex(/^[a-zA-Z][a-zA-Z0-9-]{0,39}$/, 'Gebruik een korte code zonder spaties.'),
    )
    .min(3, 'Kies minstens drie onderdelen.')
    .max(12, 'Kies hoogstens twaalf onderdelen.'),
});
export type Instellingen = z.infer<typeof instellingenSchema>;

// ---------------------------------------------------------------------------------------
// Evaluation: aggregated only; every count under 5 is suppressed (null).

export const evaluatieQuerySchema = z.object({
  praktijkId: z.uuid().optional().describe('One practice; without it, the whole gemeente.'),
  van: z.iso.date().optional().describe('First month (inclusive), default 12 months ago.'),
  tot: z.iso.date().optional().describe('Last day (inclusive), default today.'),
});

const telling = z.number().int().nullable().describe('null: fewer than 5, not shown.');

export const evaluatieSchema = z.object({
  praktijken: z.array(z.object({ id: z.uuid(), naam: z.string() })),
  perMaand: z.array(z.object({ maand: z.string().describe('YYYY-MM'), verwijzingen: telling })),
  totaal: telling,
  dagenTotEersteContact: z
    .object({ mediaan: z.number().nullable(), binnenTermijn: telling, teLaat: telling })
    .describe('Working days from sending to the first contactmoment.'),
  activiteitGevonden: z.object({ aantal: telling, aandeel: z.number().nullable() }),
  uitval: z
    .object({ aantal: telling, aandeel: z.number().nullable() })
    .describe('Rejected, cancelled or failed.'),
  soortenActiviteiten: z.array(z.object({ soort: z.string(), aantal: telling })),
  welbevinden: z.array(
    z.object({
      dimensie: z.string(),
      metingen: telling.describe('People with a start and a follow-up measure.'),
      gemiddeldeVerandering: z.number().nullable(),
    }),
  ),
});
export type Evaluatie = z.infer<typeof evaluatieSchema>;

/** Where practices refer to (functioneel beheerder): per organisation, all practices or one. */
export const ontvangerRegelsInvoerSchema = z.object({
  regels: z
    .array(
      z.object({
        organisatieId: z.uuid({ error: 'Kies een organisatie.' }),
        praktijkId: z
          .uuid({ error: 'Kies een praktijk.' })
          .nullable()
          .describe('null: every practice of the gemeente.'),
      }),
    )
    .max(100),
});
export type OntvangerRegelsInvoer = z.infer<typeof ontvangerRegelsInvoerSchema>;

export const ontvangerRegelsSchema = z.object({
  regels: z.array(
    z.object({
      organisatieId: z.uuid(),
      organisatie: z.string(),
      praktijkId: z.uuid().nullable(),
      praktijk: z.string().nullable(),
    }),
  ),
  organisaties: z
    .array(z.object({ id: z.uuid(), naam: z.string() }))
    .describe('Organisations that can receive referrals (not a GP practice).'),
  praktijken: z.array(z.object({ id: z.uuid(), naam: z.string() })),
});
export type OntvangerRegels = z.infer<typeof ontvangerRegelsSchema>;
