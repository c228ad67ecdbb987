import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/actor.ts';
import {
  aanbiedersQuerySchema,
  aanbiedersSchema,
  aanbiederVerzoekenSchema,
  aanbiederVerzoekSchema,
  antwoordSchema,
  idParamsSchema,
  mijnVerzoekenSchema,
  nieuwVerzoekSchema,
  verzoekSchema,
} from './model.ts';
import type { RespijtzorgService } from './service.ts';

const TAG = 'Respijtzorg';

/** The carer's requests for a break, and the provider's answers. */
export const respijtzorgRoutes: FastifyPluginAsyncZod<{ service: RespijtzorgService }> = async (
  app,
  { service },
) => {
  app.get(
    '/mijn/respijtzorg',
    {
      schema: {
        operationId: 'listMijnRespijtverzoeken',
        tags: [TAG],
        summary: 'My requests for respite care, with their status',
        response: { 200: mijnVerzoekenSchema },
      },
    },
    async (request) => service.mijn(requireActor(request)),
  );

  app.get(
    '/mijn/respijtzorg/aanbieders',
    {
      schema: {
        operationId: 'listRespijtAanbieders',
        tags: [TAG],
        summary: 'Providers from the sociale kaart for day activities or a short stay',
        description: 'Only organisations whose staff receive requests in Kring.',
        querystring: aanbiedersQuerySchema,
        response: { 200: aanbiedersSchema },
      },
    },
    async (request) => service.aanbieders(requireActor(request), request.query.soort),
  );

  app.post(
    '/mijn/respijtzorg',
    {
      schema: {
        operationId: 'createRespijtverzoek',
        tags: [TAG],
        summary: 'Ask for respite care ("Even vrij van zorg")',
        description:
          'Volunteer kinds become a help request at the front door (matching); provider kinds go to the chosen organisation, with the carer’s consent (`toestemming: true`).',
        body: nieuwVerzoekSchema,
        response: { 201: verzoekSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.vraag(requireActor(request), request.body)),
  );

  app.post(
    '/mijn/respijtzorg/:id/annulering',
    {
      schema: {
        operationId: 'cancelRespijtverzoek',
        tags: [TAG],
        summary: 'Cancel my request (a volunteer request is withdrawn at the front door too)',
        params: idParamsSchema,
        response: { 200: verzoekSchema },
      },
    },
    async (request) => service.annuleer(requireActor(request), request.params.id),
  );

  app.get(
    '/respijtzorg/verzoeken',
    {
      schema: {
        operationId: 'listRespijtverzoekenAanbieder',
        tags: [TAG],
        summary: 'Requests sent to my organisation (provider staff)',
        response: { 200: aanbiederVerzoekenSchema },
      },
    },
    async (request) => service.voorAanbieder(requireActor(request)),
  );

  app.get(
    '/respijtzorg/verzoeken/:id',
    {
      schema: {
        operationId: 'getRespijtverzoekAanbieder',
        tags: [TAG],
        summary: 'One request sent to my organisation',
        params: idParamsSchema,
        response: { 200: aanbiederVerzoekSchema },
      },
    },
    async (request) => service.eenVoorAanbieder(requireActor(request), request.params.id),
  );

  app.post(
    '/respijtzorg/verzoeken/:id/antwoord',
    {
      schema: {
        operationId: 'answerRespijtverzoek',
        tags: [TAG],
        summary: 'Say yes (with a note) or no (with a reason) to a request',
        params: idParamsSchema,
        body: antwoordSchema,
        response: { 200: aanbiederVerzoekSchema },
      },
    },
    async (request) => service.beantwoord(requireActor(request), request.params.id, request.body),
  );
};
