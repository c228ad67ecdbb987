import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Aanvraagfeiten,
  beoordeel,
  type Regel,
  staatOpen,
  type Waarderingsregels,
} from './waardering-regels.ts';

/** Stein-like rules: 8 hours a week, 3 months, 18 years, living here or caring for someone who does. */
const REGELS: Waarderingsregels = {
  minUrenPerWeek: 8,
  minMaandenZorg: 3,
  minLeeftijd: 18,
  woonregel: 'mantelzorger-of-zorgvrager',
  wieMagAanvragen: 'mantelzorger',
  bevestigingNodig: true,
  maxPerZorgvrager: 2,
  peildatum: '2026-10-01',
};

const AANVRAAG: Aanvraagfeiten = {
  aanvrager: 'mantelzorger',
  urenPerWeek: 10,
  sinds: '2025-01-01',
  geboortedatum: '1970-05-05',
  mantelzorgerWoontInGemeente: true,
  zorgvragerWoontInGemeente: true,
  bevestigd: true,
  alToegekendVoorZorgvrager: 0,
};

const niet = (r: Waarderingsregels, a: Aanvraagfeiten): Regel[] =>
  beoordeel(r, a)
    .regels.filter((u) => !u.voldaan)
    .map((u) => u.regel);

describe('beoordeel: one rule at a time', () => {
  it.each<[string, Partial<Waarderingsregels>, Partial<Aanvraagfeiten>, Regel[]]>([
    ['everything met', {}, {}, []],
    ['exactly the minimum hours', {}, { urenPerWeek: 8 }, []],
    ['one hour short', {}, { urenPerWeek: 7 }, ['uren']],
    ['exactly three months at the reference date', {}, { sinds: '2026-07-01' }, []],
    ['one day short of three months', {}, { sinds: '2026-07-02' }, ['maanden']],
    ['started after the reference date', {}, { sinds: '2026-11-01' }, ['maanden']],
    ['18 on the reference date', {}, { geboortedatum: '2008-10-01' }, []],
    ['18 the day after', {}, { geboortedatum: '2008-10-02' }, ['leeftijd']],
    ['date of birth unknown', {}, { geboortedatum: null }, ['leeftijd']],
    ['no minimum age, date unknown', { minLeeftijd: 0 }, { geboortedatum: null }, []],
    ['carer lives elsewhere, care recipient here', {}, { mantelzorgerWoontInGemeente: false }, []],
    ['carer here, care recipient elsewhere', {}, { zorgvragerWoontInGemeente: false }, []],
    [
      'both live elsewhere',
      {},
      { mantelzorgerWoontInGemeente: false, zorgvragerWoontInGemeente: false },
      ['woonplaats'],
    ],
    [
      'both elsewhere, no residence rule',
      { woonregel: 'geen' },
      { mantelzorgerWoontInGemeente: false, zorgvragerWoontInGemeente: false },
      [],
    ],
    ['care recipient applies, only carers may', {}, { aanvrager: 'zorgvrager' }, ['aanvrager']],
    [
      'care recipient applies, both may',
      { wieMagAanvragen: 'beide' },
      { aanvrager: 'zorgvrager' },
      [],
    ],
    ['carer applies, only recipients may', { wieMagAanvragen: 'zorgvrager' }, {}, ['aanvrager']],
    ['not yet confirmed', {}, { bevestigd: null }, ['bevestiging']],
    ['confirmation says no', {}, { bevestigd: false }, ['bevestiging']],
    ['no confirmation needed', { bevestigingNodig: false }, { bevestigd: null }, []],
    ['one granted of two', {}, { alToegekendVoorZorgvrager: 1 }, []],
    ['two granted of two', {}, { alToegekendVoorZorgvrager: 2 }, ['maximum']],
    ['no maximum', { maxPerZorgvrager: null }, { alToegekendVoorZorgvrager: 9 }, []],
    [
      'several at once',
      {},
      { urenPerWeek: 2, bevestigd: null, geboortedatum: '2015-01-01' },
      ['uren', 'leeftijd', 'bevestiging'],
    ],
  ])('%s', (_naam, regels, aanvraag, verwacht) => {
    const r = { ...REGELS, ...regels };
    const a = { ...AANVRAAG, ...aanvraag };
    expect(niet(r, a)).toEqual(verwacht);
    expect(beoordeel(r, a).voldoet).toBe(verwacht.length === 0);
  });

  it('gives a reason in words for every rule, met or not', () => {
    const { regels } = beoordeel(REGELS, { ...AANVRAAG, urenPerWeek: 1, bevestigd: false });
    expect(regels).toHaveLength(7);
    for (const u of regels) expect(u.reden.length).toBeGreaterThan(10);
    expect(regels.find((u) => u.regel === 'uren')?.reden).toBe(
      'U zorgt 1 uur per week. Dat moet minstens 8 uur zijn.',
    );
  });
});

describe('staatOpen', () => {
  it.each([
    ['2026-09-30', false],
    ['2026-10-01', true],
    ['2026-11-15', true],
    ['2026-11-16', false],
  ])('on %s: %s', (datum, open) => {
    expect(staatOpen({ openVanaf: '2026-10-01', deadline: '2026-11-15' }, datum)).toBe(open);
  });
});

const datum = fc
  .date({ min: new Date('1930-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const regelsArb: fc.Arbitrary<Waarderingsregels> = fc.record({
  minUrenPerWeek: fc.integer({ min: 0, max: 40 }),
  minMaandenZorg: fc.integer({ min: 0, max: 36 }),
  minLeeftijd: fc.integer({ min: 0, max: 30 }),
  woonregel: fc.constantFrom('geen', 'mantelzorger-of-zorgvrager'),
  wieMagAanvragen: fc.constantFrom('mantelzorger', 'zorgvrager', 'beide'),
  bevestigingNodig: fc.boolean(),
  maxPerZorgvrager: fc.option(fc.integer({ min: 1, max: 5 })),
  peildatum: datum,
});

const aanvraagArb: fc.Arbitrary<Aanvraagfeiten> = fc.record({
  aanvrager: fc.constantFrom('mantelzorger', 'zorgvrager'),
  urenPerWeek: fc.integer({ min: 0, max: 80 }),
  sinds: datum,
  geboortedatum: fc.option(datum),
  mantelzorgerWoontInGemeente: fc.boolean(),
  zorgvragerWoontInGemeente: fc.boolean(),
  bevestigd: fc.option(fc.boolean()),
  alToegekendVoorZorgvrager: fc.integer({ min: 0, max: 6 }),
});

/** A stricter version of the rules: every threshold the same or higher, every option narrower. */
const strengerArb = (r: Waarderingsregels): fc.Arbitrary<Waarderingsregels> =>
  fc.record({
    minUrenPerWeek: fc.integer({ min: r.minUrenPerWeek, max: 60 }),
    minMaandenZorg: fc.integer({ min: r.minMaandenZorg, max: 48 }),
    minLeeftijd: fc.integer({ min: r.minLeeftijd, max: 40 }),
    woonregel:
      r.woonregel === 'geen'
        ? fc.constantFrom('geen', 'mantelzorger-of-zorgvrager')
        : fc.constant(r.woonregel),
    wieMagAanvragen:
      r.wieMagAanvragen === 'beide'
        ? fc.constantFrom('mantelzorger', 'zorgvrager', 'beide')
        : fc.constant(r.wieMagAanvragen),
    bevestigingNodig: r.bevestigingNodig ? fc.constant(true) : fc.boolean(),
    maxPerZorgvrager:
      r.maxPerZorgvrager === null
        ? fc.option(fc.integer({ min: 1, max: 5 }))
        : fc.integer({ min: 1, max: r.maxPerZorgvrager }),
    peildatum: fc.constant(r.peildatum),
  });

describe('beoordeel: properties', () => {
  it('tightening any rule never makes an ineligible application eligible', () => {
    fc.assert(
      fc.property(
        regelsArb.chain((r) => fc.tuple(fc.constant(r), strengerArb(r))),
        aanvraagArb,
        ([ruim, streng], a) => {
          if (!beoordeel(ruim, a).voldoet) expect(beoordeel(streng, a).voldoet).toBe(false);
          // And rule by rule: what the lenient rules refuse, the strict ones refuse too.
          const ruimNiet = niet(ruim, a);
          const strengNiet = niet(streng, a);
          for (const r of ruimNiet) expect(strengNiet).toContain(r);
        },
      ),
    );
  });

  it('always answers every rule once, in the same order', () => {
    fc.assert(
      fc.property(regelsArb, aanvraagArb, (r, a) => {
        expect(beoordeel(r, a).regels.map((u) => u.regel)).toEqual([
          'uren',
          'maanden',
          'leeftijd',
          'woonplaats',
          'aanvrager',
          'bevestiging',
          'maximum',
        ]);
      }),
    );
  });
});
