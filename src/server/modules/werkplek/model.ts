import { z } from 'zod';

export const TIJDLIJN_SOORTEN = [
  'hulpvraag',
  'keukentafelgesprek',
  'plan',
  'plan-reactie',
  'casusoverleg',
  'regie-overdracht',
] as const;

/** One element of a person's dossier timeline; only what the reader may see is in it. */
export const tijdlijnItemSchema = z.object({
  soort: z.enum(TIJDLIJN_SOORTEN),
  op: z.iso.datetime(),
  id: z.string(),
  samenvatting: z.string().describe('Short, in the words of the record (no category labels).'),
});
export type TijdlijnItem = z.infer<typeof tijdlijnItemSchema>;

export const tijdlijnSchema = z.object({
  items: z.array(tijdlijnItemSchema),
  verborgen: z
    .array(z.string())
    .describe('Data categories left out because the reader may not see them.'),
});

export const caseloadSchema = z.object({
  personen: z.array(
    z.object({
      id: z.uuid(),
      naam: z.string(),
      postcode: z.string().nullable(),
      regisseur: z.boolean().describe('I am the regisseur.'),
    }),
  ),
  teLaat: z.array(
    z.object({
      persoonId: z.uuid(),
      naam: z.string(),
      actieId: z.uuid(),
      omschrijving: z.string(),
      deadline: z.iso.date(),
    }),
  ),
});
export type Caseload = z.infer<typeof caseloadSchema>;
