import { z } from 'zod';

/**
 * Simple message threads. A thread belongs to a help request (the resident and the
 * coordinator or wijkteam member who picked it up) or to a match (the resident and the
 * volunteer, once both said yes). New messages are announced by e-mail, without their text.
 */
export const nieuwGesprekSchema = z
  .object({
    hulpvraagId: z.uuid().optional(),
    koppelingId: z.uuid().optional(),
  })
  .refine((v) => (v.hulpvraagId ? 1 : 0) + (v.koppelingId ? 1 : 0) === 1, {
    message: 'Kies één hulpvraag of één koppeling.',
    path: ['hulpvraagId'],
  });
export type NieuwGesprek = z.infer<typeof nieuwGesprekSchema>;

export const gesprekIdParamsSchema = z.object({ id: z.uuid() });

export const gesprekSamenvattingSchema = z.object({
  id: z.uuid(),
  over: z.object({ soort: z.enum(['hulpvraag', 'koppeling']), id: z.uuid() }),
  deelnemers: z.array(z.string()).describe('Names of the others in the thread.'),
  laatsteBerichtOp: z.iso.datetime().nullable(),
  ongelezen: z.number().int(),
});
export type GesprekSamenvatting = z.infer<typeof gesprekSamenvattingSchema>;

export const gesprekkenSchema = z.object({ gesprekken: z.array(gesprekSamenvattingSchema) });

export const berichtSchema = z.object({
  id: z.uuid(),
  vanMij: z.boolean(),
  naam: z.string().describe('Who wrote it.'),
  tekst: z.string(),
  op: z.iso.datetime(),
});
export type Bericht = z.infer<typeof berichtSchema>;

export const gesprekSchema = gesprekSamenvattingSchema.extend({
  berichten: z.array(berichtSchema),
});
export type Gesprek = z.infer<typeof gesprekSchema>;

export const nieuwBerichtSchema = z.object({
  tekst: z
    .string()
    .trim()
    .min(1, 'Schrijf een bericht.')
    .max(4000, 'Een bericht heeft hoogstens 4000 tekens.'),
});
export type NieuwBericht = z.infer<typeof nieuwBerichtSchema>;
