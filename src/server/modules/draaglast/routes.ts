import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/actor.ts';
import {
  afrondenSchema,
  checkMetAntwoordenSchema,
  idParamsSchema,
  instrumentInvoerSchema,
  instrumentSchema,
  mijnDraaglastSchema,
  nieuweCheckSchema,
  persoonTrendSchema,
  taakSchema,
  takenQuerySchema,
  takenSchema,
} from './model.ts';
import type { DraaglastService } from './service.ts';

const TAG = 'Draaglast';

/** "Hoe gaat het met u?": the carer's check, the consulent's tasks and the instrument. */
export const draaglastRoutes: FastifyPluginAsyncZod<{ service: DraaglastService }> = async (
  app,
  { service },
) => {
  app.get(
    '/mijn/draaglast',
    {
      schema: {
        operationId: 'getMijnDraaglast',
        tags: [TAG],
        summary: 'The check’s questions, the steunpunten and my own past checks',
        response: { 200: mijnDraaglastSchema },
      },
    },
    async (request) => service.mijn(requireActor(request)),
  );

  app.post(
    '/mijn/draaglast',
    {
      schema: {
        operationId: 'createDraaglastCheck',
        tags: [TAG],
        summary: 'Fill in the check; shared and heavy makes a task for the steunpunt',
        body: nieuweCheckSchema,
        response: { 201: checkMetAntwoordenSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.vulIn(requireActor(request), request.body)),
  );

  app.get(
    '/draaglast/taken',
    {
      schema: {
        operationId: 'listDraaglastTaken',
        tags: [TAG],
        summary: 'Tasks from heavy, shared results of my steunpunt (mantelzorgconsulent)',
        querystring: takenQuerySchema,
        response: { 200: takenSchema },
      },
    },
    async (request) => service.taken(requireActor(request), request.query.status),
  );

  app.post(
    '/draaglast/taken/:id/afronden',
    {
      schema: {
        operationId: 'completeDraaglastTaak',
        tags: [TAG],
        summary: 'Mark a task done, with a note (mantelzorgconsulent)',
        params: idParamsSchema,
        body: afrondenSchema,
        response: { 200: taakSchema },
      },
    },
    async (request) => service.rondAf(requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/draaglast/personen/:id',
    {
      schema: {
        operationId: 'getDraaglastTrend',
        tags: [TAG],
        summary: 'A carer’s shared checks with their answers, oldest first (mantelzorgconsulent)',
        params: idParamsSchema,
        response: { 200: persoonTrendSchema },
      },
    },
    async (request) => service.trend(requireActor(request), request.params.id),
  );

  app.get(
    '/draaglast/instrument',
    {
      schema: {
        operationId: 'getDraaglastInstrument',
        tags: [TAG],
        summary: 'The gemeente’s questions and thresholds (beheer, consulent)',
        response: { 200: instrumentSchema },
      },
    },
    async (request) => service.instrument(requireActor(request)),
  );

  app.put(
    '/draaglast/instrument',
    {
      schema: {
        operationId: 'updateDraaglastInstrument',
        tags: [TAG],
        summary: 'Set the gemeente’s own questions and thresholds (beheer, consulent)',
        body: instrumentInvoerSchema,
        response: { 200: instrumentSchema },
      },
    },
    async (request) => service.wijzigInstrument(requireActor(request), request.body),
  );
};
