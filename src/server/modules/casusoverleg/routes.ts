import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/actor.ts';
import { persoonIdParamsSchema } from '../toegang/model.ts';
import {
  nieuwOverlegSchema,
  overleggenSchema,
  overlegParamsSchema,
  overlegSchema,
  verslagSchema,
} from './model.ts';
import type { CasusoverlegService } from './service.ts';

const TAG = 'Casusoverleg';

export const casusoverlegRoutes: FastifyPluginAsyncZod<{ service: CasusoverlegService }> = async (
  app,
  { service },
) => {
  app.get(
    '/personen/:id/casusoverleggen',
    {
      schema: {
        operationId: 'listCasusoverleggen',
        tags: [TAG],
        summary: 'Case conferences about a person (case team)',
        params: persoonIdParamsSchema,
        response: { 200: overleggenSchema },
      },
    },
    async (request) => service.overleggen(requireActor(request), request.params.id),
  );

  app.post(
    '/personen/:id/casusoverleggen',
    {
      schema: {
        operationId: 'createCasusoverleg',
        tags: [TAG],
        summary: 'Plan a case conference: date, participants, agenda',
        params: persoonIdParamsSchema,
        body: nieuwOverlegSchema,
        response: { 201: overlegSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await service.plan(requireActor(request), request.params.id, request.body)),
  );

  app.put(
    '/personen/:id/casusoverleggen/:overlegId/verslag',
    {
      schema: {
        operationId: 'putCasusoverlegVerslag',
        tags: [TAG],
        summary: 'Notes and decisions; a decision with a subgoal becomes a plan action',
        params: overlegParamsSchema,
        body: verslagSchema,
        response: { 200: overlegSchema },
      },
    },
    async (request) =>
      service.legVast(
        requireActor(request),
        request.params.id,
        request.params.overlegId,
        request.body,
      ),
  );
};
