import { z } from 'zod';
import { RELATIES } from '../../../shared/mantelzorg.ts';
import { telefoonnummer } from '../gemeenten/model.ts';
import { REGELS } from './waardering-regels.ts';

/**
 * Mantelzorg: who cares for whom, and the yearly mantelzorgwaardering. Texts a resident sees
 * are B1 and avoid the word "mantelzorger" where it is not needed ("Ik zorg voor iemand").
 */
const tekst = (max: number) => z.string().trim().max(max, `Schrijf hoogstens ${max} tekens.`);
const verplicht = (leeg: string, max: number) =>
  z.string().trim().min(1, leeg).max(max, `Schrijf hoogstens ${max} tekens.`);
const datum = z.iso.date({ error: 'Vul een datum in, bijvoorbeeld 2024-03-01.' });

export { RELATIES };
export const relatieSchema = z
  .enum(RELATIES, { error: 'Kies wie deze persoon voor u is.' })
  .describe('Who the care recipient is to the carer: `ouder` = the carer cares for a parent.');

/** What the carer tells about the care; the same in the portal and at the consulent's desk. */
const zorgVelden = {
  zorgvrager: z.object({
    naam: verplicht('Vul de naam in van de persoon voor wie u zorgt.', 200),
    eMailadres: z
      .email('Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.')
      .max(254)
      .optional()
      .describe('Lets the care recipient confirm an application when they log in.'),
    woontInGemeente: z.boolean({ error: 'Kies of deze persoon in de gemeente woont.' }),
  }),
  relatie: relatieSchema,
  watIkDoe: tekst(2000).default('').describe('What the carer does, in their own words.'),
  urenPerWeek: z
    .number({ error: 'Vul in hoeveel uur per week u ongeveer zorgt.' })
    .int('Vul een heel getal in.')
    .min(0)
    .max(168, 'Een week heeft 168 uur.'),
  sinds: datum.describe('Since when the carer cares.'),
  samenwonend: z.boolean({ error: 'Kies of u samen woont.' }),
  anderenBetrokken: tekst(1000).default('').describe('Other carers who help, in plain words.'),
  ikWoonInGemeente: z.boolean({ error: 'Kies of u zelf in de gemeente woont.' }),
};

const nietInDeToekomst = (v: { sinds: string }) => v.sinds <= new Date().toISOString().slice(0, 10);
const toekomst = { message: 'Deze datum ligt in de toekomst.', path: ['sinds'] };

export const eigenZorgSchema = z
  .object({
    ...zorgVelden,
    geboortedatum: datum.optional().describe('The carer’s own date of birth (for young carers).'),
    toestemming: z
      .literal(true, {
        error:
          'Zeg of het steunpunt mantelzorg uw gegevens mag zien. Anders kan het u niet helpen.',
      })
      .describe(
        'Consent: the steunpunt (every organisation with a mantelzorgconsulent) may see this.',
      ),
  })
  .refine(nietInDeToekomst, toekomst);
export type EigenZorg = z.input<typeof eigenZorgSchema>;

export const nieuweMantelzorgerSchema = z
  .object({
    mantelzorger: z.object({
      voornaam: verplicht('Vul de voornaam in.', 100),
      achternaam: verplicht('Vul de achternaam in.', 100),
      telefoonnummer: telefoonnummer.optional(),
      eMailadres: z.email('Vul een geldig e-mailadres in.').max(254).optional(),
      geboortedatum: datum.optional(),
    }),
    ...zorgVelden,
  })
  .refine(nietInDeToekomst, toekomst);
export type NieuweMantelzorger = z.input<typeof nieuweMantelzorgerSchema>;

export const zorgrelatieSchema = z.object({
  id: z.uuid(),
  zorgvrager: z.object({
    naam: z.string(),
    eMailadres: z.string().nullable(),
    woontInGemeente: z.boolean(),
  }),
  relatie: relatieSchema,
  watIkDoe: z.string(),
  urenPerWeek: z.number().int(),
  sinds: z.iso.date(),
  samenwonend: z.boolean(),
  anderenBetrokken: z.string(),
  ikWoonInGemeente: z.boolean(),
  geregistreerdDoor: z.enum(['zelf', 'consulent']),
  geregistreerdOp: z.iso.datetime(),
});
export type Zorgrelatie = z.infer<typeof zorgrelatieSchema>;

export const VORMEN = ['bedrag', 'bon', 'uitnodiging'] as const;

const rondeVelden = {
  jaar: z.number().int().min(2000).max(2100),
  organisatieId: z.uuid().describe('The organisation whose consulenten assess the applications.'),
  minUrenPerWeek: z.number().int().min(0).max(168),
  minMaandenZorg: z.number().int().min(0).max(600),
  minLeeftijd: z.number().int().min(0).max(120),
  woonregel: z
    .enum(['geen', 'mantelzorger-of-zorgvrager'])
    .describe(
      '`mantelzorger-of-zorgvrager`: the carer lives in the gemeente, or the person cared for does.',
    ),
  wieMagAanvragen: z.enum(['mantelzorger', 'zorgvrager', 'beide']),
  bevestigingNodig: z.boolean().describe('The care recipient must confirm (yes/no).'),
  maxPerZorgvrager: z.number().int().min(1).max(20).nullable(),
  vorm: z.enum(VORMEN),
  bedragCent: z
    .number()
    .int()
    .min(0)
    .max(100_000_000)
    .nullable()
    .describe('The amount or the voucher’s value, in euro cents.'),
  openVanaf: datum,
  deadline: datum,
  peildatum: datum.describe('Age and months of care are counted at this date.'),
};

export const rondeInvoerSchema = z
  .object(rondeVelden)
  .refine((r) => r.openVanaf <= r.deadline, {
    message: 'De sluitingsdatum ligt voor de openingsdatum.',
    path: ['deadline'],
  })
  .refine((r) => r.vorm === 'uitnodiging' || r.bedragCent !== null, {
    message: 'Vul het bedrag in.',
    path: ['bedragCent'],
  });
export type RondeInvoer = z.infer<typeof rondeInvoerSchema>;

export const rondeSchema = z.object({ id: z.uuid(), ...rondeVelden, open: z.boolean() });
export type Ronde = z.infer<typeof rondeSchema>;
export const rondesSchema = z.object({ rondes: z.array(rondeSchema) });

export const regeluitkomstSchema = z.object({
  regel: z.enum(REGELS),
  voldaan: z.boolean(),
  reden: z.string(),
});

export const AANVRAAG_STATUSSEN = [
  'wacht-op-bevestiging',
  'te-beoordelen',
  'toegekend',
  'afgewezen',
] as const;

export const aanvraagSchema = z.object({
  id: z.uuid(),
  rondeId: z.uuid(),
  jaar: z.number().int(),
  relatieId: z.uuid(),
  mantelzorger: z.object({ id: z.uuid(), naam: z.string() }),
  zorgvrager: z.string().describe('The care recipient’s name.'),
  aanvrager: z
    .enum(['mantelzorger', 'zorgvrager'])
    .describe('Who applied: the carer, or the person cared for.'),
  viaCode: z
    .boolean()
    .describe('Applied with a one-time code (no Kring account): send the decision by post.'),
  status: z.enum(AANVRAAG_STATUSSEN),
  bevestigd: z.boolean().nullable(),
  voldoet: z.boolean().describe('The rules’ outcome, pre-filled for the consulent.'),
  regels: z.array(regeluitkomstSchema),
  besluitReden: z.string(),
  ingediendOp: z.iso.datetime(),
  beslotenOp: z.iso.datetime().nullable(),
});
export type Aanvraag = z.infer<typeof aanvraagSchema>;
export const aanvragenSchema = z.object({ aanvragen: z.array(aanvraagSchema) });

// --- one-time codes (carers without an account) ---------------------------------------
export const codebrievenSchema = z.object({
  opnieuw: z
    .boolean({ error: 'Kies of ook wie al een brief kreeg een nieuwe brief krijgt.' })
    .default(false)
    .describe('Also new letters for carers who have a working code; their old code stops.'),
});
export type Codebrieven = z.input<typeof codebrievenSchema>;

const codeVeld = z
  .string({ error: 'Vul de code uit uw brief in.' })
  .trim()
  .min(1, 'Vul de code uit uw brief in.')
  .max(40, 'Deze code is te lang. Vul de code uit uw brief in.')
  .describe('The one-time code from the letter or e-mail, e.g. KX7M-4TQA-9HPW.');

export const codeControleSchema = z.object({ code: codeVeld });
export const codeAanvraagSchema = z.object({
  code: codeVeld,
  toestemming: z
    .literal(true, {
      error: 'Zeg of het steunpunt uw aanvraag mag bekijken. Anders kan het niet beslissen.',
    })
    .describe('Consent: the campaign’s steunpunt may assess the application.'),
});
export type CodeAanvraag = z.infer<typeof codeAanvraagSchema>;

/** What a working code shows: the campaign, and for whom the carer cares (no names). */
export const codeWaarderingSchema = z.object({
  jaar: z.number().int(),
  vorm: z.enum(VORMEN),
  bedragCent: z.number().int().nullable(),
  deadline: z.iso.date(),
  zorg: z
    .array(z.object({ relatie: z.enum(RELATIES), urenPerWeek: z.number().int() }))
    .describe('The relations this application is for: the relationship and hours, no names.'),
});
export type CodeWaardering = z.infer<typeof codeWaarderingSchema>;
export const codeAanvraagResultaatSchema = z.object({
  jaar: z.number().int(),
  aanvragen: z.number().int().describe('Applications made (one per relation).'),
});

export const nieuweAanvraagSchema = z.object({
  rondeId: z.uuid({ error: 'Kies de waardering.' }),
  relatieId: z.uuid({ error: 'Kies voor wie u zorgt.' }),
  toestemming: z
    .literal(true, {
      error: 'Zeg of het steunpunt uw aanvraag mag bekijken. Anders kan het niet beslissen.',
    })
    .describe('Consent: the campaign’s steunpunt may assess the application.'),
});

/**
 * The person cared for applies for their carer (campaign with `wieMagAanvragen` `zorgvrager`
 * or `beide`). It counts as their confirmation. They see only the carer's name and the year.
 */
export const aanvraagAlsZorgvragerSchema = nieuweAanvraagSchema;

export const kanAanvragenAlsZorgvragerSchema = z.object({
  relatieId: z.uuid(),
  mantelzorger: z.string().describe('The carer’s name.'),
  rondeId: z.uuid(),
  jaar: z.number().int(),
});

export const aanvraagVanZorgvragerSchema = z.object({
  id: z.uuid(),
  rondeId: z.uuid(),
  jaar: z.number().int(),
  relatieId: z.uuid(),
  mantelzorger: z.string(),
  status: z.enum(AANVRAAG_STATUSSEN),
});

/** What the care recipient is asked: "Zorgt Anna voor u?" */
export const teBevestigenSchema = z.object({
  aanvraagId: z.uuid(),
  mantelzorger: z.string(),
  jaar: z.number().int(),
});

export const bevestigingSchema = z.object({
  bevestigd: z.boolean({ error: 'Kies ja of nee.' }),
});

export const besluitSchema = z.object({
  besluit: z.enum(['toekennen', 'afwijzen'], { error: 'Kies toekennen of afwijzen.' }),
  reden: verplicht('Schrijf kort waarom. De aanvrager leest het.', 1000),
});
export type Besluit = z.infer<typeof besluitSchema>;

export const mijnMantelzorgSchema = z.object({
  relaties: z.array(zorgrelatieSchema),
  jongeMantelzorger: z
    .boolean()
    .nullable()
    .describe('Younger than 25 today (own information); null: date of birth not known.'),
  aanvragen: z.array(aanvraagSchema),
  teBevestigen: z.array(teBevestigenSchema),
  kanAanvragenAlsZorgvrager: z
    .array(kanAanvragenAlsZorgvragerSchema)
    .describe(
      'As the person cared for: carers you may apply for (POST /mijn/mantelzorg/aanvragen-als-zorgvrager).',
    ),
  openRondes: z.array(rondeSchema),
});
export type MijnMantelzorg = z.infer<typeof mijnMantelzorgSchema>;

export const mantelzorgerRegelSchema = z.object({
  persoonId: z.uuid(),
  naam: z.string(),
  jongeMantelzorger: z.boolean().nullable(),
  relatie: zorgrelatieSchema,
});
export const mantelzorgersSchema = z.object({ mantelzorgers: z.array(mantelzorgerRegelSchema) });

export const cijfersQuerySchema = z.object({
  jaar: z.coerce.number().int().min(2000).max(2100).optional(),
});

const aantal = z.number().int().nullable().describe('null: 1 to 4, suppressed ("minder dan 5").');
export const cijfersSchema = z.object({
  jaar: z.number().int(),
  geregistreerd: aantal,
  jongerDan25: aantal,
  aanvragen: aantal,
  toegekend: aantal,
});
export type Cijfers = z.infer<typeof cijfersSchema>;

export const idParamsSchema = z.object({ id: z.uuid() });
