import { describe, expect, it } from 'vitest';
import { type Aanbieder, kandidaten, type Vraag } from './kandidaten.ts';

const STEIN = { lat: 50.969, lon: 5.766 };
const GELEEN = { lat: 50.974, lon: 5.828 };
const MAASTRICHT = { lat: 50.851, lon: 5.691 };

const vraag: Vraag = {
  categorieen: ['boodschappen', 'gezelschap'],
  tijdvakken: ['MO-ochtend', 'WE-middag'],
  punt: STEIN,
  talen: [],
  geslacht: 'geen',
  vogNodig: ['gezelschap'],
};
const bram: Aanbieder = {
  aanbodId: 'bram',
  naam: 'Bram',
  categorieen: ['boodschappen', 'wandelen'],
  tijdvakken: ['MO-ochtend'],
  punt: GELEEN,
  straalKm: 10,
  talen: ['nl'],
  geslacht: 'man',
  vogGeldig: false,
  lopendeKoppelingen: 0,
  maxKoppelingen: 1,
  eerderAfgewezen: false,
};

describe('candidate volunteers for a request', () => {
  it('fits on category, distance and time; VOG only matters for the categories that need it', () => {
    const [k] = kandidaten(vraag, [bram]);
    expect(k).toMatchObject({
      passend: true,
      gedeeldeCategorieen: ['boodschappen'],
      gedeeldeTijdvakken: 1,
      bezwaren: [],
    });
    expect(k!.afstandKm).toBeGreaterThan(3);
    expect(k!.afstandKm).toBeLessThan(6);
  });

  it('names every objection', () => {
    const ver = { ...bram, aanbodId: 'ver', punt: MAASTRICHT, straalKm: 5 };
    const vol = { ...bram, aanbodId: 'vol', lopendeKoppelingen: 1, eerderAfgewezen: true };
    const alleenGezelschap = { ...bram, aanbodId: 'g', categorieen: ['gezelschap'] };
    const uit = kandidaten({ ...vraag, talen: ['tr'], geslacht: 'vrouw' }, [
      ver,
      vol,
      alleenGezelschap,
    ]);
    const per = Object.fromEntries(uit.map((k) => [k.aanbodId, k.bezwaren]));
    expect(per.ver).toEqual(['afstand', 'taal', 'geslacht']);
    expect(per.vol).toEqual(['taal', 'geslacht', 'vol', 'eerder-afgewezen']);
    expect(per.g).toEqual(['vog', 'taal', 'geslacht']);
  });

  it('puts fitting volunteers first, then the nearest', () => {
    const dichtbij = { ...bram, aanbodId: 'dichtbij', punt: STEIN };
    const ongeschikt = { ...bram, aanbodId: 'x', categorieen: ['tuin'], punt: STEIN };
    expect(kandidaten(vraag, [ongeschikt, bram, dichtbij]).map((k) => k.aanbodId)).toEqual([
      'dichtbij',
      'bram',
      'x',
    ]);
  });
});
