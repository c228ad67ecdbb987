import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HULPCATEGORIE_CODES, URGENTIES } from '../../../shared/loket.ts';
import { loketregelsSchema } from './model.ts';
import { categorieenVan, routeer, vogCategorieen, werkdagenNa } from './routering.ts';

const standaard = loketregelsSchema.parse({});

describe('routing a help request', () => {
  it('sends simple practical help to the volunteer pool', () => {
    const b = routeer(
      { categorieen: ['boodschappen'], urgentie: 'kan-wachten', zorgen: false },
      standaard,
    );
    expect(b).toEqual({
      route: 'vrijwilligers',
      levensdomeinen: ['huishouden'],
      redenen: ['eenvoudig'],
      reactieWerkdagen: 5,
    });
  });

  it('sends a request that touches three life domains to the wijkteam, with the reasons', () => {
    const b = routeer(
      {
        categorieen: ['boodschappen', 'geldzorgen', 'somber'],
        urgentie: 'kan-wachten',
        zorgen: false,
      },
      standaard,
    );
    expect(b.route).toBe('wijkteam');
    expect(b.levensdomeinen).toEqual(['huishouden', 'financien', 'gezondheid']);
    expect(b.redenen).toEqual(['levensdomeinen', 'niet-eenvoudig']);
  });

  it('two simple categories in one life domain stay with the volunteers', () => {
    expect(
      routeer(
        { categorieen: ['klusjes', 'tuin'], urgentie: 'binnen-een-week', zorgen: false },
        standaard,
      ).route,
    ).toBe('vrijwilligers');
  });

  it('spoed and zorgen go to the wijkteam unless the gemeente turns that off', () => {
    const spoed = { categorieen: ['vervoer'] as const, urgentie: 'spoed' as const, zorgen: false };
    expect(routeer({ ...spoed, categorieen: ['vervoer'] }, standaard)).toMatchObject({
      route: 'wijkteam',
      redenen: ['spoed'],
      reactieWerkdagen: 1,
    });
    const uit = loketregelsSchema.parse({ intakeBijSpoed: false, intakeBijZorgen: false });
    expect(routeer({ ...spoed, categorieen: ['vervoer'] }, uit).route).toBe('vrijwilligers');
    expect(
      routeer({ categorieen: ['vervoer'], urgentie: 'kan-wachten', zorgen: true }, uit).route,
    ).toBe('vrijwilligers');
    expect(
      routeer({ categorieen: ['vervoer'], urgentie: 'kan-wachten', zorgen: true }, standaard)
        .redenen,
    ).toEqual(['zorgen']);
  });

  it('follows the gemeente’s own view of what is simple', () => {
    const regels = loketregelsSchema.parse({ categorieen: { geldzorgen: { eenvoudig: true } } });
    expect(
      routeer({ categorieen: ['geldzorgen'], urgentie: 'kan-wachten', zorgen: false }, regels)
        .route,
    ).toBe('vrijwilligers');
    expect(categorieenVan(regels).find((c) => c.code === 'geldzorgen')?.eenvoudig).toBe(true);
  });

  const vraag = fc.record({
    categorieen: fc.uniqueArray(fc.constantFrom(...HULPCATEGORIE_CODES), {
      minLength: 1,
      maxLength: 8,
    }),
    urgentie: fc.constantFrom(...URGENTIES),
    zorgen: fc.boolean(),
  });
  const regels = fc
    .record({
      intakeVanafLevensdomeinen: fc.integer({ min: 1, max: 8 }),
      intakeBijSpoed: fc.boolean(),
      intakeBijZorgen: fc.boolean(),
    })
    .map((r) => loketregelsSchema.parse(r));

  it('property: asking for more never moves a request from the wijkteam back to volunteers', () => {
    fc.assert(
      fc.property(vraag, fc.constantFrom(...HULPCATEGORIE_CODES), regels, (v, extra, r) => {
        const meer = { ...v, categorieen: [...new Set([...v.categorieen, extra])] };
        if (routeer(v, r).route === 'wijkteam') expect(routeer(meer, r).route).toBe('wijkteam');
      }),
    );
  });

  it('property: the volunteer route has no reason for the wijkteam, the wijkteam route at least one', () => {
    fc.assert(
      fc.property(vraag, regels, (v, r) => {
        const b = routeer(v, r);
        if (b.route === 'vrijwilligers') expect(b.redenen).toEqual(['eenvoudig']);
        else expect(b.redenen.length).toBeGreaterThan(0);
        expect(b.levensdomeinen.length).toBeLessThanOrEqual(v.categorieen.length);
      }),
    );
  });
});

describe('VOG categories', () => {
  it('lists the chosen categories the gemeente marks', () => {
    expect(vogCategorieen(['boodschappen', 'gezelschap', 'klusjes'], standaard)).toEqual([
      'gezelschap',
      'klusjes',
    ]);
    const regels = loketregelsSchema.parse({
      categorieen: { gezelschap: { vogVerplicht: false } },
    });
    expect(vogCategorieen(['gezelschap'], regels)).toEqual([]);
  });
});

describe('working days', () => {
  it('skips the weekend, in Dutch time', () => {
    // Friday 2026-12-04 10:00 in Amsterdam → +1 working day is Monday 7 December.
    expect(werkdagenNa(new Date('2026-12-04T09:00:00Z'), 1)).toBe('2026-12-07');
    expect(werkdagenNa(new Date('2026-12-04T09:00:00Z'), 5)).toBe('2026-12-11');
    // Late Sunday evening UTC is already Monday in Amsterdam.
    expect(werkdagenNa(new Date('2026-12-06T23:30:00Z'), 1)).toBe('2026-12-08');
  });
});
