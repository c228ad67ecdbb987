import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/actor.ts';
import { requireGemeente } from '../../platform/tenancy/request-gemeente.ts';
import {
  gemeenteCodeParamsSchema,
  gemeentenPaginaSchema,
  gemeentenQuerySchema,
  gemeenteSchema,
  loketSchema,
  loketWijzigingSchema,
} from './model.ts';
import type { GemeentenService } from './service.ts';

/** Public information about gemeenten: names and how to reach their front door. */
export const gemeentenRoutes: FastifyPluginAsyncZod<{ service: GemeentenService }> = async (
  app,
  { service },
) => {
  app.get(
    '/gemeente',
    {
      schema: {
        operationId: 'getHuidigeGemeente',
        tags: ['Gemeenten'],
        summary: 'The gemeente of this address',
        description:
          'The gemeente this host name belongs to, with the contact details of its front door.',
        response: { 200: gemeenteSchema },
      },
    },
    async (request) => service.get(requireGemeente(request).code),
  );

  app.put(
    '/gemeente/loket',
    {
      schema: {
        operationId: 'putLoket',
        tags: ['Gemeenten'],
        summary: "Set the front door's contact details (functioneel beheerder)",
        description:
          'Phone number (required), e-mail, address and walk-in hours of the walk-in desk, and one short line for residents. Replaces the whole front door of the gemeente of this host name. Shown on the public start page.',
        body: loketWijzigingSchema,
        response: { 200: loketSchema },
      },
    },
    async (request) => service.wijzigLoket(requireActor(request), request.body),
  );

  app.get(
    '/gemeenten',
    {
      schema: {
        operationId: 'listGemeenten',
        tags: ['Gemeenten'],
        summary: 'All gemeenten on this Kring installation',
        querystring: gemeentenQuerySchema,
        response: { 200: gemeentenPaginaSchema },
      },
    },
    async (request) => service.list(request.query),
  );

  app.get(
    '/gemeenten/:code',
    {
      schema: {
        operationId: 'getGemeente',
        tags: ['Gemeenten'],
        summary: 'One gemeente by its CBS code',
        params: gemeenteCodeParamsSchema,
        response: { 200: gemeenteSchema },
      },
    },
    async (request) => service.get(request.params.code),
  );
};
