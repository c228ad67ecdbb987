import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { alsWinAnsi, breekAf, maakBundel, maakPdf } from './document.ts';

describe('breekAf', () => {
  const meet = (s: string) => s.length;
  it('wraps at word boundaries within the width, keeping every word', () => {
    const regels = breekAf('een twee drie vier vijf', 9, meet);
    expect(regels).toEqual(['een twee', 'drie vier', 'vijf']);
    expect(regels.every((r) => meet(r) <= 9)).toBe(true);
  });
  it('keeps a word longer than the width on a line of its own, and honours newlines', () => {
    expect(breekAf('a heelerglangwoord b\nc', 5, meet)).toEqual([
      'a',
      'heelerglangwoord',
      'b',
      'c',
    ]);
  });
});

describe('alsWinAnsi', () => {
  it('keeps Dutch accents and the euro sign, and replaces what the font cannot show', () => {
    expect(alsWinAnsi('café € 40 – “ja” 😀')).toBe('café € 40 - "ja" ?');
  });
});

describe('maakPdf', () => {
  it('makes a PDF with title and language, running onto more pages when long', async () => {
    const bytes = await maakPdf({
      titel: 'Uw besluit',
      taal: 'nl',
      blokken: [
        { soort: 'kop', tekst: 'Lang' },
        ...Array.from({ length: 120 }, () => ({
          soort: 'alinea' as const,
          tekst: 'Een regel tekst.',
        })),
        { soort: 'lijst', items: ['één', 'twee 😀'] },
      ],
    });
    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toBe('Uw besluit');
    expect(doc.getPageCount()).toBeGreaterThan(1);
    // The same input gives the same bytes (no clock inside).
    const nogEens = await maakPdf({ titel: 'Uw besluit', taal: 'nl', blokken: [] });
    const enNogEens = await maakPdf({ titel: 'Uw besluit', taal: 'nl', blokken: [] });
    expect(Buffer.from(nogEens).equals(Buffer.from(enNogEens))).toBe(true);
  });

  it('starts every document of a bundle on a page of its own, under one title', async () => {
    const brief = (naam: string) => ({
      titel: `Brief voor ${naam}`,
      taal: 'nl',
      blokken: [{ soort: 'alinea' as const, tekst: `Beste ${naam},` }],
    });
    const bytes = await maakBundel('Brieven', 'nl', [brief('Anna'), brief('Bram'), brief('Cor')]);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(3);
    expect(doc.getTitle()).toBe('Brieven');
  });
});
