import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/actor.ts';
import { requireGemeente } from '../../platform/tenancy/request-gemeente.ts';
import {
  type HsdsLijstQuery,
  hsdsIdParamsSchema,
  hsdsLijstQuerySchema,
  kaartImportRapportSchema,
  kaartImportVerzoekSchema,
} from './model.ts';
import type { HsdsPagina, HsdsService } from './service.ts';

/** `format=ndjson`: one item of `contents` per line. */
function stuur(reply: FastifyReply, q: HsdsLijstQuery, p: HsdsPagina) {
  if (q.format !== 'ndjson') return p;
  return reply
    .type('application/x-ndjson; charset=utf-8')
    .send(p.contents.map((c) => `${JSON.stringify(c)}\n`).join(''));
}

/**
 * The HSDS 3.0 API at /hsds (its own naming: snake_case, HSDS paging). Public, read-only,
 * CORS open for GET; only published entries; a confidential address never appears.
 */
export const hsdsRoutes: FastifyPluginAsyncZod<{ service: HsdsService }> = async (
  app,
  { service },
) => {
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Access-Control-Allow-Origin', '*');
    reply.header('Cross-Origin-Resource-Policy', 'cross-origin');
  });
  const lijst = { schema: { hide: true, querystring: hsdsLijstQuerySchema } };
  const een = { schema: { hide: true, params: hsdsIdParamsSchema } };

  app.get('/', { schema: { hide: true } }, async () => service.root());
  app.get('/services', lijst, async (request, reply) =>
    stuur(reply, request.query, await service.services(requireGemeente(request).id, request.query)),
  );
  app.get('/services/:id', een, async (request) =>
    service.service(requireGemeente(request).id, request.params.id),
  );
  app.get('/service_at_locations', lijst, async (request, reply) =>
    stuur(
      reply,
      request.query,
      await service.serviceAtLocations(requireGemeente(request).id, request.query),
    ),
  );
  app.get('/organizations', lijst, async (request, reply) =>
    stuur(
      reply,
      request.query,
      await service.organizations(requireGemeente(request).id, request.query),
    ),
  );
  app.get('/organizations/:id', een, async (request) =>
    service.organization(requireGemeente(request).id, request.params.id),
  );
  app.get('/taxonomies', lijst, async (request, reply) =>
    stuur(
      reply,
      request.query,
      await service.taxonomies(requireGemeente(request).id, request.query),
    ),
  );
  app.get('/taxonomy_terms', lijst, async (request, reply) =>
    stuur(
      reply,
      request.query,
      await service.taxonomyTerms(requireGemeente(request).id, request.query),
    ),
  );
};

/** The editor's upload of an HSDS or CSV file: a dry run report, then the import. */
export const kaartImportRoutes: FastifyPluginAsyncZod<{ service: HsdsService }> = async (
  app,
  { service },
) => {
  app.post(
    '/kaart-imports',
    {
      bodyLimit: 12 * 1024 * 1024,
      schema: {
        operationId: 'importSocialeKaart',
        tags: ['Sociale kaart bewerken'],
        summary: 'Check or import an HSDS 3.0 JSON or CSV file (redacteur)',
        description:
          'With `proefdraai` (the default) nothing is written: the report lists every row-level error (row, field, reason). Without it the file is imported when there are no errors, or only its good rows with `gedeeltelijk`. Importing the same file again updates the same entries (by their ids in the file).',
        body: kaartImportVerzoekSchema,
        response: { 200: kaartImportRapportSchema },
      },
    },
    async (request) => service.importeerAls(requireActor(request), request.body),
  );
};
