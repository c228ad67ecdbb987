import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/actor.ts';
import { clearSessionCookie } from '../../platform/auth/sessions.ts';
import { KringError } from '../../platform/http/problem.ts';
import { huidigeSessieSchema } from './model.ts';
import type { SessiesService } from './service.ts';

export const sessiesRoutes: FastifyPluginAsyncZod<{ service: SessiesService }> = async (
  app,
  { service },
) => {
  app.get(
    '/sessies/huidige',
    {
      schema: {
        operationId: 'getHuidigeSessie',
        tags: ['Sessies'],
        summary: 'The current session: who is logged in, with which roles, and the CSRF token',
        description:
          'Answers 401 without a session. A staff session that still needs MFA answers with mfaVoldaan false.',
        response: { 200: huidigeSessieSchema },
      },
    },
    async (request) => {
      if (!request.actor) throw new KringError('KRING_NIET_INGELOGD', 'U bent niet ingelogd.');
      return service.huidige(request.actor);
    },
  );

  app.delete(
    '/sessies/huidige',
    {
      schema: {
        operationId: 'deleteHuidigeSessie',
        tags: ['Sessies'],
        summary: 'Log out: ends the session at once',
      },
    },
    async (request, reply) => {
      const actor = request.actor ?? requireActor(request);
      await service.end(actor);
      clearSessionCookie(request, reply);
      return reply.code(204).send();
    },
  );
};
