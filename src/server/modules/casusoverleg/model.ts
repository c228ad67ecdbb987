import { z } from 'zod';
import { EIGENAAR_SOORTEN } from '../plannen/model.ts';

const tekst = (max: number) => z.string().trim().max(max, `Schrijf hoogstens ${max} tekens.`);

/**
 * Who takes part: professionals of the case team (formal), and people of the person's own
 * network (informal) — those only with the person's consent, asked before and recorded here.
 */
export const deelnemerInvoerSchema = z.discriminatedUnion('soort', [
  z.object({ soort: z.literal('formeel'), accountId: z.uuid() }),
  z.object({
    soort: z.literal('informeel'),
    netwerklidId: z.uuid(),
    toestemming: z.literal(true, {
      error: 'Een naaste doet alleen mee als de persoon dat goed vindt.',
    }),
  }),
]);

export const nieuwOverlegSchema = z.object({
  datum: z.iso.date('Vul een datum in.'),
  agenda: tekst(4000).default(''),
  deelnemers: z.array(deelnemerInvoerSchema).max(20).default([]),
});
export type NieuwOverleg = z.input<typeof nieuwOverlegSchema>;

/** A decision; with `doelId` it becomes an action of the plan with its owner. */
export const besluitInvoerSchema = z.object({
  tekst: z.string().trim().min(1, 'Schrijf het besluit op.').max(500),
  eigenaarSoort: z.enum(EIGENAAR_SOORTEN, { error: 'Kies wie dit doet.' }),
  eigenaar: tekst(200).default(''),
  deadline: z.iso.date().nullable().default(null),
  doelId: z.uuid().nullable().default(null).describe('Add it as an action under this subgoal.'),
});

export const verslagSchema = z.object({
  notities: tekst(8000).default(''),
  besluiten: z.array(besluitInvoerSchema).max(30).default([]),
});
export type Verslag = z.input<typeof verslagSchema>;

export const overlegSchema = z.object({
  id: z.uuid(),
  datum: z.iso.date(),
  agenda: z.string(),
  notities: z.string(),
  deelnemers: z.array(
    z.object({
      soort: z.enum(['formeel', 'informeel']),
      naam: z.string(),
      rol: z.string().describe('Organisation (formal) or relation (informal).'),
    }),
  ),
  besluiten: z.array(
    z.object({
      tekst: z.string(),
      eigenaarSoort: z.enum(EIGENAAR_SOORTEN),
      eigenaar: z.string(),
      deadline: z.iso.date().nullable(),
      actieId: z.uuid().nullable().describe('The plan action it became.'),
    }),
  ),
});
export type Overleg = z.infer<typeof overlegSchema>;

export const overleggenSchema = z.object({ overleggen: z.array(overlegSchema) });
export const overlegParamsSchema = z.object({ id: z.uuid(), overlegId: z.uuid() });
