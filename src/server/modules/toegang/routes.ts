import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.ts';
import {
  doorbraakIdParamsSchema,
  doorbraakOordeelSchema,
  doorbrakenPaginaSchema,
  doorbrakenQuerySchema,
  nieuweDoorbraakAntwoordSchema,
  nieuweDoorbraakSchema,
  paginaQuerySchema,
  persoonIdParamsSchema,
  toegangslogPaginaSchema,
} from './model.ts';
import type { ToegangService } from './service.ts';

/** Break-glass, its review, and the resident's own access log. */
export const toegangRoutes: FastifyPluginAsyncZod<{ service: ToegangService }> = async (
  app,
  { service },
) => {
  app.post(
    '/personen/:id/doorbraken',
    {
      schema: {
        operationId: 'createDoorbraak',
        tags: ['Toegang'],
        summary: 'Break-glass: urgent access to a person without a relation',
        description:
          'Care staff only. A reason is required; for four hours the staff member may read the person’s data. Every access is flagged in the access log and the functioneel beheerder reviews it.',
        params: persoonIdParamsSchema,
        body: nieuweDoorbraakSchema,
        response: { 201: nieuweDoorbraakAntwoordSchema },
      },
    },
    async (request, reply) => {
      const result = await service.doorbreek(
        requireActor(request),
        request.params.id,
        request.body.reden,
      );
      return reply.code(201).send(result);
    },
  );

  app.get(
    '/doorbraken',
    {
      schema: {
        operationId: 'listDoorbraken',
        tags: ['Toegang'],
        summary: 'Break-glass review list (functioneel beheerder)',
        description:
          'Who broke the glass, why, when and how many accesses followed. No person data.',
        querystring: doorbrakenQuerySchema,
        response: { 200: doorbrakenPaginaSchema },
      },
    },
    async (request) => service.doorbraken(requireActor(request), request.query),
  );

  app.patch(
    '/doorbraken/:doorbraakId',
    {
      schema: {
        operationId: 'beoordeelDoorbraak',
        tags: ['Toegang'],
        summary: 'Give the verdict on a break-glass (functioneel beheerder)',
        params: doorbraakIdParamsSchema,
        body: doorbraakOordeelSchema,
        response: { 204: z.null().describe('Verdict recorded.') },
      },
    },
    async (request, reply) => {
      await service.beoordeel(requireActor(request), request.params.doorbraakId, request.body);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/mijn/toegangslog',
    {
      schema: {
        operationId: 'listMijnToegangslog',
        tags: ['Mijn gegevens'],
        summary: 'Who looked at my data: role and organisation, when, what and why',
        querystring: paginaQuerySchema,
        response: { 200: toegangslogPaginaSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return service.logVanPersoon(actor, await service.eigenPersoonId(actor), request.query);
    },
  );
};
