import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { pdfRegels } from '../helpers/pdf-tekst.ts';
import { api } from './api-van-pagina.ts';
import { expectNoAxeViolations, gotoSettled, useKring, waitForLoaded } from './harness.ts';
import { consulentMetRonde, JAAR } from './mantelzorg-wereld.ts';

/**
 * Mantelzorg (issue 9): a carer without a Kring account applies with the code from a letter.
 * The consulent registered Fatma Yilmaz at the desk (no e-mail). On the campaign's queue the
 * consulent makes the letters ("Brieven met code maken (PDF)") and gets the PDF; Fatma, not
 * logged in, opens the page from her letter, types her code (first nothing, then a wrong
 * one: the error summary), sees what it is for, gives the yes and applies. The consulent
 * finds her application in the queue, marked as by code. axe on every state.
 */

describe('Mantelzorg: applying with a one-time code', () => {
  const kring = useKring();

  it('the consulent prints the letters; Fatma applies with her code without an account', {
    timeout: 180_000,
  }, async () => {
    const { consulent, rondeId } = await consulentMetRonde(kring, {
      minUrenPerWeek: 8,
      minMaandenZorg: 3,
      minLeeftijd: 0,
      woonregel: 'geen',
      wieMagAanvragen: 'mantelzorger',
      bevestigingNodig: false,
      maxPerZorgvrager: null,
      vorm: 'bedrag',
      bedragCent: 10000,
    });
    const fatma = await api(consulent, 'POST', '/mantelzorg/mantelzorgers', {
      mantelzorger: { voornaam: 'Fatma', achternaam: 'Yilmaz' },
      zorgvrager: { naam: 'Mehmet Yilmaz', woontInGemeente: true },
      relatie: 'partner',
      watIkDoe: 'Wassen, aankleden en eten koken.',
      urenPerWeek: 20,
      sinds: '2021-02-01',
      samenwonend: true,
      anderenBetrokken: '',
      ikWoonInGemeente: true,
    });
    expect(fatma.status, fatma.text).toBe(201);

    // The consulent makes the letters on the campaign's queue.
    await gotoSettled(consulent, `/werkplek/mantelzorg/waarderingsrondes/${rondeId}/aanvragen`);
    const brieven = consulent.getByRole('region', { name: 'Brieven met een code' });
    await brieven.waitFor();
    await waitForLoaded(consulent);
    await expectNoAxeViolations(consulent);
    const [download] = await Promise.all([
      consulent.waitForEvent('download'),
      brieven.getByRole('button', { name: 'Brieven met code maken (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('brieven-met-code.pdf');
    const pdf = await readFile((await download.path())!);
    const brief = pdfRegels(pdf)
      .map((p) => p.join('\n'))
      .find((p) => p.includes('Beste Fatma Yilmaz,'));
    expect(brief).toContain('/mijn-kring/mantelzorg/code');
    const code = /Typ uw code: (\S+)/.exec(brief!)![1]!;
    await consulent.getByText('De brieven zijn gemaakt.', { exact: false }).waitFor();
    await expectNoAxeViolations(consulent);

    // Fatma, with no account, on the page from her letter.
    // The wrong code is answered 400, which the browser reports in the console.
    const pagina = await kring.open('/mijn-kring/mantelzorg/code', {
      expectedConsoleErrors: /status of 400 \(Bad Request\)/,
    });
    await pagina
      .getByRole('heading', { level: 1, name: 'Mantelzorgwaardering aanvragen met uw code' })
      .waitFor();
    await waitForLoaded(pagina);
    await expectNoAxeViolations(pagina);
    await pagina.getByRole('button', { name: 'Verder' }).click();
    await pagina.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
    await pagina.getByRole('link', { name: 'Vul de code uit uw brief in.' }).waitFor();
    await expectNoAxeViolations(pagina);
    await pagina.getByLabel('Uw code').fill('KX7M-4TQA-9HPW');
    await pagina.getByRole('button', { name: 'Verder' }).click();
    await pagina.getByRole('link', { name: /^Deze code werkt niet/ }).waitFor();
    await expectNoAxeViolations(pagina);
    // Typed as people do: lower case, with spaces.
    await pagina.getByLabel('Uw code').fill(code.toLowerCase().replace(/-/g, ' '));
    await pagina.getByRole('button', { name: 'Verder' }).click();
    await pagina
      .getByRole('heading', { name: `Klopt dit? Mantelzorgwaardering ${JAAR}` })
      .waitFor();
    await pagina.getByText('U zorgt voor: Mijn partner, 20 uur per week.').waitFor();
    expect(await pagina.getByText('Mehmet').count()).toBe(0);
    await expectNoAxeViolations(pagina);
    await pagina.getByRole('button', { name: 'Aanvragen' }).click();
    await pagina
      .getByRole('link', { name: 'Zeg of het steunpunt uw aanvraag mag bekijken.', exact: false })
      .waitFor();
    await expectNoAxeViolations(pagina);
    await pagina.getByLabel('Ja, het steunpunt mag mijn aanvraag bekijken').check();
    await pagina.getByRole('button', { name: 'Aanvragen' }).click();
    await pagina
      .getByRole('status')
      .getByText(`Dank u wel. Uw aanvraag voor de mantelzorgwaardering ${JAAR} is binnen.`)
      .waitFor();
    await expectNoAxeViolations(pagina);
    expect(pagina.url()).not.toContain(code);

    // In the consulent's queue, marked as by code.
    await consulent.reload();
    await consulent.getByRole('heading', { level: 3, name: 'Fatma Yilmaz', exact: true }).waitFor();
    await consulent.getByText('met een code uit een brief', { exact: false }).waitFor();
    await waitForLoaded(consulent);
    await expectNoAxeViolations(consulent);
  });
});
