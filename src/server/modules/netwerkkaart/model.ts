import { z } from 'zod';

export const SECTOREN = ['familie', 'vrienden', 'buren', 'professionals'] as const;

/** One person in someone's network (ecogram): sector, closeness 1 (close) … 3 (further). */
export const netwerklidInvoerSchema = z.object({
  naam: z.string().trim().min(1, 'Vul de naam in.').max(200, 'Schrijf hoogstens 200 tekens.'),
  sector: z.enum(SECTOREN, { error: 'Kies familie, vrienden, buren of professionals.' }),
  relatie: z.string().trim().max(100).default('').describe('e.g. "dochter", "buurvrouw"'),
  nabijheid: z
    .number({ error: 'Kies hoe dichtbij deze persoon staat.' })
    .int()
    .min(1, 'Kies 1, 2 of 3.')
    .max(3, 'Kies 1, 2 of 3.'),
  kanHelpenMet: z.string().trim().max(500).default(''),
  accountId: z
    .uuid()
    .nullable()
    .default(null)
    .describe('The member’s own Kring account, when they have one (for the care circle).'),
});
export type NetwerklidInvoer = z.input<typeof netwerklidInvoerSchema>;

export const netwerklidSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  sector: z.enum(SECTOREN),
  relatie: z.string(),
  nabijheid: z.number().int(),
  kanHelpenMet: z.string(),
  heeftAccount: z.boolean(),
});
export type Netwerklid = z.infer<typeof netwerklidSchema>;

export const netwerkSchema = z.object({ leden: z.array(netwerklidSchema) });
export const netwerklidParamsSchema = z.object({ id: z.uuid(), lidId: z.uuid() });
