import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { rollenLijstSchema } from './model.ts';
import type { AccountsService } from './service.ts';

export const accountsRoutes: FastifyPluginAsyncZod<{ service: AccountsService }> = async (
  app,
  { service },
) => {
  app.get(
    '/rollen',
    {
      schema: {
        operationId: 'listRollen',
        tags: ['Accounts'],
        summary: 'The roles an account can hold in a gemeente',
        description:
          'Reference data: each role, whether it is a resident or staff role, and whether it needs two-step verification.',
        response: { 200: rollenLijstSchema },
      },
    },
    async () => ({ rollen: service.rollen() }),
  );
};
