import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  gotoSettled,
  PHONE,
  useKring,
  waitForLoaded,
} from './harness.ts';
import { inloggenAls } from './inloggen-als.ts';

/**
 * Welzijn op Recept (issue 8) in Chromium, with axe on every page state. Demo gemeente Stein:
 * Peter Hendriks (huisarts@demo.example, Huisartsenpraktijk De Linde) writes a welzijnsrecept
 * for Annie de Graaf in the web form; the welzijnscoach of Welzijn Samen Stein accepts it,
 * logs three contactmomenten, links an activity from the sociale kaart that started four
 * months ago and records a start measure of wellbeing; the daily job makes the follow-up
 * task, which the coach sees; the GP's list shows "Bezig" (in-progress) and the reports.
 */

const LANG = { timeout: 240_000 };

/** A date as YYYY-MM-DD, `maanden` months before today (local time, like a date field). */
function datum(maanden = 0, dagen = 0): string {
  const d = new Date();
  d.setMonth(d.getMonth() - maanden);
  d.setDate(d.getDate() - dagen);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** A page is there: its h1, its data loaded, and axe finds nothing. */
async function pagina(page: Page, kop: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: kop, exact: true }).waitFor();
  await waitForLoaded(page);
  await expectNoAxeViolations(page);
}

/** The page's live region says this (after a change). */
async function melding(page: Page, tekst: string): Promise<void> {
  await page.getByRole('status').getByText(tekst, { exact: true }).waitFor();
  await waitForLoaded(page);
}

const SCORES: [dimensie: string, score: string][] = [
  ['Lichaam', '6'],
  ['Gevoel', '4'],
  ['Zingeving', '3'],
  ['Kwaliteit van leven', '5'],
  ['Meedoen', '2'],
  ['Dagelijks leven', '7'],
];

describe('Welzijn op Recept: from the GP to the coach and back', () => {
  const kring = useKring();
  let id = '';

  async function als(email: string, pad: string, viewport?: typeof PHONE): Promise<Page> {
    const page = await kring.open('/', viewport ? { viewport } : {});
    await inloggenAls(kring, page.context(), email);
    await gotoSettled(page, pad);
    return page;
  }

  it(
    'the GP refers, the coach accepts, logs contacts, links an activity and measures; the job makes the follow-up task',
    LANG,
    async () => {
      // ---- The GP writes the recipe in the web form ----
      const arts = await kring.open('/');
      await inloggenAls(kring, arts.context(), 'huisarts@demo.example');
      await gotoSettled(arts, '/werkplek/welzijnsrecept/nieuw');
      await pagina(arts, 'Welzijnsrecept schrijven');
      await arts.getByLabel('Voornaam').fill('Annie');
      await arts.getByLabel('Achternaam').fill('de Graaf');
      await arts.getByLabel('Telefoonnummer').fill('06 12345678');
      await arts
        .getByLabel('De persoon vindt het goed dat ik deze gegevens deel met de welzijnscoach')
        .check();
      await arts
        .getByLabel('Waarom verwijst u deze persoon?')
        .fill('Mevrouw is sinds het overlijden van haar man veel alleen en komt weinig buiten.');
      await arts
        .getByLabel('Wat vindt de persoon belangrijk?')
        .fill('Weer mensen zien en iets met mijn handen doen.');
      await arts
        .getByRole('group', { name: 'Hoe wil de persoon dat de coach contact opneemt?' })
        .getByLabel('Telefoon', { exact: true })
        .check();
      const ontvanger = arts.getByLabel('Welzijn Samen Stein');
      if (!(await ontvanger.isChecked())) await ontvanger.check();
      await arts.getByRole('button', { name: 'Verstuur' }).click();
      await pagina(arts, 'Welzijnsrecepten van de praktijk');
      await arts.getByText('Het welzijnsrecept is verstuurd.', { exact: false }).first().waitFor();

      // ---- The coach finds it from the werkplek, new and with its first-contact date ----
      const coach = await kring.open('/');
      await inloggenAls(kring, coach.context(), 'welzijnscoach@demo.example');
      await gotoSettled(coach, '/werkplek');
      await coach.getByRole('link', { name: 'Naar de welzijnsrecepten' }).click();
      await pagina(coach, 'Welzijnsrecepten voor uw organisatie');
      const nieuw = coach.getByRole('region', { name: 'Nieuwe welzijnsrecepten' });
      const rij = nieuw.getByRole('row', { name: /Annie de Graaf/ });
      await rij.getByText('Huisartsenpraktijk De Linde').waitFor();
      await rij.getByText('Verstuurd').waitFor();
      await rij.getByText(/^Uiterlijk /).waitFor();
      await rij.getByRole('link', { name: 'Annie de Graaf' }).click();

      await pagina(coach, 'Welzijnsrecept voor Annie de Graaf');
      id = new URL(coach.url()).pathname.split('/')[3] ?? '';
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const main = coach.getByRole('main');
      const recept = main.getByRole('region', { name: 'Het recept' });
      await recept.getByText('Weer mensen zien en iets met mijn handen doen.').waitFor();
      await recept.getByText('06 12345678').waitFor();
      // Only the decision comes first: no contact log, activity or measure before accepting.
      expect(await main.getByRole('region', { name: 'Contactmomenten', exact: true }).count()).toBe(
        0,
      );
      await main.getByRole('heading', { name: 'Het recept niet aannemen' }).waitFor();

      // An empty reason is refused in words, and the page stays accessible.
      await coach.getByRole('button', { name: 'Neem het recept niet aan' }).click();
      await coach.getByRole('link', { name: 'Schrijf een reden.' }).waitFor();
      await expectNoAxeViolations(coach);

      await coach.getByRole('button', { name: 'Neem het recept aan' }).click();
      await melding(coach, 'De status is nu: Aangenomen.');
      await recept.getByText('Aangenomen', { exact: true }).waitFor();
      await expectNoAxeViolations(coach);

      // ---- Three contactmomenten; the first starts the work ----
      const contacten = main.getByRole('region', { name: 'Contactmomenten', exact: true });
      // Without a kind, the form says what is missing.
      await contacten.getByRole('button', { name: 'Leg het contact vast' }).click();
      await coach.getByRole('link', { name: 'Kies wat voor contact het was.' }).waitFor();
      await expectNoAxeViolations(coach);
      const CONTACTEN: [dag: string, soort: string, notitie: string][] = [
        [datum(4, 20), 'Telefoongesprek', 'Kennisgemaakt aan de telefoon, afspraak gemaakt.'],
        [datum(4, 14), 'Huisbezoek', 'Thuis gepraat over wat ze graag doet: tuinieren.'],
        [datum(4, 2), 'Gesprek', 'Samen gekeken naar activiteiten in de buurt.'],
      ];
      for (const [i, [dag, soort, notitie]] of CONTACTEN.entries()) {
        await contacten.getByLabel('Datum van het contact').fill(dag);
        await contacten.getByLabel('Soort contact').selectOption({ label: soort });
        await contacten.getByLabel('Korte notitie').fill(notitie);
        await contacten.getByRole('button', { name: 'Leg het contact vast' }).click();
        await contacten.getByRole('cell', { name: notitie }).waitFor();
        expect(await contacten.getByRole('table').getByRole('row').count()).toBe(i + 2);
      }
      await melding(coach, 'Het contactmoment is vastgelegd.');
      await recept.getByText('Bezig', { exact: true }).waitFor();
      await expectNoAxeViolations(coach);

      // ---- Interests and possibilities ----
      const verkenning = main.getByRole('region', { name: 'Wat wil en kan de persoon?' });
      await verkenning.getByLabel('Interesses').fill('Tuinieren, koffie drinken met anderen.');
      await verkenning.getByLabel('Mogelijkheden').fill('Kan niet ver lopen. Weinig geld.');
      await verkenning.getByRole('button', { name: 'Bewaar' }).click();
      await melding(coach, 'Interesses en mogelijkheden zijn bewaard.');

      // ---- The activity, from the sociale kaart; it started four months ago ----
      const activiteit = main.getByRole('region', { name: 'Activiteit', exact: true });
      await activiteit.getByText('Er is nog geen activiteit gekozen.').waitFor();
      await activiteit.getByLabel('Zoek op wat de persoon graag wil doen').fill('tuin');
      await activiteit.getByRole('button', { name: 'Zoek', exact: true }).click();
      await activiteit.getByText(/activiteiten? gevonden/).waitFor();
      await expectNoAxeViolations(coach);
      await activiteit.getByLabel('Buurtmoestuin Urmond').check();
      await activiteit.getByLabel('Startdatum').fill(datum(4));
      await activiteit.getByLabel('Ik ga de eerste keer mee').check();
      await activiteit
        .getByLabel('De persoon vindt het goed dat de huisarts hoort welke activiteit het is')
        .check();
      await activiteit.getByRole('button', { name: 'Koppel de activiteit' }).click();
      await melding(coach, 'De activiteit is gekoppeld. De huisarts krijgt bericht.');
      await activiteit.getByText('Buurtmoestuin Urmond', { exact: true }).waitFor();
      await expectNoAxeViolations(coach);

      // ---- The start measure of wellbeing: chart and table ----
      const welbevinden = main.getByRole('region', { name: 'Welbevinden', exact: true });
      await welbevinden.getByText('Er is nog geen meting.').waitFor();
      expect(await welbevinden.getByRole('radio', { name: 'Bij de start' }).isChecked()).toBe(true);
      await welbevinden.getByLabel('Datum van de meting').fill(datum(4));
      for (const [dimensie, score] of SCORES) {
        await welbevinden.getByLabel(`${dimensie} (0 tot 10)`).fill(score);
      }
      await welbevinden.getByRole('button', { name: 'Leg de meting vast' }).click();
      await melding(coach, 'De meting is vastgelegd.');
      await welbevinden
        .getByRole('img', { name: /Welbevinden: bij de start en na drie maanden/ })
        .waitFor();
      const tabel = welbevinden.getByRole('table', { name: 'Welbevinden in cijfers' });
      await tabel.getByRole('row', { name: /Meedoen\s+2/ }).waitFor();
      expect(await tabel.getByRole('row').count()).toBe(SCORES.length + 1);
      await expectNoAxeViolations(coach);

      // ---- No task yet; the daily job makes the follow-up task ----
      const taken = main.getByRole('region', { name: 'Taken', exact: true });
      await taken.getByText('Er zijn geen taken.').waitFor();
      const uitkomst = await kring.kring.services.welzijnsrecept.voerTermijnenUit(new Date());
      expect(uitkomst.taken).toBeGreaterThanOrEqual(1);
      await coach.reload({ waitUntil: 'networkidle' });
      await pagina(coach, 'Welzijnsrecept voor Annie de Graaf');
      await taken.getByText(/^Vervolggesprek: drie maanden na de start/).waitFor();
      await taken.getByRole('button', { name: 'Rond de taak af' }).waitFor();

      // The inbox shows it in work, with its open task.
      await main.getByRole('link', { name: 'Terug naar de welzijnsrecepten' }).click();
      await pagina(coach, 'Welzijnsrecepten voor uw organisatie');
      const lopend = coach
        .getByRole('region', { name: 'Mee bezig' })
        .getByRole('row', { name: /Annie de Graaf/ });
      await lopend.getByText('Bezig', { exact: true }).waitFor();
      await lopend.getByText('1 open taak').waitFor();
      await lopend.getByText(/^Gehad op /).waitFor();

      // ---- The GP's list: in progress, and the reports back ----
      await gotoSettled(arts, '/werkplek/welzijnsrecept');
      await pagina(arts, 'Welzijnsrecepten van de praktijk');
      const regel = arts.getByRole('row', { name: /Annie de Graaf/ });
      await regel.getByText('Bezig', { exact: true }).waitFor();
      await regel.getByText(/Buurtmoestuin Urmond/).waitFor();
    },
  );

  it(
    'after three months: the second measure, the task done, the loop closed; the GP hears how it went',
    LANG,
    async () => {
      expect(id, 'the first test made the referral').not.toBe('');
      const coach = await als('welzijnscoach@demo.example', `/werkplek/welzijnsrecepten/${id}`);
      await pagina(coach, 'Welzijnsrecept voor Annie de Graaf');
      const main = coach.getByRole('main');

      // The follow-up measure: "after three months" is chosen, as the start is there.
      const welbevinden = main.getByRole('region', { name: 'Welbevinden', exact: true });
      expect(await welbevinden.getByRole('radio', { name: 'Na drie maanden' }).isChecked()).toBe(
        true,
      );
      await welbevinden.getByRole('button', { name: 'Leg de meting vast' }).click();
      await coach.getByRole('link', { name: /Vul voor Lichaam een heel getal/ }).waitFor();
      await expectNoAxeViolations(coach);
      for (const [dimensie, score] of SCORES) {
        await welbevinden
          .getByLabel(`${dimensie} (0 tot 10)`)
          .fill(String(Math.min(10, Number(score) + 2)));
      }
      await welbevinden.getByLabel('Meedoen (0 tot 10)').fill('5');
      await welbevinden.getByRole('button', { name: 'Leg de meting vast' }).click();
      await melding(coach, 'De meting is vastgelegd.');
      const tabel = welbevinden.getByRole('table', { name: 'Welbevinden in cijfers' });
      await tabel.getByRole('columnheader', { name: 'Verschil' }).waitFor();
      await tabel.getByRole('row', { name: /Meedoen\s+2\s+5\s+\+3/ }).waitFor();
      expect(await welbevinden.locator('figure li').count()).toBe(2);
      await expectNoAxeViolations(coach);

      // The follow-up task is done.
      const taken = main.getByRole('region', { name: 'Taken', exact: true });
      await taken.getByRole('button', { name: 'Rond de taak af' }).click();
      await melding(coach, 'De taak is afgerond.');
      await taken.getByText(/^Afgerond op /).waitFor();
      expect(await taken.getByRole('button', { name: 'Rond de taak af' }).count()).toBe(0);

      // Closing: the summary stays here; what the GP may hear goes back.
      const afsluiting = main.getByRole('region', { name: 'Het traject afsluiten' });
      await afsluiting.getByRole('button', { name: 'Sluit het traject af' }).click();
      await coach.getByRole('link', { name: 'Kies hoe het traject eindigt.' }).waitFor();
      await expectNoAxeViolations(coach);
      await afsluiting.getByLabel('Afgerond: het doel is bereikt').check();
      await afsluiting
        .getByLabel('Korte samenvatting')
        .fill('Drie gesprekken, de moestuin gevonden, de eerste keer meegegaan.');
      await afsluiting
        .getByLabel('Wat mag de huisarts horen?')
        .fill('Mevrouw gaat elke zaterdag naar de buurtmoestuin en ziet weer mensen.');
      await afsluiting.getByRole('button', { name: 'Sluit het traject af' }).click();
      await melding(coach, 'Het traject is afgesloten. De huisarts krijgt bericht.');
      await main
        .getByRole('region', { name: 'Het recept' })
        .getByText('Afgerond', { exact: true })
        .waitFor();
      // Closed: the log stays, its forms are gone.
      expect(await main.getByRole('button', { name: 'Leg het contact vast' }).count()).toBe(0);
      await main
        .getByRole('region', { name: 'Berichten aan de huisarts' })
        .getByText('Mevrouw gaat elke zaterdag naar de buurtmoestuin en ziet weer mensen.')
        .waitFor();
      await expectNoAxeViolations(coach);

      // On a phone the page reflows: no sideways scrolling, still accessible.
      const telefoon = await als(
        'welzijnscoach@demo.example',
        `/werkplek/welzijnsrecepten/${id}`,
        PHONE,
      );
      await pagina(telefoon, 'Welzijnsrecept voor Annie de Graaf');
      await expectNoHorizontalScroll(telefoon);
      const inbox = await als('welzijnscoach@demo.example', '/werkplek/welzijnsrecepten', PHONE);
      await pagina(inbox, 'Welzijnsrecepten voor uw organisatie');
      await inbox
        .getByRole('region', { name: 'Afgesloten' })
        .getByRole('row', { name: /Annie de Graaf/ })
        .waitFor();
      await expectNoHorizontalScroll(inbox);

      // The GP reads the reports back, but none of the coach's notes.
      const arts = await als('huisarts@demo.example', `/werkplek/welzijnsrecept/${id}`);
      await pagina(arts, 'Welzijnsrecept voor Annie de Graaf');
      await arts.getByText(/Mevrouw gaat elke zaterdag naar de buurtmoestuin/).waitFor();
      await arts
        .getByText(/Buurtmoestuin Urmond/)
        .first()
        .waitFor();
      expect(await arts.getByText('Kennisgemaakt aan de telefoon', { exact: false }).count()).toBe(
        0,
      );
      expect(await arts.getByText('Drie gesprekken, de moestuin gevonden').count()).toBe(0);
    },
  );
});
