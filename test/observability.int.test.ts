import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/server/demo/seed-demo.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ logLevel: 'debug', metricsToken: 'geheim-token-van-16-tekens' });
  await seedDemo(t.database);
});
afterAll(() => t.close());

describe('logs', () => {
  it('are JSON with a request id and never carry personal data', async () => {
    const personal = [
      'jan.jansen@example.nl',
      'Jan Jansen',
      '1234AB',
      'sessie-geheim',
      'Bearer abc123geheim',
    ];
    await t.app.inject({
      method: 'GET',
      url: '/api/v1/gemeenten?email=jan.jansen@example.nl&naam=Jan%20Jansen&postcode=1234AB',
      headers: {
        cookie: 'kring=sessie-geheim',
        authorization: 'Bearer abc123geheim',
        'x-request-id': 'log-test-0001',
      },
    });
    await t.app.inject({
      method: 'GET',
      url: '/api/v1/gemeenten/jan.jansen@example.nl',
      headers: { cookie: 'kring=sessie-geheim' },
    });
    await t.app.inject({ method: 'GET', url: '/api/v1/bestaat-niet?naam=Jan%20Jansen' });
    const text = t.logs.join('');
    expect(text).toContain('log-test-0001');
    const lines = t.logs.flatMap((chunk) => chunk.trim().split('\n')).map((l) => JSON.parse(l));
    expect(lines.some((l) => l.req?.route === '/api/v1/gemeenten')).toBe(true);
    for (const value of personal) expect(text).not.toContain(value);
    expect(text).not.toContain('jan.jansen');
  });

  it('redact personal fields if a module ever logs them', async () => {
    t.app.log.info({ persoon: { email: 'piet@example.nl', wachtwoord: 'hunter2hunter2' } }, 'test');
    const text = t.logs.join('');
    expect(text).not.toContain('piet@example.nl');
    expect(text).not.toContain('hunter2');
  });
});

describe('metrics', () => {
  it('need the configured bearer token', async () => {
    expect((await t.app.inject('/metrics')).statusCode).toBe(401);
    const wrong = await t.app.inject({
      url: '/metrics',
      headers: { authorization: 'Bearer fout-token-van-16-tekens' },
    });
    expect(wrong.statusCode).toBe(401);
  });

  it('count requests by route template, errors, the pool and the job queue', async () => {
    await t.app.inject('/api/v1/gemeenten/GM0882');
    await t.app.inject('/api/v1/gemeenten/GM9999');
    const res = await t.app.inject({
      url: '/metrics',
      headers: { authorization: 'Bearer geheim-token-van-16-tekens' },
    });
    expect(res.statusCode).toBe(200);
    const body = res.body;
    expect(body).toMatch(
      /kring_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/gemeenten\/:code",status_code="200"\} \d+/,
    );
    expect(body).toMatch(
      /kring_http_errors_total\{method="GET",route="\/api\/v1\/gemeenten\/:code",status_code="404"\} 1/,
    );
    expect(body).toContain('kring_db_pool_connections{state="total"}');
    expect(body).toContain('kring_jobs{status="queued"} 0');
    expect(body).not.toContain('GM9999');
  });
});
