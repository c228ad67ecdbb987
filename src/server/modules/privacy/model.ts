import { z } from 'zod';
import { betrokkenheidSchema, persoonSchema, vertegenwoordigerSchema } from '../personen/model.ts';
import { categorieSchema, toegangslogRegelSchema } from '../toegang/model.ts';

export const organisatieKeuzeSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  soort: z.string(),
});

export const toestemmingSchema = z.object({
  id: z.uuid(),
  organisatieId: z.uuid(),
  organisatie: z.string(),
  categorieen: z.array(categorieSchema),
  doel: z.string(),
  geldigTot: z.iso.date().nullable().describe('Valid through this day; null: until revoked.'),
  gegevenOp: z.iso.datetime(),
  ingetrokkenOp: z.iso.datetime().nullable(),
  actief: z.boolean(),
});
export type Toestemming = z.infer<typeof toestemmingSchema>;

export const toestemmingenAntwoordSchema = z.object({
  toestemmingen: z.array(toestemmingSchema),
  organisaties: z
    .array(organisatieKeuzeSchema)
    .describe('The organisations in this gemeente you can give consent to.'),
});

export const nieuweToestemmingSchema = z.object({
  organisatieId: z.uuid(),
  categorieen: z.array(categorieSchema).min(1),
  doel: z.string().trim().min(1).max(500),
  geldigTot: z.iso.date().optional(),
});
export type NieuweToestemming = z.infer<typeof nieuweToestemmingSchema>;

export const toestemmingParamsSchema = z.object({ toestemmingId: z.uuid() });

export const correctieverzoekSchema = z.object({
  id: z.uuid(),
  categorie: categorieSchema,
  toelichting: z.string(),
  status: z.enum(['open', 'uitgevoerd', 'afgewezen']),
  reactie: z.string().nullable(),
  ingediendOp: z.iso.datetime(),
  afgehandeldOp: z.iso.datetime().nullable(),
});
export type Correctieverzoek = z.infer<typeof correctieverzoekSchema>;

export const correctieverzoekenLijstSchema = z.object({
  correctieverzoeken: z.array(correctieverzoekSchema),
});

export const nieuwCorrectieverzoekSchema = z.object({
  categorie: categorieSchema,
  toelichting: z.string().trim().min(1).max(2000).describe('What is wrong and what it should be.'),
});

export const correctieverzoekParamsSchema = z.object({ id: z.uuid(), verzoekId: z.uuid() });
export const correctieAfhandelingSchema = z.object({
  status: z.enum(['uitgevoerd', 'afgewezen']),
  reactie: z.string().trim().min(1).max(2000),
});

export const wisUitkomstSchema = z.object({
  categorie: categorieSchema,
  besluit: z.enum(['gewist', 'bewaard']),
  bewarenTot: z.iso.datetime().nullable().describe('Null while the case still runs.'),
  reden: z.enum(['dossier-loopt', 'bewaartermijn']).nullable(),
});
export type WisUitkomst = z.infer<typeof wisUitkomstSchema>;

export const wisverzoekSchema = z.object({
  id: z.uuid(),
  ingediendOp: z.iso.datetime(),
  uitkomst: z.array(wisUitkomstSchema),
  afgerondOp: z.iso.datetime().nullable(),
});
export type Wisverzoek = z.infer<typeof wisverzoekSchema>;
export const wisverzoekenLijstSchema = z.object({ wisverzoeken: z.array(wisverzoekSchema) });

export const bewaartermijnSchema = z.object({
  categorie: categorieSchema,
  jaren: z.number().int().min(0).max(115),
  standaard: z.boolean().describe('True when the gemeente has not set its own value.'),
});
export type Bewaartermijn = z.infer<typeof bewaartermijnSchema>;
export const bewaartermijnenLijstSchema = z.object({
  bewaartermijnen: z.array(bewaartermijnSchema),
});
export const bewaartermijnParamsSchema = z.object({ categorie: categorieSchema });
export const bewaartermijnWijzigingSchema = z.object({
  jaren: z
    .number()
    .int()
    .min(0)
    .max(115)
    .describe('Years after the case closes; 0 = erase at once on request.'),
});

/** Inzage (GDPR art. 15): everything Kring holds about the logged-in resident. */
export const mijnGegevensSchema = z.object({
  gemaaktOp: z.iso.datetime(),
  account: z.object({ naam: z.string(), rollen: z.array(z.string()) }),
  persoon: persoonSchema.nullable(),
  betrokkenheden: z.array(betrokkenheidSchema),
  vertegenwoordigers: z.array(vertegenwoordigerSchema),
  toestemmingen: z.array(toestemmingSchema),
  correctieverzoeken: z.array(correctieverzoekSchema),
  wisverzoeken: z.array(wisverzoekSchema),
  toegangslog: z.array(toegangslogRegelSchema),
  bewaartermijnen: z.array(bewaartermijnSchema),
  overig: z
    .record(z.string(), z.unknown())
    .describe('Data other modules keep about you: help requests, offers, matches, messages.'),
});
export type MijnGegevens = z.infer<typeof mijnGegevensSchema>;
