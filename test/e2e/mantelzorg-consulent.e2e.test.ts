import { describe, expect, it } from 'vitest';
import { api, lokaleDatum } from './api-van-pagina.ts';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  gotoSettled,
  PHONE,
  paginaKlaar,
  useKring,
  waitForLoaded,
} from './harness.ts';
import { inloggenAls } from './inloggen-als.ts';

/**
 * Mantelzorg (issue 9), the mantelzorgconsulent's pages in Chromium, with axe on every page
 * state. Lotte Smeets (mantelzorgconsulent@demo.example, Steunpunt Mantelzorg) registers a
 * young carer at the desk and sets up next year's waardering in the form; three residents
 * register their care and apply (through the API, as the portal would); Fatma Yilmaz and
 * Bram de Vries care for the same person and the bye-law allows one waardering per person:
 * Lotte grants Fatma's, sees the rule refuse a grant for Bram and refuses his with a reason,
 * downloads the payment CSV (Fatma's row only) and reads the figures. The functioneel
 * beheerder opens the same campaign with the steunpunt chosen from the organisations.
 */

const LANG = { timeout: 240_000 };
const JAAR = new Date().getFullYear() + 1;

const zorg = (naam: string, email: string) => ({
  zorgvrager: { naam, eMailadres: email, woontInGemeente: true },
  relatie: 'ouder',
  watIkDoe: 'Boodschappen en mee naar de dokter.',
  urenPerWeek: 12,
  sinds: '2022-01-01',
  samenwonend: false,
  anderenBetrokken: '',
  ikWoonInGemeente: true,
  geboortedatum: '1975-05-05',
  toestemming: true,
});

describe('Mantelzorg: the consulent registers, sets up the waardering and assesses', () => {
  const kring = useKring();

  /** A resident registers care for someone and applies for the open campaign. */
  async function zorgtEnVraagtAan(email: string, zorgvrager: string, zorgvragerEmail: string) {
    const page = await kring.open('/');
    await inloggenAls(kring, page.context(), email);
    const relatie = await api(page, 'POST', '/mijn/mantelzorg', zorg(zorgvrager, zorgvragerEmail));
    expect(relatie.status, relatie.text).toBe(201);
    const mijn = JSON.parse((await api(page, 'GET', '/mijn/mantelzorg')).text);
    const ronde = mijn.openRondes.find((r: { jaar: number }) => r.jaar === JAAR);
    expect(ronde).toBeDefined();
    const aanvraag = await api(page, 'POST', '/mijn/mantelzorg/aanvragen', {
      rondeId: ronde.id,
      relatieId: JSON.parse(relatie.text).id,
      toestemming: true,
    });
    expect(aanvraag.status, aanvraag.text).toBe(201);
    await page.context().close();
  }

  it(
    'registers a carer, creates next year’s campaign, grants one, refuses another, exports and counts',
    LANG,
    async () => {
      const page = await kring.open('/', { expectedConsoleErrors: /status of 409/ });
      await inloggenAls(kring, page.context(), 'mantelzorgconsulent@demo.example');
      await gotoSettled(page, '/werkplek');
      await page.getByRole('link', { name: 'Naar mantelzorg' }).click();
      await paginaKlaar(page, 'Mantelzorg');

      // ---- A young carer at the desk ----
      const form = page.getByRole('form', { name: 'Mantelzorger aanmelden' });
      await form.getByRole('button', { name: 'Mantelzorger aanmelden' }).click();
      await page.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
      await expectNoAxeViolations(page);
      await form.getByLabel('Voornaam').fill('Sem');
      await form.getByLabel('Achternaam').fill('Bakker');
      await form.getByLabel('Telefoonnummer (niet verplicht)').fill('06 12345678');
      await form.getByLabel('E-mailadres (niet verplicht)', { exact: true }).fill('sem@example.nl');
      await form.getByLabel('Geboortedatum (niet verplicht)').fill('2010-06-01');
      await form.getByLabel('Naam van de persoon voor wie gezorgd wordt').fill('Ria Bakker');
      await form.getByLabel('E-mailadres van die persoon (niet verplicht)').fill('ria@example.nl');
      await form
        .getByRole('group', { name: 'Woont die persoon in de gemeente?' })
        .getByLabel('Ja')
        .check();
      await form.getByLabel('Wie is die persoon voor de mantelzorger?').selectOption('ouder');
      await form.getByLabel('Wat doet de mantelzorger? (niet verplicht)').fill('Helpt met koken.');
      await form.getByLabel('Hoeveel uur per week ongeveer?').fill('10');
      await form.getByLabel('Sinds wanneer zorgt deze persoon?').fill('2024-01-01');
      await form.getByRole('group', { name: 'Wonen ze samen?' }).getByLabel('Ja').check();
      await form
        .getByRole('group', { name: 'Woont de mantelzorger zelf in de gemeente?' })
        .getByLabel('Ja')
        .check();
      await form.getByRole('button', { name: 'Mantelzorger aanmelden' }).click();
      await page.getByText('Sem Bakker is aangemeld.').waitFor();
      const lijst = page.getByRole('region', { name: 'Mantelzorgers van uw steunpunt' });
      const sem = lijst.getByRole('row', { name: /Sem Bakker/ });
      await sem.getByText('Jonger dan 25').waitFor();
      await sem.getByText('Ria Bakker').waitFor();
      await expectNoAxeViolations(page);

      // ---- Next year's waardering, through the form ----
      await page.getByRole('link', { name: 'Mantelzorgwaardering' }).click();
      await paginaKlaar(page, 'Mantelzorgwaardering');
      await page.getByRole('link', { name: 'Nieuwe waardering maken' }).click();
      await paginaKlaar(page, 'Nieuwe mantelzorgwaardering');
      await page.getByRole('button', { name: 'Waardering opslaan' }).click();
      await page.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
      await expectNoAxeViolations(page);
      expect(await page.getByLabel('Jaar', { exact: true }).inputValue()).toBe(String(JAAR));
      await page.getByLabel('Minimaal aantal uur zorg per week').fill('8');
      await page.getByLabel('Minimaal aantal maanden zorg').fill('3');
      await page.getByLabel('Minimale leeftijd van de mantelzorger').fill('18');
      await page
        .getByRole('group', { name: 'Waar moet iemand wonen?' })
        .getByLabel('De mantelzorger of de persoon voor wie gezorgd wordt woont in de gemeente')
        .check();
      await page
        .getByRole('group', { name: 'Wie mag de waardering aanvragen?' })
        .getByLabel('De mantelzorger', { exact: true })
        .check();
      await page
        .getByRole('group', { name: 'Moet de persoon voor wie gezorgd wordt het bevestigen?' })
        .getByLabel('Nee')
        .check();
      await page
        .getByLabel('Hoeveel mantelzorgers per persoon krijgen de waardering? (niet verplicht)')
        .fill('1');
      await page.getByLabel('Cadeaubon').check();
      await page.getByLabel('Bedrag in euro').fill('40');
      await page.getByLabel('Aanvragen kan vanaf').fill(lokaleDatum(-1));
      await page.getByLabel('Aanvragen kan tot en met').fill(lokaleDatum(30));
      await page.getByLabel('Peildatum').fill(lokaleDatum(0));
      await page.getByRole('button', { name: 'Waardering opslaan' }).click();
      await paginaKlaar(page, 'Mantelzorgwaardering');
      await page.getByText(`De waardering voor ${JAAR} is opgeslagen.`).waitFor();
      const rij = page.getByRole('row', { name: new RegExp(String(JAAR)) });
      await rij.getByText('Cadeaubon: € 40,00').waitFor();
      await rij.getByText('Uw steunpunt').waitFor();

      // ---- Three residents apply (as the portal would) ----
      await zorgtEnVraagtAan('mantelzorger@demo.example', 'Mia Peeters', 'mia@example.nl');
      await zorgtEnVraagtAan('vrijwilliger@demo.example', 'Mia Peeters', 'mia@example.nl');
      await zorgtEnVraagtAan('inwoner@demo.example', 'Jan Janssen', 'jan@example.nl');

      await page.getByRole('link', { name: 'Mantelzorgers', exact: true }).click();
      await paginaKlaar(page, 'Mantelzorg');
      await lijst
        .getByRole('row', { name: /Fatma Yilmaz/ })
        .getByText('Mia Peeters')
        .waitFor();

      // ---- The queue ----
      await page.getByRole('link', { name: 'Mantelzorgwaardering' }).click();
      await paginaKlaar(page, 'Mantelzorgwaardering');
      await page.getByRole('link', { name: `Aanvragen ${JAAR} beoordelen` }).click();
      await paginaKlaar(page, `Aanvragen mantelzorgwaardering ${JAAR}`);
      const open = page.getByRole('region', { name: 'Te beoordelen' });
      const fatma = open.getByRole('region', { name: 'Fatma Yilmaz', exact: true });
      await fatma.getByText('Voldoet aan alle regels').waitFor();
      await fatma.getByRole('row', { name: /Uren per week/ }).waitFor();
      await fatma.getByLabel('Toekennen').check();
      await fatma.getByLabel('Reden van het besluit').fill('U voldoet aan alle regels.');
      await fatma.getByRole('button', { name: 'Besluit opslaan' }).click();
      await page
        .getByText('Het besluit over de aanvraag van Fatma Yilmaz is opgeslagen: Toegekend.')
        .waitFor();
      const besloten = page.getByRole('region', { name: 'Besloten' });
      await besloten
        .getByRole('region', { name: 'Fatma Yilmaz', exact: true })
        .getByText('Toegekend')
        .first()
        .waitFor();
      await expectNoAxeViolations(page);

      // Bram cares for the same person: the maximum of one per person refuses a grant.
      const bram = open.getByRole('region', { name: 'Bram de Vries', exact: true });
      await bram.getByText('Voldoet niet aan alle regels').waitFor();
      await bram.getByLabel('Toekennen').check();
      await bram.getByLabel('Reden van het besluit').fill('Toch toekennen.');
      await bram.getByRole('button', { name: 'Besluit opslaan' }).click();
      await bram.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
      await bram.getByText(/^Dit kan niet: /).waitFor();
      await expectNoAxeViolations(page);
      await bram.getByLabel('Afwijzen').check();
      await bram
        .getByLabel('Reden van het besluit')
        .fill('Voor deze persoon is de waardering al aan iemand anders gegeven.');
      await bram.getByRole('button', { name: 'Besluit opslaan' }).click();
      await page
        .getByText('Het besluit over de aanvraag van Bram de Vries is opgeslagen: Afgewezen.')
        .waitFor();
      await besloten.getByRole('region', { name: 'Bram de Vries', exact: true }).waitFor();
      await expectNoAxeViolations(page);

      // The queue on a phone: the tables scroll in their own box, the page does not.
      const telefoon = await kring.open('/', { viewport: PHONE });
      await inloggenAls(kring, telefoon.context(), 'mantelzorgconsulent@demo.example');
      await gotoSettled(telefoon, new URL(page.url()).pathname);
      await paginaKlaar(telefoon, `Aanvragen mantelzorgwaardering ${JAAR}`);
      await expectNoHorizontalScroll(telefoon);

      // ---- The payment CSV: Fatma's row, not Bram's ----
      const link = page.getByRole('link', { name: 'Betaallijst downloaden (CSV)' });
      const href = await link.getAttribute('href');
      expect(href).toMatch(
        /^\/api\/v1\/mantelzorg\/waarderingsrondes\/[0-9a-f-]{36}\/toekenningen\/export$/,
      );
      const csv = await page.evaluate(async (url) => {
        const res = await fetch(url);
        return {
          status: res.status,
          type: res.headers.get('content-type'),
          text: await res.text(),
        };
      }, href ?? '');
      expect(csv.status).toBe(200);
      expect(csv.type).toContain('text/csv');
      expect(csv.text).toContain('Fatma Yilmaz');
      expect(csv.text).not.toContain('Bram de Vries');

      // ---- The figures ----
      await page.getByRole('link', { name: 'Cijfers', exact: true }).click();
      await paginaKlaar(page, 'Cijfers mantelzorg');
      await page.getByLabel('Jaar', { exact: true }).selectOption(String(JAAR));
      const cijfers = page.getByRole('region', { name: `Cijfers voor ${JAAR}` });
      await cijfers.waitFor();
      await waitForLoaded(page);
      await cijfers.getByText('Aanvragen voor de waardering').waitFor();
      expect(await cijfers.getByText('minder dan 5').count()).toBeGreaterThanOrEqual(2);
      await expectNoAxeViolations(page);

      // ---- The functioneel beheerder opens the same campaign ----
      const beheer = await kring.open('/');
      await inloggenAls(kring, beheer.context(), 'beheer@demo.example');
      await gotoSettled(beheer, '/werkplek/mantelzorg/waarderingsrondes');
      await paginaKlaar(beheer, 'Mantelzorgwaardering');
      const beheerRij = beheer.getByRole('row', { name: new RegExp(String(JAAR)) });
      await beheerRij.getByText(/Steunpunt Mantelzorg/).waitFor();
      expect(await beheerRij.getByRole('link', { name: /beoordelen/ }).count()).toBe(0);
      await beheerRij.getByRole('link', { name: `Waardering ${JAAR} wijzigen` }).click();
      await paginaKlaar(beheer, `Mantelzorgwaardering ${JAAR} wijzigen`);
      const steunpunt = beheer.getByLabel('Welk steunpunt beoordeelt de aanvragen?');
      expect(await steunpunt.locator('option:checked').textContent()).toMatch(
        /Steunpunt Mantelzorg/,
      );
      expect(await beheer.getByLabel('Bedrag in euro').inputValue()).toBe('40');
    },
  );
});
