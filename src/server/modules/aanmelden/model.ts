import { z } from 'zod';
import { huidigeSessieSchema } from '../sessies/model.ts';

export const inloggenSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  // Never trimmed or limited below the policy: what the person typed is the password.
  wachtwoord: z.string().min(1).max(1000),
});
export type Inloggen = z.infer<typeof inloggenSchema>;

/** A resident makes an account: name, e-mail address and a password (the usual policy). */
export const registratieSchema = z.object({
  naam: z
    .string()
    .trim()
    .min(1, 'Vul uw naam in.')
    .max(200, 'Een naam heeft hoogstens 200 tekens.'),
  email: z
    .email('Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.')
    .trim()
    .toLowerCase()
    .max(254),
  wachtwoord: z.string().min(1, 'Kies een wachtwoord.').max(1000),
});
export type Registratie = z.infer<typeof registratieSchema>;

/** What is left after the password: nothing, the code, or setting up the app first. */
export const tweedeFactorStapSchema = z.enum(['niet-nodig', 'invoeren', 'instellen', 'voldaan']);
export type TweedeFactorStap = z.infer<typeof tweedeFactorStapSchema>;

export const aangemeldSchema = huidigeSessieSchema.extend({ tweedeFactor: tweedeFactorStapSchema });
export type Aangemeld = z.infer<typeof aangemeldSchema>;

/** This browser's login state; 200 also without a session, so a page can ask without an error. */
export const aanmeldingSchema = z.object({
  sessie: huidigeSessieSchema.nullable(),
  tweedeFactor: tweedeFactorStapSchema.nullable(),
});
export type Aanmelding = z.infer<typeof aanmeldingSchema>;

export const tweedeFactorInvoerSchema = z
  .object({
    code: z.string().trim().max(20).optional().describe('The 6-digit code from the app.'),
    herstelcode: z.string().trim().max(40).optional().describe('A recovery code (single use).'),
  })
  .refine((v) => (v.code ? 1 : 0) + (v.herstelcode ? 1 : 0) === 1, {
    message: 'Vul de code uit de app in, of een herstelcode.',
    path: ['code'],
  });
export type TweedeFactorInvoer = z.infer<typeof tweedeFactorInvoerSchema>;

export const tweedeFactorInstellenSchema = z.object({
  otpauthUri: z
    .string()
    .describe('For the QR code; holds the secret, so show it only to the user.'),
  qrSvg: z.string().describe('The QR code of otpauthUri as an SVG document.'),
  sleutel: z.string().describe('The secret in groups of four, to type into an app by hand.'),
});
export type TweedeFactorInstellen = z.infer<typeof tweedeFactorInstellenSchema>;

export const codeSchema = z.object({ code: z.string().trim().max(20) });

export const tweedeFactorActiefSchema = aangemeldSchema.extend({
  herstelcodes: z.array(z.string()).describe('Shown once; store them somewhere safe.'),
});
export type TweedeFactorActief = z.infer<typeof tweedeFactorActiefSchema>;

export const wachtwoordWijzigenSchema = z.object({
  huidigWachtwoord: z.string().min(1).max(1000),
  nieuwWachtwoord: z.string().min(1).max(1000),
});
export type WachtwoordWijzigen = z.infer<typeof wachtwoordWijzigenSchema>;

export const herstelAanvraagSchema = z.object({ email: z.string().trim().toLowerCase().max(254) });

export const herstelBevestigingSchema = z.object({
  token: z.string().min(1).max(200),
  nieuwWachtwoord: z.string().min(1).max(1000),
});
export type HerstelBevestiging = z.infer<typeof herstelBevestigingSchema>;

export const emailBevestigingSchema = z.object({ token: z.string().min(1).max(200) });

export const mijnAccountSchema = z.object({
  naam: z.string(),
  email: z
    .string()
    .nullable()
    .describe('Null for an account from an identity provider without one.'),
  emailGeverifieerd: z.boolean(),
  tweedeFactor: z.object({
    actief: z.boolean(),
    actiefSinds: z.iso.datetime().nullable(),
    herstelcodesOver: z.number().int(),
  }),
  rollen: z.array(
    z.object({
      rol: z.string(),
      functie: z.string().nullable(),
      organisatieId: z.string().nullable(),
    }),
  ),
});
export type MijnAccount = z.infer<typeof mijnAccountSchema>;

export const sessieSchema = z.object({
  id: z.uuid().describe('Public id of the session; not the token.'),
  huidige: z.boolean().describe('This is the session making the request.'),
  methode: z.string(),
  aangemaaktOp: z.iso.datetime(),
  laatstActiefOp: z.iso.datetime(),
});
export const sessiesLijstSchema = z.object({ sessies: z.array(sessieSchema) });
export type SessieInfo = z.infer<typeof sessieSchema>;

export const sessieParamsSchema = z.object({ id: z.uuid() });

export const gebeurtenisSchema = z.object({
  id: z.string().describe('Stable id of the event (for lists).'),
  soort: z.string(),
  uitkomst: z.enum(['gelukt', 'mislukt', 'geblokkeerd']),
  ip: z.string().nullable(),
  op: z.iso.datetime(),
});
export const gebeurtenissenLijstSchema = z.object({ gebeurtenissen: z.array(gebeurtenisSchema) });
export type Gebeurtenis = z.infer<typeof gebeurtenisSchema>;
