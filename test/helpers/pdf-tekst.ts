import { inflateSync } from 'node:zlib';

/**
 * The lines of text of a PDF that Kring made (platform/pdf/document.ts), per page: pdf-lib
 * writes each line as one hex string (`<…> Tj`) in a Flate-compressed content stream.
 * Enough to read a letter back in a test; not a general PDF parser.
 */
export function pdfRegels(pdf: Buffer): string[][] {
  const paginas: string[][] = [];
  const bron = pdf.toString('latin1');
  const stream = /stream\r?\n/g;
  for (let m = stream.exec(bron); m; m = stream.exec(bron)) {
    const begin = m.index + m[0].length;
    const eind = bron.indexOf('endstream', begin);
    let inhoud: string;
    try {
      inhoud = inflateSync(pdf.subarray(begin, eind)).toString('latin1');
    } catch {
      continue;
    }
    const regels = [...inhoud.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)].map((r) =>
      Buffer.from(r[1]!, 'hex').toString('latin1'),
    );
    if (regels.length > 0) paginas.push(regels);
  }
  return paginas;
}
