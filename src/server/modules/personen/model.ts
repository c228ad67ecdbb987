import { z } from 'zod';
import { categorieSchema } from '../toegang/model.ts';

/** Dutch postcode, stored as '1234 AB'. */
const postcodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    /^[1-9][0-9]{3} ?[A-Z]{2}$/,
    'Een postcode is vier cijfers en twee letters, zoals 6171 AA.',
  )
  .transform((p) => `${p.slice(0, 4)} ${p.slice(-2)}`);

/** A resident known to Kring (category `contact`). Minimal on purpose: no BSN. */
export const persoonSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  telefoonnummer: z.string().nullable(),
  eMailadres: z.string().nullable(),
  postcode: z.string().nullable(),
  geboortedatum: z.iso.date().nullable(),
  heeftAccount: z.boolean().describe('Whether the person can log in to Kring themselves.'),
  aangemaaktOp: z.iso.datetime(),
  gewijzigdOp: z.iso.datetime(),
});
export type Persoon = z.infer<typeof persoonSchema>;

const persoonVelden = {
  naam: z.string().trim().min(1).max(200),
  telefoonnummer: z
    .string()
    .trim()
    .regex(/^[0-9 +()-]{6,30}$/, 'Alleen cijfers, spaties en + ( ) -.'),
  eMailadres: z.email().trim().toLowerCase().max(254),
  postcode: postcodeSchema,
  geboortedatum: z.iso.date(),
};

export const nieuwePersoonSchema = z.object({
  naam: persoonVelden.naam,
  telefoonnummer: persoonVelden.telefoonnummer.optional(),
  eMailadres: persoonVelden.eMailadres.optional(),
  postcode: persoonVelden.postcode.optional(),
  geboortedatum: persoonVelden.geboortedatum.optional(),
  accountId: z.uuid().optional().describe('The person’s own Kring account, when they have one.'),
  grondslag: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .describe('Lawful basis of the case, e.g. "Wmo 2015 art. 2.3.2 (onderzoek)".'),
  categorieen: z
    .array(categorieSchema)
    .min(1)
    .describe('The data categories the creator (first regisseur) needs.'),
});
export type NieuwePersoon = z.infer<typeof nieuwePersoonSchema>;

export const persoonWijzigingSchema = z
  .object({
    naam: persoonVelden.naam,
    telefoonnummer: persoonVelden.telefoonnummer.nullable(),
    eMailadres: persoonVelden.eMailadres.nullable(),
    postcode: persoonVelden.postcode.nullable(),
    geboortedatum: persoonVelden.geboortedatum.nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Geef minstens één veld.' });
export type PersoonWijziging = z.infer<typeof persoonWijzigingSchema>;

export const personenLijstSchema = z.object({ personen: z.array(persoonSchema) });

export const betrokkenheidSchema = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  naam: z.string().describe('The team member’s name: the case team knows each other.'),
  organisatieId: z.uuid(),
  organisatie: z.string(),
  rol: z.enum(['regisseur', 'lid']),
  categorieen: z.array(categorieSchema),
  grondslag: z.string(),
  levensdomeinen: z.array(z.string()).describe('The life domains this member works on.'),
  sinds: z.iso.datetime(),
  tot: z.iso.datetime().nullable(),
});
export type Betrokkenheid = z.infer<typeof betrokkenheidSchema>;

export const betrokkenhedenLijstSchema = z.object({ betrokkenheden: z.array(betrokkenheidSchema) });

export const nieuweBetrokkenheidSchema = z.object({
  accountId: z.uuid(),
  organisatieId: z.uuid(),
  rol: z.enum(['regisseur', 'lid']).default('lid'),
  categorieen: z.array(categorieSchema).min(1),
  grondslag: z.string().trim().min(1).max(200),
  tot: z.iso.datetime().optional(),
});
export type NieuweBetrokkenheid = z.infer<typeof nieuweBetrokkenheidSchema>;

export const betrokkenheidParamsSchema = z.object({ id: z.uuid(), betrokkenheidId: z.uuid() });

export const nieuweVertegenwoordigerSchema = z.object({
  accountId: z.uuid(),
  soort: z.enum(['curator', 'mentor', 'bewindvoerder', 'ouder', 'gemachtigde']),
  tot: z.iso.datetime().optional(),
});
export type NieuweVertegenwoordiger = z.infer<typeof nieuweVertegenwoordigerSchema>;

export const vertegenwoordigerSchema = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  naam: z.string(),
  soort: z.string(),
  sinds: z.iso.datetime(),
  tot: z.iso.datetime().nullable(),
});
export type Vertegenwoordiger = z.infer<typeof vertegenwoordigerSchema>;

export const aangemaaktSchema = z.object({ id: z.uuid() });
