import { describe, expect, it } from 'vitest';
import {
  maakInformatiepakket,
  PER_GROEP,
  type Steunaanbod,
  verdeelOverGroepen,
} from './informatiepakket.ts';

const aanbod = (id: string, naam = `Aanbod ${id}`): Steunaanbod => ({
  id,
  naam,
  samenvatting: 'Samen koffie drinken.',
  organisatie: 'Steunpunt Mantelzorg',
  plaats: 'Stein',
  telefoon: '046 200 00 00',
  email: null,
  website: 'https://steunpunt.example',
});

describe('verdeelOverGroepen', () => {
  it('keeps each entry in the first group that found it, at most PER_GROEP per group', () => {
    const veel = Array.from({ length: 9 }, (_, i) => aanbod(`r${i}`));
    const groepen = verdeelOverGroepen(
      { steun: [aanbod('a'), aanbod('b')], respijt: [aanbod('a'), ...veel] },
      false,
    );
    expect(groepen.map((g) => g.groep)).toEqual(['steun', 'respijt', 'lotgenoten', 'activiteiten']);
    expect(groepen[0]!.aanbod.map((a) => a.id)).toEqual(['a', 'b']);
    expect(groepen[1]!.aanbod.map((a) => a.id)).toEqual(veel.slice(0, PER_GROEP).map((a) => a.id));
  });

  it('adds the youth group for young carers only', () => {
    expect(verdeelOverGroepen({}, true).map((g) => g.groep)).toContain('jongeren');
    expect(
      verdeelOverGroepen({ jongeren: [aanbod('j')] }, false).map((g) => g.groep),
    ).not.toContain('jongeren');
  });
});

describe('maakInformatiepakket', () => {
  it('lists local support with its contact details, in mail text, HTML and PDF alike', () => {
    const p = maakInformatiepakket({
      jong: false,
      gevonden: { lotgenoten: [aanbod('c', 'Mantelzorgcafé Stein')] },
      publicUrl: 'https://kring.example',
    });
    expect(p.onderwerp).toContain('Informatie voor wie zorgt voor een ander');
    expect(p.tekst).toContain('Mantelzorgcafé Stein (Steunpunt Mantelzorg, Stein).');
    expect(p.tekst).toContain('bel 046 200 00 00 - https://steunpunt.example');
    expect(p.html).toContain('<li>Mantelzorgcafé Stein (Steunpunt Mantelzorg, Stein).');
    expect(p.html).toContain('<a href="https://kring.example/mijn-kring/mantelzorg">');
    expect(p.pdf.blokken).toContainEqual({
      soort: 'kop',
      tekst: 'Andere mensen ontmoeten die ook zorgen',
    });
    // A group with nothing on the map says where to go instead of showing an empty list.
    expect(p.tekst).toContain('Vraag het Wmo-loket van de gemeente.');
  });

  it('speaks to young carers as "je", and points to youth work', () => {
    const p = maakInformatiepakket({ jong: true, gevonden: {}, publicUrl: null });
    expect(p.pdf.titel).toBe('Zorg jij voor iemand thuis?');
    expect(p.tekst).toContain('VOOR JONGEREN');
    expect(p.tekst).toContain('je mentor op school');
    expect(p.html).not.toContain('<a href');
  });

  it('escapes what comes from the sociale kaart in the HTML', () => {
    const p = maakInformatiepakket({
      jong: false,
      gevonden: { steun: [aanbod('x', '<script>x</script>')] },
      publicUrl: null,
    });
    expect(p.html).not.toContain('<script>');
    expect(p.html).toContain('&lt;script&gt;');
  });
});
