import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/server/demo/seed-demo.ts';
import { API_VERSION } from '../src/server/platform/http/api-version.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database);
});
afterAll(() => t.close());

describe('NL API Design Rules on /api/v1', () => {
  it('answers health with 200 and the full API-Version', async () => {
    const res = await t.app.inject('/api/v1/health');
    expect(res.statusCode).toBe(200);
    expect(res.headers['api-version']).toBe(API_VERSION);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('is ready when the database is reachable and migrated', async () => {
    const res = await t.app.inject('/api/v1/ready');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: 'ok', migraties: 'ok' });
  });

  it('gives 404 problem details for a trailing slash', async () => {
    for (const url of ['/api/v1/gemeenten/', '/api/v1/health/', '/api/v1/gemeenten/GM0882/']) {
      const res = await t.app.inject(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['api-version']).toBe(API_VERSION);
      expect(res.json()).toMatchObject({ status: 404, code: 'KRING_NIET_GEVONDEN' });
    }
    expect((await t.app.inject('/api/v1/gemeenten')).statusCode).toBe(200);
  });

  it('gives 404 problem details for an unknown API path, with API-Version', async () => {
    const res = await t.app.inject('/api/v1/bestaat-niet');
    expect(res.statusCode).toBe(404);
    expect(res.headers['api-version']).toBe(API_VERSION);
    expect(res.json()).toMatchObject({
      type: 'urn:kring:probleem:KRING_NIET_GEVONDEN',
      title: expect.any(String),
      detail: expect.any(String),
      instance: `urn:kring:verzoek:${res.headers['x-request-id']}`,
    });
  });

  it('lists every invalid field at once', async () => {
    const res = await t.app.inject('/api/v1/gemeenten?pagina=0&paginaGrootte=abc');
    expect(res.statusCode).toBe(400);
    const problem = res.json();
    expect(problem).toMatchObject({ status: 400, code: 'KRING_VALIDATIE' });
    expect(problem.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      'query.pagina',
      'query.paginaGrootte',
    ]);
  });

  it('reports invalid path and query parameters together', async () => {
    const res = await t.app.inject('/api/v1/gemeenten?paginaGrootte=500');
    expect(res.statusCode).toBe(400);
    const bad = await t.app.inject('/api/v1/gemeenten/stein');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'params.code', code: 'invalid_format' }),
    ]);
  });

  it('never repeats the sent value in a validation error', async () => {
    const res = await t.app.inject('/api/v1/gemeenten/jan.jansen@example.nl');
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toContain('jansen');
  });

  it('returns a known gemeente and a 404 problem for an unknown one', async () => {
    const res = await t.app.inject('/api/v1/gemeenten/GM0882');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ code: 'GM0882', naam: 'Stein', demo: true });
    const missing = await t.app.inject('/api/v1/gemeenten/GM9999');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('KRING_NIET_GEVONDEN');
  });

  it('pages through gemeenten', async () => {
    const res = await t.app.inject('/api/v1/gemeenten?pagina=1&paginaGrootte=1');
    expect(res.json()).toMatchObject({ pagina: 1, paginaGrootte: 1, totaal: 1 });
    expect(res.json().gemeenten).toHaveLength(1);
    const empty = await t.app.inject('/api/v1/gemeenten?pagina=2&paginaGrootte=1');
    expect(empty.json().gemeenten).toEqual([]);
  });

  it('serves the role catalogue', async () => {
    const res = await t.app.inject('/api/v1/rollen');
    const rollen = res.json().rollen as { code: string; tweestapsverificatieVerplicht: boolean }[];
    expect(rollen.map((r) => r.code)).toContain('functioneel-beheerder');
    expect(rollen.find((r) => r.code === 'professional')?.tweestapsverificatieVerplicht).toBe(true);
    expect(rollen.find((r) => r.code === 'inwoner')?.tweestapsverificatieVerplicht).toBe(false);
  });

  it('sends a request id and accepts only a safe one from the caller', async () => {
    const own = await t.app.inject({
      url: '/api/v1/health',
      headers: { 'x-request-id': 'trace-12345678' },
    });
    expect(own.headers['x-request-id']).toBe('trace-12345678');
    const unsafe = await t.app.inject({
      url: '/api/v1/health',
      headers: { 'x-request-id': 'a b\nc' },
    });
    expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sets a strict content security policy', async () => {
    const res = await t.app.inject('/api/v1/health');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(res.headers['permissions-policy']).toContain('camera=()');
    expect(res.headers['permissions-policy']).toContain('geolocation=(self)');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });
});

describe('OpenAPI', () => {
  it('serves the OpenAPI 3.1 document that is committed in docs/openapi.json', async () => {
    const res = await t.app.inject('/api/v1/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers[0].url).toBe('/api/v1');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/health',
        '/ready',
        '/gemeente',
        '/gemeenten',
        '/gemeenten/{code}',
        '/rollen',
      ]),
    );
    expect(Object.keys(doc.paths).some((p) => p.endsWith('/') || p.startsWith('/api'))).toBe(false);
    const committed = JSON.parse(readFileSync('docs/openapi.json', 'utf8'));
    expect(doc).toEqual(committed);
  });

  it('documents API-Version on every success and problem details on every error', async () => {
    const doc = (await t.app.inject('/api/v1/openapi.json')).json();
    type Response = { headers?: Record<string, unknown>; content?: Record<string, unknown> };
    for (const [path, item] of Object.entries<
      Record<string, { responses: Record<string, Response> }>
    >(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        for (const [status, response] of Object.entries(op.responses)) {
          if (status.startsWith('2'))
            expect(response.headers?.['API-Version'], `${method} ${path}`).toBeDefined();
          if (/^[45]/.test(status)) {
            expect(
              response.content?.['application/problem+json'],
              `${method} ${path} ${status}`,
            ).toBeDefined();
          }
        }
      }
    }
  });

  it('serves browsable API documentation', async () => {
    const res = await t.app.inject('/api/v1/docs');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('swagger');
    // The assets come from this server, not from a CDN.
    const initializer = await t.app.inject('/api/v1/docs/static/swagger-initializer.js');
    expect(initializer.statusCode).toBe(200);
  });
});
