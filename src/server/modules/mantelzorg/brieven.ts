import type { PdfDocument } from '../../platform/pdf/document.ts';

/**
 * The decision letter on a mantelzorgwaardering: what was decided, why (the consulent's
 * reason, always given), and what happens next — as PDF, to download in Mijn Kring or to
 * print and post for a carer without e-mail. B1: short sentences, "u".
 */
export interface Briefgegevens {
  naam: string;
  jaar: number;
  status: 'toegekend' | 'afgewezen';
  reden: string;
  vorm: 'bedrag' | 'bon' | 'uitnodiging';
  bedragCent: number | null;
  /** The day of the decision, YYYY-MM-DD. */
  beslotenOp: string;
}

const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** 2026-12-03 → 3 december 2026. */
export function datumVoluit(iso: string): string {
  const [j, m, d] = iso.split('-').map(Number);
  return `${d} ${MAANDEN[m! - 1]} ${j}`;
}

/** 4000 → € 40,00 */
export function euro(cent: number): string {
  const [heel, rest] = (cent / 100).toFixed(2).split('.');
  return `€ ${heel!.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${rest}`;
}

function watU(g: Briefgegevens): string {
  if (g.vorm === 'uitnodiging') return 'U krijgt een uitnodiging voor een activiteit.';
  const bedrag = g.bedragCent === null ? '' : ` van ${euro(g.bedragCent)}`;
  return g.vorm === 'bon'
    ? `U krijgt een cadeaubon${bedrag}. Die sturen wij u toe.`
    : `U krijgt een bedrag${bedrag}. Dat maken wij over op uw rekening.`;
}

export function besluitbrief(g: Briefgegevens): PdfDocument {
  const toegekend = g.status === 'toegekend';
  return {
    titel: `Mantelzorgwaardering ${g.jaar}: ${toegekend ? 'u krijgt de waardering' : 'ons besluit'}`,
    taal: 'nl',
    blokken: [
      { soort: 'alinea', tekst: datumVoluit(g.beslotenOp) },
      { soort: 'alinea', tekst: `Beste ${g.naam},` },
      {
        soort: 'alinea',
        tekst: toegekend
          ? `U vroeg de mantelzorgwaardering ${g.jaar} aan. Wij hebben uw aanvraag bekeken. U krijgt de waardering. Dank u wel voor alles wat u voor een ander doet.`
          : `U vroeg de mantelzorgwaardering ${g.jaar} aan. Wij hebben uw aanvraag bekeken. U krijgt de waardering dit keer niet.`,
      },
      { soort: 'kop', tekst: 'Waarom' },
      { soort: 'alinea', tekst: g.reden },
      { soort: 'kop', tekst: 'Wat gebeurt er nu?' },
      {
        soort: 'alinea',
        tekst: toegekend
          ? watU(g)
          : 'Bent u het niet eens met dit besluit? Bel of mail het steunpunt. Wij kijken dan samen met u opnieuw.',
      },
      {
        soort: 'alinea',
        tekst:
          'Heeft u vragen, of wilt u praten over hoe het met u gaat? Het steunpunt helpt u graag. In Kring ziet u ook welke steun er bij u in de buurt is.',
      },
      { soort: 'alinea', tekst: 'Met vriendelijke groet,\nHet steunpunt mantelzorg' },
    ],
  };
}
