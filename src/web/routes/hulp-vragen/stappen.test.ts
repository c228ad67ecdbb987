import { describe, expect, it } from 'vitest';
import { type Invul, LEEG, metEerder, naarConcept } from './concept.ts';
import { foutenVanServer } from './serverFouten.ts';
import { controleerStap, eersteOpenStap, STAPPEN, volgendeStap } from './stappen.ts';

const compleet: Invul = {
  ...LEEG,
  voorWie: 'mijzelf',
  categorieen: ['boodschappen'],
  hoeVaak: 'elke-week',
  postcode: '6171 aa',
  urgentie: 'kan-wachten',
};

describe('the steps of "Hulp vragen"', () => {
  it('asks the required questions with the server’s rules', () => {
    expect(controleerStap('voor-wie', LEEG).map((f) => f.code)).toEqual(['voorWie']);
    expect(
      controleerStap('voor-wie', { ...LEEG, voorWie: 'naaste', naasteNaam: ' ' }).map(
        (f) => f.veld,
      ),
    ).toEqual(['naaste-naam']);
    expect(controleerStap('wat', LEEG)[0]?.code).toBe('categorieen');
    expect(controleerStap('waar', LEEG)[0]?.code).toBe('postcodeLeeg');
    expect(controleerStap('waar', { ...LEEG, postcode: '0123 AB' })[0]?.code).toBe('postcode');
    expect(controleerStap('waar', { ...LEEG, postcode: '6171aa' })).toEqual([]);
    expect(controleerStap('contact', { ...LEEG, telefoonnummer: 'bel me' })[0]?.code).toBe(
      'telefoon',
    );
    expect(controleerStap('contact', { ...LEEG, eMailadres: 'ans@' })[0]?.code).toBe('email');
    expect(
      controleerStap('eigen-woorden', { ...LEEG, omschrijving: 'x'.repeat(2001) }),
    ).toHaveLength(1);
    // Optional questions may stay empty.
    for (const stap of [
      'eigen-woorden',
      'wanneer',
      'voorkeuren',
      'gaat-goed',
      'doet-graag',
    ] as const) {
      expect(controleerStap(stap, LEEG)).toEqual([]);
    }
  });

  it('continues at the first open question, and then at the check page', () => {
    expect(eersteOpenStap(LEEG)).toBe('voor-wie');
    expect(eersteOpenStap({ ...compleet, hoeVaak: undefined })).toBe('hoe-vaak');
    expect(eersteOpenStap(compleet)).toBe('controleren');
    expect(volgendeStap(STAPPEN.at(-1)!)).toBe('controleren');
  });

  it('maps the server’s 400 on sending back to steps and fields', () => {
    const fouten = foutenVanServer(
      [
        'antwoorden.categorieen',
        'body.antwoorden.postcode',
        'antwoorden.naaste.naam',
        'body.toestemming',
        'iets.anders',
      ],
      { ...LEEG, voorWie: 'naaste' },
    );
    expect(fouten).toEqual([
      { stap: 'wat', veld: 'categorieen', code: 'categorieen' },
      // The browser's own check knows it is empty, not wrong.
      { stap: 'waar', veld: 'postcode', code: 'postcodeLeeg' },
      { stap: 'voor-wie', veld: 'naaste-naam', code: 'naasteNaam' },
      { stap: 'controleren', veld: 'toestemming', code: 'toestemming' },
    ]);
  });
});

describe('the draft and the server’s concept', () => {
  it('leaves empty fields out, so the server does not reject them', () => {
    const concept = naarConcept({ ...compleet, naasteNaam: 'Piet' });
    expect(concept.antwoorden?.postcode).toBe('6171 aa');
    expect(concept.antwoorden?.naaste).toBeUndefined();
    expect(concept.contact).toEqual({ telefoonnummer: undefined, eMailadres: undefined });
    expect(
      naarConcept({ ...compleet, voorWie: 'naaste', naasteNaam: ' Piet ' }).antwoorden?.naaste,
    ).toEqual({ naam: 'Piet', relatie: '' });
  });

  it('fills in what Kring already knows, without overwriting new answers', () => {
    const eerder = {
      verhaal: {
        gaatGoed: 'Ik kook zelf',
        kanBieden: ['computer' as const],
        kanBiedenToelichting: '',
        doetGraag: 'kaarten',
      },
      contact: {
        naam: 'Ans',
        telefoonnummer: '06 1234 5678',
        eMailadres: 'ans@example.nl',
        postcode: '6171 AA',
      },
    };
    const invul = metEerder({ ...LEEG, doetGraag: 'wandelen' }, eerder);
    expect(invul).toMatchObject({
      gaatGoed: 'Ik kook zelf',
      doetGraag: 'wandelen',
      kanBieden: ['computer'],
      postcode: '6171 AA',
      telefoonnummer: '06 1234 5678',
      eMailadres: 'ans@example.nl',
    });
  });
});
