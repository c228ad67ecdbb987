import { z } from 'zod';
import { HOE_VAAK, KOPPELING_STATUSSEN } from '../../../shared/loket.ts';
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
});
export type NieuweKoppeling = z.infer<typeof nieuweKoppelingSchema>;

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

/** One proposal of the optimiser, with why it makes sense in words. */
export const optimaalVoorstelSchema = z.object({
  hulpvraagId: z.uuid(),
  aanbodId: z.uuid(),
  inwoner: z.string(),
  vrijwilliger: z.string(),
  afstandKm: z.number(),
  score: z.number(),
  uitleg: z.string().describe('e.g. "2,1 km, allebei: boodschappen, wacht al 12 dagen"'),
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
});
export type Optimalisatie = z.infer<typeof optimalisatieSchema>;
