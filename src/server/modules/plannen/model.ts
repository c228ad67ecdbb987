import { z } from 'zod';
import { HOE_VAAK } from '../../../shared/loket.ts';
import { hulpcategorieSchema, tijdvakSchema } from '../hulpvragen/model.ts';

export const EIGENAAR_SOORTEN = [
  'zelf',
  'netwerk',
  'vrijwilliger',
  'voorziening',
  'professional',
] as const;
export const ACTIE_STATUSSEN = ['open', 'bezig', 'klaar', 'gestopt'] as const;

const tekst = (min: number, max: number, leeg: string) =>
  z.string().trim().min(min, leeg).max(max, `Schrijf hoogstens ${max} tekens.`);

export const actieInvoerSchema = z.object({
  id: z.uuid().optional().describe('Keep an existing action (and its link to a help request).'),
  omschrijving: tekst(1, 500, 'Schrijf wat er moet gebeuren.'),
  eigenaarSoort: z.enum(EIGENAAR_SOORTEN, { error: 'Kies wie dit doet.' }),
  eigenaar: z.string().trim().max(200).default('').describe('A name: person or organisation.'),
  netwerklidId: z.uuid().nullable().default(null),
  aanbodId: z
    .uuid()
    .nullable()
    .default(null)
    .describe('A sociale kaart entry (algemene voorziening).'),
  organisatieId: z.uuid().nullable().default(null),
  deadline: z.iso.date('Vul een datum in.').nullable().default(null),
  status: z.enum(ACTIE_STATUSSEN).default('open'),
});

export const doelInvoerSchema = z.object({
  id: z.uuid().optional(),
  titel: tekst(1, 300, 'Schrijf het doel op.'),
  acties: z.array(actieInvoerSchema).max(30).default([]),
});

/** The whole plan at once: the main goal in the person's words, subgoals and actions. */
export const planInvoerSchema = z.object({
  hoofddoel: tekst(1, 500, 'Schrijf de stip op de horizon op, in de woorden van de persoon.'),
  doelen: z.array(doelInvoerSchema).max(20).default([]),
});
export type PlanInvoer = z.input<typeof planInvoerSchema>;

export const actieSchema = z.object({
  id: z.uuid(),
  omschrijving: z.string(),
  eigenaarSoort: z.enum(EIGENAAR_SOORTEN),
  eigenaar: z.string(),
  netwerklidId: z.uuid().nullable(),
  aanbodId: z.uuid().nullable(),
  organisatieId: z.uuid().nullable(),
  deadline: z.iso.date().nullable(),
  status: z.enum(ACTIE_STATUSSEN),
  hulpvraagId: z.uuid().nullable().describe('The help request made from it (volunteer pool).'),
  teLaat: z.boolean().describe('Open past its deadline.'),
});
export type Actie = z.infer<typeof actieSchema>;

export const planSchema = z.object({
  hoofddoel: z.string(),
  doelen: z.array(z.object({ id: z.uuid(), titel: z.string(), acties: z.array(actieSchema) })),
  gewijzigdOp: z.iso.datetime(),
  gewijzigdDoor: z.string(),
  reacties: z.array(z.object({ akkoord: z.boolean(), tekst: z.string(), op: z.iso.datetime() })),
});
export type Plan = z.infer<typeof planSchema>;

export const planAntwoordSchema = z.object({ plan: planSchema.nullable() });

export const actieParamsSchema = z.object({ id: z.uuid(), actieId: z.uuid() });

/** "Dit kan een vrijwilliger doen": the action becomes a request in the volunteer pool. */
export const naarVrijwilligerSchema = z.object({
  categorieen: z.array(hulpcategorieSchema).min(1, 'Kies waar de vrijwilliger mee helpt.').max(8),
  hoeVaak: z.enum(HOE_VAAK, { error: 'Kies hoe vaak.' }),
  tijdvakken: z.array(tijdvakSchema).max(21).default([]),
  toestemming: z.literal(true, {
    error: 'Vraag eerst of de persoon het goed vindt dat de vrijwilligerscentrale dit leest.',
  }),
});
export type NaarVrijwilliger = z.input<typeof naarVrijwilligerSchema>;

export const planReactieSchema = z.object({
  akkoord: z.boolean(),
  tekst: z.string().trim().max(2000, 'Schrijf hoogstens 2000 tekens.').default(''),
});
export type PlanReactie = z.input<typeof planReactieSchema>;
