import type { Rol, RolToekenning } from '../modules/accounts/model.ts';
import type { Database } from '../platform/database/connection.ts';
import { GemeenteScope } from '../platform/tenancy/gemeente-scope.ts';
import { createServices } from '../services.ts';
import { seedLoket } from './loket-demo.ts';
import { DEMO_BEHEERDE_ORGANISATIE, maakDemoKaart } from './sociale-kaart-demo.ts';

export const DEMO_GEMEENTE = {
  code: 'GM0882',
  naam: 'Stein',
  hostnamen: ['stein.localhost'],
  demo: true,
  instellingen: {
    loket: {
      telefoonnummer: '046 123 45 67',
      eMailadres: 'loket@stein.example',
      bezoekadres: 'Raadhuisplein 1, 6171 AA Stein',
      // Fictional: the Sociaal Loket of the demo gemeente, open without an appointment.
      inloop: [
        ...(['MO', 'TU', 'WE', 'TH', 'FR'] as const).map((dag) => ({
          dag,
          van: '09:00',
          tot: '12:30',
        })),
        { dag: 'TH', van: '18:00', tot: '20:00' },
      ],
      toelichting:
        'Het Sociaal Loket helpt bij vragen over zorg, geld, werk en meedoen. Kom langs zonder afspraak.',
    },
  },
} as const;

/** Known, printed and documented: this is demo data, never a real gemeente's install. */
export const DEMO_WACHTWOORD = 'kring-demo-2026';

export interface DemoAccount {
  email: string;
  naam: string;
  publiek: string;
  rollen: RolToekenning[];
  platformbeheerder?: boolean;
  /** The sociale kaart organisation (external id) a staff member works for. */
  organisatie?: string;
}

const rol = (r: Rol, functie?: RolToekenning['functie']): RolToekenning =>
  functie ? { rol: r, functie } : { rol: r };

/** One account for each audience of Kring (see DESIGN.md §1). */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'inwoner@demo.example',
    naam: 'Ans Janssen',
    publiek: 'inwoner',
    rollen: [rol('inwoner')],
  },
  {
    email: 'vrijwilliger@demo.example',
    naam: 'Bram de Vries',
    publiek: 'vrijwilliger',
    rollen: [rol('inwoner'), rol('vrijwilliger')],
  },
  {
    email: 'mantelzorger@demo.example',
    naam: 'Fatma Yilmaz',
    publiek: 'mantelzorger',
    rollen: [rol('inwoner'), rol('mantelzorger')],
  },
  {
    email: 'wijkteam@demo.example',
    naam: 'Sanne Bakker',
    publiek: 'professional (wijkteam)',
    rollen: [rol('professional', 'wijkteam')],
    organisatie: 'org-wijkteam',
  },
  {
    email: 'welzijnscoach@demo.example',
    naam: 'Youssef El Amrani',
    publiek: 'professional (welzijnscoach)',
    rollen: [rol('professional', 'welzijnscoach')],
    organisatie: 'org-samen-stein',
  },
  {
    email: 'mantelzorgconsulent@demo.example',
    naam: 'Lotte Smeets',
    publiek: 'professional (mantelzorgconsulent)',
    rollen: [rol('professional', 'mantelzorgconsulent')],
    organisatie: 'org-mantelzorg',
  },
  {
    // Respijtzorg (issue 9): staff of a provider who answer carers' requests for a short stay.
    email: 'logeerhuis@demo.example',
    naam: 'Noor Hermans',
    publiek: 'professional (Logeerhuis De Linde)',
    rollen: [rol('professional', 'casemanager')],
    organisatie: 'org-linde',
  },
  {
    email: 'coordinator@demo.example',
    naam: 'Marieke Hermans',
    publiek: 'professional (vrijwilligerscoördinator)',
    rollen: [rol('professional', 'vrijwilligerscoordinator')],
    organisatie: 'org-vrijwilligers',
  },
  {
    email: 'huisarts@demo.example',
    naam: 'Peter Hendriks',
    publiek: 'huisarts',
    rollen: [rol('huisarts')],
    organisatie: 'org-huisarts-linde',
  },
  {
    email: 'organisatie@demo.example',
    naam: 'Karin Willems',
    publiek: 'organisatiebeheerder',
    rollen: [rol('organisatiebeheerder')],
    organisatie: DEMO_BEHEERDE_ORGANISATIE,
  },
  {
    email: 'redacteur@demo.example',
    naam: 'Tom Peters',
    publiek: 'redacteur sociale kaart',
    rollen: [rol('redacteur')],
  },
  {
    email: 'beleid@demo.example',
    naam: 'Eva Meijer',
    publiek: 'beleidsmedewerker',
    rollen: [rol('beleidsmedewerker')],
  },
  {
    email: 'beheer@demo.example',
    naam: 'Ruud Claessen',
    publiek: 'functioneel beheerder',
    rollen: [rol('functioneel-beheerder')],
  },
  {
    email: 'platform@demo.example',
    naam: 'Platformbeheer',
    publiek: 'platformbeheerder',
    rollen: [],
    platformbeheerder: true,
  },
];

/**
 * Creates the demo gemeente with one account per audience. Idempotent: returns false
 * when the demo gemeente is already there.
 */
export async function seedDemo(database: Database): Promise<boolean> {
  // One transaction: a half-made demo gemeente would block the next attempt.
  return database.db.transaction().execute(async (trx) => {
    const services = createServices({ ...database, db: trx }, { defaultGemeente: undefined });
    const existing = await services.gemeenten.get(DEMO_GEMEENTE.code).catch(() => undefined);
    if (existing) return false;
    const gemeente = await services.gemeenten.create({
      ...DEMO_GEMEENTE,
      hostnamen: [...DEMO_GEMEENTE.hostnamen],
      instellingen: {
        loket: {
          ...DEMO_GEMEENTE.instellingen.loket,
          inloop: [...DEMO_GEMEENTE.instellingen.loket.inloop],
        },
      },
    });
    const scope = new GemeenteScope(trx, gemeente.id);
    // The sociale kaart first: the demo organisation admin manages one of its organisations.
    const kaart = await services.socialeKaart.importeer(gemeente.id, maakDemoKaart());
    const ids = new Map<string, string>();
    for (const account of DEMO_ACCOUNTS) {
      const { id } = await services.accounts.create({
        email: account.email,
        naam: account.naam,
        wachtwoord: DEMO_WACHTWOORD,
        platformbeheerder: account.platformbeheerder ?? false,
      });
      ids.set(account.email, id);
      const organisatieId = account.organisatie
        ? kaart.organisatieIds[account.organisatie]
        : undefined;
      for (const toekenning of account.rollen) {
        const metOrganisatie =
          organisatieId && toekenning.rol !== 'inwoner'
            ? { ...toekenning, organisatieId }
            : toekenning;
        await services.accounts.grantRole(scope, id, metOrganisatie);
      }
    }
    await seedLoket(services, scope, kaart.organisatieIds, ids);
    // Welzijn op Recept: every practice of the demo gemeente refers to Welzijn Samen Stein.
    await services.welzijnsrecept.stelOntvangerIn(
      scope,
      kaart.organisatieIds['org-samen-stein']!,
      null,
    );
    return true;
  });
}
