import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/actor.ts';
import { hulpvraagIdParamsSchema } from '../hulpvragen/model.ts';
import {
  kandidatenSchema,
  koppelingAntwoordSchema,
  koppelingenSchema,
  koppelingIdParamsSchema,
  koppelingSchema,
  mijnKoppelingenSchema,
  mijnKoppelingSchema,
  nieuweKoppelingSchema,
  optimalisatieSchema,
} from './model.ts';
import type { KoppelingenService } from './service.ts';

const LOKET = 'Eén loket';
const WERK = 'Loket: werkvoorraad';

/** Matches: the coordinator proposes, the volunteer and the resident answer. */
export const koppelingenRoutes: FastifyPluginAsyncZod<{ service: KoppelingenService }> = async (
  app,
  { service },
) => {
  app.get(
    '/loket/hulpvragen/:id/kandidaten',
    {
      schema: {
        operationId: 'listKandidaten',
        tags: [WERK],
        summary: 'Approved volunteers for a request, fitting ones first, with why (not)',
        description: 'Every volunteer shown is recorded in the access log (action zoeken).',
        params: hulpvraagIdParamsSchema,
        response: { 200: kandidatenSchema },
      },
    },
    async (request) => service.kandidaten(requireActor(request), request.params.id),
  );

  app.post(
    '/loket/optimalisaties',
    {
      schema: {
        operationId: 'createOptimalisatie',
        tags: [WERK],
        summary: 'Run the optimiser over my organisation’s pool: a preview of proposals',
        description:
          'Exact max-weight assignment (min-cost flow) under the hard constraints, with the explanation of every proposal in words and how many more requests it helps than first-come-first-served. Nothing is proposed until the coordinator proposes a pair (POST /loket/koppelingen). Every person considered is in the access log.',
        response: { 200: optimalisatieSchema },
      },
    },
    async (request) => service.optimaliseer(requireActor(request)),
  );

  app.get(
    '/loket/koppelingen',
    {
      schema: {
        operationId: 'listKoppelingen',
        tags: [WERK],
        summary: 'Matches of my organisation’s requests',
        response: { 200: koppelingenSchema },
      },
    },
    async (request) => service.lijst(requireActor(request)),
  );

  app.post(
    '/loket/koppelingen',
    {
      schema: {
        operationId: 'createKoppeling',
        tags: [WERK],
        summary: 'Propose a volunteer for a request (approved at once; waits for the volunteer)',
        body: nieuweKoppelingSchema,
        response: { 201: koppelingSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.maak(requireActor(request), request.body)),
  );

  app.get(
    '/mijn/koppelingen',
    {
      schema: {
        operationId: 'listMijnKoppelingen',
        tags: [LOKET],
        summary: 'My matches, as resident and as volunteer',
        description:
          'Contact details of the other side only once both said yes; each time they are shown, the access log of that person records it.',
        response: { 200: mijnKoppelingenSchema },
      },
    },
    async (request) => service.mijn(requireActor(request)),
  );

  app.post(
    '/mijn/koppelingen/:id/antwoord',
    {
      schema: {
        operationId: 'createKoppelingAntwoord',
        tags: [LOKET],
        summary: 'Say yes or no to a proposed match (the volunteer first, then the resident)',
        params: koppelingIdParamsSchema,
        body: koppelingAntwoordSchema,
        response: { 200: mijnKoppelingSchema },
      },
    },
    async (request) => service.antwoord(requireActor(request), request.params.id, request.body),
  );
};
