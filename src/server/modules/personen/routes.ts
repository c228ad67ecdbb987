import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.ts';
import { persoonIdParamsSchema } from '../toegang/model.ts';
import {
  aangemaaktSchema,
  betrokkenhedenLijstSchema,
  betrokkenheidParamsSchema,
  nieuweBetrokkenheidSchema,
  nieuwePersoonSchema,
  nieuweVertegenwoordigerSchema,
  personenLijstSchema,
  persoonSchema,
  persoonWijzigingSchema,
} from './model.ts';
import type { PersonenService } from './service.ts';

/** Persons and their case team. Access is decided (and logged) in the service. */
export const personenRoutes: FastifyPluginAsyncZod<{ service: PersonenService }> = async (
  app,
  { service },
) => {
  app.get(
    '/personen',
    {
      schema: {
        operationId: 'listPersonen',
        tags: ['Personen'],
        summary: 'The persons whose case team I am in',
        description: 'Every person listed is recorded in the access log (action zoeken).',
        response: { 200: personenLijstSchema },
      },
    },
    async (request) => service.mijnPersonen(requireActor(request)),
  );

  app.post(
    '/personen',
    {
      schema: {
        operationId: 'createPersoon',
        tags: ['Personen'],
        summary: 'Register a person; the creator becomes regisseur of the case team',
        description: 'Care staff (professional, huisarts) working for an organisation only.',
        body: nieuwePersoonSchema,
        response: { 201: aangemaaktSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.create(requireActor(request), request.body)),
  );

  app.get(
    '/personen/:id',
    {
      schema: {
        operationId: 'getPersoon',
        tags: ['Personen'],
        summary: 'A person’s contact details (data category contact)',
        params: persoonIdParamsSchema,
        response: { 200: persoonSchema },
      },
    },
    async (request) => service.get(requireActor(request), request.params.id),
  );

  app.patch(
    '/personen/:id',
    {
      schema: {
        operationId: 'updatePersoon',
        tags: ['Personen'],
        summary: 'Correct a person’s contact details',
        params: persoonIdParamsSchema,
        body: persoonWijzigingSchema,
        response: { 200: persoonSchema },
      },
    },
    async (request) => service.update(requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/personen/:id/betrokkenheden',
    {
      schema: {
        operationId: 'listBetrokkenheden',
        tags: ['Personen'],
        summary: 'The case team of a person, current and past',
        params: persoonIdParamsSchema,
        response: { 200: betrokkenhedenLijstSchema },
      },
    },
    async (request) => service.betrokkenheden(requireActor(request), request.params.id),
  );

  app.post(
    '/personen/:id/betrokkenheden',
    {
      schema: {
        operationId: 'createBetrokkenheid',
        tags: ['Personen'],
        summary: 'Add a professional to the case team (regisseur only)',
        params: persoonIdParamsSchema,
        body: nieuweBetrokkenheidSchema,
        response: { 201: aangemaaktSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.voegBetrokkenheidToe(
            requireActor(request),
            request.params.id,
            request.body,
          ),
        ),
  );

  app.delete(
    '/personen/:id/betrokkenheden/:betrokkenheidId',
    {
      schema: {
        operationId: 'deleteBetrokkenheid',
        tags: ['Personen'],
        summary: 'End a betrokkenheid now (regisseur only); it stays in the history',
        params: betrokkenheidParamsSchema,
        response: { 204: z.null().describe('Ended.') },
      },
    },
    async (request, reply) => {
      await service.beeindigBetrokkenheid(
        requireActor(request),
        request.params.id,
        request.params.betrokkenheidId,
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/personen/:id/vertegenwoordigers',
    {
      schema: {
        operationId: 'createVertegenwoordiger',
        tags: ['Personen'],
        summary: 'Record a legal representative (regisseur only)',
        description:
          'A curator, mentor, bewindvoerder, parent or authorised person then sees and manages the person’s data on their behalf.',
        params: persoonIdParamsSchema,
        body: nieuweVertegenwoordigerSchema,
        response: { 201: aangemaaktSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.voegVertegenwoordigerToe(
            requireActor(request),
            request.params.id,
            request.body,
          ),
        ),
  );
};
