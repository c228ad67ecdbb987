import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/actor.ts';
import { persoonIdParamsSchema } from '../toegang/model.ts';
import {
  gesprekkenSchema,
  gesprekSchema,
  instrumentenSchema,
  instrumentIdParamsSchema,
  instrumentSchema,
  instrumentWijzigingSchema,
  nieuwGesprekSchema,
  nieuwInstrumentSchema,
} from './model.ts';
import type { KeukentafelService } from './service.ts';

const TAG = 'Keukentafelgesprek';

/** Instruments (functioneel beheerder) and the conversations of the case team. */
export const keukentafelRoutes: FastifyPluginAsyncZod<{ service: KeukentafelService }> = async (
  app,
  { service },
) => {
  app.get(
    '/instrumenten',
    {
      schema: {
        operationId: 'listInstrumenten',
        tags: [TAG],
        summary: 'The instruments of this gemeente (the built-in 8-domain one first)',
        response: { 200: instrumentenSchema },
      },
    },
    async (request) => service.instrumenten(requireActor(request)),
  );

  app.post(
    '/instrumenten',
    {
      schema: {
        operationId: 'createInstrument',
        tags: [TAG],
        summary: 'Define an instrument: a scale and its parts, in your own words',
        body: nieuwInstrumentSchema,
        response: { 201: instrumentSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.maakInstrument(requireActor(request), request.body)),
  );

  app.patch(
    '/instrumenten/:instrumentId',
    {
      schema: {
        operationId: 'updateInstrument',
        tags: [TAG],
        summary: 'Put an instrument in or out of use',
        params: instrumentIdParamsSchema,
        body: instrumentWijzigingSchema,
        response: { 200: instrumentSchema },
      },
    },
    async (request) =>
      service.zetInstrumentActief(
        requireActor(request),
        request.params.instrumentId,
        request.body.actief,
      ),
  );

  app.get(
    '/personen/:id/keukentafelgesprekken',
    {
      schema: {
        operationId: 'listKeukentafelgesprekken',
        tags: [TAG],
        summary: 'A person’s kitchen-table conversations, oldest first (scores over time)',
        params: persoonIdParamsSchema,
        response: { 200: gesprekkenSchema },
      },
    },
    async (request) => service.gesprekken(requireActor(request), request.params.id),
  );

  app.post(
    '/personen/:id/keukentafelgesprekken',
    {
      schema: {
        operationId: 'createKeukentafelgesprek',
        tags: [TAG],
        summary: 'Record a kitchen-table conversation (case team only)',
        params: persoonIdParamsSchema,
        body: nieuwGesprekSchema,
        response: { 201: gesprekSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await service.leg(requireActor(request), request.params.id, request.body)),
  );
};
