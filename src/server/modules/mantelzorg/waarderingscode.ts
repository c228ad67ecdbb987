import { randomInt } from 'node:crypto';
import { hashToken } from '../../platform/auth/session-cookie.ts';
import { escapeHtml } from '../../platform/html.ts';
import type { PdfDocument } from '../../platform/pdf/document.ts';
import { datumVoluit, euro } from './brieven.ts';

/**
 * One-time codes for the mantelzorgwaardering: a carer without a Kring account gets a letter
 * (and an e-mail, when the steunpunt has their address) with a code, and applies with it on
 * `/mijn-kring/mantelzorg/code`.
 *
 * The code: 12 characters from 31 that cannot be mixed up when read aloud or typed over
 * (no 0/O, no 1/I/L), shown in three groups of four. That is 31^12 ≈ 2^59 possibilities:
 * with the rate limit per client address (10 tries a minute) guessing any one of the
 * gemeente's codes stays out of reach, so a wrong try needs no lockout of its own (which
 * would let anyone lock out a carer). Kring keeps only a hash, as with session tokens.
 */
export const CODE_TEKENS = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTE = 12;
const GROEP = 4;

/** A new code, e.g. `KX7M-4TQA-9HPW`, from the operating system's random source. */
export function nieuweCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTE; i++) code += CODE_TEKENS[randomInt(CODE_TEKENS.length)];
  return toonCode(code);
}

/** In groups of four, as on the letter. */
function toonCode(code: string): string {
  return code.match(new RegExp(`.{1,${GROEP}}`, 'g'))!.join('-');
}

/**
 * What the person typed, as the code: spaces, dashes and dots do not count, nor upper or
 * lower case. Null when it cannot be a code at all.
 */
export function normaliseerCode(invoer: string): string | null {
  const code = invoer.toUpperCase().replace(/[\s\-–.]/g, '');
  if (code.length !== CODE_LENGTE) return null;
  for (const teken of code) if (!CODE_TEKENS.includes(teken)) return null;
  return code;
}

/** The hash Kring keeps, of the normalised code. */
export const codeHash = (genormaliseerd: string): string =>
  hashToken(`waarderingscode:${genormaliseerd}`);

/** Whether a code still works today (YYYY-MM-DD, in the Netherlands). */
export function codeBruikbaar(
  c: { geldigTot: string; gebruiktOp: Date | null; ingetrokkenOp: Date | null },
  vandaag: string,
): boolean {
  return c.gebruiktOp === null && c.ingetrokkenOp === null && vandaag <= c.geldigTot;
}

export interface Codebriefgegevens {
  naam: string;
  postcode: string | null;
  jaar: number;
  vorm: 'bedrag' | 'bon' | 'uitnodiging';
  bedragCent: number | null;
  /** The last day to apply, YYYY-MM-DD. */
  deadline: string;
  code: string;
  /** Where to apply: the page's full address, or its path when Kring's address is not set. */
  adres: string;
  /** The day of the letter, YYYY-MM-DD. */
  datum: string;
}

/** "een bedrag van € 100,00": what the campaign gives. */
function wat(g: Pick<Codebriefgegevens, 'vorm' | 'bedragCent'>): string {
  if (g.vorm === 'uitnodiging') return 'een uitnodiging voor een activiteit';
  const bedrag = g.bedragCent === null ? '' : ` van ${euro(g.bedragCent)}`;
  return g.vorm === 'bon' ? `een cadeaubon${bedrag}` : `een bedrag${bedrag}`;
}

function stappen(g: Codebriefgegevens): string[] {
  return [
    `Ga naar ${g.adres}`,
    `Typ uw code: ${g.code}`,
    'Kijk of alles klopt. Klik dan op "Aanvragen".',
  ];
}

const GELDIG = (g: Codebriefgegevens) =>
  `U kunt de code één keer gebruiken. De code werkt tot en met ${datumVoluit(g.deadline)}.`;
const ZONDER_COMPUTER =
  'Heeft u geen computer, of lukt het niet? Bel of kom langs bij het steunpunt. Wij vragen het dan samen met u aan.';
const INLEIDING = (g: Codebriefgegevens) =>
  `U zorgt voor iemand. Dat is veel werk, en het is belangrijk. Daarom kunt u de mantelzorgwaardering ${g.jaar} aanvragen. U krijgt dan ${wat(g)}.`;
const GROET = 'Met vriendelijke groet,\nHet steunpunt mantelzorg';

/** The letter, B1: what it is, three steps, until when, and help without a computer. */
export function codebrief(g: Codebriefgegevens): PdfDocument {
  return {
    titel: `Vraag de mantelzorgwaardering ${g.jaar} aan`,
    taal: 'nl',
    blokken: [
      { soort: 'alinea', tekst: [g.naam, g.postcode].filter(Boolean).join('\n') },
      { soort: 'alinea', tekst: datumVoluit(g.datum) },
      { soort: 'alinea', tekst: `Beste ${g.naam},` },
      { soort: 'alinea', tekst: INLEIDING(g) },
      { soort: 'kop', tekst: 'Zo vraagt u het aan' },
      { soort: 'lijst', items: stappen(g) },
      { soort: 'alinea', tekst: GELDIG(g) },
      { soort: 'kop', tekst: 'Hulp nodig?' },
      { soort: 'alinea', tekst: ZONDER_COMPUTER },
      { soort: 'alinea', tekst: GROET },
    ],
  };
}

/** The same as an e-mail, for a carer whose e-mail address the steunpunt has. */
export function codemail(g: Codebriefgegevens): { onderwerp: string; tekst: string; html: string } {
  const voor = [`Beste ${g.naam},`, INLEIDING(g)];
  const na = [GELDIG(g), ZONDER_COMPUTER, GROET];
  const alinea = (t: string) => `<p>${escapeHtml(t).replace(/\n/g, '<br>')}</p>`;
  const link = /^https?:\/\//.test(g.adres)
    ? `<a href="${escapeHtml(g.adres)}">${escapeHtml(g.adres)}</a>`
    : escapeHtml(g.adres);
  const [, typ, kijk] = stappen(g);
  return {
    onderwerp: `Vraag de mantelzorgwaardering ${g.jaar} aan`,
    tekst: [
      ...voor,
      'Zo vraagt u het aan:',
      stappen(g)
        .map((s, i) => `${i + 1}. ${s}`)
        .join('\n'),
      ...na,
    ].join('\n\n'),
    html: [
      ...voor.map(alinea),
      '<p>Zo vraagt u het aan:</p>',
      `<ol><li>Ga naar ${link}</li><li>${escapeHtml(typ!)}</li><li>${escapeHtml(kijk!)}</li></ol>`,
      ...na.map(alinea),
    ].join('\n'),
  };
}
