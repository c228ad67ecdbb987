import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

/**
 * The background map of the sociale kaart: the web app reads the tile source from
 * `GET /gemeente`, and the Content-Security-Policy lets exactly that origin in for images
 * (and still no inline styles or scripts).
 */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await t.services.gemeenten.create({
    code: 'GM0882',
    naam: 'Stein',
    hostnamen: ['stein.example.nl'],
  });
});
afterAll(() => t.close());

describe('map tiles of the sociale kaart', () => {
  it('are the PDOK BRT-Achtergrondkaart by default, with its attribution', async () => {
    const res = await t.app.inject({
      url: '/api/v1/gemeente',
      headers: { host: 'stein.example.nl' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().kaart).toEqual({
      tegels:
        'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png',
      bronvermelding: 'Kaartgegevens © Kadaster (BRT-Achtergrondkaart)',
    });
  });

  it('may be loaded as images from their origin only; styles and scripts stay same-origin', async () => {
    const res = await t.app.inject({
      url: '/api/v1/gemeente',
      headers: { host: 'stein.example.nl' },
    });
    const csp = String(res.headers['content-security-policy']);
    const directive = (name: string) =>
      csp
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith(`${name} `));
    expect(directive('img-src')).toBe("img-src 'self' data: https://service.pdok.nl");
    expect(directive('style-src')).toBe("style-src 'self'");
    expect(directive('script-src')).toBe("script-src 'self'");
  });
});
