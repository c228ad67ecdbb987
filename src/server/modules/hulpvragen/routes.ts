import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor, requireRol } from '../../platform/auth/actor.ts';
import { requireGemeente } from '../../platform/tenancy/request-gemeente.ts';
import {
  beoordelingSchema,
  conceptSchema,
  hulpcategorieenSchema,
  hulpvraagIdParamsSchema,
  hulpvraagSchema,
  loketregelsSchema,
  mijnHulpvragenSchema,
  routeringSchema,
  routeringVraagSchema,
  verzendingSchema,
  werkvoorraadItemSchema,
  werkvoorraadQuerySchema,
  werkvoorraadSchema,
} from './model.ts';
import type { HulpvragenService } from './service.ts';

const LOKET = 'Eén loket';
const WERK = 'Loket: werkvoorraad';

/** Help requests: public categories and routing, the resident's own, the organisation's queue. */
export const hulpvragenRoutes: FastifyPluginAsyncZod<{ service: HulpvragenService }> = async (
  app,
  { service },
) => {
  app.get(
    '/hulpcategorieen',
    {
      schema: {
        operationId: 'listHulpcategorieen',
        tags: [LOKET],
        summary:
          'What residents can ask help with in this gemeente (codes; the web app has the words)',
        response: { 200: hulpcategorieenSchema },
      },
    },
    async (request) => ({
      categorieen: await service.categorieen(requireGemeente(request).id),
    }),
  );

  app.post(
    '/hulpvraag-routeringen',
    {
      schema: {
        operationId: 'createHulpvraagRoutering',
        tags: [LOKET],
        summary: 'Where a request with these answers would go, and by when someone responds',
        description:
          'Nothing is stored. The answers go in the body so they never land in a URL or a log.',
        body: routeringVraagSchema,
        response: { 200: routeringSchema },
      },
    },
    async (request) => service.voorbeeldRoutering(requireGemeente(request).id, request.body),
  );

  app.get(
    '/gemeente/loketregels',
    {
      schema: {
        operationId: 'getLoketregels',
        tags: [LOKET],
        summary: 'The routing rules of this gemeente (functioneel beheerder)',
        response: { 200: loketregelsSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      requireRol(actor, 'functioneel-beheerder');
      return service.regels(actor.gemeenteId);
    },
  );

  app.put(
    '/gemeente/loketregels',
    {
      schema: {
        operationId: 'putLoketregels',
        tags: [LOKET],
        summary: 'Change the routing rules of this gemeente (functioneel beheerder)',
        body: loketregelsSchema,
        response: { 200: loketregelsSchema },
      },
    },
    async (request) => service.zetRegels(requireActor(request), request.body),
  );

  app.get(
    '/mijn/hulpvragen',
    {
      schema: {
        operationId: 'listMijnHulpvragen',
        tags: [LOKET],
        summary: 'My help requests, my story and the contact details Kring has of me',
        response: { 200: mijnHulpvragenSchema },
      },
    },
    async (request) => service.mijn(requireActor(request)),
  );

  app.post(
    '/mijn/hulpvragen',
    {
      schema: {
        operationId: 'createMijnHulpvraag',
        tags: [LOKET],
        summary: 'Save a new help request as a concept (send it with /verzending)',
        body: conceptSchema,
        response: { 201: hulpvraagSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.maakConcept(requireActor(request), request.body)),
  );

  app.put(
    '/mijn/hulpvragen/:id',
    {
      schema: {
        operationId: 'putMijnHulpvraag',
        tags: [LOKET],
        summary: 'Save the answers of a concept (409 once it is sent)',
        params: hulpvraagIdParamsSchema,
        body: conceptSchema,
        response: { 200: hulpvraagSchema },
      },
    },
    async (request) =>
      service.wijzigConcept(requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/mijn/hulpvragen/:id/verzending',
    {
      schema: {
        operationId: 'createHulpvraagVerzending',
        tags: [LOKET],
        summary: 'Send a concept: routing, consent to the receiver, and the answer when',
        description:
          'Every missing answer at once (400, names like antwoorden.postcode). The resident consents to the receiving organisation reading the request and contact details (revocable in Mijn gegevens).',
        params: hulpvraagIdParamsSchema,
        body: verzendingSchema,
        response: { 200: hulpvraagSchema },
      },
    },
    async (request) => service.verstuur(requireActor(request), request.params.id),
  );

  app.delete(
    '/mijn/hulpvragen/:id',
    {
      schema: {
        operationId: 'deleteMijnHulpvraag',
        tags: [LOKET],
        summary: 'Delete a concept, or withdraw a sent request',
        params: hulpvraagIdParamsSchema,
        response: { 204: z.null().describe('Deleted or withdrawn.') },
      },
    },
    async (request, reply) => {
      await service.trekIn(requireActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/loket/hulpvragen',
    {
      schema: {
        operationId: 'listWerkvoorraad',
        tags: [WERK],
        summary: 'Requests sent to my organisation (coordinator, wijkteam)',
        description: 'Every request shown is recorded in the access log (action zoeken).',
        querystring: werkvoorraadQuerySchema,
        response: { 200: werkvoorraadSchema },
      },
    },
    async (request) => service.werkvoorraad(requireActor(request), request.query),
  );

  app.get(
    '/loket/hulpvragen/:id',
    {
      schema: {
        operationId: 'getWerkvoorraadItem',
        tags: [WERK],
        summary: 'One request sent to my organisation',
        params: hulpvraagIdParamsSchema,
        response: { 200: werkvoorraadItemSchema },
      },
    },
    async (request) => service.item(requireActor(request), request.params.id),
  );

  app.post(
    '/loket/hulpvragen/:id/behandeling',
    {
      schema: {
        operationId: 'createHulpvraagBehandeling',
        tags: [WERK],
        summary: 'Pick up a request: I handle it and join the case team',
        params: hulpvraagIdParamsSchema,
        response: { 200: werkvoorraadItemSchema },
      },
    },
    async (request) => service.behandel(requireActor(request), request.params.id),
  );

  app.post(
    '/loket/hulpvragen/:id/beoordeling',
    {
      schema: {
        operationId: 'createHulpvraagBeoordeling',
        tags: [WERK],
        summary: 'The coordinator’s check: ready for matching, or closed',
        params: hulpvraagIdParamsSchema,
        body: beoordelingSchema,
        response: { 200: werkvoorraadItemSchema },
      },
    },
    async (request) => service.beoordeel(requireActor(request), request.params.id, request.body),
  );
};
