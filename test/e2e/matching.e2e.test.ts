import { describe, expect, it } from 'vitest';
import { DESKTOP, expectNoAxeViolations, expectNoHorizontalScroll, useKring } from './harness.ts';
import { inloggenAls } from './inloggen-als.ts';

/**
 * Matching (issue 7), in Chromium with axe on every state: the coordinator opens the
 * matching board on the demo pool, runs the optimiser, reads why each proposal fits and the
 * reciprocal and group suggestions, approves one; the volunteer and then the resident say
 * yes in Mijn Kring, the resident says the introduction went well, and the match is actief;
 * the coordinator sees it on the list of matches and ends it with a reason.
 */

const LANG = { timeout: 240_000 };
const SMAL = { width: 320, height: 640 } as const;
const TEGEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mN48ODBfwAI2wOdsL5S5wAAAABJRU5ErkJggg==',
  'base64',
);

/** The demo's accounts by name (matching-demo.ts and seed-demo.ts). */
const EMAIL: Record<string, string> = {
  'Bram de Vries': 'vrijwilliger@demo.example',
  'Noor Bakker': 'noor.bakker@buurt.demo.example',
  'Fien Dassen': 'fien.dassen@buurt.demo.example',
  'Gijs Lemmens': 'gijs.lemmens@buurt.demo.example',
  'Els Vos': 'els.vos@buurt.demo.example',
  'Wim Jansen': 'wim.jansen@buurt.demo.example',
};

describe('matching', () => {
  const kring = useKring();

  it(
    'the coordinator runs the optimiser, approves a proposal; both say yes and the match starts',
    LANG,
    async () => {
      const page = await kring.open('/werkplek/loket/koppelen', {
        viewport: DESKTOP,
        before: async (p) => {
          await inloggenAls(kring, p.context(), 'coordinator@demo.example');
          await p.route('https://service.pdok.nl/**', (route) =>
            route.fulfill({ status: 200, contentType: 'image/png', body: TEGEL }),
          );
        },
      });
      await page
        .getByRole('heading', { level: 1, name: 'Koppelen: wie kan wie helpen?' })
        .waitFor();
      const vragen = page.getByRole('table').filter({ hasText: 'Noor Bakker' });
      await vragen.getByRole('rowheader', { name: 'Noor Bakker' }).waitFor();
      expect(await vragen.textContent()).toContain('6171');
      // The map is an extra: hidden from screen readers, the tables hold the same.
      await page.getByRole('button', { name: 'Toon op de kaart' }).click();
      await page.locator('#lw-kaart .kring-kaart__punt').first().waitFor();
      expect(await page.locator('#lw-kaart [aria-hidden="true"] .leaflet-container').count()).toBe(
        1,
      );
      await expectNoAxeViolations(page);

      await page.getByRole('button', { name: 'Maak voorstellen' }).click();
      const samenvatting = page
        .getByRole('status')
        .getByText(/Met deze voorstellen krijgen \d+ van de \d+ mensen hulp/);
      await samenvatting.waitFor();
      await page.getByText(/Wie het eerst komt, het eerst maalt: \d+ mensen/).waitFor();

      // Why each proposal fits, in words, and how it is counted. Three walkers live in the
      // same PC4 area and ask for the same morning, so their scores differ only by minutes of
      // waiting: which of them gets the walking volunteer is not fixed, so take the one who does.
      const noor = page
        .getByRole('article')
        .filter({
          has: page.getByRole('heading', {
            level: 3,
            name: /^(Noor Bakker|Fien Dassen|Gijs Lemmens) en /,
          }),
        })
        .filter({ hasText: /allebei: wandelen/ })
        .first();
      await noor.waitFor();
      expect(await noor.textContent()).toMatch(/km, allebei: wandelen/);
      await noor.getByText('Hoe Kring dit voorstel telt').click();
      await noor.getByText(/Dichtbij: \+/).waitFor();

      // Rik and Tess can help each other; three walkers near each other, with a walking group.
      const ruil = page.getByRole('region', { name: 'Ruilen: mensen die elkaar helpen' });
      await ruil.getByText('Rik Hendriks helpt Tess Willems').waitFor();
      await ruil.getByText('Tess Willems helpt Rik Hendriks').waitFor();
      const groep = page.getByRole('region', { name: 'Samen in een groep' });
      await groep.getByRole('heading', { level: 3, name: /^3 mensen/ }).waitFor();
      expect(await groep.getByRole('link').first().textContent()).toMatch(/[Ww]andel/);
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);

      const kop = await noor.getByRole('heading', { level: 3 }).textContent();
      const [wandelaar, vrijwilliger] = kop!.split(' en ') as [string, string];
      expect(EMAIL[wandelaar]).toBeDefined();
      expect(EMAIL[vrijwilliger]).toBeDefined();
      await noor.getByRole('button', { name: 'Goedkeuren' }).click();
      await page
        .getByRole('status')
        .getByText(`U hebt ${wandelaar} en ${vrijwilliger} goedgekeurd.`, { exact: false })
        .waitFor();

      // On the list of matches: it waits for the volunteer; the coordinator may withdraw it.
      await page.getByRole('link', { name: 'Koppelingen' }).click();
      const rij = page.getByRole('row').filter({ hasText: wandelaar });
      await rij.getByText('voorstel van Kring', { exact: false }).waitFor();
      await rij.getByRole('button', { name: /^Intrekken/ }).waitFor();
      await expectNoAxeViolations(page);

      // The volunteer says yes in Mijn Kring, then the walker.
      for (const email of [EMAIL[vrijwilliger]!, EMAIL[wandelaar]!]) {
        const mk = await kring.open('/mijn-kring', {
          viewport: SMAL,
          before: (p) => inloggenAls(kring, p.context(), email),
        });
        const kaart = mk.getByRole('article').filter({ hasText: /wandel/i });
        await kaart.getByRole('radio', { name: 'Ja, dat wil ik' }).check();
        await kaart.getByRole('button', { name: 'Antwoord versturen' }).click();
        await mk.getByText('U hebt ja gezegd. Dank u wel.').waitFor();
        if (email === EMAIL[wandelaar]) {
          // Both said yes: the introduction, then "het klikt, we gaan door".
          await kaart.getByRole('heading', { name: 'Hoe was de kennismaking?' }).waitFor();
          await expectNoAxeViolations(mk);
          await kaart.getByRole('button', { name: 'Versturen' }).click();
          await mk
            .locator('.kring-error-summary')
            .getByText('Kies of u doorgaat of stopt.')
            .waitFor();
          await kaart.getByRole('radio', { name: 'Het klikt, we gaan door' }).check();
          await kaart.getByRole('button', { name: 'Versturen' }).click();
          await mk.getByText('Fijn! De koppeling is gestart.').waitFor();
          await kaart.getByText('Loopt', { exact: true }).waitFor();
          await kaart.getByRole('heading', { name: 'Stoppen met deze koppeling' }).waitFor();
          await expectNoAxeViolations(mk);
          await expectNoHorizontalScroll(mk);
        }
      }

      // The coordinator sees it running and ends it with a reason.
      await page.reload();
      const actief = page.getByRole('row').filter({ hasText: wandelaar });
      await actief.getByRole('button', { name: /^Stoppen/ }).click();
      await actief.getByRole('button', { name: 'Bevestig' }).click();
      await page
        .locator('.kring-error-summary')
        .getByText('Kies waarom de koppeling stopt.')
        .waitFor();
      await expectNoAxeViolations(page);
      await actief.getByRole('radio', { name: 'Het doel is bereikt' }).check();
      await actief.getByRole('button', { name: 'Bevestig' }).click();
      await page
        .getByRole('status')
        .getByText(/is nu: Gestopt\./)
        .waitFor();
      await actief.getByText('Gestopt: Het doel is bereikt').waitFor();
    },
  );
});
