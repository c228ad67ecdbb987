import { z } from 'zod';

/** Roles on the resident side: one person can hold all three. */
export const INWONER_ROLLEN = ['inwoner', 'vrijwilliger', 'mantelzorger'] as const;
/** Roles on the staff side; each is held within one gemeente. */
export const MEDEWERKER_ROLLEN = [
  'professional',
  'huisarts',
  'organisatiebeheerder',
  'redacteur',
  'beleidsmedewerker',
  'functioneel-beheerder',
] as const;
export const ROLLEN = [...INWONER_ROLLEN, ...MEDEWERKER_ROLLEN] as const;
export const rolSchema = z.enum(ROLLEN);
export type Rol = z.infer<typeof rolSchema>;

/** What a `professional` does; it decides which work they see. */
export const FUNCTIES = [
  'wijkteam',
  'welzijnscoach',
  'mantelzorgconsulent',
  'casemanager',
  'ervaringsdeskundige',
  'vrijwilligerscoordinator',
] as const;
export const functieSchema = z.enum(FUNCTIES);
export type Functie = z.infer<typeof functieSchema>;

const OMSCHRIJVINGEN: Record<Rol, string> = {
  inwoner:
    'Woont in de gemeente. Zoekt hulp of activiteiten en houdt de regie over eigen gegevens.',
  vrijwilliger: 'Biedt tijd en vaardigheden aan en wordt gekoppeld aan een hulpvraag.',
  mantelzorger: 'Zorgt voor iemand in de eigen omgeving, zonder betaling.',
  professional: 'Werkt in het wijkteam of bij een welzijnsorganisatie en ondersteunt inwoners.',
  huisarts: 'Huisarts of praktijkondersteuner. Schrijft een welzijnsrecept en hoort hoe het ging.',
  organisatiebeheerder: 'Houdt het aanbod van de eigen organisatie op de sociale kaart actueel.',
  redacteur: 'Redacteur van de gemeente. Keurt wijzigingen op de sociale kaart goed.',
  beleidsmedewerker: 'Ziet bereik en resultaten, alleen opgeteld. Nooit gegevens van één persoon.',
  'functioneel-beheerder': 'Stelt de gemeente in: instrumenten, regels, indeling en accounts.',
};

export const rolInfoSchema = z.object({
  code: rolSchema,
  soort: z.enum(['inwoner', 'medewerker']),
  omschrijving: z.string(),
  tweestapsverificatieVerplicht: z.boolean(),
});
export type RolInfo = z.infer<typeof rolInfoSchema>;

export function rolInfo(rol: Rol): RolInfo {
  const medewerker = (MEDEWERKER_ROLLEN as readonly string[]).includes(rol);
  return {
    code: rol,
    soort: medewerker ? 'medewerker' : 'inwoner',
    omschrijving: OMSCHRIJVINGEN[rol],
    tweestapsverificatieVerplicht: medewerker,
  };
}

export const rollenLijstSchema = z.object({ rollen: z.array(rolInfoSchema) });

export const nieuwAccountSchema = z.object({
  email: z.email().trim().toLowerCase().max(254),
  naam: z.string().trim().min(1).max(200),
  wachtwoord: z.string().optional(),
  platformbeheerder: z.boolean().default(false),
});
export type NieuwAccount = z.input<typeof nieuwAccountSchema>;

export const rolToekenningSchema = z
  .object({
    rol: rolSchema,
    functie: functieSchema.optional(),
    /** The organisation (in the same gemeente) a staff member works for in this role. */
    organisatieId: z.uuid().optional(),
  })
  .refine((v) => v.rol === 'professional' || v.functie === undefined, {
    message: 'Alleen een professional heeft een functie.',
    path: ['functie'],
  })
  .refine((v) => v.rol !== 'professional' || v.functie !== undefined, {
    message: 'Kies de functie van de professional.',
    path: ['functie'],
  });
export type RolToekenning = z.input<typeof rolToekenningSchema>;
