import Fastify from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registerErrorHandler } from './error-handler.ts';
import { KringError } from './problem.ts';
import { registerValidation } from './validation.ts';

/** A bare app with only the platform's validation and error handling. */
async function appWith(): Promise<ReturnType<typeof Fastify>> {
  const app = Fastify().withTypeProvider<ZodTypeProvider>();
  app.setSerializerCompiler(serializerCompiler);
  registerValidation(app);
  registerErrorHandler(app);
  app.post(
    '/personen/:nummer',
    {
      schema: {
        params: z.object({ nummer: z.coerce.number().int() }),
        querystring: z.object({ taal: z.enum(['nl', 'en']).default('nl') }),
        body: z.object({
          naam: z.string().min(1),
          geboortedatum: z.iso.date(),
          adres: z.object({ postcode: z.string().regex(/^\d{4}[A-Z]{2}$/) }),
        }),
      },
    },
    async (request) => ({ ok: true, nummer: request.params.nummer, taal: request.query.taal }),
  );
  app.get('/kapot', async () => {
    throw new Error('database says: duplicate key for jan@example.nl');
  });
  app.get('/conflict', async () => {
    throw new KringError('KRING_CONFLICT', 'Dit bestaat al.');
  });
  await app.ready();
  return app as never;
}

describe('problem details', () => {
  it('reports invalid params, query and body fields all in one problem', async () => {
    const app = await appWith();
    const res = await app.inject({
      method: 'POST',
      url: '/personen/abc?taal=fr',
      payload: { naam: '', geboortedatum: '31-12-1950', adres: { postcode: '6171 aa' } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    const names = res.json().invalidParams.map((p: { name: string }) => p.name);
    expect(names).toEqual([
      'params.nummer',
      'query.taal',
      'body.naam',
      'body.geboortedatum',
      'body.adres.postcode',
    ]);
    expect(res.json().detail).toBe('5 velden zijn niet goed ingevuld.');
  });

  it('hands the parsed, coerced values to the handler', async () => {
    const app = await appWith();
    const res = await app.inject({
      method: 'POST',
      url: '/personen/12',
      payload: { naam: 'A', geboortedatum: '1950-12-31', adres: { postcode: '6171AA' } },
    });
    expect(res.json()).toEqual({ ok: true, nummer: 12, taal: 'nl' });
  });

  it('turns unreadable JSON into a 400 problem', async () => {
    const app = await appWith();
    const res = await app.inject({
      method: 'POST',
      url: '/personen/1',
      headers: { 'content-type': 'application/json' },
      payload: '{"naam": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('KRING_ONLEESBAAR_VERZOEK');
  });

  it('refuses an unsupported media type with 415', async () => {
    const app = await appWith();
    const res = await app.inject({
      method: 'POST',
      url: '/personen/1',
      headers: { 'content-type': 'application/xml' },
      payload: '<naam/>',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe('KRING_MEDIATYPE');
  });

  it('hides internal errors: no message, no stack, a reference instead', async () => {
    const app = await appWith();
    const res = await app.inject('/kapot');
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('jan@example.nl');
    expect(res.body).not.toContain('duplicate');
    expect(res.json()).toMatchObject({
      code: 'KRING_INTERNE_FOUT',
      instance: expect.stringMatching(/^urn:kring:verzoek:/),
    });
  });

  it('maps a KringError to its status and stable code', async () => {
    const app = await appWith();
    const res = await app.inject('/conflict');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'KRING_CONFLICT',
      type: 'urn:kring:probleem:KRING_CONFLICT',
      detail: 'Dit bestaat al.',
    });
  });
});
