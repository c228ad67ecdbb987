import { describe, expect, it } from 'vitest';
import { GemeenteScope } from '../../src/server/platform/tenancy/gemeente-scope.ts';
import {
  expectNoAxeViolations,
  gotoSettled,
  paginaKlaar,
  useKring,
  waitForLoaded,
} from './harness.ts';
import { inloggenAls } from './inloggen-als.ts';

/**
 * Zorgkring (issue 9) in Chromium, with axe on every page state. Fatma Yilmaz
 * (mantelzorger@demo.example) starts a circle for her mother — first with nothing filled in
 * (the error summary) — adds the task "Boodschappen op donderdag" and invites her brother
 * Mehmet by e-mail address. Mehmet logs in with that address, accepts, sees the tasks and
 * says "Ik doe het".
 */
const LANG = { timeout: 240_000 };
const BROER = 'mehmet.yilmaz@demo.example';

describe('Zorgkring: a carer starts a circle, her brother joins and claims a task', () => {
  const kring = useKring();

  it('start, invite, accept, claim', LANG, async () => {
    const { services, database } = kring.kring;
    const gemeente = await services.gemeenten.ref('GM0882');
    const broer = await services.accounts.create({ email: BROER, naam: 'Mehmet Yilmaz' });
    await services.accounts.grantRole(new GemeenteScope(database.db, gemeente.id), broer.id, {
      rol: 'inwoner',
    });

    // ---- The carer ----
    const zorger = await kring.open('/');
    await inloggenAls(kring, zorger.context(), 'mantelzorger@demo.example');
    await gotoSettled(zorger, '/mijn-kring/zorgkring');
    await paginaKlaar(zorger, 'Zorgkring');
    await zorger.getByText('Een groep mensen die samen helpen', { exact: false }).first().waitFor();

    await zorger.getByRole('button', { name: 'Zorgkring beginnen' }).click();
    await zorger.locator('.kring-error-summary').waitFor();
    await zorger.getByRole('link', { name: 'Vul in voor wie u zorgt.' }).waitFor();
    await expectNoAxeViolations(zorger);

    await zorger.getByLabel('Voor wie zorgt u?').fill('Moeder (Ayşe Yilmaz)');
    await zorger.getByRole('button', { name: 'Zorgkring beginnen' }).click();
    await paginaKlaar(zorger, 'Zorgkring voor Moeder (Ayşe Yilmaz)');

    await zorger.getByLabel('Wat moet er gebeuren?').fill('Boodschappen op donderdag');
    await zorger
      .getByRole('group', { name: 'Wanneer? (mag leeg blijven)' })
      .getByLabel('Elke donderdag', { exact: true })
      .check();
    await zorger.getByRole('button', { name: 'Taak toevoegen' }).click();
    await zorger.getByRole('heading', { level: 3, name: 'Boodschappen op donderdag' }).waitFor();
    await expectNoAxeViolations(zorger);

    await zorger.getByLabel('E-mailadres').fill('Mehmet.Yilmaz@demo.example');
    await zorger
      .getByRole('group', { name: 'Wie is deze persoon?' })
      .getByLabel('Familie', { exact: true })
      .check();
    await zorger
      .getByLabel('Persoonlijk bericht (mag leeg blijven)')
      .fill('Wil jij op donderdag de boodschappen doen?');
    await zorger.getByRole('button', { name: 'Uitnodiging sturen' }).click();
    await zorger.getByRole('status').getByText('De uitnodiging is verstuurd.').waitFor();
    // The owner sees the pending address.
    await zorger.getByText('mehmet.yilmaz@demo.example', { exact: false }).waitFor();
    await expectNoAxeViolations(zorger);

    // ---- The brother ----
    const ik = await kring.open('/');
    await inloggenAls(kring, ik.context(), BROER);
    await gotoSettled(ik, '/mijn-kring/zorgkring');
    await paginaKlaar(ik, 'Zorgkring');
    const uitnodiging = ik.getByRole('article', {
      name: 'Zorgkring voor Moeder (Ayşe Yilmaz)',
    });
    await uitnodiging.getByText('Fatma Yilmaz nodigt u uit als: Familie.').waitFor();
    await uitnodiging
      .getByText('Wil jij op donderdag de boodschappen doen?', { exact: false })
      .waitFor();
    await uitnodiging.getByRole('button', { name: 'Ja, ik doe mee' }).click();

    await paginaKlaar(ik, 'Zorgkring voor Moeder (Ayşe Yilmaz)');
    const taak = ik.getByRole('article', { name: 'Boodschappen op donderdag' });
    await taak.getByText('Elke donderdag').waitFor();
    await taak.getByText('Nog niemand doet dit.').waitFor();
    // Names only: the brother sees no e-mail address of anyone.
    expect(await ik.locator('main').innerText()).not.toContain('@');
    await taak.getByRole('button', { name: 'Ik doe het: Boodschappen op donderdag' }).click();
    await taak.getByText('U doet dit.').waitFor();
    await waitForLoaded(ik);
    await expectNoAxeViolations(ik);

    // The carer sees who does it.
    await gotoSettled(zorger, zorger.url());
    await paginaKlaar(zorger, 'Zorgkring voor Moeder (Ayşe Yilmaz)');
    await zorger
      .getByRole('article', { name: 'Boodschappen op donderdag' })
      .getByText('Mehmet Yilmaz doet dit.')
      .waitFor();
  });
});
