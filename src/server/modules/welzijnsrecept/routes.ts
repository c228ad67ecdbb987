import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.ts';
import {
  activiteitInvoerSchema,
  afsluitingSchema,
  contactmomentSchema,
  evaluatieQuerySchema,
  evaluatieSchema,
  instellingenSchema,
  nieuwReceptSchema,
  ontvangerRegelsInvoerSchema,
  ontvangerRegelsSchema,
  ontvangersSchema,
  receptenQuerySchema,
  receptenSchema,
  receptIdParamsSchema,
  receptSchema,
  statuswijzigingSchema,
  taakAfrondenSchema,
  taakIdParamsSchema,
  verkenningSchema,
  welbevindenInvoerSchema,
} from './model.ts';
import type { WelzijnsreceptService } from './service.ts';

const TAG = 'Welzijn op Recept';

/** The GP's referrals, the coach's work on them, and the evaluation. */
export const welzijnsreceptRoutes: FastifyPluginAsyncZod<{
  service: WelzijnsreceptService;
}> = async (app, { service }) => {
  app.get(
    '/welzijnsrecepten/ontvangers',
    {
      schema: {
        operationId: 'listReceptOntvangers',
        tags: [TAG],
        summary: 'The organisations my practice can refer to (huisarts)',
        response: { 200: ontvangersSchema },
      },
    },
    async (request) => service.ontvangers(requireActor(request)),
  );

  app.post(
    '/welzijnsrecepten',
    {
      schema: {
        operationId: 'createWelzijnsrecept',
        tags: [TAG],
        summary:
          'Write a welzijnsrecept with the person (huisarts); sent at once or kept as a draft',
        body: nieuwReceptSchema,
        response: { 201: receptSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.verwijs(requireActor(request), request.body)),
  );

  app.get(
    '/welzijnsrecepten',
    {
      schema: {
        operationId: 'listWelzijnsrecepten',
        tags: [TAG],
        summary: 'My practice’s referrals (verwijzer) or my organisation’s inbox (ontvanger)',
        querystring: receptenQuerySchema,
        response: { 200: receptenSchema },
      },
    },
    async (request) => service.recepten(requireActor(request), request.query.kant),
  );

  app.get(
    '/welzijnsrecepten/evaluatie',
    {
      schema: {
        operationId: 'getReceptEvaluatie',
        tags: [TAG],
        summary: 'Aggregated figures for the gemeente or one practice; counts under 5 are null',
        querystring: evaluatieQuerySchema,
        response: { 200: evaluatieSchema },
      },
    },
    async (request) => service.evaluatie(requireActor(request), request.query),
  );

  app.get(
    '/welzijnsrecepten/evaluatie/export',
    {
      schema: {
        operationId: 'exportReceptEvaluatie',
        tags: [TAG],
        summary: 'The same figures as CSV (semicolons; suppressed counts as "<5")',
        querystring: evaluatieQuerySchema,
        produces: ['text/csv'],
        response: { 200: z.string().describe('CSV with the columns onderdeel;sleutel;waarde.') },
      },
    },
    async (request, reply) => {
      const csv = await service.evaluatieCsv(requireActor(request), request.query);
      reply.header('Content-Disposition', 'attachment; filename="welzijn-op-recept.csv"');
      return reply.type('text/csv; charset=utf-8').send(csv);
    },
  );

  app.get(
    '/welzijnsrecepten/instellingen',
    {
      schema: {
        operationId: 'getReceptInstellingen',
        tags: [TAG],
        summary: 'The wellbeing dimensions of this gemeente',
        response: { 200: instellingenSchema },
      },
    },
    async (request) => service.instellingen(requireActor(request)),
  );

  app.put(
    '/welzijnsrecepten/instellingen',
    {
      schema: {
        operationId: 'updateReceptInstellingen',
        tags: [TAG],
        summary: 'Set the wellbeing dimensions (functioneel beheerder)',
        body: instellingenSchema,
        response: { 200: instellingenSchema },
      },
    },
    async (request) => service.zetInstellingen(requireActor(request), request.body),
  );

  app.get(
    '/welzijnsrecepten/ontvangerregels',
    {
      schema: {
        operationId: 'getReceptOntvangerRegels',
        tags: [TAG],
        summary: 'Where the practices refer to (functioneel beheerder)',
        response: { 200: ontvangerRegelsSchema },
      },
    },
    async (request) => service.ontvangerRegels(requireActor(request)),
  );

  app.put(
    '/welzijnsrecepten/ontvangerregels',
    {
      schema: {
        operationId: 'updateReceptOntvangerRegels',
        tags: [TAG],
        summary: 'Replace the rules: per receiving organisation, every practice or one',
        body: ontvangerRegelsInvoerSchema,
        response: { 200: ontvangerRegelsSchema },
      },
    },
    async (request) => service.zetOntvangerRegels(requireActor(request), request.body),
  );

  app.get(
    '/welzijnsrecepten/:id',
    {
      schema: {
        operationId: 'getWelzijnsrecept',
        tags: [TAG],
        summary: 'One referral; the coach’s work only for the receiving organisation',
        params: receptIdParamsSchema,
        response: { 200: receptSchema },
      },
    },
    async (request) => service.recept(requireActor(request), request.params.id),
  );

  app.post(
    '/welzijnsrecepten/:id/statuswijzigingen',
    {
      schema: {
        operationId: 'createReceptStatuswijziging',
        tags: [TAG],
        summary: 'Change the status (who may set which: see the module README)',
        params: receptIdParamsSchema,
        body: statuswijzigingSchema,
        response: { 200: receptSchema },
      },
    },
    async (request) => service.wijzigStatus(requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/welzijnsrecepten/:id/contactmomenten',
    {
      schema: {
        operationId: 'createReceptContactmoment',
        tags: [TAG],
        summary: 'Log a contactmoment (coach); the first one starts the work (in-progress)',
        params: receptIdParamsSchema,
        body: contactmomentSchema,
        response: { 201: receptSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await service.legContactVast(requireActor(request), request.params.id, request.body)),
  );

  app.put(
    '/welzijnsrecepten/:id/verkenning',
    {
      schema: {
        operationId: 'updateReceptVerkenning',
        tags: [TAG],
        summary: 'Interests and physical and financial possibilities (coach)',
        params: receptIdParamsSchema,
        body: verkenningSchema,
        response: { 200: receptSchema },
      },
    },
    async (request) =>
      service.legVerkenningVast(requireActor(request), request.params.id, request.body),
  );

  app.put(
    '/welzijnsrecepten/:id/activiteit',
    {
      schema: {
        operationId: 'updateReceptActiviteit',
        tags: [TAG],
        summary: 'The chosen activity from the sociale kaart; the GP hears back',
        params: receptIdParamsSchema,
        body: activiteitInvoerSchema,
        response: { 200: receptSchema },
      },
    },
    async (request) =>
      service.kiesActiviteit(requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/welzijnsrecepten/:id/welbevinden',
    {
      schema: {
        operationId: 'createReceptWelbevinden',
        tags: [TAG],
        summary: 'A wellbeing measure at the start or after three months (replaces that moment’s)',
        params: receptIdParamsSchema,
        body: welbevindenInvoerSchema,
        response: { 201: receptSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.legWelbevindenVast(requireActor(request), request.params.id, request.body),
        ),
  );

  app.post(
    '/welzijnsrecepten/:id/afsluiting',
    {
      schema: {
        operationId: 'createReceptAfsluiting',
        tags: [TAG],
        summary: 'Close: completed or failed, a summary, and what the GP may hear',
        params: receptIdParamsSchema,
        body: afsluitingSchema,
        response: { 200: receptSchema },
      },
    },
    async (request) => service.sluitAf(requireActor(request), request.params.id, request.body),
  );

  app.patch(
    '/welzijnsrecepten/:id/taken/:taakId',
    {
      schema: {
        operationId: 'updateReceptTaak',
        tags: [TAG],
        summary: 'Mark the follow-up task as done (coach)',
        params: taakIdParamsSchema,
        body: taakAfrondenSchema,
        response: { 200: receptSchema },
      },
    },
    async (request) =>
      service.rondTaakAf(requireActor(request), request.params.id, request.params.taakId),
  );
};
