import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/actor.ts';
import {
  accountStatusSchema,
  accountsPaginaSchema,
  accountZoekvraagSchema,
  beheerAccountSchema,
  idParamsSchema,
  nieuwBeheerAccountAntwoordSchema,
  nieuwBeheerAccountSchema,
  nieuweOrganisatieSchema,
  organisatieSchema,
  organisatiesPaginaSchema,
  organisatieWijzigingSchema,
  paginaQuerySchema,
  rollenWijzigingSchema,
} from './model.ts';
import type { GebruikersbeheerService } from './service.ts';

const TAG = 'Gebruikersbeheer';

export const gebruikersbeheerRoutes: FastifyPluginAsyncZod<{
  service: GebruikersbeheerService;
}> = async (app, { service }) => {
  app.get(
    '/beheer/accounts',
    {
      schema: {
        operationId: 'listBeheerAccounts',
        tags: [TAG],
        summary: 'The staff accounts of this gemeente, with their roles (gemeente admin)',
        description:
          'Name, e-mail address and staff roles only; never person data. To search by name use POST /beheer/accounts/_zoek, so the name stays out of URLs and logs.',
        querystring: paginaQuerySchema,
        response: { 200: accountsPaginaSchema },
      },
    },
    async (request) => service.lijst(requireActor(request), request.query),
  );

  app.post(
    '/beheer/accounts/_zoek',
    {
      schema: {
        operationId: 'searchBeheerAccounts',
        tags: [TAG],
        summary: 'Search staff accounts by name (gemeente admin)',
        body: accountZoekvraagSchema,
        response: { 200: accountsPaginaSchema },
      },
    },
    async (request) => service.zoek(requireActor(request), request.body),
  );

  app.post(
    '/beheer/accounts',
    {
      schema: {
        operationId: 'createBeheerAccount',
        tags: [TAG],
        summary:
          'Add a staff account with its roles (gemeente admin; a platform admin for the first functioneel-beheerder)',
        body: nieuwBeheerAccountSchema,
        response: { 201: nieuwBeheerAccountAntwoordSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.maak(requireActor(request), request.body)),
  );

  app.get(
    '/beheer/accounts/:id',
    {
      schema: {
        operationId: 'getBeheerAccount',
        tags: [TAG],
        summary: 'One staff account with its roles (gemeente admin)',
        params: idParamsSchema,
        response: { 200: beheerAccountSchema },
      },
    },
    async (request) => service.get(requireActor(request), request.params.id),
  );

  app.patch(
    '/beheer/accounts/:id',
    {
      schema: {
        operationId: 'updateBeheerAccountStatus',
        tags: [TAG],
        summary: 'Turn an account off or on (gemeente admin); off ends all its sessions at once',
        params: idParamsSchema,
        body: accountStatusSchema,
        response: { 200: beheerAccountSchema },
      },
    },
    async (request) =>
      service.zetActief(requireActor(request), request.params.id, request.body.actief),
  );

  app.put(
    '/beheer/accounts/:id/rollen',
    {
      schema: {
        operationId: 'replaceBeheerAccountRollen',
        tags: [TAG],
        summary: "Replace an account's staff roles in this gemeente (gemeente admin)",
        params: idParamsSchema,
        body: rollenWijzigingSchema,
        response: { 200: beheerAccountSchema },
      },
    },
    async (request) => service.wijzigRollen(requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/beheer/organisaties',
    {
      schema: {
        operationId: 'listBeheerOrganisaties',
        tags: [TAG],
        summary: 'The organisations staff work for in this gemeente (gemeente admin)',
        querystring: paginaQuerySchema,
        response: { 200: organisatiesPaginaSchema },
      },
    },
    async (request) => service.organisaties(requireActor(request), request.query),
  );

  app.post(
    '/beheer/organisaties',
    {
      schema: {
        operationId: 'createBeheerOrganisatie',
        tags: [TAG],
        summary: 'Add an organisation (gemeente admin)',
        body: nieuweOrganisatieSchema,
        response: { 201: organisatieSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.maakOrganisatie(requireActor(request), request.body)),
  );

  app.patch(
    '/beheer/organisaties/:id',
    {
      schema: {
        operationId: 'renameBeheerOrganisatie',
        tags: [TAG],
        summary: 'Rename an organisation (gemeente admin)',
        params: idParamsSchema,
        body: organisatieWijzigingSchema,
        response: { 200: organisatieSchema },
      },
    },
    async (request) =>
      service.hernoemOrganisatie(requireActor(request), request.params.id, request.body.naam),
  );
};
