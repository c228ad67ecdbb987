import { z } from 'zod';
import { DELEN, MAX_VRAGEN } from './instrument.ts';
import { BANDEN } from './score.ts';

/**
 * "Hoe gaat het met u?": the carer's check of load and capacity. Texts a carer sees are B1
 * and never say "draaglast"; the API's names do (they are for developers).
 */

export const bandSchema = z
  .enum(BANDEN)
  .describe('geen / licht / matig / zwaar: how heavy the care weighs on the carer now.');

export const vraagSchema = z.object({
  id: z.string().describe('Stable within the instrument (`a-z`, digits, `-`).'),
  deel: z
    .enum(DELEN, { error: 'Kies of de vraag gaat over wat energie kost of wat energie geeft.' })
    .describe('`last`: what costs energy; `kracht`: what gives energy, who helps.'),
  tekst: z.string().trim(),
});

export const drempelsSchema = z
  .object({
    licht: z.number({ error: 'Vul een getal in.' }).int('Vul een heel getal in.'),
    matig: z.number({ error: 'Vul een getal in.' }).int('Vul een heel getal in.'),
    zwaar: z.number({ error: 'Vul een getal in.' }).int('Vul een heel getal in.'),
  })
  .describe('Band boundaries on the belasting score 0–100, strictly increasing.');

export const instrumentInvoerSchema = z.object({
  vragen: z.array(vraagSchema).min(2, 'Stel minstens twee vragen.').max(MAX_VRAGEN),
  drempels: drempelsSchema,
});
export type InstrumentInvoer = z.infer<typeof instrumentInvoerSchema>;

export const instrumentSchema = instrumentInvoerSchema.extend({
  versie: z.number().int().describe('0: the default instrument; 1 and up: the gemeente’s own.'),
  schaal: z.array(z.number().int()).describe('The answer values: 0 nooit … 3 bijna altijd.'),
  gewijzigdOp: z.iso.datetime().nullable(),
});
export type InstrumentAntwoord = z.infer<typeof instrumentSchema>;

export const nieuweCheckSchema = z
  .object({
    antwoorden: z
      .record(z.string(), z.number({ error: 'Kies een antwoord.' }).int())
      .describe('Per question id: 0 nooit, 1 soms, 2 vaak, 3 bijna altijd. Every question.'),
    delen: z
      .boolean({ error: 'Kies of het steunpunt mantelzorg de uitslag mag zien.' })
      .describe('The carer’s explicit choice whether the steunpunt may see this result.'),
    steunpuntId: z
      .uuid({ error: 'Kies het steunpunt.' })
      .optional()
      .describe('Which steunpunt, when sharing; may be left out when there is only one.'),
  })
  .describe('A filled-in check.');
export type NieuweCheck = z.input<typeof nieuweCheckSchema>;

export const steunpuntSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  telefoon: z.string().nullable(),
  eMailadres: z.string().nullable(),
  website: z.string().nullable(),
});

export const checkSchema = z.object({
  id: z.uuid(),
  ingevuldOp: z.iso.datetime(),
  band: bandSchema,
  last: z.number().int().describe('0–100: the share of the maximum load.'),
  kracht: z.number().int().describe('0–100: the share of the maximum capacity.'),
  belasting: z.number().int().describe('0–100: (last + (100 − kracht)) / 2.'),
  gedeeldMet: z.uuid().nullable().describe('The steunpunt it was shared with; null: not shared.'),
  taak: z.boolean().describe('A task for the steunpunt’s consulent was made.'),
});
export type Check = z.infer<typeof checkSchema>;

export const checkMetAntwoordenSchema = checkSchema.extend({
  vragen: z.array(vraagSchema.extend({ antwoord: z.number().int() })),
});
export type CheckMetAntwoorden = z.infer<typeof checkMetAntwoordenSchema>;

export const mijnDraaglastSchema = z.object({
  instrument: instrumentSchema,
  steunpunten: z.array(steunpuntSchema),
  checks: z.array(checkSchema).describe('Oldest first.'),
});
export type MijnDraaglast = z.infer<typeof mijnDraaglastSchema>;

export const TAAK_STATUSSEN = ['open', 'afgerond'] as const;

export const taakSchema = z.object({
  id: z.uuid(),
  persoonId: z.uuid(),
  naam: z.string().describe('The carer’s name; never the answers.'),
  checkId: z.uuid(),
  ingevuldOp: z.iso.datetime(),
  band: bandSchema,
  status: z.enum(TAAK_STATUSSEN),
  notitie: z.string(),
  afgerondOp: z.iso.datetime().nullable(),
});
export type Taak = z.infer<typeof taakSchema>;
export const takenSchema = z.object({ taken: z.array(taakSchema) });

export const takenQuerySchema = z.object({
  status: z.enum(TAAK_STATUSSEN, { error: 'Kies open of afgerond.' }).default('open'),
});

export const afrondenSchema = z.object({
  notitie: z
    .string()
    .trim()
    .min(1, 'Schrijf kort wat u heeft gedaan.')
    .max(2000, 'Schrijf hoogstens 2000 tekens.'),
});

export const persoonTrendSchema = z.object({
  persoonId: z.uuid(),
  naam: z.string(),
  checks: z.array(checkMetAntwoordenSchema).describe('Only the checks shared with the steunpunt.'),
});
export type PersoonTrend = z.infer<typeof persoonTrendSchema>;

export const idParamsSchema = z.object({ id: z.uuid() });
