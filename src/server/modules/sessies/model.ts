import { z } from 'zod';

export const sessieRolSchema = z.object({
  rol: z.string(),
  functie: z.string().nullable(),
  organisatieId: z.string().nullable(),
});

/** What the web app may know about the current session. */
export const huidigeSessieSchema = z.object({
  account: z.object({ naam: z.string(), platformbeheerder: z.boolean() }),
  rollen: z.array(sessieRolSchema),
  mfaVoldaan: z.boolean(),
  mfaNodig: z.boolean(),
  csrfToken: z.string().describe('Send as X-CSRF-Token with every POST, PUT, PATCH and DELETE.'),
  methode: z.string(),
});
export type HuidigeSessie = z.infer<typeof huidigeSessieSchema>;
