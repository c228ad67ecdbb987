import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/actor.ts';
import {
  berichtSchema,
  gesprekIdParamsSchema,
  gesprekkenSchema,
  gesprekSchema,
  nieuwBerichtSchema,
  nieuwGesprekSchema,
} from './model.ts';
import type { BerichtenService } from './service.ts';

const TAG = 'Berichten';

/** Message threads about a help request or a match; participants only. */
export const berichtenRoutes: FastifyPluginAsyncZod<{ service: BerichtenService }> = async (
  app,
  { service },
) => {
  app.get(
    '/mijn/gesprekken',
    {
      schema: {
        operationId: 'listMijnGesprekken',
        tags: [TAG],
        summary: 'The threads I take part in, newest first, with unread counts',
        response: { 200: gesprekkenSchema },
      },
    },
    async (request) => service.mijn(requireActor(request)),
  );

  app.post(
    '/gesprekken',
    {
      schema: {
        operationId: 'createGesprek',
        tags: [TAG],
        summary: 'Open the thread about a request or a match (201 new, 200 when it exists)',
        body: nieuwGesprekSchema,
        response: { 200: gesprekSchema, 201: gesprekSchema },
      },
    },
    async (request, reply) => {
      const { gesprek, nieuw } = await service.start(requireActor(request), request.body);
      return reply.code(nieuw ? 201 : 200).send(gesprek);
    },
  );

  app.get(
    '/gesprekken/:id',
    {
      schema: {
        operationId: 'getGesprek',
        tags: [TAG],
        summary: 'A thread with its messages (marks them read)',
        params: gesprekIdParamsSchema,
        response: { 200: gesprekSchema },
      },
    },
    async (request) => service.lees(requireActor(request), request.params.id),
  );

  app.post(
    '/gesprekken/:id/berichten',
    {
      schema: {
        operationId: 'createBericht',
        tags: [TAG],
        summary: 'Write a message; the others get an e-mail that there is one (not its text)',
        params: gesprekIdParamsSchema,
        body: nieuwBerichtSchema,
        response: { 201: berichtSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await service.schrijf(requireActor(request), request.params.id, request.body.tekst)),
  );
};
