import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  gotoSettled,
  PHONE,
  useKring,
} from './harness.ts';

// The demo gemeente that `startKring({ demo: true })` creates (src/server/demo/seed-demo.ts).
const GEMEENTE = { code: 'GM0882', naam: 'Stein', telefoon: '046 123 45 67' };

const PAGES = [
  { path: '/', h1: 'Hulp vragen en hulp bieden', title: 'Hulp vragen en hulp bieden' },
  { path: '/werkplek', h1: 'Werkplek voor professionals', title: 'Werkplek voor professionals' },
  { path: '/beheer', h1: 'Beheer van Kring', title: 'Beheer' },
  { path: '/bestaat-niet', h1: 'Deze pagina bestaat niet', title: 'Pagina niet gevonden' },
] as const;

const h1 = (page: Page) => page.locator('main h1');

async function expectOneH1(page: Page, text: string): Promise<void> {
  // Pages other than the start page load their code on demand: wait until this one is there.
  await h1(page).filter({ hasText: text }).waitFor();
  expect(await page.locator('h1').count(), 'one h1 per page').toBe(1);
  expect((await h1(page).textContent())?.trim()).toBe(text);
}

/** Switch languages before the app starts, as a returning visitor who chose English. */
const inEnglish = (page: Page) =>
  page.addInitScript(() => window.localStorage.setItem('kring.taal', 'en'));

describe('start pages', () => {
  const kring = useKring();

  it('inwoner: explains Kring and shows the gemeente front door from the API', async () => {
    const page = await kring.open('/');
    await expectOneH1(page, 'Hulp vragen en hulp bieden');
    expect(await page.title()).toBe(`Hulp vragen en hulp bieden – Kring ${GEMEENTE.naam}`);
    expect(await page.getByRole('banner').textContent()).toContain(GEMEENTE.naam);
    await page.getByText(`Kring helpt inwoners van ${GEMEENTE.naam}`).waitFor();

    // The front door without a website: one tap to call or mail, address and walk-in hours.
    const phone = page.getByRole('main').getByRole('link', { name: GEMEENTE.telefoon });
    expect(await phone.getAttribute('href')).toBe('tel:0461234567');
    const mail = page.getByRole('main').getByRole('link', { name: 'loket@stein.example' });
    expect(await mail.getAttribute('href')).toBe('mailto:loket@stein.example');
    await page.getByText('Raadhuisplein 1, 6171 AA Stein').waitFor();
    await page.getByText('Maandag tot en met vrijdag').waitFor();

    await page.getByText('Dit is een demo-omgeving').waitFor();
    await expectNoAxeViolations(page);
  });

  it('werkplek: says what professionals do here and that it needs an account', async () => {
    const page = await kring.open('/werkplek');
    await expectOneH1(page, 'Werkplek voor professionals');
    expect(await page.title()).toBe(`Werkplek voor professionals – Kring ${GEMEENTE.naam}`);
    await page.getByText('U hebt een account nodig').waitFor();
    for (const task of ['keukentafelgesprek', 'plan', 'Matching', 'Verwijzen']) {
      await page.getByRole('listitem').filter({ hasText: task }).first().waitFor();
    }
    await expectNoAxeViolations(page);
  });

  it('beheer: shows the gemeente, live readiness in words and the API links', async () => {
    const page = await kring.open('/beheer');
    await expectOneH1(page, 'Beheer van Kring');
    expect(await page.title()).toBe(`Beheer – Kring ${GEMEENTE.naam}`);
    const main = page.getByRole('main');
    await main.getByText(GEMEENTE.code, { exact: true }).waitFor();
    await main.getByText(GEMEENTE.naam, { exact: true }).waitFor();
    await main.getByText('Demo-omgeving met verzonnen gegevens').waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: 'Kring werkt en is klaar voor gebruik.' })
      .waitFor();

    // Real server pages, loaded by the browser itself (not the app's router).
    const docs = main.getByRole('link', { name: 'API-documentatie' });
    expect(await docs.getAttribute('href')).toBe('/api/v1/docs');
    const openapi = main.getByRole('link', { name: 'OpenAPI-beschrijving (JSON)' });
    expect(await openapi.getAttribute('href')).toBe('/api/v1/openapi.json');
    const spec = await page.request.get('/api/v1/openapi.json');
    expect(spec.status()).toBe(200);
    expect((await spec.json()) as { openapi?: string }).toHaveProperty('openapi');

    await expectNoAxeViolations(page);
  });

  it('an unknown address gets a real not-found page with the way back', async () => {
    const page = await kring.open('/bestaat-niet');
    await expectOneH1(page, 'Deze pagina bestaat niet');
    expect(await page.title()).toBe(`Pagina niet gevonden – Kring ${GEMEENTE.naam}`);
    await page.getByRole('link', { name: 'Werkplek voor professionals' }).click();
    await page.waitForURL('**/werkplek');
    await expectOneH1(page, 'Werkplek voor professionals');
    await page.goto('/bestaat-niet');
    await h1(page).waitFor();
    await expectNoAxeViolations(page);
  });

  it('every link on the pages leads somewhere real', async () => {
    const page = await kring.open('/');
    const hrefs = new Set<string>();
    for (const { path } of PAGES) {
      await gotoSettled(page, path);
      for (const href of await page
        .locator('a[href]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
        hrefs.add(href);
      }
    }
    const appPaths = PAGES.filter((p) => p.path !== '/bestaat-niet').map((p) => p.path as string);
    for (const href of hrefs) {
      if (href.startsWith('tel:') || href.startsWith('mailto:') || href === '#main') continue;
      if (appPaths.includes(href)) continue; // visited above, each with its own h1
      if (href.startsWith('/beheer/')) continue; // admin pages, behind login: gebruikersbeheer.e2e.test.ts
      if (href === '/mijn-gegevens') continue; // behind login: mijn-gegevens.e2e.test.ts
      if (href === '/inloggen') continue; // the header's login link: aanmelden.e2e.test.ts
      if (href === '/sociale-kaart' || href === '/werkplek/sociale-kaart') continue; // sociale-kaart.e2e.test.ts
      // The start page's questions and the accessibility statement: voordeur.e2e.test.ts
      if (href === '#hulp-zoeken' || href.startsWith('/sociale-kaart?')) continue;
      if (href === '/toegankelijkheid') continue;
      // The front door's journeys: hulp-vragen, mijn-kring, hulp-bieden and loket-werk.e2e.test.ts
      if (['/hulp-vragen', '/hulp-bieden', '/mijn-kring', '/werkplek/loket'].includes(href))
        continue;
      if (href === '/werkplek/personen') continue; // the caseload: dossier.e2e.test.ts
      // The beheer menu's mantelzorg pages: mantelzorg-consulent and draaglast.e2e.test.ts
      if (
        ['/werkplek/mantelzorg/waarderingsrondes', '/werkplek/draaglast/instrument'].includes(href)
      )
        continue;
      expect(href, 'links stay on this Kring').toMatch(/^\/api\/v1\//);
      const response = await page.request.get(href);
      expect(response.status(), `GET ${href}`).toBe(200);
    }
  });

  it('the skip link is the first stop for the keyboard and moves focus to main', async () => {
    const page = await kring.open('/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(focused).toEqual({ text: 'Direct naar de inhoud', href: '#main' });
    // Visible while focused (WCAG 2.4.7), and still no contrast problems.
    const box = await page.getByRole('link', { name: 'Direct naar de inhoud' }).boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    await expectNoAxeViolations(page);

    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab continues inside the main content, past the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });

  it('the menu navigates within the app and puts focus on the new h1', async () => {
    const page = await kring.open('/');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await menu.getByRole('link', { name: 'Inwoners' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await menu.getByRole('link', { name: 'Beheer' }).click();
    await page.waitForURL('**/beheer');
    await expectOneH1(page, 'Beheer van Kring');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.title()).toBe(`Beheer – Kring ${GEMEENTE.naam}`);
    expect(await menu.getByRole('link', { name: 'Beheer' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(await menu.getByRole('link', { name: 'Inwoners' }).getAttribute('aria-current')).toBe(
      null,
    );
  });

  it('the axe scan finds a real problem, also after navigating and reloading', async () => {
    // The scan injects axe once per document; prove it still looks at the page as it is now.
    const page = await kring.open('/');
    await expectOneH1(page, 'Hulp vragen en hulp bieden');
    await expectNoAxeViolations(page);
    const imageWithoutAlt = () =>
      page.evaluate(() => {
        const img = document.createElement('img');
        img.src = '/favicon.svg';
        document.querySelector('main')?.append(img);
      });
    await imageWithoutAlt();
    await expect(expectNoAxeViolations(page)).rejects.toThrow(/image-alt/);
    // React leaves nodes it did not render alone, so take it away before moving on.
    await page.evaluate(() => document.querySelector('main img:not([alt])')?.remove());

    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Beheer' })
      .click();
    await expectOneH1(page, 'Beheer van Kring');
    await expectNoAxeViolations(page);

    await page.reload();
    await expectOneH1(page, 'Beheer van Kring');
    await imageWithoutAlt();
    await expect(expectNoAxeViolations(page)).rejects.toThrow(/image-alt/);
  });

  it('the language switch turns everything English, sets html lang and survives a reload', async () => {
    const page = await kring.open('/');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    const english = page.getByRole('button', { name: 'English' });
    expect(await english.getAttribute('aria-pressed')).toBe('false');
    await english.click();

    await page.getByRole('heading', { level: 1, name: 'Ask for help and offer help' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await english.getAttribute('aria-pressed')).toBe('true');
    expect(await page.title()).toBe(`Ask for help and offer help – Kring ${GEMEENTE.naam}`);
    await page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'Residents' })
      .waitFor();
    await page.getByRole('heading', { name: 'Would you rather call or visit?' }).waitFor();
    await page.getByText('This is a demo environment').waitFor();
    await expectNoAxeViolations(page);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Ask for help and offer help' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await gotoSettled(page, '/werkplek');
    await expectOneH1(page, 'Workspace for professionals');

    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Werkplek voor professionals' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
  });

  for (const language of ['nl', 'en'] as const) {
    it(`every page fits a 360 px phone without sideways scrolling (${language})`, async () => {
      const before = language === 'en' ? inEnglish : undefined;
      const page = await kring.open('/', { viewport: PHONE, before });
      for (const { path } of PAGES) {
        await gotoSettled(page, path);
        await expectNoHorizontalScroll(page);
        await expectNoAxeViolations(page);
      }
    });
  }

  it('shows a friendly message, not a crash, when the gemeente cannot be fetched', async () => {
    const page = await kring.open('/', {
      expectedConsoleErrors: /status of 500/,
      before: (p) =>
        p.route('**/api/v1/gemeente', (route) =>
          route.fulfill({
            status: 500,
            contentType: 'application/problem+json',
            body: JSON.stringify({ title: 'Interne fout', status: 500 }),
          }),
        ),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'Dit lukt nu niet' });
    await alert.waitFor();
    await expectNoAxeViolations(page);

    // When the server is back, "Probeer opnieuw" fetches again and the contact details appear.
    await page.unroute('**/api/v1/gemeente');
    await page.getByRole('button', { name: 'Probeer opnieuw' }).click();
    await page.getByRole('main').getByRole('link', { name: GEMEENTE.telefoon }).waitFor();
    await alert.waitFor({ state: 'detached' });
  });

  it('says in words that Kring is not ready when /ready answers 503', async () => {
    const page = await kring.open('/beheer', {
      expectedConsoleErrors: /status of 503/,
      before: (p) =>
        p.route('**/api/v1/ready', (route) =>
          route.fulfill({
            status: 503,
            contentType: 'application/problem+json',
            body: JSON.stringify({
              title: 'Niet klaar',
              detail: 'De database is niet bereikbaar.',
              status: 503,
            }),
          }),
        ),
    });
    await page
      .getByRole('status')
      .filter({ hasText: 'Kring is nu niet klaar voor gebruik.' })
      .waitFor();
    await page.getByText('Melding van de server: De database is niet bereikbaar.').waitFor();
    await expectNoAxeViolations(page);
  });

  it('announces loading to screen readers while the data is on its way', async () => {
    const page = await kring.open('/werkplek');
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/v1/gemeente', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/');
    await page
      .getByRole('status')
      .filter({ hasText: 'Even geduld. De gegevens worden geladen.' })
      .waitFor();
    release();
    await page.getByRole('main').getByRole('link', { name: GEMEENTE.telefoon }).waitFor();
  });
});
