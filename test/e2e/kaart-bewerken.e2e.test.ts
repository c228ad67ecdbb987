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
 * Editing the sociale kaart in Chromium, with axe on every page and state: an organisation
 * admin makes a new entry with a monthly schedule and a closed day, sends it to the editor,
 * withdraws it and sends it again; the editor publishes it; residents see the schedule in
 * words, and the English name in English.
 */

const LANG = { timeout: 240_000 };

async function klaar(page: Page): Promise<void> {
  await waitForLoaded(page);
}

describe('sociale kaart: a new entry with its schedule', () => {
  const kring = useKring();

  it(
    'is made, sent, withdrawn, sent again, published, and shown in Dutch and English',
    LANG,
    async () => {
      const admin = await kring.open('/werkplek/sociale-kaart', {
        before: (p) => inloggenAls(kring, p.context(), 'organisatie@demo.example'),
      });
      await admin.getByRole('heading', { level: 2, name: 'Uw aanbod' }).waitFor();
      await klaar(admin);
      await expectNoAxeViolations(admin);

      // "Nieuw aanbod": a few questions first, checked before sending.
      await admin.getByRole('link', { name: 'Nieuw aanbod' }).click();
      await admin.getByRole('heading', { level: 1, name: 'Nieuw aanbod' }).waitFor();
      await admin.getByText('Voor Kookclub De Pollepel.').waitFor();
      await expectNoAxeViolations(admin);
      await admin.getByRole('button', { name: 'Bewaren en verder' }).click();
      const samenvatting = admin.locator('.kring-error-summary');
      await samenvatting.getByRole('link', { name: 'Vul een naam in.' }).waitFor();
      await samenvatting.getByRole('link', { name: 'Vul een beschrijving in.' }).waitFor();
      await expectNoAxeViolations(admin);
      await admin.getByLabel('Naam', { exact: true }).fill('Breicafé Stein');
      await admin.getByLabel('Soort aanbod').selectOption('groep');
      await admin
        .getByLabel('Beschrijving', { exact: true })
        .fill('Samen breien en koffie drinken.');
      await admin.getByRole('button', { name: 'Bewaren en verder' }).click();

      // On to the full form.
      await admin.getByRole('heading', { level: 1, name: 'Aanbod aanpassen' }).waitFor();
      await admin.getByText('Uw nieuwe aanbod is bewaard.', { exact: false }).waitFor();
      await admin.getByText('Status: Wijziging opgeslagen, nog niet ingestuurd.').waitFor();
      const id = /aanbod\/([0-9a-f-]{36})\/bewerken/.exec(admin.url())![1]!;
      await klaar(admin);
      await expectNoAxeViolations(admin);

      await admin.getByLabel('Naam (Engels)').fill('Knitting café Stein');
      expect(await admin.getByLabel('Naam (Engels)').getAttribute('lang')).toBe('en');
      await admin.getByLabel('Beschrijving (Engels)').fill('Knit together and have a coffee.');

      // A monthly schedule: every first Tuesday, 10:00–12:00.
      await admin.getByRole('button', { name: 'Tijd toevoegen' }).click();
      await admin.locator('#bw-rooster-0-soort').selectOption('maandelijks');
      await admin.getByLabel('Welke week van de maand?').selectOption('1');
      await admin.getByLabel('Dag', { exact: true }).selectOption('TU');
      await admin.getByLabel('Van', { exact: true }).fill('10:00');
      await admin.getByLabel('Tot', { exact: true }).fill('12:00');
      await admin
        .getByText('Zo staat het op de kaart: Elke eerste dinsdag van de maand 10:00–12:00')
        .waitFor();

      // A closed period, with a mistake first: the last day before the first.
      await admin.getByRole('button', { name: 'Gesloten dag toevoegen' }).click();
      await admin.locator('#bw-rooster-1-soort').waitFor();
      expect(await admin.locator('#bw-rooster-1-soort').inputValue()).toBe('gesloten');
      await admin.getByLabel('Eerste dag dicht').fill('2026-12-31');
      await admin.getByLabel('Laatste dag dicht (als u wilt)').fill('2026-12-24');
      await admin.getByLabel('Reden (als u wilt)').fill('Kerstvakantie');
      await admin.getByRole('button', { name: 'Opslaan en naar de redactie sturen' }).click();
      await samenvatting
        .getByRole('link', {
          name: 'Deze datum ligt voor de eerste datum. Kies een latere datum.',
        })
        .waitFor();
      await expectNoAxeViolations(admin);
      await admin.getByLabel('Eerste dag dicht').fill('2026-12-24');
      await admin.getByLabel('Laatste dag dicht (als u wilt)').fill('2027-01-01');
      await admin
        .getByText(
          'Zo staat het op de kaart: Gesloten van 24 december 2026 tot en met 1 januari 2027 – Kerstvakantie',
        )
        .waitFor();
      await admin.getByRole('button', { name: 'Opslaan en naar de redactie sturen' }).click();
      await admin
        .getByRole('status')
        .filter({ hasText: 'Uw wijziging is naar de redactie gestuurd.' })
        .waitFor();
      await admin.getByText('Status: Wijziging wacht op de redactie.').waitFor();
      await expectNoAxeViolations(admin);

      // Withdraw, after a confirmation; the status says so.
      await admin.getByRole('button', { name: 'Wijziging intrekken' }).click();
      await admin.getByText('Weet u het zeker?', { exact: false }).waitFor();
      await expectNoAxeViolations(admin);
      await admin.getByRole('button', { name: 'Nee, niet intrekken' }).click();
      await admin.getByRole('button', { name: 'Wijziging intrekken' }).click();
      await admin.getByRole('button', { name: 'Ja, intrekken' }).click();
      await admin.getByRole('status').filter({ hasText: 'Uw wijziging is ingetrokken.' }).waitFor();
      await admin.getByText('Status: Nog niet online.').waitFor();
      expect(await admin.getByRole('button', { name: 'Wijziging intrekken' }).count()).toBe(0);
      await expectNoAxeViolations(admin);

      // Nothing is lost, also after a reload: the schedules are still there. Send it again.
      await gotoSettled(admin, `/werkplek/sociale-kaart/aanbod/${id}/bewerken`);
      await klaar(admin);
      await admin
        .getByText('Zo staat het op de kaart: Elke eerste dinsdag van de maand 10:00–12:00')
        .waitFor();
      expect(await admin.getByLabel('Naam (Engels)').inputValue()).toBe('Knitting café Stein');
      await admin.getByRole('button', { name: 'Opslaan en naar de redactie sturen' }).click();
      await admin
        .getByRole('status')
        .filter({ hasText: 'Uw wijziging is naar de redactie gestuurd.' })
        .waitFor();
      await admin.getByText('Status: Wijziging wacht op de redactie.').waitFor();

      // Not public yet.
      const publiek = await kring.open(`/sociale-kaart/aanbod/${id}`, {
        // The API answers 404 for an entry that is not online: the browser logs that.
        expectedConsoleErrors: /404/,
      });
      await publiek.getByText('Dit aanbod bestaat niet (meer).').waitFor();

      // The editor publishes it.
      const redacteur = await kring.open('/werkplek/sociale-kaart/moderatie', {
        before: (p) => inloggenAls(kring, p.context(), 'redacteur@demo.example'),
      });
      await klaar(redacteur);
      await redacteur.getByRole('link', { name: 'Wijziging van Breicafé Stein bekijken' }).click();
      await redacteur.getByRole('heading', { level: 1, name: 'Wijziging bekijken' }).waitFor();
      await redacteur.locator('.kring-sk-verschil').waitFor();
      expect(await redacteur.locator('main').textContent()).toContain(
        'elke eerste dinsdag van de maand 10:00–12:00',
      );
      await expectNoAxeViolations(redacteur);
      await redacteur.getByRole('button', { name: 'Online zetten' }).click();
      await redacteur
        .getByRole('status')
        .filter({ hasText: 'Breicafé Stein staat online met de wijziging.' })
        .waitFor();
      await expectNoAxeViolations(redacteur);

      // Public: the schedule in words, the Dutch name marked as Dutch.
      await gotoSettled(publiek, `/sociale-kaart/aanbod/${id}`);
      const kop = publiek.getByRole('heading', { level: 1, name: 'Breicafé Stein' });
      await kop.waitFor();
      expect(await kop.locator('span').getAttribute('lang')).toBe('nl');
      await publiek
        .getByRole('listitem')
        .filter({ hasText: 'Elke eerste dinsdag van de maand 10:00–12:00' })
        .waitFor();
      await publiek
        .getByRole('listitem')
        .filter({
          hasText: 'Gesloten van 24 december 2026 tot en met 1 januari 2027 – Kerstvakantie',
        })
        .waitFor();
      await expectNoAxeViolations(publiek);

      // In English: the English name and description, marked as English.
      await publiek.getByRole('button', { name: 'English' }).click();
      const kopEn = publiek.getByRole('heading', { level: 1, name: 'Knitting café Stein' });
      await kopEn.waitFor();
      expect(await kopEn.locator('span').getAttribute('lang')).toBe('en');
      const beschrijving = publiek.getByText('Knit together and have a coffee.');
      expect(await beschrijving.getAttribute('lang')).toBe('en');
      await publiek
        .getByRole('listitem')
        .filter({ hasText: 'Every first Tuesday of the month 10:00–12:00' })
        .waitFor();
      await expectNoAxeViolations(publiek);
    },
  );

  it('fits a 360 px phone: a new entry and its schedule rows', LANG, async () => {
    const page = await kring.open('/werkplek/sociale-kaart/aanbod/nieuw', {
      viewport: PHONE,
      before: (p) => inloggenAls(kring, p.context(), 'organisatie@demo.example'),
    });
    await page.getByRole('heading', { level: 1, name: 'Nieuw aanbod' }).waitFor();
    await klaar(page);
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
    await page.getByLabel('Naam', { exact: true }).fill('Zangkoor Elsloo');
    await page.getByLabel('Beschrijving', { exact: true }).fill('Samen zingen.');
    await page.getByRole('button', { name: 'Bewaren en verder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanbod aanpassen' }).waitFor();
    await klaar(page);
    // Every week or every few weeks: every other week needs a first date.
    await page.getByRole('button', { name: 'Tijd toevoegen' }).click();
    await page.getByLabel('Hoe vaak?').selectOption('2');
    await page.getByRole('button', { name: 'Alleen opslaan' }).click();
    await page
      .locator('.kring-error-summary')
      .getByRole('link', { name: 'Vul de eerste keer in. Dan weten we in welke weken het is.' })
      .waitFor();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
    await page.getByLabel('Eerste keer (als u wilt)').fill('2026-09-03');
    await page.getByLabel('Dag', { exact: true }).selectOption('TH');
    await page.getByText('Zo staat het op de kaart: Om de week op donderdag').waitFor();
    // A one-off date.
    await page.getByRole('button', { name: 'Tijd toevoegen' }).click();
    await page.locator('#bw-rooster-1-soort').selectOption('eenmalig');
    await page.getByLabel('Datum', { exact: true }).fill('2026-12-20');
    await page.locator('#bw-rooster-1-van').fill('15:00');
    await page.locator('#bw-rooster-1-tot').fill('16:30');
    await page
      .getByText('Zo staat het op de kaart: Op zondag 20 december 2026 15:00–16:30')
      .waitFor();
    await page.getByRole('button', { name: 'Alleen opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Uw wijziging is opgeslagen.' }).waitFor();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  });
});
