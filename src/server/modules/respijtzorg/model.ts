import { z } from 'zod';
import { HULPVRAAG_STATUSSEN } from '../../../shared/loket.ts';
import { telefoonnummer } from '../gemeenten/model.ts';
import { postcodeSchema } from '../hulpvragen/model.ts';
import {
  RESPIJT_DAGDELEN,
  RESPIJT_FREQUENTIES,
  RESPIJT_SOORTEN,
  type RespijtSoort,
  routeVan,
} from './soorten.ts';
import { RESPIJT_STATUSSEN, WEERGAVEN } from './status.ts';

/**
 * Respijtzorg: "Even vrij van zorg". Texts a carer sees are B1 ("u"). The request is the
 * carer's data, category intake.
 */
const tekst = (max: number) => z.string().trim().max(max, `Schrijf hoogstens ${max} tekens.`);

export const soortSchema = z
  .enum(RESPIJT_SOORTEN, { error: 'Kies wat voor hulp u zoekt.' })
  .describe(
    'vervangende-zorg and maatje go to a volunteer (matching); dagactiviteit and logeren to a provider.',
  );
export const dagdeelSchema = z.enum(RESPIJT_DAGDELEN, { error: 'Kies een dagdeel.' });
export const hoeVaakSchema = z.enum(RESPIJT_FREQUENTIES, { error: 'Kies hoe vaak.' });
export const statusSchema = z.enum(RESPIJT_STATUSSEN);
export const weergaveSchema = z
  .enum(WEERGAVEN)
  .describe('What the carer reads, as a code the web app puts in plain words.');

const vandaag = () => new Date().toISOString().slice(0, 10);

export const nieuwVerzoekSchema = z
  .object({
    soort: soortSchema,
    voorWie: z.object({
      naam: z
        .string({ error: 'Vul de naam in van de persoon voor wie u zorgt.' })
        .trim()
        .min(1, 'Vul de naam in van de persoon voor wie u zorgt.')
        .max(200, 'Schrijf hoogstens 200 tekens.'),
      relatie: tekst(100).default('').describe('e.g. "mijn moeder"'),
    }),
    datum: z.iso
      .date({ error: 'Vul een datum in, bijvoorbeeld 2026-12-24.' })
      .describe('The (first) day of the break.'),
    dagdeel: dagdeelSchema,
    hoeVaak: hoeVaakSchema,
    toelichting: tekst(1000).default(''),
    postcode: postcodeSchema
      .optional()
      .describe('Where the volunteer comes (volunteer kinds only; required there).'),
    aanbodId: z
      .uuid({ error: 'Kies een aanbieder uit de lijst.' })
      .optional()
      .describe('The sociale kaart entry (provider kinds only; required there).'),
    telefoonnummer: telefoonnummer.optional().describe('Stored on the carer’s own record.'),
    toestemming: z.literal(true, {
      error: 'Zeg ja als wij uw vraag mogen delen. Anders kunnen we u niet helpen.',
    }),
  })
  .superRefine((v, ctx) => {
    if (v.datum < vandaag()) {
      ctx.addIssue({ code: 'custom', path: ['datum'], message: 'Deze datum is al voorbij.' });
    }
    const route = routeVan(v.soort as RespijtSoort);
    if (route === 'matching' && !v.postcode) {
      ctx.addIssue({
        code: 'custom',
        path: ['postcode'],
        message: 'Vul de postcode in waar de vrijwilliger komt.',
      });
    }
    if (route === 'aanbieder' && !v.aanbodId) {
      ctx.addIssue({ code: 'custom', path: ['aanbodId'], message: 'Kies een aanbieder.' });
    }
  });
export type NieuwVerzoek = z.input<typeof nieuwVerzoekSchema>;

const verzoekVelden = {
  id: z.uuid(),
  soort: soortSchema,
  route: z.enum(['matching', 'aanbieder']),
  voorWie: z.object({ naam: z.string(), relatie: z.string() }),
  datum: z.iso.date(),
  dagdeel: dagdeelSchema,
  hoeVaak: hoeVaakSchema,
  toelichting: z.string(),
  status: statusSchema,
  weergave: weergaveSchema,
  aanbieder: z
    .object({ id: z.uuid(), naam: z.string(), aanbod: z.string() })
    .nullable()
    .describe('The chosen provider (provider kinds).'),
  antwoord: z.string().describe('The provider’s note with a yes, or reason with a no.'),
  ingediendOp: z.iso.datetime(),
  beantwoordOp: z.iso.datetime().nullable(),
};

/** The carer's own view of a request. */
export const verzoekSchema = z.object({
  ...verzoekVelden,
  hulpvraagId: z
    .uuid()
    .nullable()
    .describe('The help request at the front door (volunteer kinds).'),
  hulpvraagStatus: z.enum(HULPVRAAG_STATUSSEN).nullable(),
});
export type Verzoek = z.infer<typeof verzoekSchema>;
export const mijnVerzoekenSchema = z.object({ verzoeken: z.array(verzoekSchema) });
export type MijnVerzoeken = z.infer<typeof mijnVerzoekenSchema>;

/** What the provider's staff see: the request and how to reach the carer. */
export const aanbiederVerzoekSchema = z.object({
  ...verzoekVelden,
  mantelzorger: z.object({
    naam: z.string(),
    telefoonnummer: z.string().nullable(),
    eMailadres: z.string().nullable(),
  }),
});
export type AanbiederVerzoek = z.infer<typeof aanbiederVerzoekSchema>;
export const aanbiederVerzoekenSchema = z.object({ verzoeken: z.array(aanbiederVerzoekSchema) });

export const antwoordSchema = z
  .object({
    besluit: z.enum(['toezeggen', 'afwijzen'], { error: 'Kies ja of nee.' }),
    toelichting: tekst(1000).default('').describe('Required to decline: the carer reads it.'),
  })
  .superRefine((v, ctx) => {
    if (v.besluit === 'afwijzen' && v.toelichting.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['toelichting'],
        message: 'Schrijf kort waarom niet. De mantelzorger leest het.',
      });
    }
  });
export type Antwoord = z.input<typeof antwoordSchema>;

export const aanbiedersQuerySchema = z.object({
  soort: z.enum(['dagactiviteit', 'logeren'], { error: 'Kies dagactiviteit of logeren.' }),
});

export const aanbiederKeuzeSchema = z.object({
  aanbodId: z.uuid(),
  naam: z.string(),
  samenvatting: z.string(),
  plaats: z.string().nullable(),
  organisatie: z.object({ id: z.uuid(), naam: z.string() }),
});
export type AanbiederKeuze = z.infer<typeof aanbiederKeuzeSchema>;
export const aanbiedersSchema = z.object({
  aanbieders: z
    .array(aanbiederKeuzeSchema)
    .describe('Published entries of organisations that receive requests in Kring.'),
});

export const idParamsSchema = z.object({ id: z.uuid() });
