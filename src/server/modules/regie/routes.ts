import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/actor.ts';
import { persoonIdParamsSchema } from '../toegang/model.ts';
import {
  levensdomeinenInvoerSchema,
  overdrachtSchema,
  regieSchema,
  teamlidParamsSchema,
} from './model.ts';
import type { RegieService } from './service.ts';

const TAG = 'Regie';

export const regieRoutes: FastifyPluginAsyncZod<{ service: RegieService }> = async (
  app,
  { service },
) => {
  app.get(
    '/personen/:id/regie',
    {
      schema: {
        operationId: 'getRegie',
        tags: [TAG],
        summary: 'Regisseur, case team with life domains, overlap and complexity signals',
        params: persoonIdParamsSchema,
        response: { 200: regieSchema },
      },
    },
    async (request) => service.regie(requireActor(request), request.params.id),
  );

  app.put(
    '/personen/:id/regie/team/:betrokkenheidId',
    {
      schema: {
        operationId: 'putTeamlidLevensdomeinen',
        tags: [TAG],
        summary: 'The life domains a team member works on',
        params: teamlidParamsSchema,
        body: levensdomeinenInvoerSchema,
        response: { 200: regieSchema },
      },
    },
    async (request) =>
      service.zetLevensdomeinen(
        requireActor(request),
        request.params.id,
        request.params.betrokkenheidId,
        request.body.levensdomeinen,
      ),
  );

  app.post(
    '/personen/:id/regie/overdrachten',
    {
      schema: {
        operationId: 'createRegieOverdracht',
        tags: [TAG],
        summary: 'Hand regie to another professional (the running regisseur), with a reason',
        params: persoonIdParamsSchema,
        body: overdrachtSchema,
        response: { 201: regieSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await service.draagOver(requireActor(request), request.params.id, request.body)),
  );
};
