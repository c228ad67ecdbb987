import { describe, expect, it } from 'vitest';
import { api } from './api-van-pagina.ts';
import { expectNoAxeViolations, gotoSettled, useKring, waitForLoaded } from './harness.ts';
import { inloggenAls } from './inloggen-als.ts';
import { consulentMetRonde, JAAR, maakInwoners } from './mantelzorg-wereld.ts';

/**
 * Mantelzorg (issue 9): where the bye-law lets the person cared for apply, they do. Kees
 * Brouwer cares for his mother Riet; the campaign allows both to apply. Riet logs in, sees
 * "Waardering voor wie voor u zorgt" and applies for Kees (first without the yes: the error
 * summary); the consulent finds the application, confirmed, in the queue. axe on every state.
 */
const ZOON = 'kees.brouwer@demo.example';
const MOEDER = 'riet.brouwer@demo.example';

describe('Mantelzorg: the person cared for applies', () => {
  const kring = useKring();

  it('Riet applies for her son Kees; the consulent sees it confirmed', {
    timeout: 180_000,
  }, async () => {
    await maakInwoners(kring, [
      [ZOON, 'Kees Brouwer'],
      [MOEDER, 'Riet Brouwer'],
    ]);
    const { consulent, rondeId } = await consulentMetRonde(kring, {
      minUrenPerWeek: 4,
      minMaandenZorg: 0,
      minLeeftijd: 0,
      woonregel: 'geen',
      wieMagAanvragen: 'beide',
      bevestigingNodig: true,
      maxPerZorgvrager: null,
      vorm: 'uitnodiging',
      bedragCent: null,
    });

    const kees = await kring.open('/');
    await inloggenAls(kring, kees.context(), ZOON);
    const zorg = await api(kees, 'POST', '/mijn/mantelzorg', {
      zorgvrager: { naam: 'Riet Brouwer', eMailadres: MOEDER, woontInGemeente: true },
      relatie: 'ouder',
      urenPerWeek: 6,
      sinds: '2021-05-01',
      samenwonend: false,
      ikWoonInGemeente: true,
      toestemming: true,
    });
    expect(zorg.status, zorg.text).toBe(201);

    const riet = await kring.open('/');
    await inloggenAls(kring, riet.context(), MOEDER);
    await gotoSettled(riet, '/mijn-kring/mantelzorg');
    const deel = riet.getByRole('region', { name: 'Waardering voor wie voor u zorgt' });
    await deel.waitFor();
    await waitForLoaded(riet);
    await expectNoAxeViolations(riet);
    const formulier = riet.getByRole('form', {
      name: `Aanvragen voor Kees Brouwer (waardering ${JAAR})`,
    });
    await formulier.getByRole('button', { name: 'Aanvragen' }).click();
    await formulier.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
    await expectNoAxeViolations(riet);
    await formulier.getByLabel('Ja, het steunpunt mag mijn aanvraag bekijken').check();
    await formulier.getByRole('button', { name: 'Aanvragen' }).click();
    await riet
      .getByText('U heeft de waardering voor Kees Brouwer aangevraagd.', { exact: false })
      .waitFor();
    await deel.waitFor({ state: 'detached' });
    await expectNoAxeViolations(riet);

    const wachtrij = await api(
      consulent,
      'GET',
      `/mantelzorg/waarderingsrondes/${rondeId}/aanvragen`,
    );
    const [aanvraag] = JSON.parse(wachtrij.text).aanvragen;
    expect(aanvraag).toMatchObject({
      aanvrager: 'zorgvrager',
      bevestigd: true,
      status: 'te-beoordelen',
    });
  });
});
