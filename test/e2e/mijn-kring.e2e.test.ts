import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  gotoSettled,
  useKring,
} from './harness.ts';
import { inloggenAls } from './inloggen-als.ts';

/**
 * Mijn Kring (issue 5), in Chromium with axe on every page:
 * (3) the coordinator proposes Bram's offer for Ans's request; Bram accepts, then Ans, and
 *     both see each other's name, phone and e-mail, and write in a message thread;
 * and the rest of the page: requests with their status in words, withdraw, offers, the links
 * to the privacy pages, and deleting one's account.
 */

const SMAL = { width: 320, height: 640 } as const;
const LANG = { timeout: 180_000 };

describe('mijn kring', () => {
  const kring = useKring();

  /** An API client acting as a demo account (a server-side session, as the browser has). */
  async function apiAls(email: string) {
    const { services } = kring.kring;
    const account = await services.accounts.findByEmail(email);
    const gemeente = await services.gemeenten.ref('GM0882');
    const sessie = await services.sessies.start(gemeente.id, account!.id, 'wachtwoord', true);
    return async <T = unknown>(method: string, path: string, body?: unknown) => {
      const r = await fetch(`${kring.url}/api/v1${path}`, {
        method,
        headers: {
          cookie: `kring-sessie=${sessie.token}`,
          'x-csrf-token': sessie.csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const tekst = await r.text();
      return { status: r.status, data: (tekst ? JSON.parse(tekst) : undefined) as T };
    };
  }

  /** Ans sends a request for help with shopping, as the form would. */
  async function ansVraagtHulp(): Promise<string> {
    const ans = await apiAls('inwoner@demo.example');
    const concept = await ans<{ id: string }>('POST', '/mijn/hulpvragen', {
      antwoorden: {
        voorWie: 'mijzelf',
        categorieen: ['boodschappen'],
        hoeVaak: 'elke-week',
        tijdvakken: ['MO-ochtend', 'WE-ochtend'],
        postcode: '6171 AA',
        urgentie: 'kan-wachten',
        zorgen: false,
      },
      contact: { telefoonnummer: '06 11 22 33 44', eMailadres: 'inwoner@demo.example' },
    });
    expect(concept.status).toBe(201);
    const verzonden = await ans<{ status: string; routering: { route: string } }>(
      'POST',
      `/mijn/hulpvragen/${concept.data.id}/verzending`,
      { toestemming: true },
    );
    expect(verzonden.status).toBe(200);
    expect(verzonden.data.routering.route).toBe('vrijwilligers');
    return concept.data.id;
  }

  async function opPagina(page: Page, kop: string | RegExp): Promise<void> {
    await page.getByRole('heading', { level: 1, name: kop }).waitFor();
    await page
      .locator('.kring-skeleton, [aria-busy="true"]')
      .first()
      .waitFor({ state: 'detached' });
  }

  it(
    '(3) Bram and then Ans accept a proposed match; both see the other’s contact details and write to each other',
    LANG,
    async () => {
      const hulpvraagId = await ansVraagtHulp();
      const coordinator = await apiAls('coordinator@demo.example');
      expect(
        (await coordinator('POST', `/loket/hulpvragen/${hulpvraagId}/behandeling`)).status,
      ).toBe(200);
      expect(
        (
          await coordinator('POST', `/loket/hulpvragen/${hulpvraagId}/beoordeling`, {
            besluit: 'naar-matching',
          })
        ).status,
      ).toBe(200);
      const kandidaten = await coordinator<{ kandidaten: { aanbodId: string; naam: string }[] }>(
        'GET',
        `/loket/hulpvragen/${hulpvraagId}/kandidaten`,
      );
      const bram = kandidaten.data.kandidaten.find((k) => k.naam === 'Bram de Vries');
      expect(bram).toBeDefined();
      const voorstel = await coordinator('POST', '/loket/koppelingen', {
        hulpvraagId,
        aanbodId: bram!.aanbodId,
        toelichting: 'Bram woont vlakbij en doet graag boodschappen op maandag.',
      });
      expect(voorstel.status).toBe(201);

      // Bram, the volunteer, gets the proposal first.
      const bramPagina = await kring.open('/mijn-kring', {
        viewport: SMAL,
        before: (p) => inloggenAls(kring, p.context(), 'vrijwilliger@demo.example'),
      });
      await opPagina(bramPagina, 'Mijn Kring');
      const bramKaart = bramPagina
        .getByRole('article')
        .filter({ hasText: 'Voorstel: iemand helpen met Boodschappen doen' });
      await bramKaart
        .getByText('Bram woont vlakbij en doet graag boodschappen op maandag.')
        .waitFor();
      // Before both said yes, no contact details.
      expect(await bramKaart.textContent()).not.toContain('06 11 22 33 44');
      await expectNoAxeViolations(bramPagina);
      await expectNoHorizontalScroll(bramPagina);

      // A no needs a reason: the form says so at the field and in the summary.
      await bramKaart.getByLabel('Nee, liever niet').check();
      await bramKaart.getByRole('button', { name: 'Antwoord versturen' }).click();
      const samenvatting = bramKaart.locator('.kring-error-summary');
      await samenvatting
        .getByRole('link', {
          name: 'Schrijf kort waarom niet. Dan zoeken we iemand die beter past.',
        })
        .waitFor();
      expect(await samenvatting.evaluate((el) => el === document.activeElement)).toBe(true);
      await expectNoAxeViolations(bramPagina);
      await bramKaart.getByLabel('Ja, dat wil ik').check();
      await bramKaart.getByRole('button', { name: 'Antwoord versturen' }).click();
      await bramPagina.getByRole('status').filter({ hasText: 'U hebt ja gezegd.' }).waitFor();
      await bramKaart.getByText('We wachten op het antwoord van de inwoner.').waitFor();

      // Then Ans, the resident.
      const ansPagina = await kring.open('/mijn-kring', {
        before: (p) => inloggenAls(kring, p.context(), 'inwoner@demo.example'),
      });
      await opPagina(ansPagina, 'Mijn Kring');
      const vraag = ansPagina
        .getByRole('article')
        .filter({ hasText: 'Uw vraag over Boodschappen doen' });
      await vraag
        .getByText('We zoeken een vrijwilliger die bij u past.', { exact: false })
        .first()
        .waitFor();
      const ansKaart = ansPagina
        .getByRole('article')
        .filter({ hasText: 'Voorstel: hulp bij Boodschappen doen' });
      await ansKaart.getByText('Bram wil u graag helpen.').waitFor();
      expect(await ansKaart.textContent()).not.toContain('06 12 34 56 78');
      await expectNoAxeViolations(ansPagina);
      await ansKaart.getByLabel('Ja, dat wil ik').check();
      await ansKaart.getByRole('button', { name: 'Antwoord versturen' }).click();

      // Both said yes: each sees the other's name, phone and e-mail.
      await ansKaart.getByRole('heading', { name: 'Contactgegevens' }).waitFor();
      await ansKaart.getByText('Bram de Vries').first().waitFor();
      expect(
        await ansKaart.getByRole('link', { name: '06 12 34 56 78' }).getAttribute('href'),
      ).toBe('tel:0612345678');
      await ansKaart.getByRole('link', { name: 'vrijwilliger@demo.example' }).waitFor();
      await expectNoAxeViolations(ansPagina);

      await gotoSettled(bramPagina, '/mijn-kring');
      await opPagina(bramPagina, 'Mijn Kring');
      const bramContact = bramPagina
        .getByRole('article')
        .filter({ hasText: 'Voorstel: iemand helpen met Boodschappen doen' });
      await bramContact.getByText('Ans Janssen').first().waitFor();
      await bramContact.getByRole('link', { name: '06 11 22 33 44' }).waitFor();
      await expectNoAxeViolations(bramPagina);

      // A message thread: Ans writes, Bram reads it.
      await ansKaart.getByRole('button', { name: 'Stuur Bram de Vries een bericht' }).click();
      await opPagina(ansPagina, 'Berichten met Bram de Vries');
      await expectNoAxeViolations(ansPagina);
      await ansPagina.getByRole('button', { name: 'Bericht versturen' }).click();
      await ansPagina.locator('.kring-error-summary').getByText('Schrijf een bericht.').waitFor();
      await ansPagina
        .getByLabel('Uw bericht')
        .fill('Hallo Bram, maandag om tien uur past mij goed.');
      await ansPagina.getByRole('button', { name: 'Bericht versturen' }).click();
      await ansPagina.getByRole('status').filter({ hasText: 'Uw bericht is verstuurd.' }).waitFor();
      await ansPagina.getByText('Hallo Bram, maandag om tien uur past mij goed.').waitFor();
      await expectNoAxeViolations(ansPagina);

      await gotoSettled(bramPagina, '/mijn-kring');
      const gesprek = bramPagina.getByRole('link', { name: 'Gesprek met Ans Janssen' });
      await gesprek.waitFor();
      await bramPagina.getByText('(1 nieuw bericht)').waitFor();
      await gesprek.click();
      await opPagina(bramPagina, 'Berichten met Ans Janssen');
      await bramPagina.getByText('Hallo Bram, maandag om tien uur past mij goed.').waitFor();
      await expectNoAxeViolations(bramPagina);
      await expectNoHorizontalScroll(bramPagina);
    },
  );

  it(
    'shows requests in words, withdraws one, shows offers and the privacy links',
    LANG,
    async () => {
      await ansVraagtHulp();
      const page = await kring.open('/mijn-kring', {
        viewport: SMAL,
        before: (p) => inloggenAls(kring, p.context(), 'inwoner@demo.example'),
      });
      await opPagina(page, 'Mijn Kring');
      const main = page.getByRole('main');
      const kaart = main
        .getByRole('article')
        .filter({ hasText: 'Uw vraag over Boodschappen doen' })
        .filter({ hasText: 'Verstuurd' })
        .first();
      await kaart.getByText('Uw vraag is naar Vrijwilligerscentrale Stein gegaan.').waitFor();
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);

      await kaart.getByRole('button', { name: 'Vraag intrekken' }).click();
      const vraag = kaart.getByText('Wilt u deze vraag echt intrekken?', { exact: false });
      await vraag.waitFor();
      expect(await vraag.evaluate((el) => el === document.activeElement)).toBe(true);
      await expectNoAxeViolations(page);
      await kaart.getByRole('button', { name: 'Ja, intrekken' }).click();
      await page.getByRole('status').filter({ hasText: 'Uw vraag is ingetrokken.' }).waitFor();

      // Bram's offer, read-only, with a link to change it; and the way to offer help.
      const bram = await kring.open('/mijn-kring', {
        before: (p) => inloggenAls(kring, p.context(), 'vrijwilliger@demo.example'),
      });
      await opPagina(bram, 'Mijn Kring');
      const aanbod = bram.getByRole('article').filter({ hasText: 'Uw aanmelding van' });
      await aanbod.getByText('Goedgekeurd').waitFor();
      await aanbod.getByText('Rond 6171 AB, tot 5 km').waitFor();
      expect(await aanbod.getByRole('link', { name: /^Wijzigen/ }).getAttribute('href')).toMatch(
        /^\/mijn-kring\/aanbod\/[0-9a-f-]{36}$/,
      );
      expect(
        await bram
          .getByRole('link', { name: 'Ik wil iets doen voor een ander' })
          .getAttribute('href'),
      ).toBe('/hulp-bieden');
      for (const [naam, href] of [
        ['Toestemmingen geven of intrekken', '/mijn-gegevens/toestemmingen'],
        ['Wie heeft mijn gegevens bekeken', '/mijn-gegevens/wie-heeft-gekeken'],
        ['Al mijn gegevens bekijken of downloaden', '/mijn-gegevens'],
      ] as const) {
        expect(await bram.getByRole('link', { name: naam }).getAttribute('href')).toBe(href);
      }
      await expectNoAxeViolations(bram);
    },
  );

  it('a resident makes an account, then deletes it', LANG, async () => {
    const page = await kring.open('/mijn-kring', {
      // The two refusals below are the server's answers, on purpose.
      expectedConsoleErrors: /status of (400 \(Bad Request\)|409 \(Conflict\))/,
    });
    await opPagina(page, 'Mijn Kring');
    await page.getByText('Log in om Mijn Kring te zien.', { exact: false }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Account maken' }).click();
    await opPagina(page, 'Account maken');
    expect(new URL(page.url()).search).toBe('?terug=%2Fmijn-kring');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Account maken' }).click();
    const samenvatting = page.locator('.kring-error-summary');
    await samenvatting.getByText('Vul uw naam in.').waitFor();
    expect(await samenvatting.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoAxeViolations(page);
    // The server's reasons: an address that has an account, a password it turns down.
    await page.getByLabel('Uw naam').fill('Piet Peters');
    await page.getByLabel('E-mailadres').fill('inwoner@demo.example');
    await page.getByLabel('Kies een wachtwoord').fill('een lange zin als wachtwoord');
    await page.getByRole('button', { name: 'Account maken' }).click();
    await samenvatting
      .getByText('Er is al een account met dit e-mailadres. Log in met dat account.')
      .waitFor();
    expect(
      await page.getByRole('link', { name: 'Inloggen met dit e-mailadres' }).getAttribute('href'),
    ).toBe('/inloggen?terug=%2Fmijn-kring');
    await page.getByLabel('E-mailadres').fill('piet@example.nl');
    await page.getByLabel('Kies een wachtwoord').fill('piet fietst graag naar zee');
    await page.getByRole('button', { name: 'Account maken' }).click();
    await samenvatting.getByText('Gebruik uw e-mailadres niet in uw wachtwoord.').waitFor();
    expect(await page.getByLabel('Kies een wachtwoord').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);
    await page.getByLabel('Kies een wachtwoord').fill('een lange zin als wachtwoord');
    await page.getByRole('button', { name: 'Account maken' }).click();
    await opPagina(page, 'Mijn Kring');
    await page.getByText('Welkom, Piet Peters.', { exact: false }).waitFor();
    await page.getByText('U hebt nog geen vragen.').waitFor();

    await page.getByRole('link', { name: 'Mijn account verwijderen' }).click();
    await opPagina(page, 'Account verwijderen');
    await page.getByRole('heading', { name: 'Dit verwijderen we meteen' }).waitFor();
    await page.getByRole('heading', { name: 'Dit moeten we nog een tijd bewaren' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Mijn account verwijderen' }).click();
    await samenvatting.getByText('Zet een vinkje als u het zeker weet.').waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Ik begrijp dat mijn account weg is.', { exact: false }).check();
    await page.getByRole('button', { name: 'Mijn account verwijderen' }).click();
    await opPagina(page, 'Uw account is verwijderd');
    await page.getByRole('banner').getByRole('link', { name: 'Inloggen' }).waitFor();
    await expectNoAxeViolations(page);

    // The account is gone: logging in with it fails.
    const inloggen = await page.request.post('/api/v1/sessies', {
      data: { email: 'piet@example.nl', wachtwoord: 'een lange zin als wachtwoord' },
    });
    expect(inloggen.status()).toBe(401);
  });
});
