import { z } from 'zod';
import { functieSchema, MEDEWERKER_ROLLEN } from '../accounts/model.ts';

/** The gemeente admin manages staff roles only; resident roles are the resident's own. */
export const medewerkerRolSchema = z.enum(MEDEWERKER_ROLLEN);
export type MedewerkerRol = z.infer<typeof medewerkerRolSchema>;

export const ORGANISATIE_SOORTEN = [
  'gemeente',
  'wijkteam',
  'welzijn',
  'zorg',
  'huisartsenpraktijk',
  'vrijwilligersorganisatie',
  'informeel',
  'overig',
] as const;
export const organisatieSoortSchema = z.enum(ORGANISATIE_SOORTEN);

const pagina = z.coerce.number().int().min(1).default(1).describe('Page number, starting at 1.');
const paginaGrootte = z.coerce
  .number()
  .int()
  .min(1)
  .max(100)
  .default(20)
  .describe('Items per page, at most 100.');

export const idParamsSchema = z.object({ id: z.uuid() });
export const paginaQuerySchema = z.object({ pagina, paginaGrootte });
export type PaginaQuery = z.infer<typeof paginaQuerySchema>;

/** A search by name goes in a POST body, so the name never lands in a URL or a log. */
export const accountZoekvraagSchema = z.object({
  naam: z.string().trim().max(200).default('').describe('Part of the name; empty finds all.'),
  pagina: z.number().int().min(1).default(1),
  paginaGrootte: z.number().int().min(1).max(100).default(20),
});
export type AccountZoekvraag = z.input<typeof accountZoekvraagSchema>;

export const beheerRolInvoerSchema = z.object({
  rol: medewerkerRolSchema,
  functie: functieSchema
    .nullable()
    .default(null)
    .describe('Only for, and required for, a professional.'),
  organisatieId: z
    .uuid()
    .nullable()
    .default(null)
    .describe('Required for professional, huisarts and organisatiebeheerder.'),
});
export type BeheerRolInvoer = z.input<typeof beheerRolInvoerSchema>;
export type BeheerRol = z.output<typeof beheerRolInvoerSchema>;

export const beheerRolSchema = z.object({
  rol: medewerkerRolSchema,
  functie: functieSchema.nullable(),
  organisatieId: z.uuid().nullable(),
  organisatieNaam: z.string().nullable(),
});

/** What the gemeente admin sees of an account: never any person data beyond this. */
export const beheerAccountSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  email: z.string().nullable(),
  actief: z.boolean(),
  rollen: z.array(beheerRolSchema),
});
export type BeheerAccount = z.infer<typeof beheerAccountSchema>;

export const accountsPaginaSchema = z.object({
  accounts: z.array(beheerAccountSchema),
  pagina: z.number().int(),
  paginaGrootte: z.number().int(),
  totaal: z.number().int().describe('Number of accounts in all pages.'),
});
export type AccountsPagina = z.infer<typeof accountsPaginaSchema>;

export const nieuwBeheerAccountSchema = z.object({
  naam: z.string().trim().min(1).max(200),
  email: z.email().trim().toLowerCase().max(254),
  rollen: z.array(beheerRolInvoerSchema).min(1).max(MEDEWERKER_ROLLEN.length),
});
export type NieuwBeheerAccount = z.input<typeof nieuwBeheerAccountSchema>;

export const nieuwBeheerAccountAntwoordSchema = beheerAccountSchema.extend({
  bestaandAccount: z
    .boolean()
    .describe(
      'True when the e-mail address had an account already (e.g. in another gemeente); it got the roles.',
    ),
});

export const rollenWijzigingSchema = z.object({
  rollen: z
    .array(beheerRolInvoerSchema)
    .max(MEDEWERKER_ROLLEN.length)
    .describe('All staff roles in this gemeente; roles not listed are taken away.'),
});
export type RollenWijziging = z.input<typeof rollenWijzigingSchema>;

export const accountStatusSchema = z.object({
  actief: z.boolean().describe('False turns the login off everywhere and ends all its sessions.'),
});

export const organisatieSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  soort: organisatieSoortSchema,
});
export type Organisatie = z.infer<typeof organisatieSchema>;

export const organisatiesPaginaSchema = z.object({
  organisaties: z.array(organisatieSchema),
  pagina: z.number().int(),
  paginaGrootte: z.number().int(),
  totaal: z.number().int(),
});
export type OrganisatiesPagina = z.infer<typeof organisatiesPaginaSchema>;

export const nieuweOrganisatieSchema = z.object({
  naam: z.string().trim().min(1).max(200),
  soort: organisatieSoortSchema,
});
export type NieuweOrganisatie = z.input<typeof nieuweOrganisatieSchema>;

export const organisatieWijzigingSchema = z.object({ naam: z.string().trim().min(1).max(200) });
