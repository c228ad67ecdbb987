import { z } from 'zod';
import type { Herhaling } from './herhaling.ts';
import { KRINGROLLEN, UITNODIGBARE_ROLLEN, ZICHTBAARHEDEN } from './rechten.ts';

/**
 * Zorgkring: a group of people who help together around someone who needs care. Texts a
 * resident sees are B1 ("u"-form).
 */
const verplicht = (leeg: string, max: number) =>
  z.string().trim().min(1, leeg).max(max, `Schrijf hoogstens ${max} tekens.`);
const tekst = (max: number) => z.string().trim().max(max, `Schrijf hoogstens ${max} tekens.`);
const datum = (fout = 'Vul een datum in, bijvoorbeeld 2026-12-03.') => z.iso.date({ error: fout });
const tijd = z
  .string()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'Vul een tijd in, bijvoorbeeld 14:30.');

export const kringrolSchema = z
  .enum(KRINGROLLEN)
  .describe(
    'mantelzorger: the carer who made the circle (its owner); zorgvrager: the person cared for or their representative.',
  );
export const uitnodigbareRolSchema = z.enum(UITNODIGBARE_ROLLEN, {
  error: 'Kies wie deze persoon is.',
});
export const zichtbaarheidSchema = z
  .enum(ZICHTBAARHEDEN, { error: 'Kies wie deze notitie mag lezen.' })
  .describe(
    'kring: every member; mantelzorger: the owner only; mantelzorger-en-professionals: the owner and members invited as professional.',
  );
const HERHALINGEN = [
  'geen',
  'wekelijks',
  'tweewekelijks',
  'maandelijks',
] as const satisfies readonly Herhaling[];
export const herhalingSchema = z.enum(HERHALINGEN, { error: 'Kies hoe vaak dit is.' });

export const idParamsSchema = z.object({ id: z.uuid() });
export const lidParamsSchema = z.object({ id: z.uuid(), accountId: z.uuid() });
export const afspraakParamsSchema = z.object({ id: z.uuid(), afspraakId: z.uuid() });
export const taakParamsSchema = z.object({ id: z.uuid(), taakId: z.uuid() });

// --- input ----------------------------------------------------------------------------
export const nieuweKringSchema = z.object({
  voorWie: verplicht('Vul in voor wie u zorgt.', 200).describe(
    'The name of the person cared for, as the members know them, e.g. "Papa (Jan de Vries)".',
  ),
});
export type NieuweKring = z.infer<typeof nieuweKringSchema>;

export const nieuweUitnodigingSchema = z.object({
  eMailadres: z
    .email('Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.')
    .max(254, 'Dit e-mailadres is te lang.')
    .describe('The invitee sees the invitation when they log in with this address.'),
  rol: uitnodigbareRolSchema,
  bericht: tekst(1000)
    .default('')
    .describe('A personal note, shown with the invitation in Kring (not in the e-mail).'),
});
export type NieuweUitnodiging = z.infer<typeof nieuweUitnodigingSchema>;

export const antwoordSchema = z.object({
  accepteren: z.boolean({ error: 'Kies ja of nee.' }),
});

export const nieuweAfspraakSchema = z
  .object({
    titel: verplicht('Vul in wat de afspraak is.', 200),
    datum: datum(),
    tijd: tijd.nullable().default(null),
    plaats: tekst(200).default(''),
    herhaling: herhalingSchema.default('geen'),
    tot: datum()
      .nullable()
      .default(null)
      .describe('The last date a repeating appointment may fall on.'),
  })
  .refine((v) => !v.tot || v.tot >= v.datum, {
    message: 'De einddatum ligt voor de eerste datum.',
    path: ['tot'],
  });
export type NieuweAfspraak = z.infer<typeof nieuweAfspraakSchema>;

export const vensterQuerySchema = z
  .object({
    van: datum().optional().describe('First date of the window (default today).'),
    tot: datum().optional().describe('Last date of the window (default 8 weeks after `van`).'),
  })
  .refine((v) => !v.van || !v.tot || v.tot >= v.van, {
    message: 'De einddatum ligt voor de begindatum.',
    path: ['tot'],
  });

export const nieuweTaakSchema = z
  .object({
    titel: verplicht('Vul in wat er moet gebeuren.', 200),
    datum: datum().nullable().default(null),
    weekdag: z
      .number({ error: 'Kies een dag van de week.' })
      .int()
      .min(1, 'Kies een dag van de week.')
      .max(7, 'Kies een dag van de week.')
      .nullable()
      .default(null)
      .describe('Every week on this day: 1 = Monday … 7 = Sunday.'),
  })
  .refine((v) => v.datum === null || v.weekdag === null, {
    message: 'Kies een datum of een dag van de week, niet allebei.',
    path: ['weekdag'],
  });
export type NieuweTaak = z.infer<typeof nieuweTaakSchema>;

export const taakstapSchema = z.object({
  stap: z.enum(['claimen', 'teruggeven', 'gedaan', 'heropenen'], { error: 'Kies wat u doet.' }),
});

export const nieuwBerichtSchema = z.object({
  tekst: verplicht('Schrijf een bericht.', 4000),
});

export const nieuweNotitieSchema = z.object({
  tekst: verplicht('Schrijf een notitie.', 4000),
  zichtbaarheid: zichtbaarheidSchema,
});
export type NieuweNotitie = z.infer<typeof nieuweNotitieSchema>;

// --- responses ------------------------------------------------------------------------
export const kringSamenvattingSchema = z.object({
  id: z.uuid(),
  voorWie: z.string(),
  mijnRol: kringrolSchema,
  aantalLeden: z.number().int(),
});
export type KringSamenvatting = z.infer<typeof kringSamenvattingSchema>;

export const uitnodigingVoorMijSchema = z.object({
  id: z.uuid(),
  voorWie: z.string(),
  uitgenodigdDoor: z.string().describe('The owner’s name.'),
  rol: uitnodigbareRolSchema,
  bericht: z.string(),
  uitgenodigdOp: z.iso.datetime(),
});

export const mijnKringenSchema = z.object({
  kringen: z.array(kringSamenvattingSchema),
  uitnodigingen: z
    .array(uitnodigingVoorMijSchema)
    .describe('Open invitations for the e-mail address of my account.'),
});
export type MijnKringen = z.infer<typeof mijnKringenSchema>;

export const lidSchema = z.object({
  accountId: z.uuid(),
  naam: z.string().describe('Names only: members never see each other’s e-mail address.'),
  rol: kringrolSchema,
  ikZelf: z.boolean(),
});

export const openUitnodigingSchema = z.object({
  id: z.uuid(),
  eMailadres: z.string().describe('Only the owner sees this.'),
  rol: uitnodigbareRolSchema,
  uitgenodigdOp: z.iso.datetime(),
});

export const kringSchema = z.object({
  id: z.uuid(),
  voorWie: z.string(),
  mijnRol: kringrolSchema,
  leden: z.array(lidSchema),
  uitnodigingen: z
    .array(openUitnodigingSchema)
    .describe('Open invitations; the owner only (empty for others).'),
  aangemaaktOp: z.iso.datetime(),
});
export type Kring = z.infer<typeof kringSchema>;

export const afspraakSchema = z.object({
  id: z.uuid(),
  titel: z.string(),
  datum: z.iso.date().describe('The first date.'),
  tijd: z.string().nullable(),
  plaats: z.string(),
  herhaling: herhalingSchema,
  tot: z.iso.date().nullable(),
});
export type Afspraak = z.infer<typeof afspraakSchema>;

export const agendaSchema = z.object({
  van: z.iso.date(),
  tot: z.iso.date(),
  keren: z
    .array(afspraakSchema.extend({ op: z.iso.date().describe('The date of this occurrence.') }))
    .describe('Every occurrence in the window, by date and time.'),
});

export const taakSchema = z.object({
  id: z.uuid(),
  titel: z.string(),
  datum: z.iso.date().nullable(),
  weekdag: z.number().int().nullable(),
  status: z.enum(['open', 'geclaimd', 'gedaan']),
  geclaimdDoor: z.string().nullable().describe('The name of who said "ik doe het".'),
  doorMij: z.boolean(),
});
export type Taak = z.infer<typeof taakSchema>;
export const takenSchema = z.object({ taken: z.array(taakSchema) });

export const berichtSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  vanMij: z.boolean(),
  tekst: z.string(),
  op: z.iso.datetime(),
});
export const berichtenSchema = z.object({
  berichten: z.array(berichtSchema).describe('Oldest first, newest last.'),
});

export const notitieSchema = z.object({
  id: z.uuid(),
  tekst: z.string(),
  zichtbaarheid: zichtbaarheidSchema,
  naam: z.string(),
  op: z.iso.datetime(),
});
export const notitiesSchema = z.object({
  notities: z.array(notitieSchema).describe('Only the notes my role may read, newest first.'),
});
