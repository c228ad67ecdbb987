import { z } from 'zod';
import { AANBOD_STATUSSEN, SOORTEN_HULP, VOG_STATUSSEN } from '../../../shared/loket.ts';
import {
  contactSchema,
  hulpcategorieSchema,
  postcodeSchema,
  taalSchema,
  tijdvakSchema,
} from '../hulpvragen/model.ts';

export const aanbodStatusSchema = z.enum(AANBOD_STATUSSEN);

/**
 * A volunteer's or helpful neighbour's offer: what, where, when, how often, languages,
 * one-off or regular, VOG. Sent in one go at the end of the guided form.
 */
export const nieuwAanbodSchema = z.object({
  categorieen: z
    .array(hulpcategorieSchema)
    .min(1, 'Kies minstens één ding dat u graag doet.')
    .max(16),
  postcode: postcodeSchema,
  straalKm: z
    .number({ error: 'Kies hoe ver u wilt reizen.' })
    .int()
    .min(1, 'Kies minstens 1 kilometer.')
    .max(50, 'Kies hoogstens 50 kilometer.'),
  tijdvakken: z.array(tijdvakSchema).min(1, 'Kies minstens één dagdeel waarop u kunt.').max(21),
  urenPerWeek: z
    .number({ error: 'Vul in hoeveel uur per week u kunt.' })
    .int()
    .min(1, 'Kies minstens 1 uur per week.')
    .max(40, 'Kies hoogstens 40 uur per week.'),
  maxKoppelingen: z
    .number()
    .int()
    .min(1)
    .max(5, 'Kies hoogstens 5 mensen tegelijk.')
    .default(1)
    .describe('How many people the volunteer helps at the same time.'),
  talen: z.array(taalSchema).min(1, 'Kies minstens één taal.').max(10),
  soort: z.enum(SOORTEN_HULP, { error: 'Kies eenmalig, regelmatig of allebei.' }),
  vogStatus: z.enum(VOG_STATUSSEN, { error: 'Kies of u een VOG heeft.' }),
  vogDatum: z.iso
    .date('Vul de datum van uw VOG in als dag-maand-jaar.')
    .optional()
    .describe('Date on the VOG; required when vogStatus is ontvangen.'),
  geslacht: z
    .enum(['vrouw', 'man', 'anders'])
    .optional()
    .describe('Optional; some residents ask for a woman or a man.'),
  geboortejaar: z.number().int().min(1900).max(2015).optional(),
  toelichting: z.string().trim().max(1000, 'Schrijf hoogstens 1000 tekens.').optional(),
  contact: contactSchema.optional(),
  toestemming: z.literal(true, {
    error: 'Geef toestemming, zodat de vrijwilligerscoördinator uw aanmelding kan lezen.',
  }),
});
export type NieuwAanbod = z.input<typeof nieuwAanbodSchema>;

/** The volunteer changes their availability (and the rest) later; status stays. */
export const aanbodWijzigingSchema = nieuwAanbodSchema
  .omit({ toestemming: true, contact: true })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Geef minstens één veld.' });
export type AanbodWijziging = z.input<typeof aanbodWijzigingSchema>;

export const aanbodSchema = z.object({
  id: z.uuid(),
  status: aanbodStatusSchema,
  categorieen: z.array(hulpcategorieSchema),
  postcode: z.string(),
  straalKm: z.number().int(),
  tijdvakken: z.array(tijdvakSchema),
  urenPerWeek: z.number().int(),
  maxKoppelingen: z.number().int(),
  talen: z.array(taalSchema),
  soort: z.enum(SOORTEN_HULP),
  vogStatus: z.enum(VOG_STATUSSEN),
  vogDatum: z.iso.date().nullable(),
  vogGeldig: z.boolean().describe('A VOG was received and is less than 3 years old.'),
  geslacht: z.enum(['vrouw', 'man', 'anders']).nullable(),
  geboortejaar: z.number().int().nullable(),
  toelichting: z.string().nullable(),
  aangemeldOp: z.iso.datetime(),
  beoordeling: z
    .object({
      op: z.iso.datetime(),
      door: z.string().describe('Name of the coordinator.'),
      reden: z.string().nullable().describe('Why not approved, when afgewezen.'),
    })
    .nullable(),
});
export type Aanbod = z.infer<typeof aanbodSchema>;

export const mijnAanbodSchema = z.object({ aanbod: z.array(aanbodSchema) });

export const aanbodIdParamsSchema = z.object({ id: z.uuid() });

/** The coordinator's view: the offer with the volunteer's name and contact details. */
export const aanmeldingSchema = aanbodSchema.extend({
  persoonId: z.uuid(),
  naam: z.string(),
  telefoonnummer: z.string().nullable(),
  eMailadres: z.string().nullable(),
  intakeNotitie: z.string().nullable(),
  vogNodigVoor: z
    .array(hulpcategorieSchema)
    .describe('Chosen categories that need a VOG (per the gemeente’s rules).'),
});
export type Aanmelding = z.infer<typeof aanmeldingSchema>;

export const aanmeldingenQuerySchema = z.object({
  status: aanbodStatusSchema.optional().describe('Without: every status.'),
});
export const aanmeldingenSchema = z.object({ aanmeldingen: z.array(aanmeldingSchema) });

/**
 * The coordinator approves or turns down a new volunteer, after an intake conversation
 * (notes optional). Approval with categories that need a VOG requires a valid VOG.
 */
export const aanbodBeoordelingSchema = z.object({
  besluit: z.enum(['goedkeuren', 'afwijzen']),
  intakeNotitie: z.string().trim().max(2000).optional(),
  reden: z.string().trim().max(1000).optional().describe('Required to turn down.'),
  vogStatus: z.enum(VOG_STATUSSEN).optional().describe('Record a VOG the volunteer showed.'),
  vogDatum: z.iso.date().optional(),
});
export type AanbodBeoordeling = z.infer<typeof aanbodBeoordelingSchema>;
