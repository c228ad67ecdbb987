import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  gotoSettled,
  PHONE,
  useKring,
} from './harness.ts';
import { inloggenAls } from './inloggen-als.ts';

const BEHEERDER = 'beheer@demo.example';

describe('gebruikersbeheer (the gemeente admin)', () => {
  const kring = useKring();

  const alsBeheerder = (page: Page) => inloggenAls(kring, page.context(), BEHEERDER);

  async function huidigeSessie(token: string): Promise<number> {
    const res = await fetch(`${kring.url}/api/v1/sessies/huidige`, {
      headers: { cookie: `kring-sessie=${token}` },
    });
    return res.status;
  }

  it('adds a professional with a role and an organisation, then turns off an account whose session stops at once', async () => {
    const page = await kring.open('/beheer/organisaties', {
      before: alsBeheerder,
      // The form below is first sent with a mistake on purpose: the API answers 400.
      expectedConsoleErrors: /status of 400/,
    });
    await page.getByRole('heading', { level: 1, name: 'Organisaties' }).waitFor();
    await expectNoAxeViolations(page);

    // An organisation first: staff belong to one.
    await page.getByLabel('Naam', { exact: true }).fill('Wijkteam Stein-Noord');
    await page.getByLabel('Soort organisatie').selectOption('wijkteam');
    await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Wijkteam Stein-Noord is toegevoegd.' })
      .waitFor();
    await page.getByRole('rowheader', { name: 'Wijkteam Stein-Noord' }).waitFor();
    await expectNoAxeViolations(page);

    // To the accounts, through the admin menu.
    await page
      .getByRole('navigation', { name: 'Beheer van accounts en inloggen' })
      .getByRole('link', { name: 'Accounts van medewerkers' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Accounts van medewerkers' }).waitFor();
    await page.getByRole('rowheader', { name: 'Sanne Bakker' }).waitFor();
    expect(await page.getByText('Ans Janssen').count(), 'no residents in the list').toBe(0);
    await expectNoAxeViolations(page);

    // A form with a mistake first: the error summary says what to fix.
    await page.getByLabel('Naam', { exact: true }).fill('Noor Aydin');
    await page.getByLabel('E-mailadres').fill('noor@wijkteam.example');
    await page.getByRole('checkbox', { name: 'Professional' }).check();
    await page.getByRole('button', { name: 'Account toevoegen' }).click();
    const fouten = page.getByRole('alert').filter({ hasText: 'Dit is nog niet goed' });
    await fouten.getByText('Kies een functie voor de professional.').waitFor();
    await fouten.getByText('Kies de organisatie waar deze medewerker werkt.').waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Functie (alleen voor een professional)').selectOption('wijkteam');
    await page
      .getByLabel('Organisatie', { exact: true })
      .selectOption({ label: 'Wijkteam Stein-Noord' });
    await page.getByRole('button', { name: 'Account toevoegen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Het account van Noor Aydin is toegevoegd.' })
      .waitFor();
    const rij = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Noor Aydin' }) });
    await rij.getByText('Professional, Wijkteam, Wijkteam Stein-Noord').waitFor();
    await expectNoAxeViolations(page);

    // Sanne Bakker is logged in somewhere else; turning her account off logs her out.
    const sanne = await inloggenAls(
      kring,
      await kring.browser.newContext(),
      'wijkteam@demo.example',
    );
    expect(await huidigeSessie(sanne.token)).toBe(200);
    await page.getByRole('button', { name: 'Account van Sanne Bakker uitzetten' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Het account van Sanne Bakker staat uit.' })
      .waitFor();
    expect(await huidigeSessie(sanne.token)).toBe(401);
    const sanneRij = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Sanne Bakker' }) });
    await sanneRij.getByText('Uitgezet').waitFor();
    await expectNoAxeViolations(page);

    // And on again, with the keyboard.
    await page.getByRole('button', { name: 'Account van Sanne Bakker aanzetten' }).focus();
    await page.keyboard.press('Enter');
    await sanneRij.getByText('Actief').waitFor();
  });

  it('changes the roles of an account', async () => {
    const page = await kring.open('/beheer/accounts', { before: alsBeheerder });
    await page.getByRole('button', { name: 'Rollen wijzigen van Tom Peters' }).click();
    const kop = page.getByRole('heading', { level: 2, name: 'Rollen van Tom Peters' });
    await kop.waitFor();
    expect(await kop.evaluate((el) => el === document.activeElement)).toBe(true);
    const formulier = page.locator('section').filter({ has: kop });
    await formulier.getByRole('checkbox', { name: 'Beleidsmedewerker' }).check();
    await formulier.getByRole('button', { name: 'Rollen opslaan' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'De rollen van Tom Peters zijn opgeslagen.' })
      .waitFor();
    const rij = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Tom Peters' }) });
    await rij.getByText('Beleidsmedewerker; Redacteur sociale kaart').waitFor();
    await expectNoAxeViolations(page);
  });

  it('lists and adds login services (OpenID Connect)', async () => {
    const page = await kring.open('/beheer/inlogdiensten', { before: alsBeheerder });
    await page.getByText('Er is nog geen inlogdienst.').waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Naam op de knop').fill('DigiD');
    await page.getByLabel('Korte naam').fill('digid');
    await page.getByLabel('Adres van de dienst (issuer)').fill('https://broker.example.nl');
    await page.getByLabel('Client-id').fill('stein');
    await page.getByLabel('Naam van de variabele met het geheim').fill('KRING_OIDC_DIGID_GEHEIM');
    await page.getByRole('button', { name: 'Inlogdienst toevoegen' }).click();
    await page.getByRole('status').filter({ hasText: 'DigiD is toegevoegd.' }).waitFor();
    const rij = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'DigiD' }) });
    await rij.getByText('KRING_OIDC_DIGID_GEHEIM ontbreekt op de server').waitFor();
    await rij.getByText(/\/api\/v1\/oidc-providers\/[0-9a-f-]{36}\/callback$/).waitFor();
    await expectNoAxeViolations(page);
    // The login page's list now has the button's provider.
    const lijst = await page.request.get('/api/v1/oidc-providers');
    expect(((await lijst.json()) as { providers: { naam: string }[] }).providers).toEqual([
      expect.objectContaining({ naam: 'DigiD', doelgroep: 'inwoners' }),
    ]);
  });

  it('says what is needed to someone who is not the admin', async () => {
    const page = await kring.open('/beheer/accounts', {
      before: (p) => inloggenAls(kring, p.context(), 'redacteur@demo.example'),
    });
    await page
      .getByText('Deze pagina is alleen voor de functioneel beheerder van de gemeente.')
      .waitFor();
    await expectNoAxeViolations(page);
  });

  it('every admin page fits a 360 px phone', async () => {
    const page = await kring.open('/beheer', { viewport: PHONE, before: alsBeheerder });
    for (const path of [
      '/beheer',
      '/beheer/accounts',
      '/beheer/organisaties',
      '/beheer/inlogdiensten',
    ]) {
      await gotoSettled(page, path);
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page);
    }
  });
});
