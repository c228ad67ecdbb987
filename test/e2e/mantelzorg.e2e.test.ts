import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OntvangenMail, startTestSmtp, type TestSmtp } from '../helpers/smtp.ts';
import { lokaleDatum } from './api-van-pagina.ts';
import {
  expectNoAxeViolations,
  gotoSettled,
  paginaKlaar,
  useKring,
  waitForLoaded,
} from './harness.ts';
import { inloggenAls } from './inloggen-als.ts';
import { consulentMetRonde, JAAR, maakInwoners } from './mantelzorg-wereld.ts';

/**
 * Mantelzorg (issue 9), the whole journey of "Done when" in Chromium, with axe on every page
 * state. Sanne Hendriks cares for her father Jan. She finds "Zorgt u voor iemand?" in Mijn
 * Kring and registers (first with nothing filled in: the error summary); the information
 * package reaches her by e-mail (caught by a real SMTP server: it names the support nearby
 * and carries the PDF, which opens) and as a download. She applies for this year's
 * waardering; Jan logs in and confirms; Lotte Smeets, the mantelzorgconsulent, grants it
 * with a reason and the payment CSV has Sanne's row; Sanne sees "Toegekend". Then Sanne
 * starts a zorgkring for her father, adds a task and invites her brother Tom, who joins and
 * takes the task.
 */
const LANG = { timeout: 300_000 };
const DOCHTER = 'sanne.hendriks@demo.example';
const VADER = 'jan.hendriks@demo.example';
const BROER = 'tom.hendriks@demo.example';

/** A link's target fetched from the page (with its cookies): status, type and the first bytes. */
async function haalOp(page: Page, naam: string) {
  const href = await page.getByRole('link', { name: naam }).getAttribute('href');
  expect(href).toBeTruthy();
  return page.evaluate(async (url) => {
    const res = await fetch(url);
    const bytes = new Uint8Array(await res.arrayBuffer());
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      begin: String.fromCharCode(...bytes.slice(0, 5)),
      tekst: new TextDecoder().decode(bytes),
    };
  }, href ?? '');
}

/** The parts of a MIME message: headers and body, base64 undone. */
function delen(mail: OntvangenMail): { type: string; inhoud: Buffer }[] {
  return mail.tekst
    .split(/\r?\n--[^\r\n]+/)
    .map((deel) => {
      const [kop = '', ...rest] = deel.split(/\r?\n\r?\n/);
      const body = rest.join('\n\n');
      const type = /content-type:\s*([^;\r\n]+)/i.exec(kop)?.[1]?.trim().toLowerCase() ?? '';
      const inhoud = /content-transfer-encoding:\s*base64/i.test(kop)
        ? Buffer.from(body.replace(/\s/g, ''), 'base64')
        : // decodeQp (test/helpers/smtp.ts) left each byte as one character.
          Buffer.from(body, 'latin1');
      return { type, inhoud };
    })
    .filter((d) => d.type !== '');
}

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startTestSmtp();
});
afterAll(() => smtp.close());

describe('Mantelzorg: register, information package, waardering, zorgkring', () => {
  const kring = useKring({ config: () => ({ smtpUrl: smtp.url }) });

  it(
    'a daughter cares for her father from registration to a task her brother takes',
    LANG,
    async () => {
      await maakInwoners(kring, [
        [DOCHTER, 'Sanne Hendriks'],
        [VADER, 'Jan Hendriks'],
        [BROER, 'Tom Hendriks'],
      ]);

      // ---- This year's waardering of the steunpunt (the consulent sets it up) ----
      const { consulent } = await consulentMetRonde(kring, {
        minUrenPerWeek: 8,
        minMaandenZorg: 3,
        minLeeftijd: 18,
        woonregel: 'mantelzorger-of-zorgvrager',
        wieMagAanvragen: 'mantelzorger',
        bevestigingNodig: true,
        maxPerZorgvrager: 1,
        vorm: 'bon',
        bedragCent: 4000,
        openVanaf: lokaleDatum(-1),
        deadline: lokaleDatum(30),
        peildatum: lokaleDatum(0),
      });

      // ---- Sanne: Mijn Kring → "Zorgt u voor iemand?" ----
      const sanne = await kring.open('/');
      await inloggenAls(kring, sanne.context(), DOCHTER);
      await gotoSettled(sanne, '/mijn-kring');
      await paginaKlaar(sanne, 'Mijn Kring');
      await sanne
        .getByRole('navigation', { name: 'Op deze pagina:' })
        .getByRole('link', { name: 'Zorgt u voor iemand?' })
        .waitFor();
      await sanne
        .getByRole('region', { name: 'Zorgt u voor iemand?' })
        .getByRole('link', { name: 'Ik zorg voor iemand' })
        .click();
      await paginaKlaar(sanne, 'Ik zorg voor iemand');
      await sanne
        .getByText('Mantelzorg is zorg voor iemand die u kent', { exact: false })
        .waitFor();
      await sanne.getByRole('link', { name: 'Vertel voor wie u zorgt' }).click();
      await paginaKlaar(sanne, 'Ik zorg voor iemand');

      // The form: first with nothing filled in.
      await sanne.getByRole('button', { name: 'Versturen' }).click();
      await sanne.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
      await sanne
        .getByRole('link', { name: 'Vul de naam in van de persoon voor wie u zorgt.' })
        .waitFor();
      await sanne
        .getByRole('link', {
          name: 'Zet een vinkje als het steunpunt uw gegevens mag zien. Anders kan het u niet helpen.',
        })
        .waitFor();
      await expectNoAxeViolations(sanne);

      await sanne.getByLabel('Naam van de persoon voor wie u zorgt').fill('Jan Hendriks');
      await sanne.getByLabel('E-mailadres van die persoon (niet verplicht)').fill(VADER);
      await sanne
        .getByRole('group', { name: 'Woont die persoon in deze gemeente?' })
        .getByLabel('Ja', { exact: true })
        .check();
      await sanne
        .getByRole('group', { name: 'Wie is deze persoon voor u?' })
        .getByLabel('Mijn vader of moeder')
        .check();
      await sanne
        .getByLabel('Wat doet u voor die persoon? (niet verplicht)')
        .fill('Boodschappen, de was en mee naar de dokter.');
      await sanne.getByLabel('Hoeveel uur per week zorgt u ongeveer?').fill('12');
      await sanne.getByLabel('Sinds wanneer zorgt u voor die persoon?').fill('2022-03-01');
      await sanne
        .getByRole('group', { name: 'Woont u samen met die persoon?' })
        .getByLabel('Nee', { exact: true })
        .check();
      await sanne.getByLabel('Helpen anderen ook? (niet verplicht)').fill('Mijn broer Tom.');
      await sanne
        .getByRole('group', { name: 'Woont u zelf in deze gemeente?' })
        .getByLabel('Ja', { exact: true })
        .check();
      await sanne.getByLabel('Uw geboortedatum (niet verplicht)').fill('1980-04-12');
      await sanne.getByLabel('Ja, het steunpunt mag mijn gegevens zien').check();
      await sanne.getByRole('button', { name: 'Versturen' }).click();

      await paginaKlaar(sanne, 'Ik zorg voor iemand');
      await sanne
        .getByRole('status')
        .getByText('Dank u. U krijgt een e-mail met informatie over steun bij u in de buurt.')
        .waitFor();
      const relaties = sanne.getByRole('region', { name: 'Voor wie u zorgt' });
      const jan = relaties.getByRole('row', { name: /Jan Hendriks/ });
      await jan.getByText('Mijn vader of moeder').waitFor();
      await jan.getByRole('cell', { name: '12', exact: true }).waitFor();
      await expectNoAxeViolations(sanne);

      // ---- The information package: by e-mail (support nearby, with the PDF) ----
      const mail = await smtp.wachtOpMail(DOCHTER, 30_000);
      const mime = delen(mail);
      const tekst = mime
        .filter((d) => d.type === 'text/plain' || d.type === 'text/html')
        .map((d) => d.inhoud.toString('utf8'))
        .join('\n');
      expect(tekst).toMatch(/Mantelzorgcafé|Steunpunt Mantelzorg/);
      const bijlage = mime.find((d) => d.type === 'application/pdf');
      expect(bijlage, 'a PDF attachment').toBeDefined();
      expect(bijlage!.inhoud.subarray(0, 4).toString('latin1')).toBe('%PDF');
      expect((await PDFDocument.load(bijlage!.inhoud)).getPageCount()).toBeGreaterThan(0);

      // … and as a download in the page.
      const pdf = await haalOp(sanne, 'Informatie over steun bij u in de buurt (PDF)');
      expect(pdf.status).toBe(200);
      expect(pdf.type).toContain('application/pdf');
      expect(pdf.begin.startsWith('%PDF')).toBe(true);

      // ---- The waardering: the yes for the steunpunt is required ----
      const waardering = sanne.getByRole('region', { name: `Waardering ${JAAR}` });
      await waardering.getByText('U krijgt een cadeaubon van € 40,00.', { exact: false }).waitFor();
      const aanvraag = waardering.getByRole('form', {
        name: 'Aanvragen voor de zorg voor Jan Hendriks',
      });
      await aanvraag.getByRole('button', { name: 'Aanvragen' }).click();
      await aanvraag.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
      await expectNoAxeViolations(sanne);
      await aanvraag.getByLabel('Ja, het steunpunt mag mijn aanvraag bekijken').check();
      await aanvraag.getByRole('button', { name: 'Aanvragen' }).click();
      await sanne
        .getByRole('status')
        .getByText('Uw aanvraag voor de zorg voor Jan Hendriks is verstuurd.')
        .waitFor();
      const aanvragen = sanne.getByRole('region', { name: 'Uw aanvragen' });
      await aanvragen
        .getByRole('row', { name: new RegExp(String(JAAR)) })
        .getByText('Wacht op bevestiging van Jan Hendriks.')
        .waitFor();
      expect(await waardering.getByRole('form').count()).toBe(0);
      await waitForLoaded(sanne);
      await expectNoAxeViolations(sanne);

      // ---- Jan confirms ----
      const vader = await kring.open('/');
      await inloggenAls(kring, vader.context(), VADER);
      await gotoSettled(vader, '/mijn-kring');
      await paginaKlaar(vader, 'Mijn Kring');
      await vader
        .getByRole('region', { name: 'Zorgt u voor iemand?' })
        .getByRole('link', { name: 'Bekijk de vraag' })
        .click();
      await paginaKlaar(vader, 'Ik zorg voor iemand');
      const vraag = vader.getByRole('article', { name: 'Vraag van Sanne Hendriks' });
      await vraag
        .getByText(
          `Sanne Hendriks zegt dat hij of zij voor u zorgt (waardering ${JAAR}). Klopt dat?`,
        )
        .waitFor();
      await vraag.getByRole('button', { name: 'Ja, dat klopt' }).click();
      await vader
        .getByRole('status')
        .getByText('Dank u. U hebt gezegd dat Sanne Hendriks voor u zorgt.')
        .waitFor();
      await waitForLoaded(vader);
      expect(await vader.getByRole('article', { name: 'Vraag van Sanne Hendriks' }).count()).toBe(
        0,
      );
      await expectNoAxeViolations(vader);

      await gotoSettled(sanne, '/mijn-kring/mantelzorg');
      await paginaKlaar(sanne, 'Ik zorg voor iemand');
      await aanvragen.getByText('Wordt beoordeeld door het steunpunt.').waitFor();

      // ---- Lotte grants it, with a reason; the payment CSV has Sanne's row ----
      await gotoSettled(consulent, '/werkplek/mantelzorg/waarderingsrondes');
      await paginaKlaar(consulent, 'Mantelzorgwaardering');
      await consulent.getByRole('link', { name: `Aanvragen ${JAAR} beoordelen` }).click();
      await paginaKlaar(consulent, `Aanvragen mantelzorgwaardering ${JAAR}`);
      const beoordelen = consulent
        .getByRole('region', { name: 'Te beoordelen' })
        .getByRole('region', { name: 'Sanne Hendriks', exact: true });
      await beoordelen.getByLabel('Toekennen').check();
      await beoordelen
        .getByLabel('Reden van het besluit')
        .fill('U zorgt al jaren voor uw vader. Dank u wel.');
      await beoordelen.getByRole('button', { name: 'Besluit opslaan' }).click();
      await consulent
        .getByText('Het besluit over de aanvraag van Sanne Hendriks is opgeslagen: Toegekend.')
        .waitFor();
      await waitForLoaded(consulent);
      await expectNoAxeViolations(consulent);
      const csv = await haalOp(consulent, 'Betaallijst downloaden (CSV)');
      expect(csv.status).toBe(200);
      expect(csv.type).toContain('text/csv');
      expect(csv.tekst).toContain('Sanne Hendriks');

      await gotoSettled(sanne, '/mijn-kring/mantelzorg');
      await paginaKlaar(sanne, 'Ik zorg voor iemand');
      await aanvragen
        .getByText('Toegekend. Reden: U zorgt al jaren voor uw vader. Dank u wel.')
        .waitFor();
      await expectNoAxeViolations(sanne);
      const brief = await haalOp(sanne, `De brief over het besluit (PDF, waardering ${JAAR})`);
      expect(brief.status).toBe(200);
      expect(brief.type).toBe('application/pdf');
      expect(brief.begin.startsWith('%PDF')).toBe(true);

      // ---- Sanne starts a zorgkring and invites her brother ----
      await sanne.getByRole('link', { name: 'Samen zorgen: een zorgkring' }).click();
      await paginaKlaar(sanne, 'Zorgkring');
      await sanne.getByLabel('Voor wie zorgt u?').fill('Vader (Jan Hendriks)');
      await sanne.getByRole('button', { name: 'Zorgkring beginnen' }).click();
      await paginaKlaar(sanne, 'Zorgkring voor Vader (Jan Hendriks)');
      await sanne.getByLabel('Wat moet er gebeuren?').fill('Boodschappen op donderdag');
      await sanne.getByRole('button', { name: 'Taak toevoegen' }).click();
      await sanne.getByRole('heading', { level: 3, name: 'Boodschappen op donderdag' }).waitFor();
      await expectNoAxeViolations(sanne);
      await sanne.getByLabel('E-mailadres').fill(BROER);
      await sanne
        .getByRole('group', { name: 'Wie is deze persoon?' })
        .getByLabel('Familie', { exact: true })
        .check();
      await sanne.getByRole('button', { name: 'Uitnodiging sturen' }).click();
      await sanne.getByRole('status').getByText('De uitnodiging is verstuurd.').waitFor();
      await expectNoAxeViolations(sanne);

      // ---- Tom joins and takes the task ----
      const broer = await kring.open('/');
      await inloggenAls(kring, broer.context(), BROER);
      await gotoSettled(broer, '/mijn-kring/zorgkring');
      await paginaKlaar(broer, 'Zorgkring');
      await broer
        .getByRole('article', { name: 'Zorgkring voor Vader (Jan Hendriks)' })
        .getByRole('button', { name: 'Ja, ik doe mee' })
        .click();
      await paginaKlaar(broer, 'Zorgkring voor Vader (Jan Hendriks)');
      const taak = broer.getByRole('article', { name: 'Boodschappen op donderdag' });
      await taak.getByRole('button', { name: 'Ik doe het: Boodschappen op donderdag' }).click();
      await taak.getByText('U doet dit.').waitFor();
      await waitForLoaded(broer);
      await expectNoAxeViolations(broer);
    },
  );
});
