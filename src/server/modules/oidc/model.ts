import { z } from 'zod';
import { issuerToegestaan } from './oidc-regels.ts';

/** Who logs in through a provider: residents (DigiD-like broker) or staff (the employer's IdP). */
export const DOELGROEPEN = ['inwoners', 'medewerkers'] as const;
export const doelgroepSchema = z.enum(DOELGROEPEN);
export type Doelgroep = z.infer<typeof doelgroepSchema>;

export const providerIdParamsSchema = z.object({ id: z.uuid() });

/** What the login page may know: a button per provider. */
export const publiekeProviderSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  doelgroep: doelgroepSchema,
});
export const publiekeProvidersSchema = z.object({ providers: z.array(publiekeProviderSchema) });
export type PubliekeProvider = z.infer<typeof publiekeProviderSchema>;

const scopeSchema = z.string().regex(/^[\x21\x23-\x5B\x5D-\x7E]{1,100}$/, 'Ongeldige scope.');
const acrSchema = z.string().trim().min(1).max(200);

const veld = {
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'Kleine letters, cijfers en streepjes, hoogstens 40.')
    .describe('Short name, used in the session method `oidc:<slug>`.'),
  naam: z.string().trim().min(1).max(100).describe('The name on the login button.'),
  issuer: z
    .string()
    .max(500)
    .refine(issuerToegestaan, 'Gebruik een https-adres (http alleen op deze computer).'),
  clientId: z.string().trim().min(1).max(200),
  clientSecretEnv: z
    .string()
    .regex(
      /^[A-Z_][A-Z0-9_]{0,99}$/,
      'De naam van een omgevingsvariabele, zoals KRING_OIDC_GEHEIM.',
    )
    .nullable()
    .describe(
      'The NAME of the environment variable that holds the client secret; null for a public client (PKCE only).',
    ),
  scopes: z
    .array(scopeSchema)
    .min(1)
    .max(20)
    .refine((s) => s.includes('openid'), 'De scope openid is nodig.'),
  acrWaarden: z
    .array(acrSchema)
    .max(20)
    .describe('When not empty, only these acr values are accepted.'),
  acrTweedeFactor: z
    .array(acrSchema)
    .max(20)
    .describe("The acr values that count as a second factor (staff then skip Kring's TOTP)."),
};

export const nieuweOidcProviderSchema = z.object({
  slug: veld.slug,
  naam: veld.naam,
  issuer: veld.issuer,
  clientId: veld.clientId,
  clientSecretEnv: veld.clientSecretEnv.default(null),
  scopes: veld.scopes.default(['openid']),
  doelgroep: doelgroepSchema,
  acrWaarden: veld.acrWaarden.default([]),
  acrTweedeFactor: veld.acrTweedeFactor.default([]),
});
export type NieuweOidcProvider = z.input<typeof nieuweOidcProviderSchema>;

/** A change: only the fields that are sent change. */
export const oidcProviderWijzigingSchema = z.object({
  naam: veld.naam.optional(),
  issuer: veld.issuer.optional(),
  clientId: veld.clientId.optional(),
  clientSecretEnv: veld.clientSecretEnv.optional(),
  scopes: veld.scopes.optional(),
  acrWaarden: veld.acrWaarden.optional(),
  acrTweedeFactor: veld.acrTweedeFactor.optional(),
  actief: z.boolean().optional(),
});
export type OidcProviderWijziging = z.input<typeof oidcProviderWijzigingSchema>;

export const oidcProviderSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  naam: z.string(),
  issuer: z.string(),
  clientId: z.string(),
  clientSecretEnv: z.string().nullable(),
  clientSecretAanwezig: z
    .boolean()
    .describe('Whether the environment variable is set on this server (the value is never shown).'),
  scopes: z.array(z.string()),
  doelgroep: doelgroepSchema,
  acrWaarden: z.array(z.string()),
  acrTweedeFactor: z.array(z.string()),
  actief: z.boolean(),
  redirectUri: z.string().describe('The callback address to register at the provider.'),
});
export type OidcProvider = z.infer<typeof oidcProviderSchema>;
export const oidcProvidersSchema = z.object({ providers: z.array(oidcProviderSchema) });
