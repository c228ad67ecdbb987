import { describe, expect, it } from 'vitest';
import { GemeenteScope } from '../../src/server/platform/tenancy/gemeente-scope.ts';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  gotoSettled,
  PHONE,
  useKring,
} from './harness.ts';
import { inloggenAls } from './inloggen-als.ts';

/**
 * The resident's privacy portal and the break-glass review, in Chromium with axe:
 * a resident gives and revokes a consent, and the organisation loses access at once
 * (checked through the API before and after); the access shows in
 * "Wie heeft mijn gegevens bekeken".
 */
describe('mijn gegevens', () => {
  const kring = useKring();

  /** An API client acting as a demo account (a server-side session, as the browser has). */
  async function apiAls(email: string) {
    const { services } = kring.kring;
    const account = await services.accounts.findByEmail(email);
    const gemeente = await services.gemeenten.ref('GM0882');
    const sessie = await services.sessies.start(gemeente.id, account!.id, 'wachtwoord', true);
    return (method: string, path: string, body?: unknown) =>
      fetch(`${kring.url}/api/v1${path}`, {
        method,
        headers: {
          cookie: `kring-sessie=${sessie.token}`,
          'x-csrf-token': sessie.csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
  }

  /** Organisations for the demo staff, and the demo resident as a person with a case team. */
  async function zetKlaar() {
    const { services, database } = kring.kring;
    const gemeente = await services.gemeenten.ref('GM0882');
    const org = async (naam: string, soort: string) =>
      (
        await database.db
          .insertInto('organisaties')
          .values({ gemeente_id: gemeente.id, naam, soort })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const wijkteam = await org('Wijkteam Stein', 'wijkteam');
    const welzijn = await org('Welzijn Stein', 'welzijn');
    const scope = new GemeenteScope(database.db, gemeente.id);
    const id = async (email: string) => (await services.accounts.findByEmail(email))!.id;
    await services.accounts.grantRole(scope, await id('wijkteam@demo.example'), {
      rol: 'professional',
      functie: 'wijkteam',
      organisatieId: wijkteam,
    });
    await services.accounts.grantRole(scope, await id('welzijnscoach@demo.example'), {
      rol: 'professional',
      functie: 'welzijnscoach',
      organisatieId: welzijn,
    });
    const regisseur = await apiAls('wijkteam@demo.example');
    const persoon = await regisseur('POST', '/personen', {
      naam: 'Ans Janssen',
      accountId: await id('inwoner@demo.example'),
      grondslag: 'Wmo 2015 art. 2.3.2 (onderzoek)',
      categorieen: ['contact', 'intake'],
    });
    expect(persoon.status).toBe(201);
    return { persoonId: ((await persoon.json()) as { id: string }).id };
  }

  it('a resident revokes a consent and the organisation loses access at once', async () => {
    const { persoonId } = await zetKlaar();
    const coach = await apiAls('welzijnscoach@demo.example');
    expect((await coach('GET', `/personen/${persoonId}`)).status).toBe(403);

    const page = await kring.open('/mijn-gegevens', {
      before: (p) => inloggenAls(kring, p.context(), 'inwoner@demo.example'),
      // The empty form is sent once on purpose: the server answers 400 with the fields.
      expectedConsoleErrors: /status of 400 \(Bad Request\)/,
    });
    expect((await page.locator('main h1').textContent())?.trim()).toBe('Mijn gegevens');
    await page
      .getByRole('link', { name: 'Download al mijn gegevens als bestand (JSON)' })
      .waitFor();
    await expectNoAxeViolations(page);

    // Give consent in the form.
    await page.getByRole('link', { name: 'Toestemmingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Toestemmingen' }).waitFor();
    await page.getByText('U hebt nu geen toestemmingen gegeven.').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Toestemming geven' }).click();
    await page.getByText('Kies een organisatie.').waitFor();
    await page.getByText('Kies minstens één soort gegevens.').waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Welke organisatie?').selectOption({ label: 'Welzijn Stein' });
    await page.getByLabel('Contactgegevens').check();
    await page
      .getByLabel('Waarvoor mag de organisatie uw gegevens gebruiken?')
      .fill('Samen een activiteit zoeken');
    await page.getByRole('button', { name: 'Toestemming geven' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'U hebt Welzijn Stein toestemming gegeven.' })
      .waitFor();
    const kaart = page.getByRole('article', { name: 'Welzijn Stein' });
    await kaart.getByText('Mag zien: Contactgegevens.').waitFor();

    // The organisation can read now…
    expect((await coach('GET', `/personen/${persoonId}`)).status).toBe(200);

    // …until the resident revokes, with the keyboard.
    await kaart.getByRole('button', { name: 'Toestemming voor Welzijn Stein intrekken' }).focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: 'Welzijn Stein kan uw gegevens nu niet meer zien.' })
      .waitFor();
    await page.getByRole('heading', { name: 'Eerdere toestemmingen' }).waitFor();
    await expectNoAxeViolations(page);
    const na = await coach('GET', `/personen/${persoonId}`);
    expect(na.status).toBe(403);
    expect(((await na.json()) as { code: string }).code).toBe('KRING_GEEN_TOEGANG');

    // The resident sees who looked: role and organisation, what and why.
    await gotoSettled(page, '/mijn-gegevens/wie-heeft-gekeken');
    await page
      .getByRole('heading', { level: 1, name: 'Wie heeft mijn gegevens bekeken' })
      .waitFor();
    const rij = page
      .getByRole('row')
      .filter({ hasText: 'Hulpverlener van Welzijn Stein' })
      .filter({ hasText: 'Met uw toestemming' });
    await rij.first().waitFor();
    expect(await rij.first().textContent()).toContain('Samen een activiteit zoeken');
    await page
      .getByRole('row')
      .filter({ hasText: 'Hulpverlener van Welzijn Stein' })
      .filter({ hasText: 'geen toegang gekregen' })
      .first()
      .waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: 'Hulpverlener van Wijkteam Stein' })
      .first()
      .waitFor();
    expect(await page.getByRole('main').textContent()).not.toContain('Youssef');
    await expectNoAxeViolations(page);
    await page.setViewportSize(PHONE);
    await expectNoHorizontalScroll(page);

    // The readable copy of everything is a real server page, logged as well.
    const overzicht = await page.request.get('/api/v1/mijn/gegevens/overzicht');
    expect(overzicht.status()).toBe(200);
    expect(await overzicht.text()).toContain('Welzijn Stein');
  });

  it('the functioneel beheerder reviews break-glass access', async () => {
    const beheerder = await apiAls('beheer@demo.example');
    const open = (await (await beheerder('GET', '/doorbraken')).json()) as { totaal: number };
    const persoon = (await (
      await (
        await apiAls('wijkteam@demo.example')
      )('GET', '/personen')
    ).json()) as {
      personen: { id: string }[];
    };
    const coach = await apiAls('welzijnscoach@demo.example');
    const d = await coach('POST', `/personen/${persoon.personen[0]!.id}/doorbraken`, {
      reden: 'Acute zorgen, regisseur niet bereikbaar',
    });
    expect(d.status).toBe(201);
    expect((await coach('GET', `/personen/${persoon.personen[0]!.id}`)).status).toBe(200);

    const page = await kring.open('/beheer/doorbraken', {
      before: (p) => inloggenAls(kring, p.context(), 'beheer@demo.example'),
      viewport: PHONE,
    });
    await page.getByRole('heading', { level: 1, name: 'Spoedtoegang controleren' }).waitFor();
    const kaart = page
      .getByRole('article')
      .filter({ hasText: 'Acute zorgen, regisseur niet bereikbaar' });
    await kaart.getByText('Hulpverlener, Welzijn Stein').waitFor();
    expect(await page.getByRole('main').textContent()).not.toContain('Ans Janssen');
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await kaart.getByRole('button', { name: 'Oordeel opslaan' }).click();
    await kaart.getByText('Kies of de spoedtoegang terecht was.').waitFor();
    await kaart.getByLabel('Ja, terecht').check();
    await kaart
      .getByLabel('Toelichting (mag leeg blijven)')
      .fill('Klopt, gebeld met de regisseur.');
    await kaart.getByRole('button', { name: 'Oordeel opslaan' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Uw oordeel over de spoedtoegang van Youssef El Amrani is opgeslagen.' })
      .waitFor();
    await expectNoAxeViolations(page);
    const daarna = (await (await beheerder('GET', '/doorbraken')).json()) as { totaal: number };
    expect(daarna.totaal).toBe(open.totaal);

    // Another role sees a clear message, not the list.
    const andere = await kring.open('/beheer/doorbraken', {
      before: (p) => inloggenAls(kring, p.context(), 'beleid@demo.example'),
      expectedConsoleErrors: /status of 403 \(Forbidden\)/,
    });
    await andere.getByText('U mag deze pagina niet bekijken.').waitFor();
    await expectNoAxeViolations(andere);
  });
});
