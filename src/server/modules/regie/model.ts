import { z } from 'zod';
import { LEVENSDOMEINEN } from '../../../shared/loket.ts';

export const regieSchema = z.object({
  regisseur: z
    .object({ accountId: z.uuid(), naam: z.string(), organisatie: z.string() })
    .nullable(),
  team: z.array(
    z.object({
      betrokkenheidId: z.uuid(),
      accountId: z.uuid(),
      naam: z.string(),
      organisatieId: z.uuid(),
      organisatie: z.string(),
      rol: z.enum(['regisseur', 'lid']),
      levensdomeinen: z.array(z.string()),
    }),
  ),
  overlap: z
    .array(z.object({ levensdomein: z.string(), organisaties: z.array(z.string()) }))
    .describe('Life domains two or more professional organisations work on.'),
  complexiteit: z
    .object({ complex: z.boolean(), domeinen: z.array(z.string()), datum: z.iso.date() })
    .nullable()
    .describe('From the latest conversation with the 8-domain instrument; null without one.'),
  adviesProfessioneleRegie: z
    .boolean()
    .describe('Complex and no regisseur: Kring suggests professional regie.'),
  overdrachten: z.array(
    z.object({
      van: z.string().nullable(),
      naar: z.string(),
      reden: z.string(),
      op: z.iso.datetime(),
    }),
  ),
});
export type Regie = z.infer<typeof regieSchema>;

export const levensdomeinenInvoerSchema = z.object({
  levensdomeinen: z
    .array(z.enum(LEVENSDOMEINEN, { error: 'Kies levensdomeinen uit de lijst.' }))
    .max(8),
});

export const teamlidParamsSchema = z.object({ id: z.uuid(), betrokkenheidId: z.uuid() });

export const overdrachtSchema = z.object({
  naarAccountId: z.uuid(),
  naarOrganisatieId: z.uuid(),
  reden: z
    .string()
    .trim()
    .min(5, 'Schrijf waarom de regie overgaat.')
    .max(1000, 'Schrijf hoogstens 1000 tekens.'),
});
export type Overdracht = z.infer<typeof overdrachtSchema>;
