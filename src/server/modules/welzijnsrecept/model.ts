import { z } from 'zod';
import {
  CONTACT_SOORTEN,
  CONTACT_VOORKEUREN,
  TAAK_STATUSSEN,
} from '../../../shared/welzijnsrecept.ts';
import { telefoonnummer } from '../gemeenten/model.ts';

/**
 * What a welzijnsrecept holds, as the GP's web form and the API receive it. The reason is
 * in plain words: no diagnosis is needed and none should be written (the coach needs to
 * know what is going on in the person's life, not their medical file).
 */
const korteTekst = (leeg: string, max: number) =>
  z.string().trim().min(1, leeg).max(max, `Schrijf hoogstens ${max} tekens.`);

export const nieuwReceptSchema = z
  .object({
    persoon: z.object({
      voornaam: korteTekst('Vul de voornaam in.', 100),
      achternaam: korteTekst('Vul de achternaam in.', 100),
      telefoonnummer: telefoonnummer.optional(),
      eMailadres: z
        .email('Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.')
        .optional(),
    }),
    toestemming: z.literal(true, {
      error:
        'Vraag eerst of de persoon het goed vindt dat u deze gegevens deelt met de welzijnscoach.',
    }),
    reden: korteTekst('Schrijf in gewone woorden waarom u verwijst.', 2000).describe(
      'Plain words, no diagnosis: what is going on in the person’s life.',
    ),
    watIkBelangrijkVind: z
      .string()
      .trim()
      .max(2000, 'Schrijf hoogstens 2000 tekens.')
      .optional()
      .describe('"Wat vind ik belangrijk?" in the person’s own words.'),
    contactVoorkeur: z.enum(CONTACT_VOORKEUREN, { error: 'Kies hoe de coach contact opneemt.' }),
    ontvangerId: z.uuid({ error: 'Kies de organisatie die de verwijzing krijgt.' }),
    verzenden: z
      .boolean()
      .default(true)
      .describe('true: sent at once (requested). false: kept as a draft.'),
  })
  .refine((r) => r.contactVoorkeur !== 'telefoon' || r.persoon.telefoonnummer !== undefined, {
    message: 'Vul een telefoonnummer in, of kies een andere manier van contact.',
    path: ['persoon', 'telefoonnummer'],
  })
  .refine((r) => r.contactVoorkeur !== 'email' || r.persoon.eMailadres !== undefined, {
    message: 'Vul een e-mailadres in, of kies een andere manier van contact.',
    path: ['persoon', 'eMailadres'],
  });
export type NieuwRecept = z.infer<typeof nieuwReceptSchema>;
export type NieuwReceptInvoer = z.input<typeof nieuwReceptSchema>;

/** A status change; whether a reason is needed is the state machine's rule (status.ts). */
export const statuswijzigingSchema = z.object({
  status: z.enum(TAAK_STATUSSEN, { error: 'Kies een status.' }),
  reden: z.string().trim().max(1000, 'Schrijf hoogstens 1000 tekens.').default(''),
});
export type Statuswijziging = z.infer<typeof statuswijzigingSchema>;

/** One contactmoment in the coach's log: date, kind and a short note. */
export const contactmomentSchema = z.object({
  datum: z.iso.date({ error: 'Vul een datum in, bijvoorbeeld 2026-12-03.' }),
  soort: z.enum(CONTACT_SOORTEN, { error: 'Kies wat voor contact het was.' }),
  notitie: z
    .string()
    .trim()
    .max(500, 'Schrijf hoogstens 500 tekens. Houd het kort en feitelijk.')
    .default(''),
});
export type Contactmoment = z.infer<typeof contactmomentSchema>;
