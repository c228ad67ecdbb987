import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/actor.ts';
import { persoonIdParamsSchema } from '../toegang/model.ts';
import { caseloadSchema, tijdlijnSchema } from './model.ts';
import type { WerkplekService } from './service.ts';

const TAG = 'Werkplek';

export const werkplekRoutes: FastifyPluginAsyncZod<{ service: WerkplekService }> = async (
  app,
  { service },
) => {
  app.get(
    '/werkplek/caseload',
    {
      schema: {
        operationId: 'getCaseload',
        tags: [TAG],
        summary: 'My persons (case team) and their overdue plan actions',
        description: 'Every person listed is recorded in the access log (action zoeken).',
        response: { 200: caseloadSchema },
      },
    },
    async (request) => service.caseload(requireActor(request)),
  );

  app.get(
    '/personen/:id/tijdlijn',
    {
      schema: {
        operationId: 'getTijdlijn',
        tags: [TAG],
        summary: 'A person’s dossier as a timeline: only the parts the reader may see',
        params: persoonIdParamsSchema,
        response: { 200: tijdlijnSchema },
      },
    },
    async (request) => service.tijdlijn(requireActor(request), request.params.id),
  );
};
