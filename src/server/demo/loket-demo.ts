import type { Actor } from '../platform/auth/actor.ts';
import type { GemeenteScope } from '../platform/tenancy/gemeente-scope.ts';
import type { Services } from '../services.ts';
import { seedMatchingPool } from './matching-demo.ts';

/**
 * The front door of the demo gemeente: simple requests go to the Vrijwilligerscentrale
 * Stein, complex ones to the Wijkteam Stein; and one approved volunteer (Bram de Vries), so a
 * coordinator can propose a match right away; and a pool of neighbours for the matching board
 * (matching-demo.ts). Made through the services, as the people
 * themselves would (each step is in the access log like any other).
 */
export async function seedLoket(
  services: Services,
  scope: GemeenteScope,
  organisatieIds: Record<string, string>,
  accounts: Map<string, string>,
): Promise<void> {
  const { gemeenteId } = scope;
  const vrijwilligers = organisatieIds['org-vrijwilligers'];
  const wijkteam = organisatieIds['org-wijkteam'];
  const beheer = accounts.get('beheer@demo.example');
  if (!vrijwilligers || !wijkteam || !beheer) return;
  const regels = await services.hulpvragen.regels(gemeenteId);
  await services.gemeenten.zetInstelling(
    gemeenteId,
    beheer,
    'loketregels',
    { ...regels, vrijwilligersOrganisatieId: vrijwilligers, wijkteamOrganisatieId: wijkteam },
    { demo: true },
  );

  const alsAccount = async (accountId: string): Promise<Actor> => {
    const rollen = (await services.accounts.rolesOf(scope, accountId)).map((r) => ({
      rol: r.rol,
      functie: r.functie,
      organisatieId: r.organisatie_id,
    }));
    const row = await services.accounts.findById(accountId);
    return {
      accountId,
      gemeenteId,
      naam: row?.naam ?? '',
      rollen,
      platformbeheerder: false,
      mfaVoldaan: true,
      sessie: { tokenHash: 'demo', csrfToken: 'demo', methode: 'demo' },
      ip: '127.0.0.1',
    };
  };
  const als = (email: string) => alsAccount(accounts.get(email)!);
  const bram = await als('vrijwilliger@demo.example');
  const aanbod = await services.hulpaanbod.meldAan(bram, {
    categorieen: ['boodschappen', 'wandelen', 'vervoer'],
    postcode: '6171 AB',
    straalKm: 5,
    tijdvakken: ['MO-ochtend', 'TU-ochtend', 'WE-ochtend', 'TH-ochtend', 'FR-ochtend', 'WE-middag'],
    urenPerWeek: 4,
    maxKoppelingen: 2,
    talen: ['nl', 'li'],
    soort: 'regelmatig',
    vogStatus: 'geen',
    geslacht: 'man',
    geboortejaar: 1958,
    toelichting: 'Ik ben met pensioen en fiets graag. Ik heb een auto.',
    contact: { telefoonnummer: '06 12 34 56 78', eMailadres: 'vrijwilliger@demo.example' },
    toestemming: true,
  });
  const coordinator = await als('coordinator@demo.example');
  await services.hulpaanbod.beoordeel(coordinator, aanbod.id, {
    besluit: 'goedkeuren',
    intakeNotitie: 'Kennismaking gehad. Bram doet graag boodschappen en wandelt graag.',
  });
  await seedMatchingPool(services, scope, alsAccount, coordinator);
}
