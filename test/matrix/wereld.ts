import { GemeenteScope } from '../../src/server/platform/tenancy/gemeente-scope.ts';
import { loginAls } from '../helpers/login.ts';
import type { TestApp } from '../helpers/test-app.ts';

/**
 * A small world with every kind of user, shared by the access tests and the route × role
 * matrix: two gemeenten (Stein, Houten), three organisations in Stein, a resident who is a
 * person with a case team, and one account per role.
 */

export const STEIN = 'stein.example.nl';
export const HOUTEN = 'houten.example.nl';

/** Every kind of caller the matrix checks. */
export const ROLLEN = [
  'anoniem',
  'inwoner-zelf',
  'inwoner-ander',
  'vrijwilliger',
  'mantelzorger',
  'professional-team',
  'professional-buiten-team',
  'huisarts',
  'organisatiebeheerder',
  'redacteur',
  'beleidsmedewerker',
  'functioneel-beheerder',
  'platformbeheerder',
  'andere-gemeente',
] as const;
export type MatrixRol = (typeof ROLLEN)[number];

export interface Wereld {
  steinId: number;
  houtenId: number;
  org: { wijkteam: string; welzijn: string; praktijk: string; houten: string };
  accounts: Record<Exclude<MatrixRol, 'anoniem'>, string> & { welzijnscoach: string };
  /** The person of `inwoner-zelf`, with `professional-team` as regisseur. */
  persoonId: string;
  /** Request headers (cookie, CSRF token, host) per caller. */
  headers(rol: MatrixRol | 'welzijnscoach'): Promise<Record<string, string>>;
}

async function organisatie(t: TestApp, gemeenteId: number, naam: string, soort: string) {
  const row = await t.database.db
    .insertInto('organisaties')
    .values({ gemeente_id: gemeenteId, naam, soort })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

let volgnummer = 0;
async function account(t: TestApp, naam: string, platformbeheerder = false): Promise<string> {
  volgnummer++;
  const { id } = await t.services.accounts.create({
    email: `gebruiker${volgnummer}@wereld.example`,
    naam,
    platformbeheerder,
  });
  return id;
}

export async function maakWereld(t: TestApp): Promise<Wereld> {
  const stein = await t.services.gemeenten.create({
    code: 'GM0882',
    naam: 'Stein',
    hostnamen: [STEIN],
  });
  const houten = await t.services.gemeenten.create({
    code: 'GM0321',
    naam: 'Houten',
    hostnamen: [HOUTEN],
  });
  const org = {
    wijkteam: await organisatie(t, stein.id, 'Wijkteam Stein', 'wijkteam'),
    welzijn: await organisatie(t, stein.id, 'Welzijn Stein', 'welzijn'),
    praktijk: await organisatie(t, stein.id, 'Huisartsenpraktijk Stein', 'huisartsenpraktijk'),
    houten: await organisatie(t, houten.id, 'Wijkteam Houten', 'wijkteam'),
  };
  const steinScope = new GemeenteScope(t.database.db, stein.id);
  const houtenScope = new GemeenteScope(t.database.db, houten.id);
  const grant = (
    scope: GemeenteScope,
    id: string,
    rol: Parameters<TestApp['services']['accounts']['grantRole']>[2],
  ) => t.services.accounts.grantRole(scope, id, rol);

  const accounts = {
    'inwoner-zelf': await account(t, 'Ans Janssen'),
    'inwoner-ander': await account(t, 'Bert Smeets'),
    vrijwilliger: await account(t, 'Bram de Vries'),
    mantelzorger: await account(t, 'Fatma Yilmaz'),
    'professional-team': await account(t, 'Sanne Bakker'),
    'professional-buiten-team': await account(t, 'Kees Peters'),
    welzijnscoach: await account(t, 'Youssef El Amrani'),
    huisarts: await account(t, 'Peter Hendriks'),
    organisatiebeheerder: await account(t, 'Olga Meijer'),
    redacteur: await account(t, 'Ruud Dekker'),
    beleidsmedewerker: await account(t, 'Bea Willems'),
    'functioneel-beheerder': await account(t, 'Frank Vos'),
    platformbeheerder: await account(t, 'Pim Beheer', true),
    'andere-gemeente': await account(t, 'Hanna Houten'),
  };
  await grant(steinScope, accounts['inwoner-zelf'], { rol: 'inwoner' });
  await grant(steinScope, accounts['inwoner-ander'], { rol: 'inwoner' });
  await grant(steinScope, accounts.vrijwilliger, { rol: 'vrijwilliger' });
  await grant(steinScope, accounts.mantelzorger, { rol: 'mantelzorger' });
  await grant(steinScope, accounts['professional-team'], {
    rol: 'professional',
    functie: 'wijkteam',
    organisatieId: org.wijkteam,
  });
  await grant(steinScope, accounts['professional-buiten-team'], {
    rol: 'professional',
    functie: 'wijkteam',
    organisatieId: org.wijkteam,
  });
  await grant(steinScope, accounts.welzijnscoach, {
    rol: 'professional',
    functie: 'welzijnscoach',
    organisatieId: org.welzijn,
  });
  await grant(steinScope, accounts.huisarts, { rol: 'huisarts', organisatieId: org.praktijk });
  await grant(steinScope, accounts.organisatiebeheerder, {
    rol: 'organisatiebeheerder',
    organisatieId: org.welzijn,
  });
  await grant(steinScope, accounts.redacteur, { rol: 'redacteur' });
  await grant(steinScope, accounts.beleidsmedewerker, { rol: 'beleidsmedewerker' });
  await grant(steinScope, accounts['functioneel-beheerder'], { rol: 'functioneel-beheerder' });
  await grant(houtenScope, accounts['andere-gemeente'], {
    rol: 'professional',
    functie: 'wijkteam',
    organisatieId: org.houten,
  });

  const sessies = new Map<string, Record<string, string>>();
  const headers = async (rol: MatrixRol | 'welzijnscoach') => {
    if (rol === 'anoniem') return { host: STEIN };
    const bestaand = sessies.get(rol);
    if (bestaand) return bestaand;
    const houtens = rol === 'andere-gemeente';
    const login = await loginAls(t, {
      gemeenteId: houtens ? houten.id : stein.id,
      accountId: accounts[rol],
      host: houtens ? HOUTEN : STEIN,
    });
    sessies.set(rol, login.headers);
    return login.headers;
  };

  const aangemaakt = await t.app.inject({
    method: 'POST',
    url: '/api/v1/personen',
    headers: await headers('professional-team'),
    payload: {
      naam: 'Ans Janssen',
      telefoonnummer: '046 765 43 21',
      postcode: '6171ab',
      geboortedatum: '1948-03-14',
      accountId: accounts['inwoner-zelf'],
      grondslag: 'Wmo 2015 art. 2.3.2 (onderzoek)',
      categorieen: ['contact', 'intake'],
    },
  });
  if (aangemaakt.statusCode !== 201) {
    throw new Error(`setting up the person failed: ${aangemaakt.statusCode} ${aangemaakt.body}`);
  }
  return {
    steinId: stein.id,
    houtenId: houten.id,
    org,
    accounts,
    persoonId: aangemaakt.json().id,
    headers,
  };
}
