import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  gotoSettled,
  useKring,
} from './harness.ts';
import { ACR_BASIS, startTestIdp } from '../helpers/oidc-idp.ts';
import { inloggenAls } from './inloggen-als.ts';

/**
 * "Hulp vragen" (issue 5), in Chromium with axe on every page:
 * (1) an anonymous resident asks for help with shopping, by keyboard only and on a 320 px
 *     screen, makes an account at the end, sends, and the coordinator sees it in the queue;
 * (4) a request about three life domains becomes an intake for the wijkteam;
 * and what a logged-in resident gets: answers kept on the server, Mijn Kring's "Ga verder",
 * the story told before shown instead of asked again, and the server's 400 mapped to a step.
 */

const SMAL = { width: 320, height: 640 } as const;
const LANG = { timeout: 240_000 };

async function tabNaar(page: Page, doel: Locator, maximaal = 120): Promise<void> {
  for (let i = 0; i < maximaal; i++) {
    if (await doel.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${doel.toString()}`);
}

/**
 * A page of the form is there: after a navigation in the app its h1 has focus (not on the
 * first page of a visit, which the browser loads itself), and axe finds nothing.
 */
async function opPagina(
  page: Page,
  kop: string,
  { smal = false, eerste = false } = {},
): Promise<void> {
  const h1 = page.getByRole('heading', { level: 1, name: kop });
  await h1.waitFor();
  await page.locator('.kring-skeleton').waitFor({ state: 'detached' });
  if (!eerste) {
    await expect.poll(() => h1.evaluate((el) => el === document.activeElement)).toBe(true);
  }
  await expectNoAxeViolations(page);
  if (smal) await expectNoHorizontalScroll(page);
}

/** Tab to a control and press a key on it, as a keyboard user does. */
async function druk(page: Page, doel: Locator, toets = 'Space'): Promise<void> {
  await tabNaar(page, doel);
  await page.keyboard.press(toets);
}

async function typ(page: Page, veld: Locator, tekst: string): Promise<void> {
  await tabNaar(page, veld);
  await page.keyboard.type(tekst);
}

/** The required answers by mouse, from the first question to the check page. */
async function vulVerplichteIn(page: Page, categorie: string): Promise<void> {
  const knop = page.getByRole('button', { name: 'Verder', exact: true });
  const kies = async (kop: string, label: string) => {
    await opPagina(page, kop);
    await page.getByLabel(label).check();
    await knop.click();
  };
  await kies('Voor wie vraagt u hulp?', 'Voor mijzelf');
  await kies('Waarmee zoekt u hulp?', categorie);
  await opPagina(page, 'Vertel het in uw eigen woorden');
  await knop.click();
  await kies('Hoe vaak hebt u hulp nodig?', 'Eén keer');
  await opPagina(page, 'Wanneer komt hulp u goed uit?');
  await knop.click();
  await opPagina(page, 'Wat is uw postcode?');
  await page.getByLabel('Postcode').fill('6171 AA');
  await knop.click();
  await kies('Hoe snel hebt u hulp nodig?', 'Het kan wachten');
  for (const kop of [
    'Wie zou u het liefst helpen?',
    'Wat gaat goed?',
    'Wat zou u voor een ander kunnen doen?',
    'Wat doet u graag?',
    'Hoe kunnen we u bereiken?',
  ]) {
    await opPagina(page, kop);
    await knop.click();
  }
  await opPagina(page, 'Controleer uw antwoorden');
}

const verder = (page: Page) =>
  druk(page, page.getByRole('button', { name: 'Verder', exact: true }), 'Enter');

describe('hulp vragen', () => {
  const kring = useKring();

  it(
    '(1) an anonymous resident asks for help with shopping by keyboard, makes an account and sends; the coordinator sees it',
    LANG,
    async () => {
      const page = await kring.open('/', { viewport: SMAL });
      await druk(page, page.getByRole('link', { name: 'Ik zoek hulp' }), 'Enter');
      await opPagina(page, 'Hulp vragen', { smal: true });
      const main = page.getByRole('main');
      await main.getByText('Dat duurt ongeveer 5 minuten.', { exact: false }).waitFor();
      await main.getByText('hebt u een account nodig', { exact: false }).waitFor();
      await main.getByText('alleen in dit tabblad', { exact: false }).waitFor();
      // Calling the front door is just as good.
      await main.getByRole('link', { name: '046 123 45 67' }).waitFor();

      await druk(page, page.getByRole('link', { name: 'Beginnen' }), 'Enter');
      await opPagina(page, 'Voor wie vraagt u hulp?', { smal: true });
      await main.getByText('Vraag 1 van 12').waitFor();

      // Continue without an answer: the summary takes focus, the field has its error.
      await verder(page);
      const samenvatting = page.locator('.kring-error-summary');
      await samenvatting.getByText('Er is een probleem').waitFor();
      expect(await samenvatting.evaluate((el) => el === document.activeElement)).toBe(true);
      const radio = page.getByLabel('Voor mijzelf');
      expect(await radio.getAttribute('aria-invalid')).toBe('true');
      await main.locator('#voor-wie-fout').getByText('Kies voor wie u hulp vraagt.').waitFor();
      await expectNoAxeViolations(page);
      // The summary's link moves focus to the field.
      await druk(
        page,
        samenvatting.getByRole('link', { name: 'Kies voor wie u hulp vraagt.' }),
        'Enter',
      );
      expect(await radio.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Space');
      await verder(page);

      await opPagina(page, 'Waarmee zoekt u hulp?', { smal: true });
      await druk(page, page.getByLabel('Boodschappen doen'));
      await verder(page);

      await opPagina(page, 'Vertel het in uw eigen woorden', { smal: true });
      await typ(
        page,
        page.getByLabel('Wat hebt u nodig? (niet verplicht)'),
        'Ik kan niet meer zelf naar de supermarkt.',
      );
      await verder(page);

      await opPagina(page, 'Hoe vaak hebt u hulp nodig?', { smal: true });
      // A radio group is one tab stop; the arrow keys choose within it.
      await tabNaar(page, page.getByLabel('Eén keer'));
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await page.getByLabel('Elke week').isChecked()).toBe(true);
      await verder(page);

      await opPagina(page, 'Wanneer komt hulp u goed uit?', { smal: true });
      await druk(page, page.getByLabel('maandag ochtend'));
      await druk(page, page.getByLabel('woensdag ochtend'));
      await verder(page);

      await opPagina(page, 'Wat is uw postcode?', { smal: true });
      await typ(page, page.getByLabel('Postcode'), '6171 ab');
      await verder(page);

      await opPagina(page, 'Hoe snel hebt u hulp nodig?', { smal: true });
      await druk(page, page.getByLabel('Het kan wachten'));
      await druk(page, page.getByLabel('Het gaat wel'));
      await verder(page);

      await opPagina(page, 'Wie zou u het liefst helpen?', { smal: true });
      await druk(page, page.getByLabel('Limburgs'));
      await verder(page);

      await opPagina(page, 'Wat gaat goed?', { smal: true });
      await typ(page, page.getByLabel('Uw antwoord (niet verplicht)'), 'Ik kook nog elke dag.');
      await verder(page);

      await opPagina(page, 'Wat zou u voor een ander kunnen doen?', { smal: true });
      await druk(page, page.getByLabel('Hulp met de computer of telefoon'));
      await verder(page);

      await opPagina(page, 'Wat doet u graag?', { smal: true });
      await typ(page, page.getByLabel('Uw antwoord (niet verplicht)'), 'Kaarten en puzzelen.');
      await verder(page);

      await opPagina(page, 'Hoe kunnen we u bereiken?', { smal: true });
      await typ(page, page.getByLabel('Telefoonnummer (niet verplicht)'), '06 98 76 54 32');
      await typ(page, page.getByLabel('E-mailadres (niet verplicht)'), 'lotte@example.nl');
      await verder(page);

      await opPagina(page, 'Controleer uw antwoorden', { smal: true });
      const rij = (label: string) =>
        main.locator('.utrecht-data-list__item').filter({ hasText: label });
      expect(await rij('Waarmee').textContent()).toContain('Boodschappen doen');
      expect(await rij('Wanneer').textContent()).toContain('maandag ochtend; woensdag ochtend');
      expect(await rij('Postcode').textContent()).toContain('6171 AB');
      await rij('Postcode').getByRole('link', { name: 'Wijzigen postcode' }).waitFor();
      // What will happen and by when, before sending.
      await main.getByText('Uw vraag gaat naar Vrijwilligerscentrale Stein.').waitFor();
      await main.getByText(/U hoort binnen \d+ werkdagen van ons: uiterlijk op/).waitFor();
      await expectNoAxeViolations(page);

      // Without consent the form says so; consent names the receiving organisation.
      await verder(page);
      await samenvatting
        .getByText('Geef toestemming om uw vraag te delen. Anders kunnen we u niet helpen.')
        .waitFor();
      expect(await samenvatting.evaluate((el) => el === document.activeElement)).toBe(true);
      await expectNoAxeViolations(page);
      await druk(
        page,
        page.getByLabel(
          'Ik geef Vrijwilligerscentrale Stein toestemming om mijn vraag en mijn antwoorden te lezen.',
          { exact: false },
        ),
      );
      await verder(page);

      await opPagina(page, 'Maak een account om uw vraag te versturen', { smal: true });
      expect(await page.getByLabel('E-mailadres').inputValue()).toBe('lotte@example.nl');
      await typ(page, page.getByLabel('Uw naam'), 'Lotte Smeets');
      await typ(page, page.getByLabel('Kies een wachtwoord'), 'kort');
      await druk(
        page,
        page.getByRole('button', { name: 'Account maken en vraag versturen' }),
        'Enter',
      );
      await samenvatting.getByText('Kies een wachtwoord van minstens 12 tekens.').waitFor();
      expect(await samenvatting.evaluate((el) => el === document.activeElement)).toBe(true);
      await expectNoAxeViolations(page);
      await typ(page, page.getByLabel('Kies een wachtwoord'), ' maar nu wel lang genoeg');
      await druk(
        page,
        page.getByRole('button', { name: 'Account maken en vraag versturen' }),
        'Enter',
      );

      await opPagina(page, 'Uw vraag is verstuurd', { smal: true });
      await main
        .getByText('De vrijwilligerscoördinator van Vrijwilligerscentrale Stein leest uw vraag.')
        .waitFor();
      await main
        .getByText(/U hoort uiterlijk op .+ van ons\./)
        .first()
        .waitFor();
      await page.getByRole('banner').getByRole('link', { name: 'Lotte Smeets' }).waitFor();

      // The coordinator of the Vrijwilligerscentrale has it in the queue.
      const coordinator = await kring.open('/');
      await inloggenAls(kring, coordinator.context(), 'coordinator@demo.example');
      await gotoSettled(coordinator, '/werkplek/loket');
      await coordinator.getByRole('link', { name: 'Lotte Smeets' }).waitFor();
      const queue = (await coordinator.evaluate(async () => {
        const r = await fetch('/api/v1/loket/hulpvragen?route=vrijwilligers');
        return r.json();
      })) as {
        hulpvragen: { naam: string; route: string; antwoorden: { categorieen: string[] } }[];
      };
      const lotte = queue.hulpvragen.find((h) => h.naam === 'Lotte Smeets');
      expect(lotte?.route).toBe('vrijwilligers');
      expect(lotte?.antwoorden.categorieen).toEqual(['boodschappen']);
      await expectNoAxeViolations(coordinator);
    },
  );

  it(
    '(4) a request about three life domains becomes an intake: the wijkteam will call, and sees it',
    LANG,
    async () => {
      const page = await kring.open('/hulp-vragen', {
        before: (p) => inloggenAls(kring, p.context(), 'inwoner@demo.example'),
      });
      const main = page.getByRole('main');
      await opPagina(page, 'Hulp vragen', { eerste: true });
      await main.getByText('We bewaren uw antwoorden bij elke stap.', { exact: false }).waitFor();
      await page.getByRole('link', { name: 'Beginnen' }).click();
      await opPagina(page, 'Voor wie vraagt u hulp?');
      await page.getByLabel('Voor mijzelf').check();
      await page.getByRole('button', { name: 'Verder', exact: true }).click();
      await opPagina(page, 'Waarmee zoekt u hulp?');
      for (const c of [
        'Boodschappen doen',
        'Zorgen over geld of schulden',
        'Ik voel me somber of alleen',
      ]) {
        await page.getByLabel(c).check();
      }
      await page.getByRole('button', { name: 'Verder', exact: true }).click();
      await opPagina(page, 'Vertel het in uw eigen woorden');
      await page.getByRole('button', { name: 'Verder', exact: true }).click();
      await opPagina(page, 'Hoe vaak hebt u hulp nodig?');
      await page.getByLabel('Een paar keer').check();
      await page.getByRole('button', { name: 'Verder', exact: true }).click();
      await opPagina(page, 'Wanneer komt hulp u goed uit?');
      await page.getByRole('button', { name: 'Verder', exact: true }).click();
      await opPagina(page, 'Wat is uw postcode?');
      await page.getByLabel('Postcode').fill('6171 AA');
      await page.getByRole('button', { name: 'Verder', exact: true }).click();
      await opPagina(page, 'Hoe snel hebt u hulp nodig?');
      await page.getByLabel('Binnen een week').check();
      await page.getByRole('button', { name: 'Verder', exact: true }).click();
      await opPagina(page, 'Wie zou u het liefst helpen?');
      await page.getByRole('button', { name: 'Verder', exact: true }).click();
      await opPagina(page, 'Wat gaat goed?');
      await page.getByLabel('Uw antwoord (niet verplicht)').fill('Mijn buurvrouw komt vaak langs.');
      await page.getByRole('button', { name: 'Verder', exact: true }).click();
      await opPagina(page, 'Wat zou u voor een ander kunnen doen?');
      await page.getByRole('button', { name: 'Verder', exact: true }).click();
      await opPagina(page, 'Wat doet u graag?');
      await page.getByRole('button', { name: 'Verder', exact: true }).click();
      await opPagina(page, 'Hoe kunnen we u bereiken?');
      await main.getByText('We hebben al ingevuld wat we van u weten.', { exact: false }).waitFor();
      await page.getByLabel('Telefoonnummer (niet verplicht)').fill('06 11 22 33 44');
      await page.getByRole('button', { name: 'Verder', exact: true }).click();

      await opPagina(page, 'Controleer uw antwoorden');
      await main.getByText('Uw vraag gaat naar Wijkteam Stein.').waitFor();
      await main
        .getByText('Uw vraag gaat over verschillende dingen tegelijk.', { exact: false })
        .waitFor();
      await page.getByLabel('Ik geef Wijkteam Stein toestemming', { exact: false }).check();
      await page.getByRole('button', { name: 'Vraag versturen' }).click();

      await opPagina(page, 'Uw vraag is verstuurd');
      await main.getByText(/Het wijkteam belt u binnen \d+ werkdagen: uiterlijk op/).waitFor();
      await main.getByText(/Iemand van Wijkteam Stein belt u uiterlijk op/).waitFor();

      // Sanne of the Wijkteam Stein sees it as an intake request.
      const wijkteam = await kring.open('/');
      await inloggenAls(kring, wijkteam.context(), 'wijkteam@demo.example');
      await gotoSettled(wijkteam, '/werkplek/loket');
      await wijkteam.getByRole('link', { name: 'Ans Janssen' }).first().waitFor();
      const queue = (await wijkteam.evaluate(async () => {
        const r = await fetch('/api/v1/loket/hulpvragen?route=wijkteam');
        return r.json();
      })) as { hulpvragen: { naam: string; route: string; levensdomeinen: string[] }[] };
      const ans = queue.hulpvragen.find((h) => h.naam === 'Ans Janssen');
      expect(ans?.route).toBe('wijkteam');
      expect(ans?.levensdomeinen.length).toBe(3);
      await expectNoAxeViolations(wijkteam);
    },
  );

  it(
    'logged in, the answers are kept on the server; Mijn Kring continues them, and what was told before is shown, not asked',
    LANG,
    async () => {
      const page = await kring.open('/hulp-vragen', {
        before: (p) => inloggenAls(kring, p.context(), 'inwoner@demo.example'),
      });
      const main = page.getByRole('main');
      await page
        .getByRole('link', { name: /^(Beginnen|Ga verder met uw vraag)$/ })
        .first()
        .waitFor();
      const opnieuw = page.getByRole('button', { name: 'Opnieuw beginnen' });
      if (await opnieuw.isVisible()) await opnieuw.click();
      else await page.getByRole('link', { name: 'Beginnen' }).click();
      await opPagina(page, 'Voor wie vraagt u hulp?');
      await page.getByLabel('Voor iemand voor wie ik zorg').check();
      await page.getByLabel('Wat is de naam van die persoon?').fill('Jan Janssen');
      await page.getByLabel('Wat is die persoon van u? (niet verplicht)').fill('mijn vader');
      await page.getByRole('button', { name: 'Verder', exact: true }).click();
      await opPagina(page, 'Waarmee zoekt Jan Janssen hulp?');
      await page.getByLabel('Samen wandelen of fietsen').check();
      // Save and continue later: to Mijn Kring.
      await page.getByRole('button', { name: 'Opslaan en later verder' }).click();
      await opPagina(page, 'Mijn Kring');
      const concept = main.getByRole('article').filter({ hasText: 'Niet verstuurde vraag' });
      await concept.getByText('Over: Samen wandelen of fietsen').waitFor();
      await concept.getByRole('link', { name: 'Ga verder met uw vraag' }).click();

      // Back at the first question that still needs an answer, the answers kept.
      await opPagina(page, 'Hoe vaak hebt u hulp nodig?');
      await page.getByRole('link', { name: 'Terug' }).click();
      await opPagina(page, 'Vertel het in uw eigen woorden');
      await page.getByRole('link', { name: 'Terug' }).click();
      await opPagina(page, 'Waarmee zoekt Jan Janssen hulp?');
      expect(await page.getByLabel('Samen wandelen of fietsen').isChecked()).toBe(true);

      // The story Ans told in the previous test: shown, already filled in.
      await gotoSettled(page, '/hulp-vragen/gaat-goed');
      await opPagina(page, 'Wat gaat goed?', { eerste: true });
      await main.getByText('U vertelde ons eerder:').waitFor();
      await main.locator('blockquote').getByText('Mijn buurvrouw komt vaak langs.').waitFor();
      expect(await page.getByLabel('Uw antwoord (niet verplicht)').inputValue()).toBe(
        'Mijn buurvrouw komt vaak langs.',
      );
      await gotoSettled(page, '/hulp-vragen/contact');
      expect(await page.getByLabel('Telefoonnummer (niet verplicht)').inputValue()).toBe(
        '06 11 22 33 44',
      );
    },
  );

  it("maps the server's 400 on sending back to the step and field", LANG, async () => {
    const page = await kring.open('/hulp-vragen', {
      before: async (p) => {
        await inloggenAls(kring, p.context(), 'inwoner@demo.example');
        // As if the server found the postcode missing (the browser checks it too, so the
        // server's answer is simulated here).
        await p.route('**/api/v1/mijn/hulpvragen/*/verzending', (route) =>
          route.fulfill({
            status: 400,
            contentType: 'application/problem+json',
            body: JSON.stringify({
              status: 400,
              code: 'KRING_VALIDATIE',
              invalidParams: [
                { name: 'antwoorden.postcode', code: 'ontbreekt', reason: 'Vul de postcode in.' },
              ],
            }),
          }),
        );
      },
      expectedConsoleErrors: /status of 400 \(Bad Request\)/,
    });
    const main = page.getByRole('main');
    const opnieuw = page.getByRole('button', { name: 'Opnieuw beginnen' });
    if (await opnieuw.isVisible()) await opnieuw.click();
    else await page.getByRole('link', { name: 'Beginnen' }).click();
    await opPagina(page, 'Voor wie vraagt u hulp?');
    await page.getByLabel('Voor mijzelf').check();
    await page.getByRole('button', { name: 'Verder', exact: true }).click();
    await opPagina(page, 'Waarmee zoekt u hulp?');
    await page.getByLabel('Werk in de tuin').check();
    await page.getByRole('button', { name: 'Verder', exact: true }).click();
    await page.getByRole('button', { name: 'Verder', exact: true }).click();
    await opPagina(page, 'Hoe vaak hebt u hulp nodig?');
    await page.getByLabel('Eén keer').check();
    await page.getByRole('button', { name: 'Verder', exact: true }).click();
    await page.getByRole('button', { name: 'Verder', exact: true }).click();
    await opPagina(page, 'Wat is uw postcode?');
    await page.getByLabel('Postcode').fill('6171 AA');
    await page.getByRole('button', { name: 'Verder', exact: true }).click();
    await opPagina(page, 'Hoe snel hebt u hulp nodig?');
    await page.getByLabel('Het kan wachten').check();
    await page.getByRole('button', { name: 'Verder', exact: true }).click();
    for (let i = 0; i < 5; i++) {
      await page.locator('.kring-skeleton').waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Verder', exact: true }).click();
    }
    await opPagina(page, 'Controleer uw antwoorden');
    await page
      .getByLabel('Ik geef Vrijwilligerscentrale Stein toestemming', { exact: false })
      .check();
    await page.getByRole('button', { name: 'Vraag versturen' }).click();
    const samenvatting = page.locator('.kring-error-summary');
    const link = samenvatting.getByRole('link', {
      name: 'Een postcode is vier cijfers en twee letters, zoals 6171 AA.',
    });
    await link.waitFor();
    expect(await samenvatting.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoAxeViolations(page);
    await link.click();
    await opPagina(page, 'Wat is uw postcode?');
    await main.locator('#postcode-fout').waitFor();
    expect(await page.getByLabel('Postcode').getAttribute('aria-invalid')).toBe('true');
  });

  it(
    'without an account, a resident logs in with a DigiD-like service at the end and comes back to the answers',
    LANG,
    async () => {
      const { services, database } = kring.kring;
      const geheimEnv = 'KRING_TEST_OIDC_GEHEIM';
      const geheim = 'geheim-van-de-e2e-client-0123456789';
      process.env[geheimEnv] = geheim;
      const gemeente = await services.gemeenten.ref('GM0882');
      const digid = await services.oidc.maakViaCli(gemeente.id, {
        slug: 'digid',
        naam: 'DigiD',
        issuer: 'http://127.0.0.1:1',
        clientId: 'kring-inwoners',
        clientSecretEnv: geheimEnv,
        scopes: ['openid'],
        doelgroep: 'inwoners',
        acrWaarden: [ACR_BASIS],
      });
      const idp = await startTestIdp([
        {
          clientId: 'kring-inwoners',
          clientSecret: geheim,
          redirectUris: [`${kring.url}/api/v1/oidc-providers/${digid.id}/callback`],
        },
      ]);
      try {
        await database.db
          .updateTable('oidc_providers')
          .set({ issuer: idp.issuer })
          .where('id', '=', digid.id)
          .execute();
        idp.volgende = { sub: 'digid-e2e-1', acr: ACR_BASIS };

        const page = await kring.open('/hulp-vragen');
        await page.getByRole('link', { name: 'Beginnen' }).click();
        await vulVerplichteIn(page, 'Hulp met de computer of telefoon');
        await page
          .getByLabel('Ik geef Vrijwilligerscentrale Stein toestemming', { exact: false })
          .check();
        await page.getByRole('button', { name: 'Verder', exact: true }).click();
        await opPagina(page, 'Maak een account om uw vraag te versturen');
        await page.getByRole('link', { name: 'Inloggen en verder' }).click();
        await opPagina(page, 'Inloggen');
        expect(new URL(page.url()).search).toBe('?terug=%2Fhulp-vragen%2Fcontroleren');
        const digidKnop = page.getByRole('link', { name: 'Inloggen met DigiD' });
        await digidKnop.waitFor();
        expect(
          await page.getByRole('link', { name: 'Maak een account' }).getAttribute('href'),
        ).toBe('/account-maken?terug=%2Fhulp-vragen%2Fcontroleren');
        await expectNoAxeViolations(page);

        // Out to the provider and back: /inloggen/klaar sends the resident to the answers.
        await digidKnop.click();
        await page.waitForURL('**/hulp-vragen/controleren');
        await opPagina(page, 'Controleer uw antwoorden', { eerste: true });
        const main = page.getByRole('main');
        expect(
          await main
            .locator('.utrecht-data-list__item')
            .filter({ hasText: 'Waarmee' })
            .textContent(),
        ).toContain('Hulp met de computer of telefoon');
        await page
          .getByLabel('Ik geef Vrijwilligerscentrale Stein toestemming', { exact: false })
          .check();
        await page.getByRole('button', { name: 'Vraag versturen' }).click();
        await opPagina(page, 'Uw vraag is verstuurd');
      } finally {
        await idp.close();
        delete process.env[geheimEnv];
      }
    },
  );

  it('in English on a 320 px screen: start, a question, the check page', LANG, async () => {
    const page = await kring.open('/hulp-vragen', {
      viewport: SMAL,
      before: (p) => p.addInitScript(() => window.localStorage.setItem('kring.taal', 'en')),
    });
    await opPagina(page, 'Ask for help', { smal: true, eerste: true });
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await opPagina(page, 'Who do you need help for?', { smal: true });
    await page.getByLabel('For someone I care for').check();
    await page.getByLabel('What is the name of that person?').fill('Jan');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await opPagina(page, 'What does Jan need help with?', { smal: true });
    await gotoSettled(page, '/hulp-vragen/wanneer');
    await opPagina(page, 'When does help suit you?', { smal: true, eerste: true });
    await page.getByLabel('Monday morning').check();
    await gotoSettled(page, '/hulp-vragen/controleren');
    await opPagina(page, 'Check your answers', { smal: true, eerste: true });
    await page.getByRole('main').getByText('Jan').first().waitFor();
  });
});
