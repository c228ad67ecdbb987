import type { Hulpcategorie, Tijdvak } from '../../shared/loket.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { GemeenteScope } from '../platform/tenancy/gemeente-scope.ts';
import type { Services } from '../services.ts';
import { DEMO_WACHTWOORD } from './seed-demo.ts';

/**
 * A pool for the matching board of the demo gemeente (issue 7): neighbours in Stein and
 * Geleen whose requests wait at the Vrijwilligerscentrale, and volunteers who were approved.
 * Three walkers near each other on Monday morning (a group suggestion, with the walking group
 * of the sociale kaart), and Rik and Tess, who can help each other (a reciprocal exchange).
 * Nobody is matched yet, so the coordinator can run the optimiser right away. Made through
 * the services, as the people themselves would; all fictional (`@buurt.demo.example`).
 */
interface Buur {
  naam: string;
  postcode: string;
  vraag?: { categorieen: Hulpcategorie[]; tijdvakken: Tijdvak[]; doetGraag: string };
  aanbod?: { categorieen: Hulpcategorie[]; tijdvakken: Tijdvak[]; straalKm: number };
}

const BUREN: readonly Buur[] = [
  {
    naam: 'Lies Peters',
    postcode: '6171 BC',
    vraag: {
      categorieen: ['boodschappen'],
      tijdvakken: ['MO-ochtend', 'TH-ochtend'],
      doetGraag: 'Kaarten',
    },
  },
  {
    naam: 'Noor Bakker',
    postcode: '6171 CD',
    vraag: { categorieen: ['wandelen'], tijdvakken: ['MO-ochtend'], doetGraag: 'Buiten zijn' },
  },
  {
    naam: 'Gijs Lemmens',
    postcode: '6171 EF',
    vraag: {
      categorieen: ['wandelen'],
      tijdvakken: ['MO-ochtend', 'WE-middag'],
      doetGraag: 'Vogels kijken',
    },
  },
  {
    naam: 'Fien Dassen',
    postcode: '6171 GH',
    vraag: { categorieen: ['wandelen'], tijdvakken: ['MO-ochtend'], doetGraag: 'Koffie drinken' },
  },
  {
    naam: 'Karin Smeets',
    postcode: '6176 AB',
    vraag: { categorieen: ['vervoer'], tijdvakken: ['TU-middag'], doetGraag: 'Lezen' },
  },
  {
    naam: 'Rik Hendriks',
    postcode: '6162 AB',
    vraag: { categorieen: ['tuin'], tijdvakken: ['SA-ochtend'], doetGraag: 'Computeren' },
    aanbod: { categorieen: ['computer'], tijdvakken: ['SA-ochtend', 'SA-middag'], straalKm: 5 },
  },
  {
    naam: 'Tess Willems',
    postcode: '6162 CD',
    vraag: { categorieen: ['computer'], tijdvakken: ['SA-middag'], doetGraag: 'Tuinieren' },
    aanbod: { categorieen: ['tuin'], tijdvakken: ['SA-ochtend'], straalKm: 5 },
  },
  {
    naam: 'Wim Jansen',
    postcode: '6164 AB',
    aanbod: {
      categorieen: ['boodschappen', 'vervoer'],
      tijdvakken: ['MO-ochtend', 'TU-middag', 'TH-ochtend'],
      straalKm: 10,
    },
  },
  {
    naam: 'Els Vos',
    postcode: '6171 KL',
    aanbod: { categorieen: ['wandelen', 'boodschappen'], tijdvakken: ['MO-ochtend'], straalKm: 3 },
  },
];

const emailVan = (naam: string) => `${naam.toLowerCase().replace(/\s+/g, '.')}@buurt.demo.example`;

export async function seedMatchingPool(
  services: Services,
  scope: GemeenteScope,
  als: (accountId: string) => Promise<Actor>,
  coordinator: Actor,
): Promise<void> {
  for (const buur of BUREN) {
    const { id } = await services.accounts.create({
      email: emailVan(buur.naam),
      naam: buur.naam,
      wachtwoord: DEMO_WACHTWOORD,
    });
    await services.accounts.grantRole(scope, id, { rol: 'inwoner' });
    const ik = await als(id);
    if (buur.vraag) {
      const concept = await services.hulpvragen.maakConcept(ik, {
        antwoorden: {
          voorWie: 'mijzelf',
          categorieen: buur.vraag.categorieen,
          hoeVaak: 'elke-week',
          tijdvakken: buur.vraag.tijdvakken,
          postcode: buur.postcode,
          urgentie: 'kan-wachten',
          zorgen: false,
          voorkeuren: { talen: ['nl'], geslacht: 'geen', zelfdeLeeftijd: false },
        },
        verhaal: { doetGraag: buur.vraag.doetGraag },
      });
      await services.hulpvragen.verstuur(ik, concept.id);
      await services.hulpvragen.behandel(coordinator, concept.id);
      await services.hulpvragen.beoordeel(coordinator, concept.id, { besluit: 'naar-matching' });
    }
    if (buur.aanbod) {
      const aanbod = await services.hulpaanbod.meldAan(ik, {
        ...buur.aanbod,
        postcode: buur.postcode,
        urenPerWeek: 2,
        maxKoppelingen: 1,
        talen: ['nl'],
        soort: 'regelmatig',
        vogStatus: 'geen',
        toelichting: 'Ik help graag iemand in de buurt.',
        contact: { eMailadres: emailVan(buur.naam) },
        toestemming: true,
      });
      await services.hulpaanbod.beoordeel(coordinator, aanbod.id, {
        besluit: 'goedkeuren',
        intakeNotitie: 'Kennismaking gehad.',
      });
    }
  }
}
