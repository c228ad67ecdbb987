import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/actor.ts';
import { hulpvraagIdParamsSchema } from '../hulpvragen/model.ts';
import {
  evaluatieSchema,
  kandidatenSchema,
  koppelingAntwoordSchema,
  koppelingenSchema,
  koppelingIdParamsSchema,
  koppelingSchema,
  loketStapSchema,
  matchbordSchema,
  mijnKoppelingenSchema,
  mijnKoppelingSchema,
  mijnStapSchema,
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
          'Exact max-weight assignment (min-cost flow) under the hard constraints, with the explanation of every proposal in words and how many more requests it helps than first-come-first-served and than the proposals by hand; reciprocal exchanges (cycles of 2–3 people and chains from a volunteer, a MIP solved by HiGHS in a worker thread) and group suggestions with a place from the sociale kaart. Nothing is proposed until the coordinator takes a pair over (POST /loket/koppelingen). Every person considered is in the access log.',
        response: { 200: optimalisatieSchema },
      },
    },
    async (request) => service.optimaliseer(requireActor(request)),
  );

  app.get(
    '/loket/matchbord',
    {
      schema: {
        operationId: 'getMatchbord',
        tags: [WERK],
        summary: 'The matching board: open requests and approved volunteers of my organisation',
        description:
          'Places are postcode areas (PC4) and their middle, never an address. Every person shown is recorded in the access log (action zoeken).',
        response: { 200: matchbordSchema },
      },
    },
    async (request) => service.matchbord(requireActor(request)),
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

  app.post(
    '/loket/koppelingen/:id/stappen',
    {
      schema: {
        operationId: 'createKoppelingStap',
        tags: [WERK],
        summary: 'Take a step on a match: approve or withdraw a proposal, start or end a match',
        description:
          'Checked by the workflow: a step that does not fit the match now is refused with 409. Ending needs a reason.',
        params: koppelingIdParamsSchema,
        body: loketStapSchema,
        response: { 200: koppelingSchema },
      },
    },
    async (request) => service.stapLoket(requireActor(request), request.params.id, request.body),
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

  app.post(
    '/mijn/koppelingen/:id/stappen',
    {
      schema: {
        operationId: 'createMijnKoppelingStap',
        tags: [LOKET],
        summary: 'After the introduction: go on together (starten), or stop (with a reason)',
        params: koppelingIdParamsSchema,
        body: mijnStapSchema,
        response: { 200: mijnKoppelingSchema },
      },
    },
    async (request) => service.stapMijn(requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/mijn/koppelingen/:id/evaluatie',
    {
      schema: {
        operationId: 'createKoppelingEvaluatie',
        tags: [LOKET],
        summary: 'Say how the match goes, a month after the start (once per side)',
        params: koppelingIdParamsSchema,
        body: evaluatieSchema,
        response: { 200: mijnKoppelingSchema },
      },
    },
    async (request) => service.evalueer(requireActor(request), request.params.id, request.body),
  );
};
