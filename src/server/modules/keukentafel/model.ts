import { z } from 'zod';

const tekst = (max: number) => z.string().trim().max(max, `Schrijf hoogstens ${max} tekens.`);

/** One part of an instrument: a life domain or a dimension, with our own words. */
export const onderdeelSchema = z.object({
  code: z.string().regex(/^[a-z0-9-]{2,40}$/, 'Een code is 2 tot 40 kleine letters, cijfers of -.'),
  naam: z.string().trim().min(1).max(100),
  uitleg: tekst(300).default(''),
});

/**
 * An instrument as data: a scale (e.g. 1–5 self-reliance, 0–10 wellbeing) with a label per
 * step where it has them, and its parts. The default 8-domain instrument is built in
 * (instrumenten.ts); a functioneel beheerder adds others (no licensed texts: own words).
 */
export const instrumentSchema = z.object({
  id: z.string().describe('`standaard` for the built-in one, else a uuid.'),
  code: z.string(),
  naam: z.string(),
  soort: z.enum(['zelfredzaamheid', 'welbevinden']),
  schaal: z.object({
    min: z.number().int(),
    max: z.number().int(),
    labels: z.array(z.string()).describe('One label per step from min to max, or empty.'),
  }),
  onderdelen: z.array(onderdeelSchema.extend({ uitleg: z.string() })),
  actief: z.boolean(),
  ingebouwd: z.boolean(),
});
export type Instrument = z.infer<typeof instrumentSchema>;

export const nieuwInstrumentSchema = z
  .object({
    code: z
      .string()
      .regex(/^[a-z0-9-]{2,40}$/, 'Een code is 2 tot 40 kleine letters, cijfers of -.'),
    naam: z.string().trim().min(1, 'Geef het instrument een naam.').max(200),
    soort: z.enum(['zelfredzaamheid', 'welbevinden']),
    schaal: z.object({
      min: z.number().int().min(0).max(10),
      max: z.number().int().min(1).max(10),
      labels: z.array(z.string().trim().min(1).max(100)).default([]),
    }),
    onderdelen: z.array(onderdeelSchema).min(2, 'Geef minstens twee onderdelen.').max(20),
  })
  .refine((v) => v.schaal.min < v.schaal.max, {
    message: 'Het hoogste punt moet hoger zijn dan het laagste.',
    path: ['schaal', 'max'],
  })
  .refine(
    (v) =>
      v.schaal.labels.length === 0 || v.schaal.labels.length === v.schaal.max - v.schaal.min + 1,
    { message: 'Geef één woord per punt van de schaal, of geen.', path: ['schaal', 'labels'] },
  )
  .refine((v) => new Set(v.onderdelen.map((o) => o.code)).size === v.onderdelen.length, {
    message: 'Elk onderdeel heeft een eigen code.',
    path: ['onderdelen'],
  });
export type NieuwInstrument = z.input<typeof nieuwInstrumentSchema>;

export const instrumentenSchema = z.object({ instrumenten: z.array(instrumentSchema) });
export const instrumentIdParamsSchema = z.object({ instrumentId: z.uuid() });
export const instrumentWijzigingSchema = z.object({ actief: z.boolean() });

export const deelnemerSchema = z.object({
  naam: z.string().trim().min(1, 'Vul de naam in.').max(200),
  rol: tekst(100).default('').describe('e.g. "dochter", "buurman", "wijkteam"'),
  netwerklidId: z.uuid().optional(),
});

export const scoreSchema = z.object({
  onderdeel: z.string(),
  score: z.number().int().nullable().describe('Null: not discussed.'),
  notitie: tekst(2000).default(''),
  zelf: tekst(1000).default('').describe('What the person does themselves.'),
  netwerk: tekst(1000).default('').describe('What their network does.'),
});
export type Score = z.infer<typeof scoreSchema>;

export const nieuwGesprekSchema = z.object({
  instrument: z.string().default('standaard').describe('`standaard` or an instrument id.'),
  datum: z.iso.date('Vul een datum in.'),
  plaats: tekst(200).default(''),
  deelnemers: z.array(deelnemerSchema).max(20).default([]),
  scores: z.array(scoreSchema).max(20).default([]),
  sterktes: tekst(2000).default(''),
  kanBieden: tekst(2000).default('').describe('What the person could do for others.'),
  dromen: tekst(2000).default(''),
  idealeDag: tekst(2000).default(''),
});
export type NieuwGesprek = z.input<typeof nieuwGesprekSchema>;

export const gesprekSchema = z.object({
  id: z.uuid(),
  instrument: z.string(),
  datum: z.iso.date(),
  plaats: z.string(),
  deelnemers: z.array(
    z.object({ naam: z.string(), rol: z.string(), netwerklidId: z.uuid().optional() }),
  ),
  scores: z.array(
    z.object({
      onderdeel: z.string(),
      score: z.number().int().nullable(),
      notitie: z.string(),
      zelf: z.string(),
      netwerk: z.string(),
    }),
  ),
  sterktes: z.string(),
  kanBieden: z.string(),
  dromen: z.string(),
  idealeDag: z.string(),
  door: z.string().describe('Name of who recorded it.'),
  aangemaaktOp: z.iso.datetime(),
});
export type Gesprek = z.infer<typeof gesprekSchema>;

export const gesprekkenSchema = z.object({ gesprekken: z.array(gesprekSchema) });
