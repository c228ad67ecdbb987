import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';

/** One part of a simple document: a heading, a paragraph, or a list of items. */
export type PdfBlok =
  | { soort: 'kop'; tekst: string }
  | { soort: 'alinea'; tekst: string }
  | { soort: 'lijst'; items: string[] };

export interface PdfDocument {
  titel: string;
  /** BCP 47, e.g. `nl`: screen readers pick the voice from it. */
  taal: string;
  blokken: PdfBlok[];
}

const A4 = { breedte: 595.28, hoogte: 841.89 };
const MARGE = 56;
const MAAT = { titel: 20, kop: 14, tekst: 11 };
const REGEL = 1.45;

/**
 * The standard fonts speak WinAnsi only: characters outside it (emoji, other scripts) would
 * make pdf-lib throw. They become a question mark rather than failing the whole letter.
 */
export function alsWinAnsi(tekst: string): string {
  return tekst
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[^\n\x20-\x7E\u00A0-\u00FF\u20AC]/gu, '?');
}

/** Splits a text into lines no wider than `breedte` at `maat` points (words stay whole). */
export function breekAf(tekst: string, breedte: number, meet: (s: string) => number): string[] {
  const regels: string[] = [];
  for (const alinea of tekst.split('\n')) {
    let regel = '';
    for (const woord of alinea.split(/\s+/).filter(Boolean)) {
      const poging = regel ? `${regel} ${woord}` : woord;
      if (meet(poging) <= breedte || !regel) {
        regel = poging;
      } else {
        regels.push(regel);
        regel = woord;
      }
    }
    regels.push(regel);
  }
  return regels;
}

/**
 * A plain A4 document (letters, the information package): title, headings, paragraphs and
 * lists in Helvetica, new pages as needed, with title and language in the metadata. pdf-lib
 * cannot tag a PDF for screen readers, so every PDF Kring makes has the same text on a web
 * page or in the e-mail beside it.
 */
export async function maakPdf(doc: PdfDocument): Promise<Uint8Array> {
  return maakBundel(doc.titel, doc.taal, [doc]);
}

/**
 * Several documents in one file, each from a new page: letters to print in one go (one per
 * person). The file's title is `titel`; each document keeps its own title on its page.
 */
export async function maakBundel(
  titel: string,
  taal: string,
  docs: readonly PdfDocument[],
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(alsWinAnsi(titel), { showInWindowTitleBar: true });
  pdf.setLanguage(taal);
  pdf.setCreator('Kring');
  pdf.setProducer('Kring');
  // A fixed date: the same input gives the same file (and no clock in the bytes).
  pdf.setCreationDate(new Date(0));
  pdf.setModificationDate(new Date(0));
  const gewoon = await pdf.embedFont(StandardFonts.Helvetica);
  const vet = await pdf.embedFont(StandardFonts.HelveticaBold);
  for (const doc of docs) schrijfDocument(pdf, { gewoon, vet }, doc);
  return pdf.save();
}

function schrijfDocument(
  pdf: PDFDocument,
  { gewoon, vet }: { gewoon: PDFFont; vet: PDFFont },
  doc: PdfDocument,
): void {
  const breedte = A4.breedte - 2 * MARGE;
  let pagina: PDFPage = pdf.addPage([A4.breedte, A4.hoogte]);
  let y = A4.hoogte - MARGE;
  const schrijf = (tekst: string, font: PDFFont, maat: number, inspring = 0) => {
    const regels = breekAf(alsWinAnsi(tekst), breedte - inspring, (s) =>
      font.widthOfTextAtSize(s, maat),
    );
    for (const regel of regels) {
      if (y - maat < MARGE) {
        pagina = pdf.addPage([A4.breedte, A4.hoogte]);
        y = A4.hoogte - MARGE;
      }
      y -= maat;
      pagina.drawText(regel, { x: MARGE + inspring, y, size: maat, font, color: rgb(0, 0, 0) });
      y -= maat * (REGEL - 1);
    }
  };

  schrijf(doc.titel, vet, MAAT.titel);
  y -= MAAT.tekst;
  for (const blok of doc.blokken) {
    if (blok.soort === 'kop') {
      y -= MAAT.tekst * 0.6;
      schrijf(blok.tekst, vet, MAAT.kop);
      y -= MAAT.tekst * 0.3;
    } else if (blok.soort === 'alinea') {
      schrijf(blok.tekst, gewoon, MAAT.tekst);
      y -= MAAT.tekst * 0.6;
    } else {
      for (const item of blok.items) {
        const voor = y;
        schrijf(item, gewoon, MAAT.tekst, 14);
        // The bullet beside the item's first line (on the page where that line is).
        if (voor > y)
          pagina.drawText('-', {
            x: MARGE + 2,
            y: voor - MAAT.tekst,
            size: MAAT.tekst,
            font: gewoon,
          });
      }
      y -= MAAT.tekst * 0.6;
    }
  }
}
