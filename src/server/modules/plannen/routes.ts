import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/actor.ts';
import { persoonIdParamsSchema } from '../toegang/model.ts';
import {
  actieParamsSchema,
  naarVrijwilligerSchema,
  planAntwoordSchema,
  planInvoerSchema,
  planReactieSchema,
} from './model.ts';
import type { PlannenService } from './service.ts';

const TAG = 'Plan';

export const plannenRoutes: FastifyPluginAsyncZod<{ service: PlannenService }> = async (
  app,
  { service },
) => {
  app.get(
    '/personen/:id/plan',
    {
      schema: {
        operationId: 'getPlan',
        tags: [TAG],
        summary: 'A person’s plan: main goal, subgoals, actions, the person’s reactions',
        params: persoonIdParamsSchema,
        response: { 200: planAntwoordSchema },
      },
    },
    async (request) => service.plan(requireActor(request), request.params.id),
  );

  app.put(
    '/personen/:id/plan',
    {
      schema: {
        operationId: 'putPlan',
        tags: [TAG],
        summary: 'Write the whole plan (case team); actions that keep their id keep their links',
        params: persoonIdParamsSchema,
        body: planInvoerSchema,
        response: { 200: planAntwoordSchema },
      },
    },
    async (request) => service.zet(requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/personen/:id/plan/acties/:actieId/hulpvraag',
    {
      schema: {
        operationId: 'createActieHulpvraag',
        tags: [TAG],
        summary:
          '“Dit kan een vrijwilliger doen”: the action becomes a request in the volunteer pool',
        params: actieParamsSchema,
        body: naarVrijwilligerSchema,
        response: { 201: planAntwoordSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.naarVrijwilliger(
            requireActor(request),
            request.params.id,
            request.params.actieId,
            request.body,
          ),
        ),
  );

  app.get(
    '/mijn/plan',
    {
      schema: {
        operationId: 'getMijnPlan',
        tags: [TAG],
        summary: 'My plan, as the case team wrote it with me',
        response: { 200: planAntwoordSchema },
      },
    },
    async (request) => service.mijnPlan(requireActor(request)),
  );

  app.post(
    '/mijn/plan/reacties',
    {
      schema: {
        operationId: 'createMijnPlanReactie',
        tags: [TAG],
        summary: 'Agree with my plan, or say what I want differently',
        body: planReactieSchema,
        response: { 201: planAntwoordSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.reageer(requireActor(request), request.body)),
  );
};
