import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.ts';
import {
  afspraakParamsSchema,
  afspraakSchema,
  agendaSchema,
  antwoordSchema,
  berichtenSchema,
  berichtSchema,
  idParamsSchema,
  kringSamenvattingSchema,
  kringSchema,
  lidParamsSchema,
  mijnKringenSchema,
  nieuwBerichtSchema,
  nieuweAfspraakSchema,
  nieuweKringSchema,
  nieuweNotitieSchema,
  nieuweTaakSchema,
  nieuweUitnodigingSchema,
  notitieSchema,
  notitiesSchema,
  openUitnodigingSchema,
  taakParamsSchema,
  taakSchema,
  taakstapSchema,
  takenSchema,
  vensterQuerySchema,
} from './model.ts';
import type { ZorgkringService } from './service.ts';

const TAG = 'Zorgkring';
const LEEG = { 204: z.null().describe('Done.') };
const LEDEN = 'Members only; for anyone else 404.';

/** The care circle: members, agenda, tasks, messages and notes. */
export const zorgkringRoutes: FastifyPluginAsyncZod<{ service: ZorgkringService }> = async (
  app,
  { service },
) => {
  app.get(
    '/zorgkringen',
    {
      schema: {
        operationId: 'listZorgkringen',
        tags: [TAG],
        summary: 'My care circles and the invitations for my e-mail address',
        response: { 200: mijnKringenSchema },
      },
    },
    async (request) => service.mijn(requireActor(request)),
  );

  app.post(
    '/zorgkringen',
    {
      schema: {
        operationId: 'createZorgkring',
        tags: [TAG],
        summary: 'Start a care circle for someone I care for (residents); I am its owner',
        body: nieuweKringSchema,
        response: { 201: kringSamenvattingSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.maak(requireActor(request), request.body)),
  );

  app.post(
    '/zorgkringen/uitnodigingen/:id/antwoord',
    {
      schema: {
        operationId: 'createZorgkringAntwoord',
        tags: [TAG],
        summary: 'Accept or decline an invitation to a care circle',
        description: 'Only for the account whose e-mail address was invited.',
        params: idParamsSchema,
        body: antwoordSchema,
        response: {
          200: z.object({ kringId: z.uuid().nullable().describe('The circle, when accepted.') }),
        },
      },
    },
    async (request) =>
      service.beantwoord(requireActor(request), request.params.id, request.body.accepteren),
  );

  app.get(
    '/zorgkringen/:id',
    {
      schema: {
        operationId: 'getZorgkring',
        tags: [TAG],
        summary: 'One care circle and its members (names only)',
        description: LEDEN,
        params: idParamsSchema,
        response: { 200: kringSchema },
      },
    },
    async (request) => service.kring(requireActor(request), request.params.id),
  );

  app.delete(
    '/zorgkringen/:id',
    {
      schema: {
        operationId: 'deleteZorgkring',
        tags: [TAG],
        summary: 'Delete the care circle with everything in it (owner)',
        params: idParamsSchema,
        response: LEEG,
      },
    },
    async (request, reply) => {
      await service.verwijder(requireActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/zorgkringen/:id/uitnodigingen',
    {
      schema: {
        operationId: 'createZorgkringUitnodiging',
        tags: [TAG],
        summary: 'Invite someone by e-mail address (owner); they get an e-mail without names',
        params: idParamsSchema,
        body: nieuweUitnodigingSchema,
        response: { 201: openUitnodigingSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await service.nodigUit(requireActor(request), request.params.id, request.body)),
  );

  app.delete(
    '/zorgkringen/:id/leden/:accountId',
    {
      schema: {
        operationId: 'deleteZorgkringLid',
        tags: [TAG],
        summary:
          'Leave the circle (my own account) or remove a member (owner); access ends at once',
        params: lidParamsSchema,
        response: LEEG,
      },
    },
    async (request, reply) => {
      await service.verwijderLid(
        requireActor(request),
        request.params.id,
        request.params.accountId,
      );
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/zorgkringen/:id/afspraken',
    {
      schema: {
        operationId: 'listZorgkringAfspraken',
        tags: [TAG],
        summary: 'The shared agenda: every occurrence in a window of dates',
        description: LEDEN,
        params: idParamsSchema,
        querystring: vensterQuerySchema,
        response: { 200: agendaSchema },
      },
    },
    async (request) => service.agenda(requireActor(request), request.params.id, request.query),
  );

  app.post(
    '/zorgkringen/:id/afspraken',
    {
      schema: {
        operationId: 'createZorgkringAfspraak',
        tags: [TAG],
        summary: 'Add an appointment, optionally repeating (members)',
        params: idParamsSchema,
        body: nieuweAfspraakSchema,
        response: { 201: afspraakSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await service.maakAfspraak(requireActor(request), request.params.id, request.body)),
  );

  app.delete(
    '/zorgkringen/:id/afspraken/:afspraakId',
    {
      schema: {
        operationId: 'deleteZorgkringAfspraak',
        tags: [TAG],
        summary: 'Delete an appointment with all its repeats (owner)',
        params: afspraakParamsSchema,
        response: LEEG,
      },
    },
    async (request, reply) => {
      await service.verwijderAfspraak(
        requireActor(request),
        request.params.id,
        request.params.afspraakId,
      );
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/zorgkringen/:id/taken',
    {
      schema: {
        operationId: 'listZorgkringTaken',
        tags: [TAG],
        summary: 'The tasks and who does them',
        description: LEDEN,
        params: idParamsSchema,
        response: { 200: takenSchema },
      },
    },
    async (request) => service.taken(requireActor(request), request.params.id),
  );

  app.post(
    '/zorgkringen/:id/taken',
    {
      schema: {
        operationId: 'createZorgkringTaak',
        tags: [TAG],
        summary: 'Add a task, on a date or every week on a weekday (members)',
        params: idParamsSchema,
        body: nieuweTaakSchema,
        response: { 201: taakSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await service.maakTaak(requireActor(request), request.params.id, request.body)),
  );

  app.post(
    '/zorgkringen/:id/taken/:taakId/stappen',
    {
      schema: {
        operationId: 'createZorgkringTaakstap',
        tags: [TAG],
        summary: '"Ik doe het" (claim), give back, done, or open again',
        params: taakParamsSchema,
        body: taakstapSchema,
        response: { 200: taakSchema },
      },
    },
    async (request) =>
      service.taakstap(
        requireActor(request),
        request.params.id,
        request.params.taakId,
        request.body.stap,
      ),
  );

  app.delete(
    '/zorgkringen/:id/taken/:taakId',
    {
      schema: {
        operationId: 'deleteZorgkringTaak',
        tags: [TAG],
        summary: 'Delete a task (owner)',
        params: taakParamsSchema,
        response: LEEG,
      },
    },
    async (request, reply) => {
      await service.verwijderTaak(requireActor(request), request.params.id, request.params.taakId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/zorgkringen/:id/berichten',
    {
      schema: {
        operationId: 'listZorgkringBerichten',
        tags: [TAG],
        summary: 'The circle’s messages, newest last',
        description: LEDEN,
        params: idParamsSchema,
        response: { 200: berichtenSchema },
      },
    },
    async (request) => service.berichten(requireActor(request), request.params.id),
  );

  app.post(
    '/zorgkringen/:id/berichten',
    {
      schema: {
        operationId: 'createZorgkringBericht',
        tags: [TAG],
        summary: 'Write to the circle; the others get an e-mail without the text',
        params: idParamsSchema,
        body: nieuwBerichtSchema,
        response: { 201: berichtSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await service.schrijf(requireActor(request), request.params.id, request.body.tekst)),
  );

  app.get(
    '/zorgkringen/:id/notities',
    {
      schema: {
        operationId: 'listZorgkringNotities',
        tags: [TAG],
        summary: 'The notes my role may read',
        description: LEDEN,
        params: idParamsSchema,
        response: { 200: notitiesSchema },
      },
    },
    async (request) => service.notities(requireActor(request), request.params.id),
  );

  app.post(
    '/zorgkringen/:id/notities',
    {
      schema: {
        operationId: 'createZorgkringNotitie',
        tags: [TAG],
        summary: 'Write a note with who may read it (only a level I may read myself)',
        params: idParamsSchema,
        body: nieuweNotitieSchema,
        response: { 201: notitieSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await service.maakNotitie(requireActor(request), request.params.id, request.body)),
  );
};
