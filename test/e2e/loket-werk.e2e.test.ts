import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, gotoSettled, useKring, waitForLoaded } from './harness.ts';
import { inloggenAls } from './inloggen-als.ts';

// The staff side of the front door (issue 5): the coordinator's and the wijkteam's queue,
// new volunteers, matches; and the functioneel beheerder's routing rules. Demo gemeente Stein
// (src/server/demo/seed-demo.ts, loket-demo.ts): Bram de Vries is an approved volunteer.
const LANG = { timeout: 180_000 };

/** A JSON call to the API in this browser context's session, with its CSRF token. */
async function api<T>(page: Page, method: string, pad: string, body?: unknown): Promise<T> {
  const aanmelding = await page.request.get('/api/v1/aanmelding');
  const { sessie } = (await aanmelding.json()) as { sessie: { csrfToken: string } | null };
  const antwoord = await page.request.fetch(`/api/v1${pad}`, {
    method,
    headers: sessie ? { 'X-CSRF-Token': sessie.csrfToken } : {},
    ...(body === undefined ? {} : { data: body }),
  });
  expect(antwoord.ok(), `${method} ${pad}: ${antwoord.status()} ${await antwoord.text()}`).toBe(
    true,
  );
  return (await antwoord.json()) as T;
}

/** Ans Janssen sends a help request through the API, as the guided form would. */
async function stuurHulpvraag(
  e2e: ReturnType<typeof useKring>,
  categorieen: string[],
): Promise<string> {
  const page = await e2e.open('/');
  await inloggenAls(e2e, page.context(), 'inwoner@demo.example');
  const concept = await api<{ id: string }>(page, 'POST', '/mijn/hulpvragen', {
    antwoorden: {
      categorieen,
      postcode: '6171 AB',
      tijdvakken: ['MO-ochtend'],
      hoeVaak: 'elke-week',
      urgentie: 'kan-wachten',
      voorWie: 'mijzelf',
      zorgen: false,
    },
  });
  await api(page, 'POST', `/mijn/hulpvragen/${concept.id}/verzending`, { toestemming: true });
  return concept.id;
}

/** A staff page is there: its h1, its data loaded, and axe finds nothing. */
async function pagina(page: Page, kop: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: kop }).waitFor();
  await waitForLoaded(page);
  await expectNoAxeViolations(page);
}

describe('the front door for the coordinator and the wijkteam', () => {
  const kring = useKring();

  it(
    'the coordinator picks up a request, marks it ready, sees Bram fit and proposes him',
    LANG,
    async () => {
      const id = await stuurHulpvraag(kring, ['boodschappen']);
      const page = await kring.open('/');
      await inloggenAls(kring, page.context(), 'coordinator@demo.example');
      await gotoSettled(page, '/werkplek');
      await page.getByRole('link', { name: 'Naar het loket' }).click();
      await pagina(page, 'Hulpvragen van inwoners');
      const rij = page.getByRole('row').filter({
        has: page.locator(`a[href="/werkplek/loket/hulpvragen/${id}"]`),
      });
      await rij.getByRole('cell', { name: 'Boodschappen doen' }).waitFor();
      await rij.getByRole('cell', { name: 'Huishouden' }).waitFor();
      await rij.getByRole('cell', { name: 'Nog niemand' }).waitFor();
      await rij.getByRole('cell', { name: 'Vrijwilligers' }).waitFor();

      // The filter: the wijkteam's requests do not include this one.
      await page.getByLabel('Route', { exact: true }).selectOption('wijkteam');
      await page.getByRole('button', { name: 'Tonen' }).click();
      await page.getByRole('heading', { level: 2, name: /^Wijkteam:/ }).waitFor();
      await waitForLoaded(page);
      expect(await page.locator(`a[href="/werkplek/loket/hulpvragen/${id}"]`).count()).toBe(0);
      expect(new URL(page.url()).search).toBe('?route=wijkteam');
      await page.getByLabel('Route', { exact: true }).selectOption('vrijwilligers');
      await page.getByRole('button', { name: 'Tonen' }).click();
      await page.locator(`a[href="/werkplek/loket/hulpvragen/${id}"]`).click();

      await pagina(page, 'Hulpvraag van Ans Janssen');
      const main = page.getByRole('main');
      await main.getByText('Een eenvoudige vraag: een vrijwilliger kan helpen.').waitFor();
      await main.getByText('maandag: ochtend').waitFor();
      await main.getByRole('heading', { name: 'Het verhaal van de inwoner' }).waitFor();
      await main.getByRole('heading', { name: 'Contactgegevens' }).waitFor();

      await page.getByRole('button', { name: 'Ik pak dit op' }).click();
      await page.getByRole('status').getByText('U hebt deze hulpvraag opgepakt.').waitFor();
      await main.getByText('Marieke Hermans').first().waitFor();
      await expectNoAxeViolations(page);

      await page.getByLabel('Notitie').fill('Gebeld: boodschappen op maandagochtend.');
      await page.getByRole('button', { name: 'Klaar voor koppelen' }).click();
      await page
        .getByRole('status')
        .getByText(/klaar voor koppelen/)
        .waitFor();
      await page
        .getByRole('heading', { level: 2, name: 'Vrijwilligers die kunnen helpen' })
        .waitFor();
      await waitForLoaded(page);

      // Bram fits, with the reasons in words (the demo pool has other fitting volunteers too:
      // the fitting ones come first).
      const bram = page.getByRole('radio', { name: 'Bram de Vries: past bij de vraag' });
      await bram.waitFor();
      const namen = await page
        .getByRole('radio')
        .evaluateAll((r) =>
          r.map((e) => document.querySelector(`label[for="${e.id}"]`)?.textContent ?? ''),
        );
      const eersteNiet = namen.findIndex((n) => !n.includes('past bij de vraag'));
      const bramPlek = namen.findIndex((n) => n.startsWith('Bram de Vries'));
      expect(bramPlek).toBeGreaterThanOrEqual(0);
      if (eersteNiet >= 0) expect(bramPlek).toBeLessThan(eersteNiet);
      const uitleg = page.locator(`#${await bram.getAttribute('aria-describedby')}`);
      expect(await uitleg.textContent()).toMatch(/km bij de inwoner vandaan/);
      expect(await uitleg.textContent()).toContain('Helpt graag met: Boodschappen doen');
      expect(await uitleg.textContent()).toContain('Kan op 1 van de gevraagde dagdelen');
      await expectNoAxeViolations(page);

      // Without a choice the summary names it; choosing fills in a first explanation.
      await page.getByRole('button', { name: 'Stel deze vrijwilliger voor' }).click();
      await page.locator('.kring-error-summary').getByText('Kies een vrijwilliger.').waitFor();
      await bram.check();
      const toelichting = page.getByLabel('Uitleg voor de vrijwilliger en de inwoner');
      expect(await toelichting.inputValue()).toContain('Het gaat om: boodschappen doen.');
      await toelichting.fill('Jullie wonen dichtbij elkaar en kunnen allebei op maandagochtend.');
      await page.getByRole('button', { name: 'Stel deze vrijwilliger voor' }).click();
      await page.getByRole('status').getByText('U hebt Bram de Vries voorgesteld.').waitFor();
      await main
        .getByText(/^Bram de Vries: Voorgesteld aan de vrijwilliger\. Wacht op: De vrijwilliger\./)
        .waitFor();
      await expectNoAxeViolations(page);

      await page.getByRole('link', { name: 'Terug naar de hulpvragen' }).click();
      await pagina(page, 'Hulpvragen van inwoners');
      await page.getByRole('link', { name: 'Koppelingen' }).click();
      await pagina(page, 'Koppelingen');
      const koppeling = page.getByRole('row').filter({ hasText: 'Bram de Vries' });
      await koppeling.getByRole('cell', { name: 'Voorgesteld aan de vrijwilliger' }).waitFor();
      await koppeling.getByRole('cell', { name: 'De vrijwilliger', exact: true }).waitFor();
    },
  );

  it(
    'a request touching three life domains is for the wijkteam: next, the keukentafelgesprek',
    LANG,
    async () => {
      const id = await stuurHulpvraag(kring, ['boodschappen', 'vervoer', 'gezelschap']);
      const page = await kring.open('/');
      await inloggenAls(kring, page.context(), 'wijkteam@demo.example');
      await gotoSettled(page, '/werkplek/loket?route=wijkteam');
      await pagina(page, 'Hulpvragen van inwoners');
      await page.locator(`a[href="/werkplek/loket/hulpvragen/${id}"]`).click();
      await pagina(page, 'Hulpvraag van Ans Janssen');
      const main = page.getByRole('main');
      await main.getByText('De vraag gaat over meer levensdomeinen.').waitFor();
      await main.getByText('Huishouden, Vervoer, Contact met anderen').first().waitFor();
      await main.getByRole('heading', { name: 'Volgende stap: het keukentafelgesprek' }).waitFor();
      // No matching on this route: that is for after the conversation.
      expect(await page.getByRole('button', { name: 'Klaar voor koppelen' }).count()).toBe(0);
    },
  );

  it(
    'approval without the VOG a category needs is refused, and the summary says why',
    LANG,
    async () => {
      const fatma = await kring.open('/');
      // The refusal is a 400 answer: Chromium logs every failed request.
      await inloggenAls(kring, fatma.context(), 'mantelzorger@demo.example');
      const aanbod = await api<{ id: string }>(fatma, 'POST', '/mijn/hulpaanbod', {
        categorieen: ['gezelschap', 'wandelen'],
        postcode: '6171 AA',
        straalKm: 3,
        tijdvakken: ['TU-middag'],
        urenPerWeek: 2,
        talen: ['nl'],
        soort: 'regelmatig',
        vogStatus: 'geen',
        contact: { telefoonnummer: '06 55443322' },
        toestemming: true,
      });

      const page = await kring.open('/', { expectedConsoleErrors: /status of 400/ });
      await inloggenAls(kring, page.context(), 'coordinator@demo.example');
      await gotoSettled(page, '/werkplek/loket/aanmeldingen');
      await pagina(page, 'Nieuwe vrijwilligers');
      const rij = page.getByRole('row').filter({ hasText: 'Fatma Yilmaz' });
      await rij.getByRole('cell', { name: 'Nodig, maar ontbreekt' }).waitFor();
      await rij.getByRole('link', { name: 'Fatma Yilmaz' }).click();
      await pagina(page, 'Aanmelding van Fatma Yilmaz');
      expect(new URL(page.url()).pathname).toBe(`/werkplek/loket/aanmeldingen/${aanbod.id}`);
      await page.getByText('De vrijwilliger heeft nog geen geldige VOG.').waitFor();

      // Turning down needs a reason: named before anything is sent.
      await page.getByRole('radio', { name: 'Niet goedkeuren' }).check();
      await page.getByRole('button', { name: 'Besluit opslaan' }).click();
      const samenvatting = page.locator('.kring-error-summary');
      await samenvatting.getByText('Schrijf waarom u de vrijwilliger niet goedkeurt.').waitFor();

      // Approving without a VOG: the server refuses, the summary says what is needed.
      await page.getByRole('radio', { name: 'Goedkeuren', exact: true }).check();
      await page.getByLabel('Notities van het kennismakingsgesprek').fill('Kennismaking gehad.');
      await page.getByRole('button', { name: 'Besluit opslaan' }).click();
      const vog = samenvatting.getByRole('link', {
        name: /U kunt Fatma Yilmaz niet goedkeuren zonder geldige VOG\. Die is nodig voor: Op bezoek gaan voor een praatje\./,
      });
      await vog.waitFor();
      expect(await samenvatting.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      await expectNoAxeViolations(page);
      await vog.click();
      expect(
        await page
          .getByRole('radio', { name: 'Geen VOG' })
          .evaluate((el) => el === document.activeElement),
      ).toBe(true);
      const na = await api<{ aanbod: { status: string }[] }>(fatma, 'GET', '/mijn/hulpaanbod');
      expect(na.aanbod[0]?.status).toBe('aangemeld');
    },
  );

  it(
    'the functioneel beheerder changes the routing rules; the categories follow',
    LANG,
    async () => {
      const page = await kring.open('/');
      await inloggenAls(kring, page.context(), 'beheer@demo.example');
      await gotoSettled(page, '/beheer');
      await page.getByRole('link', { name: 'Regels van het loket instellen' }).click();
      await pagina(page, 'Regels van het loket');
      expect(
        await page
          .getByLabel('Organisatie voor vrijwilligers')
          .locator('option:checked')
          .textContent(),
      ).toBe('Vrijwilligerscentrale Stein');
      const tuinVog = page.getByRole('checkbox', { name: 'Werk in de tuin: VOG nodig' });
      expect(await tuinVog.isChecked()).toBe(false);

      const dagen = page.getByLabel('Vrijwilligers (1 tot en met 30 werkdagen)');
      await dagen.fill('0');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      const samenvatting = page.locator('.kring-error-summary');
      await samenvatting
        .getByRole('link', {
          name: 'Vul voor de vrijwilligers een heel getal in van 1 tot en met 30.',
        })
        .click();
      expect(await dagen.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await dagen.getAttribute('aria-invalid')).toBe('true');
      await expectNoAxeViolations(page);

      await dagen.fill('7');
      await tuinVog.check();
      await page.getByLabel('Vanaf hoeveel levensdomeinen?').selectOption('3');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await page.getByRole('status').getByText('De regels zijn opgeslagen.').waitFor();
      await expectNoAxeViolations(page);

      await gotoSettled(page, '/beheer/loketregels');
      expect(await page.getByLabel('Vrijwilligers (1 tot en met 30 werkdagen)').inputValue()).toBe(
        '7',
      );
      expect(await page.getByLabel('Vanaf hoeveel levensdomeinen?').inputValue()).toBe('3');
      const openbaar = await page.request.get('/api/v1/hulpcategorieen');
      const { categorieen } = (await openbaar.json()) as {
        categorieen: { code: string; vogVerplicht: boolean }[];
      };
      expect(categorieen.find((c) => c.code === 'tuin')?.vogVerplicht).toBe(true);
    },
  );

  it('a resident gets no staff pages: the page says so in words', async () => {
    const page = await kring.open('/');
    await inloggenAls(kring, page.context(), 'inwoner@demo.example');
    await gotoSettled(page, '/werkplek/loket');
    await page.getByText('U hebt geen toegang tot deze pagina.').waitFor();
    await expectNoAxeViolations(page);
  });
});
