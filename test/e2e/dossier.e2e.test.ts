import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  gotoSettled,
  useKring,
  waitForLoaded,
} from './harness.ts';
import { inloggenAls } from './inloggen-als.ts';

/**
 * The werkplek (issue 6) in Chromium, with axe on every werkplek page visited. Demo gemeente
 * Stein: Sanne Bakker (wijkteam@demo.example, Wijkteam Stein) opens Ans Janssen's intake
 * request from the loket, picks it up, opens the dossier, records a keukentafelgesprek on all
 * 8 life domains, draws three people in the network, builds a plan with a main goal, two
 * subgoals and three actions — one handed to a volunteer, which the coordinator then finds in
 * the pool — and Ans reads the plan in Mijn Kring and agrees.
 */

const LANG = { timeout: 180_000 };
const SMAL = { width: 320, height: 640 } as const;

/** The scores of the conversation: three domains score 1–2, so the person is complex. */
const SCORES: [domein: string, score: string][] = [
  ['Dagbesteding en meedoen', '3 – Beperkt zelfredzaam'],
  ['Contact met anderen', '2 – Niet zelfredzaam'],
  ['Wonen', '4 – Voldoende zelfredzaam'],
  ['Huishouden', '2 – Niet zelfredzaam'],
  ['Zelfzorg', '4 – Voldoende zelfredzaam'],
  ['Vervoer', '3 – Beperkt zelfredzaam'],
  ['Geld', '1 – Acute problemen'],
  ['Gezondheid', '3 – Beperkt zelfredzaam'],
];

describe('the werkplek: from an intake request to a plan the resident agrees with', () => {
  const kring = useKring();
  let persoonId = '';

  /** A JSON call to the API in this browser context's session, with its CSRF token. */
  async function api<T>(page: Page, method: string, pad: string, body?: unknown): Promise<T> {
    const aanmelding = await page.request.get('/api/v1/aanmelding');
    const { sessie } = (await aanmelding.json()) as { sessie: { csrfToken: string } | null };
    const antwoord = await page.request.fetch(`/api/v1${pad}`, {
      method,
      headers: sessie ? { 'X-CSRF-Token': sessie.csrfToken } : {},
      ...(body === undefined ? {} : { data: body }),
    });
    expect(antwoord.ok(), `${method} ${pad}: ${antwoord.status()}`).toBe(true);
    return (await antwoord.json()) as T;
  }

  /** A page is there: its h1, its data loaded, and axe finds nothing. */
  async function pagina(page: Page, kop: string | RegExp): Promise<void> {
    const exact = typeof kop === 'string';
    await page.getByRole('heading', { level: 1, name: kop, exact }).waitFor();
    await waitForLoaded(page);
    await expectNoAxeViolations(page);
  }

  async function alsSanne(pad: string): Promise<Page> {
    const page = await kring.open('/');
    await inloggenAls(kring, page.context(), 'wijkteam@demo.example');
    await gotoSettled(page, pad);
    return page;
  }

  it(
    'Sanne picks up the intake request and records a kitchen-table conversation',
    LANG,
    async () => {
      // Ans asks for help on three life domains: the request goes to the wijkteam.
      const ans = await kring.open('/');
      await inloggenAls(kring, ans.context(), 'inwoner@demo.example');
      const concept = await api<{ id: string }>(ans, 'POST', '/mijn/hulpvragen', {
        antwoorden: {
          voorWie: 'mijzelf',
          categorieen: ['boodschappen', 'geldzorgen', 'somber'],
          hoeVaak: 'elke-week',
          tijdvakken: ['SA-ochtend'],
          postcode: '6171 AB',
          urgentie: 'binnen-een-week',
          zorgen: false,
        },
        contact: { telefoonnummer: '046 111 22 33' },
      });
      const verzonden = await api<{ routering: { route: string } }>(
        ans,
        'POST',
        `/mijn/hulpvragen/${concept.id}/verzending`,
        { toestemming: true },
      );
      expect(verzonden.routering.route).toBe('wijkteam');

      const page = await alsSanne('/werkplek');
      await page.getByRole('link', { name: 'Naar mijn personen' }).click();
      await pagina(page, 'Mijn personen');
      await page.getByRole('link', { name: 'Nieuwe hulpvragen voor het wijkteam' }).click();
      await pagina(page, 'Hulpvragen van inwoners');
      await page.locator(`a[href="/werkplek/loket/hulpvragen/${concept.id}"]`).click();
      await pagina(page, 'Hulpvraag van Ans Janssen');
      // Before it is picked up, there is no way into a dossier.
      expect(await page.getByRole('link', { name: 'Open het dossier' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Ik pak dit op' }).click();
      await page.getByRole('status').getByText('U hebt deze hulpvraag opgepakt.').waitFor();
      await page.getByRole('link', { name: 'Open het dossier' }).click();

      await pagina(page, 'Dossier van Ans Janssen');
      persoonId = new URL(page.url()).pathname.split('/')[3] ?? '';
      expect(persoonId).toMatch(/^[0-9a-f-]{36}$/);
      const main = page.getByRole('main');
      await main.getByText('6171 AB').waitFor();
      const tijdlijn = main.getByRole('region', { name: 'Tijdlijn' });
      await tijdlijn.getByText('Boodschappen doen, Zorgen over geld of schulden').waitFor();
      await main.getByText('Regisseur: Sanne Bakker (Wijkteam Stein).').waitFor();
      await main.getByText('Er is nog geen keukentafelgesprek vastgelegd.').waitFor();

      await page.getByRole('link', { name: 'Nieuw keukentafelgesprek vastleggen' }).click();
      await pagina(page, 'Keukentafelgesprek met Ans Janssen');
      // Ans herself is a participant already; the date is today's.
      expect(await page.getByLabel('Naam van deelnemer 1').inputValue()).toBe('Ans Janssen');
      await page.getByRole('textbox', { name: 'Plaats' }).fill('Aan de keukentafel bij Ans thuis');
      for (const [domein, score] of SCORES) {
        await page
          .getByRole('group', { name: `Score voor ${domein}` })
          .getByLabel(score, { exact: true })
          .check();
      }
      await page.getByLabel('Aantekeningen (Geld)').fill('Rekeningen blijven liggen.');
      await page.getByLabel('Wat doet het netwerk? (Geld)').fill('Dochter Mieke kijkt soms mee.');
      await page
        .getByRole('textbox', { name: 'Sterktes', exact: true })
        .fill('Goed met mensen, houdt van koken.');
      await page
        .getByLabel('Wat kan de persoon voor anderen doen?')
        .fill('Soep koken voor de buren.');
      await page
        .getByRole('textbox', { name: 'Dromen', exact: true })
        .fill('Weer naar de markt in Stein.');
      await page
        .getByRole('textbox', { name: 'Een ideale dag', exact: true })
        .fill('Markt, koffie met de buurvrouw, koken.');
      await page.getByRole('button', { name: 'Gesprek opslaan' }).click();

      await pagina(page, 'Dossier van Ans Janssen');
      await page.getByText('Het keukentafelgesprek is opgeslagen.').waitFor();
      // Scores over time: a radar chart drawn as one image, and the table as its alternative.
      const grafiek = page.getByRole('img', {
        name: /Scores over tijd: Zelfredzaamheid op 8 levensdomeinen/,
      });
      await grafiek.waitFor();
      expect(await grafiek.locator('polygon.kring-dos-radar__vorm').count()).toBe(1);
      expect(await grafiek.locator('text').count()).toBe(8);
      const tabel = page.getByRole('table', {
        name: 'Scores per gesprek: Zelfredzaamheid op 8 levensdomeinen',
      });
      expect(await tabel.getByRole('row').count()).toBe(9);
      await tabel
        .getByRole('row', { name: /Geld/ })
        .getByRole('cell', { name: '1 – Acute problemen' })
        .waitFor();
      // Three domains score 1–2: the complexity flag, in words.
      await main.getByText('Complexe situatie.').waitFor();
      await main
        .getByText(/scoren 3 levensdomeinen een 1 of 2: Contact met anderen, Huishouden, Geld/)
        .waitFor();
      await tijdlijn.getByText('Keukentafelgesprek', { exact: true }).waitFor();
    },
  );

  it('Sanne draws three people in the network, as a map and a table', LANG, async () => {
    const page = await alsSanne(`/werkplek/personen/${persoonId}`);
    await page
      .getByRole('navigation', { name: 'Delen van het dossier' })
      .getByRole('link', { name: 'Netwerk' })
      .click();
    await pagina(page, 'Netwerk van Ans Janssen');

    // Nothing filled in: every problem at once, in the summary that takes focus.
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    const samenvatting = page.locator('.kring-error-summary');
    await samenvatting.getByText('Vul de naam in.').waitFor();
    await samenvatting.getByText('Kies bij welke groep deze persoon hoort.').waitFor();
    await samenvatting.getByText('Kies hoe dichtbij deze persoon staat.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toContain(
      'kring-error-summary',
    );
    await expectNoAxeViolations(page);

    const leden = [
      { naam: 'Mieke Janssen', groep: 'Familie', relatie: 'dochter', dichtbij: '1 – Dichtbij' },
      {
        naam: 'Jan Peters',
        groep: 'Buren en collega’s',
        relatie: 'buurman',
        dichtbij: '2 – Tussenin',
      },
      {
        naam: 'Dokter Hendriks',
        groep: 'Professionals',
        relatie: 'huisarts',
        dichtbij: '3 – Verder weg',
      },
    ];
    for (const lid of leden) {
      await page.getByLabel('Naam', { exact: true }).fill(lid.naam);
      await page.getByRole('radio', { name: lid.groep, exact: true }).check();
      await page.getByLabel('Relatie', { exact: true }).fill(lid.relatie);
      await page.getByRole('radio', { name: lid.dichtbij }).check();
      await page.getByRole('button', { name: 'Toevoegen' }).click();
      await page.getByRole('status').getByText(`${lid.naam} staat nu in het netwerk.`).waitFor();
    }
    await page.getByLabel('Waar kan deze persoon mee helpen?').waitFor();

    const kaart = page.getByRole('img', { name: /Netwerkkaart van Ans Janssen/ });
    expect(await kaart.locator('circle.kring-dos-kaart__lid').count()).toBe(3);
    for (const lid of leden) await kaart.getByText(lid.naam).waitFor();
    const tabel = page.getByRole('table', { name: 'Mensen in het netwerk' });
    expect(await tabel.getByRole('row').count()).toBe(4);
    const mieke = tabel.getByRole('row', { name: /Mieke Janssen/ });
    await mieke.getByRole('cell', { name: 'Familie' }).waitFor();
    await mieke.getByRole('cell', { name: '1 – Dichtbij' }).waitFor();

    // Changing a member: the form says whose details change.
    await mieke.getByRole('button', { name: 'Mieke Janssen wijzigen' }).click();
    await page.getByRole('heading', { name: 'Gegevens van Mieke Janssen wijzigen' }).waitFor();
    await page.getByLabel('Waar kan deze persoon mee helpen?').fill('De post en de boodschappen');
    await page.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await page
      .getByRole('status')
      .getByText('De gegevens van Mieke Janssen zijn gewijzigd.')
      .waitFor();
    await mieke.getByRole('cell', { name: 'De post en de boodschappen' }).waitFor();
    await expectNoAxeViolations(page);

    // At 320 px the map scales down and nothing scrolls sideways (the table scrolls itself).
    await page.setViewportSize(SMAL);
    await expectNoHorizontalScroll(page);
  });

  it(
    'Sanne builds a plan with two subgoals and three actions, one for a volunteer',
    LANG,
    async () => {
      const page = await alsSanne(`/werkplek/personen/${persoonId}/plan`);
      await pagina(page, 'Plan van Ans Janssen');
      await page.getByRole('link', { name: 'Plan maken' }).click();
      await pagina(page, 'Plan van Ans Janssen wijzigen');

      // Saving an empty plan names every missing part.
      await page.getByRole('button', { name: 'Plan opslaan' }).click();
      const samenvatting = page.locator('.kring-error-summary');
      await samenvatting.getByText(/Schrijf de stip op de horizon op/).waitFor();
      await samenvatting.getByText('Schrijf subdoel 1 op.').waitFor();
      await samenvatting.getByText('Kies wie actie 1.1 doet.').waitFor();
      await expectNoAxeViolations(page);
      await samenvatting.getByRole('link', { name: 'Schrijf subdoel 1 op.' }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^plan-d-.*-titel$/);

      await page.getByLabel('Stip op de horizon').fill('Weer zelf naar de markt in Stein');
      await page.getByLabel('Wat is subdoel 1?').fill('Rust in de geldzaken');
      await page.getByLabel('Wat moet er gebeuren (actie 1.1)?').fill('Afspraak bij de schuldhulp');
      await page
        .getByRole('group', { name: 'Wie doet actie 1.1?' })
        .getByLabel('Een algemene voorziening')
        .check();
      // A general facility comes from the sociale kaart's public search.
      await page.getByLabel('Zoek op de sociale kaart').fill('schuld');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page
        .getByRole('radio', { name: /— SchuldHulpMaatje Stein$/ })
        .first()
        .check();
      await page.getByText(/^Gekozen: /).waitFor();
      // A date in the past: the action is overdue, and said so in words.
      await page.getByLabel('Klaar vóór (actie 1.1)').fill('2025-01-10');
      await page.getByRole('button', { name: 'Actie toevoegen aan subdoel 1' }).click();
      await page.getByLabel('Wat moet er gebeuren (actie 1.2)?').fill('Samen de post openen');
      await page
        .getByRole('group', { name: 'Wie doet actie 1.2?' })
        .getByLabel('Iemand uit het netwerk')
        .check();
      await page
        .getByLabel('Wie uit het netwerk (actie 1.2)?')
        .selectOption({ label: 'Mieke Janssen (dochter)' });
      await page.getByRole('button', { name: 'Subdoel toevoegen' }).click();
      await page.getByLabel('Wat is subdoel 2?').fill('De boodschappen geregeld');
      await page.getByLabel('Wat moet er gebeuren (actie 2.1)?').fill('Elke week naar de markt');
      await page
        .getByRole('group', { name: 'Wie doet actie 2.1?' })
        .getByLabel('Een vrijwilliger')
        .check();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Plan opslaan' }).click();

      await pagina(page, 'Plan van Ans Janssen');
      await page.getByText('Het plan is opgeslagen.').waitFor();
      await page.getByText('Weer zelf naar de markt in Stein').waitFor();
      await page.getByRole('heading', { name: 'Subdoel 1: Rust in de geldzaken' }).waitFor();
      await page.getByRole('heading', { name: 'Subdoel 2: De boodschappen geregeld' }).waitFor();
      const schuldhulp = page.locator('.kring-dos-actie', {
        hasText: 'Afspraak bij de schuldhulp',
      });
      await schuldhulp.getByRole('link', { name: /^Een algemene voorziening: / }).waitFor();
      await schuldhulp.getByText('(te laat)').waitFor();
      const post = page.locator('.kring-dos-actie', { hasText: 'Samen de post openen' });
      await post.getByText('Iemand uit het netwerk: Mieke Janssen').waitFor();

      // "Dit kan een vrijwilliger doen": without consent nothing is sent.
      const markt = page.locator('.kring-dos-actie', { hasText: 'Elke week naar de markt' });
      await markt.getByRole('link', { name: 'Dit kan een vrijwilliger doen' }).click();
      await pagina(page, 'Dit kan een vrijwilliger doen');
      await page.getByText('Actie: Elke week naar de markt').waitFor();
      await page.getByRole('checkbox', { name: 'Boodschappen doen' }).check();
      await page.getByRole('radio', { name: 'Elke week' }).check();
      await page.getByRole('checkbox', { name: 'zaterdag ochtend' }).check();
      await page.getByRole('button', { name: 'Vraag een vrijwilliger' }).click();
      await page
        .locator('.kring-error-summary')
        .getByText(/Vraag eerst of de persoon het goed vindt/)
        .waitFor();
      await expectNoAxeViolations(page);
      await page
        .getByRole('checkbox', {
          name: 'De persoon vindt het goed dat de vrijwilligerscentrale dit leest',
        })
        .check();
      await page.getByRole('button', { name: 'Vraag een vrijwilliger' }).click();

      await pagina(page, 'Plan van Ans Janssen');
      await page
        .getByText('De vraag staat bij de vrijwilligerscentrale. Zij zoeken een vrijwilliger.')
        .waitFor();
      await page
        .locator('.kring-dos-actie', { hasText: 'Elke week naar de markt' })
        .getByText(/Er wordt een vrijwilliger gezocht/)
        .waitFor();

      // The overdue action is in the caseload too.
      await page.getByRole('link', { name: 'Terug naar het dossier' }).click();
      await pagina(page, 'Dossier van Ans Janssen');
      await page.getByRole('link', { name: 'Terug naar mijn personen' }).click();
      await pagina(page, 'Mijn personen');
      const teLaat = page.getByRole('region', { name: 'Acties die te laat zijn' });
      await teLaat.getByRole('row', { name: /Afspraak bij de schuldhulp/ }).waitFor();
      const ik = page.getByRole('row', { name: /Ans Janssen/ }).first();
      await ik.getByText('U bent regisseur').waitFor();
      // The name filter works in the browser; the name never goes into the address.
      await page.getByLabel('Zoek op naam').fill('niemand-heet-zo');
      await page.getByText(/^0 van \d+ personen getoond\.$/).waitFor();
      expect(new URL(page.url()).search).toBe('');
    },
  );

  it(
    'the request from the plan is in the coordinator’s pool, ready for matching',
    LANG,
    async () => {
      const sanne = await alsSanne('/');
      const { plan } = await api<{
        plan: { doelen: { acties: { omschrijving: string; hulpvraagId: string | null }[] }[] };
      }>(sanne, 'GET', `/personen/${persoonId}/plan`);
      const hulpvraagId = plan.doelen
        .flatMap((d) => d.acties)
        .find((a) => a.omschrijving === 'Elke week naar de markt')?.hulpvraagId;
      expect(hulpvraagId).toBeTruthy();

      const page = await kring.open('/');
      await inloggenAls(kring, page.context(), 'coordinator@demo.example');
      await gotoSettled(page, '/werkplek/loket?status=in-matching');
      await pagina(page, 'Hulpvragen van inwoners');
      const rij = page.getByRole('row').filter({
        has: page.locator(`a[href="/werkplek/loket/hulpvragen/${hulpvraagId}"]`),
      });
      await rij.getByRole('cell', { name: 'Klaar voor koppelen' }).waitFor();
      await rij.getByRole('cell', { name: 'Boodschappen doen' }).waitFor();
      await rij.getByRole('cell', { name: 'Vrijwilligers' }).waitFor();
    },
  );

  it(
    'the team records its life domains, plans a case conference, and regie is handed over',
    LANG,
    async () => {
      const page = await alsSanne(`/werkplek/personen/${persoonId}/regie`);
      await pagina(page, 'Regie en team van Ans Janssen');
      await page.getByText('Complexe situatie.').waitFor();
      const team = page.getByRole('table', { name: 'Teamleden en hun levensdomeinen' });
      await team
        .getByRole('row', { name: /Sanne Bakker/ })
        .getByRole('cell', { name: 'Regisseur' })
        .waitFor();
      await page.getByRole('checkbox', { name: 'Geld' }).check();
      await page.getByRole('checkbox', { name: 'Huishouden' }).check();
      await page.getByRole('button', { name: 'Levensdomeinen opslaan' }).click();
      await page.getByRole('status').getByText('Uw levensdomeinen zijn opgeslagen.').waitFor();
      await team.getByRole('cell', { name: 'Huishouden, Geld' }).waitFor();
      // Only Sanne is in the team: a handover needs a colleague in it first.
      await page.getByText(/Er zit nog niemand anders in het team/).waitFor();
      await expectNoAxeViolations(page);

      // The regisseur adds the welzijnscoach to the team (the werkplek has no directory of
      // professionals yet, so through the API); he records the domains he works on himself.
      const youssef = await kring.open('/');
      const { accountId } = await inloggenAls(
        kring,
        youssef.context(),
        'welzijnscoach@demo.example',
      );
      const { sessie } = await api<{ sessie: { rollen: { organisatieId: string | null }[] } }>(
        youssef,
        'GET',
        '/aanmelding',
      );
      const organisatieId = sessie.rollen.find((r) => r.organisatieId)?.organisatieId;
      await api(page, 'POST', `/personen/${persoonId}/betrokkenheden`, {
        accountId,
        organisatieId,
        categorieen: ['contact', 'intake'],
        grondslag: 'Wmo 2015 art. 2.3.2 (onderzoek)',
      });
      await gotoSettled(youssef, `/werkplek/personen/${persoonId}/regie`);
      await pagina(youssef, 'Regie en team van Ans Janssen');
      await youssef.getByRole('checkbox', { name: 'Geld' }).check();
      await youssef.getByRole('button', { name: 'Levensdomeinen opslaan' }).click();
      await youssef.getByRole('status').getByText('Uw levensdomeinen zijn opgeslagen.').waitFor();
      // Two organisations on one life domain: the overlap warning, in words.
      await youssef.getByText('Let op: overlap.').waitFor();
      await youssef.getByText('Geld: Welzijn Samen Stein, Wijkteam Stein').waitFor();
      // He is not the regisseur: no handover form for him.
      expect(await youssef.getByRole('heading', { name: 'Regie overdragen' }).count()).toBe(0);
      await expectNoAxeViolations(youssef);

      await page
        .getByRole('navigation', { name: 'Delen van het dossier' })
        .getByRole('link', { name: 'Casusoverleg' })
        .click();
      await pagina(page, 'Casusoverleg over Ans Janssen');
      await page.getByLabel('Agenda').fill('Wie helpt met de post?');
      await page.getByRole('checkbox', { name: 'Sanne Bakker (Wijkteam Stein)' }).check();
      await page.getByRole('checkbox', { name: /^Youssef El Amrani/ }).check();
      await page.getByRole('checkbox', { name: 'Mieke Janssen (dochter)' }).check();
      await page.getByRole('button', { name: 'Overleg plannen' }).click();
      await page
        .locator('.kring-error-summary')
        .getByText(/Iemand uit het netwerk doet alleen mee als de persoon dat goed vindt/)
        .waitFor();
      await page
        .getByRole('checkbox', {
          name: 'De persoon vindt het goed dat deze mensen uit het netwerk meedoen',
        })
        .check();
      await page.getByRole('button', { name: 'Overleg plannen' }).click();
      await page.getByRole('status').getByText('Het casusoverleg is gepland.').waitFor();
      await page.getByText('Mieke Janssen (dochter, uit het netwerk)').waitFor();
      await expectNoAxeViolations(page);

      await page.getByRole('link', { name: /^Verslag en besluiten van / }).click();
      await pagina(page, /^Verslag van het casusoverleg op /);
      await page.getByLabel('Aantekeningen').fill('Mieke helpt met de post.');
      await page.getByRole('button', { name: 'Besluit toevoegen' }).click();
      await page.getByLabel('Wat is besloten (besluit 1)?').fill('Budgetplan maken');
      await page
        .getByRole('group', { name: 'Wie doet besluit 1?' })
        .getByLabel('Een professional')
        .check();
      await page.getByLabel('Naam of organisatie (besluit 1)').fill('Schuldhulp Stein');
      await page
        .getByLabel('Toevoegen aan het plan (besluit 1)')
        .selectOption({ label: 'Subdoel 1: Rust in de geldzaken' });
      await page.getByRole('button', { name: 'Verslag opslaan' }).click();
      await page.getByRole('status').getByText('Het verslag is opgeslagen.').waitFor();
      await page.getByText('Dit besluit staat als actie in het plan.').waitFor();
      await expectNoAxeViolations(page);

      await page.getByRole('link', { name: 'Naar het plan' }).click();
      await pagina(page, 'Plan van Ans Janssen');
      await page.locator('.kring-dos-actie', { hasText: 'Budgetplan maken' }).waitFor();

      // Handing regie over: explicit, with a reason, and kept.
      await page
        .getByRole('navigation', { name: 'Delen van het dossier' })
        .getByRole('link', { name: 'Regie en team' })
        .click();
      await pagina(page, 'Regie en team van Ans Janssen');
      await page.getByRole('button', { name: 'Regie overdragen' }).click();
      const fouten = page.locator('.kring-error-summary');
      await fouten.getByText('Kies aan wie u de regie overdraagt.').waitFor();
      await fouten.getByText(/Schrijf waarom de regie overgaat/).waitFor();
      await expectNoAxeViolations(page);
      await page.getByRole('radio', { name: /^Youssef El Amrani/ }).check();
      await page.getByLabel('Waarom gaat de regie over?').fill('Het gaat vooral om meedoen.');
      await page.getByRole('button', { name: 'Regie overdragen' }).click();
      await page
        .getByRole('status')
        .getByText('De regie is overgedragen aan Youssef El Amrani.')
        .waitFor();
      await page.getByText(/van Sanne Bakker naar Youssef El Amrani\./).waitFor();
      await page.getByText('Het gaat vooral om meedoen.').waitFor();
      await page.getByText(/^Regisseur: Youssef El Amrani/).waitFor();
      expect(await page.getByRole('heading', { name: 'Regie overdragen' }).count()).toBe(0);
      await expectNoAxeViolations(page);
    },
  );

  it('Ans reads her plan in Mijn Kring in plain words, and agrees', LANG, async () => {
    const page = await kring.open('/');
    await inloggenAls(kring, page.context(), 'inwoner@demo.example');
    await gotoSettled(page, '/mijn-kring');
    const plan = page.getByRole('region', { name: 'Mijn plan' });
    await plan.waitFor();
    await plan
      .getByText('Dit plan hebt u samen met Sanne Bakker gemaakt.', { exact: false })
      .waitFor();
    await plan.getByText('Weer zelf naar de markt in Stein').waitFor();
    await plan.getByRole('heading', { name: 'Rust in de geldzaken' }).waitFor();
    await plan.getByText('Dit doet Mieke Janssen.').waitFor();
    await plan.getByText(/^Hiervoor gaat u naar: /).waitFor();
    await plan.getByText('Dit doet Schuldhulp Stein.').waitFor();
    await plan.getByText('We zoeken een vrijwilliger voor u.').waitFor();
    await plan.getByText('Dit had al klaar moeten zijn.', { exact: false }).first().waitFor();
    await expectNoAxeViolations(page);

    // "Something different" needs a text; agreeing does not.
    await plan.getByRole('button', { name: 'Ik wil iets anders' }).click();
    await page.locator('.kring-error-summary').getByText('Schrijf wat u anders wilt.').waitFor();
    await plan.getByLabel('Wat wilt u zeggen over het plan?').fill('Fijn dat Mieke helpt.');
    await plan.getByRole('button', { name: 'Ik ben het ermee eens' }).click();
    await page
      .getByRole('status')
      .getByText('Dank u wel. Uw hulpverlener ziet dat u het eens bent met het plan.')
      .waitFor();
    await plan.getByText(/zei u: ik ben het ermee eens\./).waitFor();
    await page.setViewportSize(SMAL);
    await expectNoHorizontalScroll(page);

    // Sanne sees the reaction with the plan and in the timeline.
    const sanne = await alsSanne(`/werkplek/personen/${persoonId}/plan`);
    await pagina(sanne, 'Plan van Ans Janssen');
    await sanne.getByText(/de persoon is het eens met het plan\./).waitFor();
    await sanne.getByText('Fijn dat Mieke helpt.').waitFor();
    await gotoSettled(sanne, `/werkplek/personen/${persoonId}`);
    await pagina(sanne, 'Dossier van Ans Janssen');
    await sanne
      .getByRole('region', { name: 'Tijdlijn' })
      .getByText('Reactie van de persoon op het plan')
      .waitFor();
  });
});
