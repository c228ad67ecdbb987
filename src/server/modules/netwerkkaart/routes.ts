import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.ts';
import { persoonIdParamsSchema } from '../toegang/model.ts';
import {
  netwerklidInvoerSchema,
  netwerklidParamsSchema,
  netwerklidSchema,
  netwerkSchema,
} from './model.ts';
import type { NetwerkkaartService } from './service.ts';

const TAG = 'Netwerkkaart';

export const netwerkkaartRoutes: FastifyPluginAsyncZod<{ service: NetwerkkaartService }> = async (
  app,
  { service },
) => {
  app.get(
    '/personen/:id/netwerkleden',
    {
      schema: {
        operationId: 'listNetwerkleden',
        tags: [TAG],
        summary: 'The person’s network in four sectors (data category netwerk)',
        params: persoonIdParamsSchema,
        response: { 200: netwerkSchema },
      },
    },
    async (request) => service.netwerk(requireActor(request), request.params.id),
  );

  app.post(
    '/personen/:id/netwerkleden',
    {
      schema: {
        operationId: 'createNetwerklid',
        tags: [TAG],
        summary: 'Add someone to the network',
        params: persoonIdParamsSchema,
        body: netwerklidInvoerSchema,
        response: { 201: netwerklidSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await service.voegToe(requireActor(request), request.params.id, request.body)),
  );

  app.put(
    '/personen/:id/netwerkleden/:lidId',
    {
      schema: {
        operationId: 'putNetwerklid',
        tags: [TAG],
        summary: 'Change a member of the network',
        params: netwerklidParamsSchema,
        body: netwerklidInvoerSchema,
        response: { 200: netwerklidSchema },
      },
    },
    async (request) =>
      service.wijzig(requireActor(request), request.params.id, request.params.lidId, request.body),
  );

  app.delete(
    '/personen/:id/netwerkleden/:lidId',
    {
      schema: {
        operationId: 'deleteNetwerklid',
        tags: [TAG],
        summary: 'Remove someone from the network',
        params: netwerklidParamsSchema,
        response: { 204: z.null().describe('Removed.') },
      },
    },
    async (request, reply) => {
      await service.verwijder(requireActor(request), request.params.id, request.params.lidId);
      return reply.code(204).send(null);
    },
  );
};
