import { z } from 'zod';
import { EINDE_REDENEN, EVALUATIE_OORDELEN } from '../../../shared/koppeling.ts';
import { HOE_VAAK, KOPPELING_STATUSSEN, URGENTIES } from '../../../shared/loket.ts';
import { hulpcategorieSchema, tijdvakSchema } from '../hulpvragen/model.ts';

export const koppelingStatusSchema = z.enum(KOPPELING_STATUSSEN);

/** A coordinator proposes a match by hand (the optimiser of issue 7 makes them too). */
export const nieuweKoppelingSchema = z.object({
  hulpvraagId: z.uuid(),
  aanbodId: z.uuid(),
  toelichting: z
    .string()
    .trim()
    .min(1, 'Schrijf in een paar woorden waarom dit een goede koppeling is.')
    .max(1000, 'Schrijf hoogstens 1000 tekens.')
    .describe('Shown to both sides, so write it for them.'),
  bron: z
    .enum(['hand', 'optimalisatie'])
    .default('hand')
    .describe('optimalisatie: the coordinator takes over a proposal of the optimiser.'),
  goedkeuren: z
    .boolean()
    .default(true)
    .describe(
      'true: approved at once, the volunteer is asked. false: kept as a proposal (voorstel) to approve later.',
    ),
});
export type NieuweKoppeling = z.infer<typeof nieuweKoppelingSchema>;
/** What a client sends (bron and goedkeuren have defaults). */
export type NieuweKoppelingInvoer = z.input<typeof nieuweKoppelingSchema>;

export const koppelingIdParamsSchema = z.object({ id: z.uuid() });

/** Yes or no from the volunteer or the resident; a no needs a reason. */
export const koppelingAntwoordSchema = z
  .object({
    akkoord: z.boolean(),
    reden: z.string().trim().max(1000, 'Schrijf hoogstens 1000 tekens.').optional(),
  })
  .refine((v) => v.akkoord || (v.reden?.length ?? 0) > 0, {
    message: 'Schrijf kort waarom niet. Dan zoeken we iemand die beter past.',
    path: ['reden'],
  });
export type KoppelingAntwoord = z.infer<typeof koppelingAntwoordSchema>;

const toelichtingSchema = z.string().trim().max(1000, 'Schrijf hoogstens 1000 tekens.');
const eindeRedenSchema = z.enum(EINDE_REDENEN);
const evaluatieOordeelSchema = z.enum(EVALUATIE_OORDELEN);

/** Ending needs a reason (for the other side and for outcome measurement). */
function redenBijBeeindigen(v: { handeling: string; reden?: string | undefined }) {
  return v.handeling !== 'beeindigen' || v.reden !== undefined;
}
const REDEN_NODIG = {
  message: 'Kies waarom de koppeling stopt.',
  path: ['reden'],
};

/** A step one side takes on a running match: the introduction went well, or stop. */
export const mijnStapSchema = z
  .object({
    handeling: z.enum(['starten', 'beeindigen']),
    reden: eindeRedenSchema.optional(),
    toelichting: toelichtingSchema.optional(),
  })
  .refine(redenBijBeeindigen, REDEN_NODIG);
export type MijnStap = z.infer<typeof mijnStapSchema>;

/** A step the coordinator takes: approve or withdraw a proposal, start, or end a match. */
export const loketStapSchema = z
  .object({
    handeling: z.enum(['goedkeuren', 'afwijzen', 'starten', 'beeindigen']),
    reden: eindeRedenSchema.optional(),
    toelichting: toelichtingSchema.optional(),
  })
  .refine(redenBijBeeindigen, REDEN_NODIG)
  .refine((v) => v.handeling !== 'afwijzen' || (v.toelichting?.length ?? 0) > 0, {
    message: 'Schrijf kort waarom u dit voorstel intrekt.',
    path: ['toelichting'],
  });
export type LoketStap = z.infer<typeof loketStapSchema>;

/** How it goes, a month after the start; one answer per side. */
export const evaluatieSchema = z.object({
  oordeel: evaluatieOordeelSchema,
  doorgaan: z.boolean().describe('Do you want to go on together?'),
  opmerking: toelichtingSchema.optional(),
});
export type EvaluatieInvoer = z.infer<typeof evaluatieSchema>;

const evaluatieAntwoordSchema = z.object({
  kant: z.enum(['inwoner', 'vrijwilliger']),
  oordeel: evaluatieOordeelSchema,
  doorgaan: z.boolean(),
  opmerking: z.string().nullable(),
  op: z.iso.datetime(),
});

const contactgegevensSchema = z.object({
  naam: z.string(),
  telefoonnummer: z.string().nullable(),
  eMailadres: z.string().nullable(),
});

/**
 * A match as one of its two sides sees it. Before both said yes, the other side is only a
 * first name (or "een inwoner") and a place; `contact` is null. From kennismaking on, both
 * see each other's name, phone and e-mail (each viewing is in the access log).
 */
export const mijnKoppelingSchema = z.object({
  id: z.uuid(),
  status: koppelingStatusSchema,
  mijnKant: z.enum(['inwoner', 'vrijwilliger']),
  /** What it is about, in the request's words. */
  hulpvraag: z.object({
    id: z.uuid(),
    categorieen: z.array(hulpcategorieSchema),
    hoeVaak: z.enum(HOE_VAAK).nullable(),
    tijdvakken: z.array(tijdvakSchema),
    plaats: z.string().describe('Postcode area (4 digits) only.'),
  }),
  andereKant: z.object({
    voornaam: z.string().nullable().describe('Null: the resident, before both agreed.'),
  }),
  toelichting: z.string().describe('The coordinator’s words on why this fits.'),
  afstandKm: z.number().nullable(),
  wachtOp: z
    .enum(['coordinator', 'vrijwilliger', 'inwoner', 'niemand'])
    .describe('Whose answer the match waits for.'),
  contact: contactgegevensSchema.nullable(),
  mogelijk: z
    .array(z.enum(['akkoord', 'afwijzen', 'starten', 'beeindigen', 'evalueren']))
    .describe('What I may do now: the buttons to show.'),
  eindeReden: eindeRedenSchema.nullable(),
  evaluatie: z
    .object({
      gevraagdOp: z.iso.datetime(),
      mijnAntwoord: evaluatieAntwoordSchema.nullable(),
    })
    .nullable()
    .describe('Asked one month after the start; null before.'),
  gebeurtenissen: z.array(
    z.object({
      status: koppelingStatusSchema,
      op: z.iso.datetime(),
      reden: z.string().nullable(),
    }),
  ),
  aangemaaktOp: z.iso.datetime(),
});
export type MijnKoppeling = z.infer<typeof mijnKoppelingSchema>;

export const mijnKoppelingenSchema = z.object({ koppelingen: z.array(mijnKoppelingSchema) });

/** The coordinator's view of a match. */
export const koppelingSchema = z.object({
  id: z.uuid(),
  status: koppelingStatusSchema,
  hulpvraagId: z.uuid(),
  aanbodId: z.uuid(),
  inwoner: z.string(),
  vrijwilliger: z.string(),
  toelichting: z.string(),
  afstandKm: z.number().nullable(),
  wachtOp: mijnKoppelingSchema.shape.wachtOp,
  wachtDagen: z.number().int().describe('Days it has waited on the answer (0: on nobody).'),
  looptVast: z.boolean().describe('Waited a week or more on one answer: step in.'),
  bron: z.enum(['hand', 'optimalisatie']),
  score: z
    .number()
    .nullable()
    .describe('The optimiser’s weight of the pair, when it came from there.'),
  mogelijk: z
    .array(z.enum(['goedkeuren', 'afwijzen', 'starten', 'beeindigen']))
    .describe('The steps the coordinator may take now.'),
  eindeReden: eindeRedenSchema.nullable(),
  evaluatieGevraagdOp: z.iso.datetime().nullable(),
  evaluaties: z.array(evaluatieAntwoordSchema),
  gebeurtenissen: mijnKoppelingSchema.shape.gebeurtenissen,
  aangemaaktOp: z.iso.datetime(),
});
export type Koppeling = z.infer<typeof koppelingSchema>;

export const koppelingenSchema = z.object({ koppelingen: z.array(koppelingSchema) });

/** Volunteers a coordinator can propose for one request: approved, fitting, nearby first. */
export const kandidaatSchema = z.object({
  aanbodId: z.uuid(),
  naam: z.string(),
  afstandKm: z.number().nullable(),
  gedeeldeCategorieen: z.array(hulpcategorieSchema),
  gedeeldeTijdvakken: z.number().int(),
  passend: z.boolean().describe('Category, distance, time, VOG and language all fit.'),
  bezwaren: z
    .array(
      z.enum([
        'categorie',
        'afstand',
        'tijd',
        'vog',
        'taal',
        'geslacht',
        'vol',
        'eerder-afgewezen',
      ]),
    )
    .describe('Why it does not fit (empty when passend).'),
});
export const kandidatenSchema = z.object({ kandidaten: z.array(kandidaatSchema) });
export type Kandidaat = z.infer<typeof kandidaatSchema>;

/** One part of a proposal's score, in points and in words. */
const onderdeelSchema = z.object({
  soort: z.enum([
    'basis',
    'dekking',
    'afstand',
    'interesse',
    'wachten',
    'urgentie',
    'continuiteit',
    'slot',
  ]),
  punten: z.number(),
  tekst: z.string().nullable(),
});

/** One proposal of the optimiser, with why it makes sense in words. */
export const optimaalVoorstelSchema = z.object({
  hulpvraagId: z.uuid(),
  aanbodId: z.uuid(),
  inwoner: z.string(),
  vrijwilliger: z.string(),
  afstandKm: z.number(),
  score: z.number(),
  uitleg: z.string().describe('e.g. "2,1 km, allebei: boodschappen, wacht al 12 dagen"'),
  onderdelen: z.array(onderdeelSchema),
});

/** A reciprocal exchange: each person helps the next (a cycle), or a volunteer starts a chain. */
const ruilvoorstelSchema = z.object({
  soort: z.enum(['cyclus', 'keten']),
  geholpen: z.number().int().describe('People helped by this exchange.'),
  /** In order: each link is one match (the helper's offer for the next person's request). */
  schakels: z.array(
    z.object({
      helper: z.string(),
      aanbodId: z.uuid(),
      geholpen: z.string(),
      hulpvraagId: z.uuid(),
      afstandKm: z.number(),
      uitleg: z.string(),
    }),
  ),
});

/** Similar requests nearby at one moment: one group activity may help them all (004 §6.5). */
const groepsvoorstelSchema = z.object({
  categorie: hulpcategorieSchema,
  tijdvak: tijdvakSchema.nullable(),
  straalKm: z.number().describe('How far the farthest member lives from the middle.'),
  leden: z.array(z.object({ hulpvraagId: z.uuid(), naam: z.string() })),
  plek: z
    .object({ aanbodId: z.uuid(), naam: z.string(), afstandKm: z.number().nullable() })
    .nullable()
    .describe('A fitting meeting or activity on the sociale kaart near the group, when found.'),
});

/**
 * A run of the optimiser over the organisation's pool: a preview, nothing is proposed yet
 * (the coordinator proposes the ones they accept with POST /loket/koppelingen).
 */
export const optimalisatieSchema = z.object({
  voorstellen: z.array(optimaalVoorstelSchema),
  vragen: z.number().int().describe('Requests in the pool without a running match.'),
  vrijwilligers: z.number().int().describe('Approved volunteers with a free place.'),
  geholpen: z.number().int().describe('Requests the optimal proposals help.'),
  geholpenGretig: z
    .number()
    .int()
    .describe('Requests "first come, first served" would help (online greedy), to compare.'),
  geholpenHandmatig: z
    .number()
    .int()
    .describe('Requests in the pool that have a proposal by hand now.'),
  ruilvoorstellen: z.array(ruilvoorstelSchema),
  ruilGeholpen: z.number().int().describe('People the reciprocal exchanges help together.'),
  ruilGeholpenParen: z
    .number()
    .int()
    .describe('People exchanges of two alone would help, to compare.'),
  groepsvoorstellen: z.array(groepsvoorstelSchema),
});
export type Optimalisatie = z.infer<typeof optimalisatieSchema>;

/** The matching board: the pool of open requests and free volunteers (PC4 area only). */
export const matchbordSchema = z.object({
  vragen: z.array(
    z.object({
      hulpvraagId: z.uuid(),
      naam: z.string(),
      categorieen: z.array(hulpcategorieSchema),
      tijdvakken: z.array(tijdvakSchema),
      urgentie: z.enum(URGENTIES),
      wachtDagen: z.number().int(),
      plaats: z.string().describe('Postcode area (4 digits).'),
      punt: z
        .object({ lat: z.number(), lon: z.number() })
        .nullable()
        .describe('The middle of the postcode area, not the address.'),
      koppeling: koppelingStatusSchema.nullable().describe('The running match, if any.'),
    }),
  ),
  vrijwilligers: z.array(
    z.object({
      aanbodId: z.uuid(),
      naam: z.string(),
      categorieen: z.array(hulpcategorieSchema),
      straalKm: z.number(),
      plaats: z.string(),
      punt: z.object({ lat: z.number(), lon: z.number() }).nullable(),
      lopend: z.number().int().describe('Running matches.'),
      maxKoppelingen: z.number().int(),
    }),
  ),
});
export type Matchbord = z.infer<typeof matchbordSchema>;
