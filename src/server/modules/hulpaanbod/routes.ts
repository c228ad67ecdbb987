import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/actor.ts';
import {
  aanbodBeoordelingSchema,
  aanbodIdParamsSchema,
  aanbodSchema,
  aanbodWijzigingSchema,
  aanmeldingenQuerySchema,
  aanmeldingenSchema,
  aanmeldingSchema,
  mijnAanbodSchema,
  nieuwAanbodSchema,
} from './model.ts';
import type { HulpaanbodService } from './service.ts';

const LOKET = 'Eén loket';
const WERK = 'Loket: werkvoorraad';

/** Offering help (the volunteer's own) and the coordinator's review of new volunteers. */
export const hulpaanbodRoutes: FastifyPluginAsyncZod<{ service: HulpaanbodService }> = async (
  app,
  { service },
) => {
  app.get(
    '/mijn/hulpaanbod',
    {
      schema: {
        operationId: 'listMijnHulpaanbod',
        tags: [LOKET],
        summary: 'My offers of help and their status',
        response: { 200: mijnAanbodSchema },
      },
    },
    async (request) => service.mijn(requireActor(request)),
  );

  app.post(
    '/mijn/hulpaanbod',
    {
      schema: {
        operationId: 'createMijnHulpaanbod',
        tags: [LOKET],
        summary: 'Sign up as a volunteer or helpful neighbour',
        description:
          'Goes to the gemeente’s volunteer organisation, whose coordinator reviews it; the body’s `toestemming` lets them read the sign-up (revocable in Mijn gegevens).',
        body: nieuwAanbodSchema,
        response: { 201: aanbodSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.meldAan(requireActor(request), request.body)),
  );

  app.patch(
    '/mijn/hulpaanbod/:id',
    {
      schema: {
        operationId: 'updateMijnHulpaanbod',
        tags: [LOKET],
        summary: 'Change my offer: what, where, when, how often',
        params: aanbodIdParamsSchema,
        body: aanbodWijzigingSchema,
        response: { 200: aanbodSchema },
      },
    },
    async (request) => service.wijzig(requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/loket/aanmeldingen',
    {
      schema: {
        operationId: 'listAanmeldingen',
        tags: [WERK],
        summary: 'Volunteers who signed up with my organisation',
        description: 'Every sign-up shown is recorded in the access log (action zoeken).',
        querystring: aanmeldingenQuerySchema,
        response: { 200: aanmeldingenSchema },
      },
    },
    async (request) => service.aanmeldingen(requireActor(request), request.query.status),
  );

  app.get(
    '/loket/aanmeldingen/:id',
    {
      schema: {
        operationId: 'getVrijwilligerAanmelding',
        tags: [WERK],
        summary: 'One volunteer sign-up with my organisation',
        params: aanbodIdParamsSchema,
        response: { 200: aanmeldingSchema },
      },
    },
    async (request) => service.aanmelding(requireActor(request), request.params.id),
  );

  app.post(
    '/loket/aanmeldingen/:id/beoordeling',
    {
      schema: {
        operationId: 'createAanmeldingBeoordeling',
        tags: [WERK],
        summary: 'Approve or turn down a new volunteer, with the intake notes and VOG',
        params: aanbodIdParamsSchema,
        body: aanbodBeoordelingSchema,
        response: { 200: aanmeldingSchema },
      },
    },
    async (request) => service.beoordeel(requireActor(request), request.params.id, request.body),
  );
};
