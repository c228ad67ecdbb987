import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dag } from './model.ts';
import { isOpen, momentOpDatum, type RoosterRegel } from './rooster.ts';
import { gelijkenis } from './trigram.ts';
import {
  afstandMeter,
  eersteK,
  type IndexRij,
  type IndexVraag,
  type Sortering,
  TYPO_DREMPEL,
  TYPO_GELIJKENIS,
  ZoekIndex,
} from './zoekindex.ts';

const regel = (r: Partial<RoosterRegel>): RoosterRegel => ({
  freq: 'WEEKLY',
  interval: 1,
  byday: 'TU',
  dtstart: null,
  until: null,
  opensAt: '10:00',
  closesAt: '12:00',
  validFrom: null,
  validTo: null,
  gesloten: false,
  beschrijving: '',
  ...r,
});

const rij = (r: Partial<IndexRij> & { id: string }): IndexRij => ({
  weergave: {
    id: r.id,
    naam: r.naam ?? r.id,
    naamEn: null,
    soort: 'activiteit',
    samenvatting: '',
    samenvattingEn: null,
    organisatie: { id: 'org', naam: 'Org' },
    plaats: null,
    lat: null,
    lon: null,
    kosten: 'gratis',
    toegankelijkheid: [],
    zonderVerwijzing: true,
    laatstGecontroleerdOp: '2026-11-23T00:00:00.000Z',
  },
  naam: r.id,
  organisatieId: 'org',
  lexemen: { a: [], b: [], d: [] },
  zoektekst: '',
  levensdomeinen: [],
  hulpvormen: [],
  doelgroepen: [],
  toegankelijkheid: [],
  kosten: 'gratis',
  minimumLeeftijd: null,
  maximumLeeftijd: null,
  zonderVerwijzing: true,
  gewijzigdOp: 0,
  punt: null,
  roosters: [],
  ...r,
});

const vraag = (v: Partial<IndexVraag> = {}): IndexVraag => ({
  groepen: null,
  typos: false,
  punt: null,
  straalMeter: null,
  levensdomein: [],
  hulpvorm: [],
  doelgroep: [],
  kosten: [],
  toegankelijkheid: [],
  leeftijd: null,
  zonderVerwijzing: false,
  organisatieId: null,
  dag: null,
  open: null,
  gewijzigdNa: null,
  metLocatie: false,
  ...v,
});

const alles = { sortering: 'naam' as Sortering, offset: 0, limit: 1000 };
const ids = (index: ZoekIndex, v: IndexVraag, opties = alles) =>
  index.zoek(v, opties).treffers.map((t) => t.id);

describe('search index: text', () => {
  const index = new ZoekIndex();
  index.zet(
    rij({
      id: 'kookclub',
      lexemen: { a: ['kookclub', 'stein'], b: ['sam', 'koken'], d: [] },
      zoektekst: 'kookclub stein',
    }),
  );
  index.zet(
    rij({
      id: 'inloop',
      lexemen: { a: ['inloop', 'koffie'], b: ['kookclub'], d: [] },
      zoektekst: 'inloop koffie',
    }),
  );
  index.zet(rij({ id: 'fiets', lexemen: { a: ['fiets'], b: [], d: [] }, zoektekst: 'fiets' }));

  it('matches every group by a stem as prefix, the name first', () => {
    const kook = index.zoek(vraag({ groepen: [{ woord: 'kook', stammen: ['kook'] }] }), {
      ...alles,
      sortering: 'relevantie',
    });
    expect(kook.treffers.map((t) => t.id)).toEqual(['kookclub', 'inloop']);
    expect(
      ids(
        index,
        vraag({
          groepen: [
            { woord: 'kook', stammen: ['kook'] },
            { woord: 'stein', stammen: ['stein'] },
          ],
        }),
      ),
    ).toEqual(['kookclub']);
    expect(ids(index, vraag({ groepen: [{ woord: 'x', stammen: ['fietsen'] }] }))).toEqual([]);
    expect(ids(index, vraag({ groepen: [] }))).toEqual([]);
  });

  it('finds typos of the words of name and keywords when the words find (almost) nothing', () => {
    const typo = vraag({ groepen: [{ woord: 'kokclub', stammen: ['kokclub'] }] });
    expect(ids(index, typo)).toEqual(['kookclub']);
    // Five or more exact matches: no look-alikes.
    const veel = new ZoekIndex();
    for (let i = 0; i < TYPO_DREMPEL; i++) {
      veel.zet(
        rij({ id: `k${i}`, lexemen: { a: ['kokclub'], b: [], d: [] }, zoektekst: 'kokclub' }),
      );
    }
    veel.zet(
      rij({ id: 'echt', lexemen: { a: ['kookclub'], b: [], d: [] }, zoektekst: 'kookclub' }),
    );
    expect(ids(veel, typo)).toHaveLength(TYPO_DREMPEL);
    expect(ids(veel, { ...typo, typos: true })).toContain('echt');
    expect(gelijkenis('kokclub', 'kookclub')).toBeCloseTo(0.7);
    expect(gelijkenis('wandelgroup', 'wandelgroep')).toBeGreaterThanOrEqual(TYPO_GELIJKENIS);
    expect(gelijkenis('fiets', 'koffie')).toBeLessThan(TYPO_GELIJKENIS);
  });

  it('replaces a changed entry and forgets a removed one', () => {
    const i = new ZoekIndex();
    i.zet(rij({ id: 'a', lexemen: { a: ['oud'], b: [], d: [] } }));
    i.zet(rij({ id: 'a', lexemen: { a: ['nieuw'], b: [], d: [] } }));
    expect(ids(i, vraag({ groepen: [{ woord: 'oud', stammen: ['oud'] }] }))).toEqual([]);
    expect(ids(i, vraag({ groepen: [{ woord: 'nieuw', stammen: ['nieuw'] }] }))).toEqual(['a']);
    expect([i.grootte, i.dood]).toEqual([1, 1]);
    i.verwijder('a');
    expect(ids(i, vraag())).toEqual([]);
  });
});

describe('search index: place and time', () => {
  it('measures great-circle distance on the earthdistance sphere', () => {
    // Stein to Utrecht; PostgreSQL says earth_distance(ll_to_earth(…), ll_to_earth(…)) =
    // 132685.23319771595 m.
    const d = afstandMeter({ lat: 50.9686, lon: 5.7676 }, { lat: 52.0907, lon: 5.1214 });
    expect(d).toBeCloseTo(132_685.2332, 3);
  });

  it('"nu open" follows rooster.ts#isOpen for simple and complex schedules', () => {
    const index = new ZoekIndex();
    const schema: Record<string, RoosterRegel[]> = {
      dinsdag: [regel({})],
      eersteDinsdag: [regel({ freq: 'MONTHLY', byday: '1TU' })],
      gesloten: [
        regel({}),
        regel({ gesloten: true, dtstart: '2026-12-01', until: '2026-12-01', opensAt: null }),
      ],
      eenmalig: [regel({ freq: null, byday: null, dtstart: '2026-12-08' })],
    };
    for (const [id, roosters] of Object.entries(schema)) index.zet(rij({ id, roosters }));
    for (const datum of ['2026-12-01', '2026-12-08', '2026-12-09']) {
      for (const tijd of ['09:59', '10:00', '11:59', '12:00']) {
        const m = momentOpDatum(datum, tijd);
        const verwacht = Object.keys(schema)
          .filter((id) => isOpen(schema[id]!, m))
          .sort();
        expect(ids(index, vraag({ open: m })), `${datum} ${tijd}`).toEqual(verwacht);
      }
    }
  });
});

// A reference: every filter written out plainly over the rows, to compare the index with.
const DAGEN: Dag[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
function verwacht(rijen: IndexRij[], v: IndexVraag): IndexRij[] {
  return rijen.filter((r) => {
    const heeft = (lijst: string[], gevraagd: string[]) =>
      gevraagd.length === 0 || gevraagd.some((g) => lijst.includes(g));
    if (v.groepen) {
      const lexemen = [...r.lexemen.a, ...r.lexemen.b, ...r.lexemen.d];
      const ok = v.groepen.every((g) =>
        g.stammen.some((s) => lexemen.some((l) => l.startsWith(s))),
      );
      if (!ok) return false;
    }
    if (!heeft(r.levensdomeinen, v.levensdomein)) return false;
    if (!heeft(r.hulpvormen, v.hulpvorm)) return false;
    if (!heeft(r.doelgroepen, v.doelgroep)) return false;
    if (v.kosten.length && !v.kosten.includes(r.kosten)) return false;
    if (!v.toegankelijkheid.every((t) => r.toegankelijkheid.includes(t))) return false;
    if (v.leeftijd !== null) {
      if (r.minimumLeeftijd !== null && r.minimumLeeftijd > v.leeftijd) return false;
      if (r.maximumLeeftijd !== null && r.maximumLeeftijd < v.leeftijd) return false;
    }
    if (v.zonderVerwijzing && !r.zonderVerwijzing) return false;
    if (v.dag) {
      const op = r.roosters.some(
        (x) =>
          !x.gesloten &&
          x.freq !== null &&
          (x.byday ?? '').split(',').some((b) => b.endsWith(v.dag!)),
      );
      if (!op) return false;
    }
    if (v.open && !isOpen(r.roosters, v.open)) return false;
    if (v.punt && v.straalMeter !== null) {
      if (!r.punt || afstandMeter(v.punt, r.punt) > v.straalMeter) return false;
    }
    return true;
  });
}

const woord = fc.constantFrom('kook', 'kookclub', 'wandel', 'taal', 'fiets', 'koffie');
const arbRij = (id: number) =>
  fc
    .record({
      naam: fc.constantFrom('Aa', 'Kookclub', 'Wandelen', 'Taalcafé', 'Zz'),
      a: fc.uniqueArray(woord, { maxLength: 3 }),
      b: fc.uniqueArray(woord, { maxLength: 3 }),
      levensdomeinen: fc.subarray(['wonen', 'financien', 'zorg']),
      hulpvormen: fc.subarray(['cursus', 'ontmoeting']),
      doelgroepen: fc.subarray(['ouderen', 'jongeren']),
      toegankelijkheid: fc.subarray(['rolstoel', 'ringleiding', 'stilteruimte']),
      kosten: fc.constantFrom('gratis', 'vast', 'inkomensafhankelijk'),
      min: fc.option(fc.integer({ min: 0, max: 60 })),
      zonder: fc.boolean(),
      punt: fc.option(
        fc.record({
          lat: fc.double({ min: 50.7, max: 51.2, noNaN: true }),
          lon: fc.double({ min: 5.5, max: 6.1, noNaN: true }),
        }),
      ),
      roosters: fc.array(
        fc.record({
          freq: fc.constantFrom('WEEKLY', 'MONTHLY', null),
          dag: fc.constantFrom(...DAGEN),
          ordinaal: fc.constantFrom('', '1', '-1'),
          interval: fc.constantFrom(1, 1, 2),
          opens: fc.constantFrom('09:00', '10:00', '13:00'),
          gesloten: fc.boolean(),
        }),
        { maxLength: 2 },
      ),
    })
    .map(
      (x): IndexRij =>
        rij({
          id: `id-${String(id).padStart(3, '0')}`,
          naam: x.naam,
          lexemen: { a: x.a, b: x.b, d: [] },
          levensdomeinen: x.levensdomeinen,
          hulpvormen: x.hulpvormen,
          doelgroepen: x.doelgroepen,
          toegankelijkheid: x.toegankelijkheid,
          kosten: x.kosten,
          minimumLeeftijd: x.min,
          maximumLeeftijd: x.min === null ? null : x.min + 20,
          zonderVerwijzing: x.zonder,
          punt: x.punt,
          roosters: x.roosters.map((r) =>
            regel({
              freq: r.gesloten ? null : r.freq,
              byday:
                r.freq === null || r.gesloten
                  ? null
                  : `${r.freq === 'MONTHLY' ? r.ordinaal : ''}${r.dag}`,
              interval: r.interval,
              dtstart: r.freq === null || r.gesloten || r.interval > 1 ? '2026-12-01' : null,
              until: r.gesloten ? '2026-12-03' : null,
              opensAt: r.gesloten ? null : r.opens,
              closesAt: r.gesloten ? null : '15:00',
              gesloten: r.gesloten,
            }),
          ),
        }),
    );

const arbVraag = fc.record({
  tekst: fc.option(
    fc.uniqueArray(fc.constantFrom('ko', 'kook', 'wandel', 'taal', 'x'), {
      minLength: 1,
      maxLength: 2,
    }),
  ),
  levensdomein: fc.subarray(['wonen', 'financien', 'zorg']),
  doelgroep: fc.subarray(['ouderen', 'jongeren']),
  kosten: fc.subarray(['gratis', 'vast', 'inkomensafhankelijk']),
  toegankelijkheid: fc.subarray(['rolstoel', 'ringleiding']),
  leeftijd: fc.option(fc.integer({ min: 0, max: 90 })),
  zonderVerwijzing: fc.boolean(),
  dag: fc.option(fc.constantFrom(...DAGEN)),
  open: fc.option(
    fc.record({
      datum: fc.constantFrom('2026-12-01', '2026-12-02', '2026-12-29', '2026-12-15'),
      tijd: fc.constantFrom('09:30', '10:30', '14:59', '15:00'),
    }),
  ),
  straalKm: fc.option(fc.integer({ min: 1, max: 30 })),
  sortering: fc.constantFrom<Sortering>('naam', 'afstand', 'relevantie'),
  offset: fc.integer({ min: 0, max: 10 }),
  limit: fc.integer({ min: 1, max: 10 }),
});

describe('search index: property', () => {
  it('finds exactly what the plain reference finds, counts facets over all of it, pages in order', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 60 })
          .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbRij(i)))),
        fc.array(fc.integer({ min: 0, max: 59 }), { maxLength: 10 }),
        arbVraag,
        fc.boolean(),
        (rijen, weg, q, inEens) => {
          // Built at once (name order sorted at the end) or entry by entry (kept in order).
          const index = inEens ? ZoekIndex.van(rijen) : new ZoekIndex();
          if (!inEens) for (const r of rijen) index.zet(r);
          // Replace some, remove some: the index must forget the old versions.
          for (const r of rijen.slice(0, 5)) index.zet(r);
          const verwijderd = new Set(weg.map((i) => `id-${String(i).padStart(3, '0')}`));
          for (const id of verwijderd) index.verwijder(id);
          const over = rijen.filter((r) => !verwijderd.has(r.id));
          const punt = { lat: 50.97, lon: 5.77 };
          const v = vraag({
            groepen: q.tekst ? q.tekst.map((w) => ({ woord: w, stammen: [w] })) : null,
            levensdomein: q.levensdomein,
            doelgroep: q.doelgroep,
            kosten: q.kosten,
            toegankelijkheid: q.toegankelijkheid,
            leeftijd: q.leeftijd,
            zonderVerwijzing: q.zonderVerwijzing,
            dag: q.dag,
            open: q.open ? momentOpDatum(q.open.datum, q.open.tijd) : null,
            punt: q.straalKm === null ? null : punt,
            straalMeter: q.straalKm === null ? null : q.straalKm * 1000,
          });
          const moet = verwacht(over, v);
          const antwoord = index.zoek(v, {
            sortering: q.sortering,
            offset: q.offset,
            limit: q.limit,
          });
          expect(antwoord.totaal).toBe(moet.length);
          const alle = index.zoek(v, { sortering: q.sortering, offset: 0, limit: 1000 });
          expect(alle.treffers.map((t) => t.id).sort()).toEqual(moet.map((r) => r.id).sort());
          // The page is the same slice of the full order.
          expect(antwoord.treffers).toEqual(alle.treffers.slice(q.offset, q.offset + q.limit));
          // The full order is sorted as asked.
          const naam = new Map(over.map((r) => [r.id, r.naam]));
          for (let i = 1; i < alle.treffers.length; i++) {
            const [a, b] = [alle.treffers[i - 1]!, alle.treffers[i]!];
            if (q.sortering === 'afstand' && v.punt) {
              expect(a.afstandM ?? Infinity).toBeLessThanOrEqual(b.afstandM ?? Infinity);
            } else if (q.sortering === 'relevantie' && v.groepen) {
              expect(a.rang).toBeGreaterThanOrEqual(b.rang);
            } else {
              expect(naam.get(a.id)! <= naam.get(b.id)!).toBe(true);
            }
          }
          // Facets count over every match.
          const tel = (pred: (r: IndexRij) => boolean) => moet.filter(pred).length || undefined;
          expect(antwoord.facetten.get('kosten:gratis')).toBe(tel((r) => r.kosten === 'gratis'));
          expect(antwoord.facetten.get('levensdomein:zorg')).toBe(
            tel((r) => r.levensdomeinen.includes('zorg')),
          );
          expect(antwoord.facetten.get('toegankelijkheid:rolstoel')).toBe(
            tel((r) => r.toegankelijkheid.includes('rolstoel')),
          );
          expect(antwoord.facetten.get('zonderVerwijzing:ja')).toBe(tel((r) => r.zonderVerwijzing));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('search index: many matches', () => {
  it('pages by name through the name order, also after changes', () => {
    const woorden = ['Aa', 'Kook', 'Taal', 'Wandel', 'Zz', 'Ééntje'];
    const rijen = Array.from({ length: 5000 }, (_, i) =>
      rij({ id: `id-${i}`, naam: `${woorden[(i * 7) % 6]} ${(i * 7919) % 5000}` }),
    );
    const index = ZoekIndex.van(rijen);
    // Later changes are inserted at their place in the name order.
    index.zet(rij({ id: 'id-3', naam: 'A nieuw' }));
    index.verwijder('id-10');
    index.zet(rij({ id: 'extra', naam: 'Kook 0' }));
    const over = [
      ...rijen.filter((r) => !['id-3', 'id-10'].includes(r.id)),
      rij({ id: 'id-3', naam: 'A nieuw' }),
      rij({ id: 'extra', naam: 'Kook 0' }),
    ].sort((a, b) => (a.naam < b.naam ? -1 : a.naam > b.naam ? 1 : a.id < b.id ? -1 : 1));
    for (const offset of [0, 20, 2490, 4990]) {
      const r = index.zoek(vraag(), { sortering: 'naam', offset, limit: 20 });
      expect(r.totaal).toBe(over.length);
      expect(r.treffers.map((t) => t.id)).toEqual(over.slice(offset, offset + 20).map((x) => x.id));
    }
  });
});

describe('search index: kept answers', () => {
  it('answers the same question from memory until the index changes; at most `cache`', () => {
    const index = new ZoekIndex({ cache: 2 });
    index.zet(rij({ id: 'a', kosten: 'gratis' }));
    const gratis = vraag({ kosten: ['gratis'] });
    const eerste = index.zoek(gratis, alles);
    expect(index.zoek(gratis, alles)).toBe(eerste);
    // Another page or order is another question.
    expect(index.zoek(gratis, { ...alles, limit: 1 })).not.toBe(eerste);
    // A change forgets every kept answer.
    index.zet(rij({ id: 'b', kosten: 'gratis' }));
    expect(index.zoek(gratis, alles).totaal).toBe(2);
    // Full: the oldest goes.
    const a = index.zoek(vraag(), alles);
    index.zoek(vraag({ kosten: ['vast'] }), alles);
    index.zoek(vraag({ zonderVerwijzing: true }), alles);
    expect(index.zoek(vraag(), alles)).not.toBe(a);
    // No cache: always worked out.
    const zonder = new ZoekIndex();
    zonder.zet(rij({ id: 'a' }));
    expect(zonder.zoek(vraag(), alles)).not.toBe(zonder.zoek(vraag(), alles));
  });
});

describe('first k', () => {
  it('property: equals sorting the whole list by key (either way) and rank, then taking k', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 99 }), { maxLength: 100 }),
        fc.integer({ min: 0, max: 30 }),
        fc.array(fc.constantFrom(0, 0.4, 1, 1.4), { minLength: 100, maxLength: 100 }),
        fc.constantFrom<1 | -1>(1, -1),
        fc.boolean(),
        (lijst, k, sleutels, teken, metSleutel) => {
          const rang = Int32Array.from({ length: 100 }, (_, i) => (i * 37) % 100);
          const sleutel = metSleutel ? Float64Array.from(sleutels) : null;
          const w = (s: number) => (sleutel ? teken * sleutel[s]! : 0);
          const verwacht = [...lijst]
            .sort((a, b) => w(a) - w(b) || rang[a]! - rang[b]!)
            .slice(0, k);
          expect(eersteK(lijst, k, sleutel, teken, rang)).toEqual(verwacht);
        },
      ),
    );
  });
});
