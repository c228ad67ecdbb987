import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.ts';
import { clearSessionCookie } from '../../platform/auth/sessions.ts';
import { persoonIdParamsSchema } from '../toegang/model.ts';
import {
  bewaartermijnenLijstSchema,
  bewaartermijnParamsSchema,
  bewaartermijnSchema,
  bewaartermijnWijzigingSchema,
  correctieAfhandelingSchema,
  correctieverzoekenLijstSchema,
  correctieverzoekParamsSchema,
  correctieverzoekSchema,
  mijnGegevensSchema,
  nieuwCorrectieverzoekSchema,
  nieuweToestemmingSchema,
  toestemmingenAntwoordSchema,
  toestemmingParamsSchema,
  toestemmingSchema,
  wisverzoekenLijstSchema,
  wisverzoekSchema,
} from './model.ts';
import type { PrivacyService } from './service.ts';

const MIJN = 'Mijn gegevens';

/** The resident's privacy rights, correction handling by the case team, retention classes. */
export const privacyRoutes: FastifyPluginAsyncZod<{ service: PrivacyService }> = async (
  app,
  { service },
) => {
  app.get(
    '/mijn/toestemmingen',
    {
      schema: {
        operationId: 'listMijnToestemmingen',
        tags: [MIJN],
        summary: 'My consents, and the organisations I can give consent to',
        response: { 200: toestemmingenAntwoordSchema },
      },
    },
    async (request) => service.mijnToestemmingen(requireActor(request)),
  );

  app.post(
    '/mijn/toestemmingen',
    {
      schema: {
        operationId: 'createMijnToestemming',
        tags: [MIJN],
        summary: 'Give an organisation consent to see some of my data',
        body: nieuweToestemmingSchema,
        response: { 201: toestemmingSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.geefToestemming(requireActor(request), request.body)),
  );

  app.delete(
    '/mijn/toestemmingen/:toestemmingId',
    {
      schema: {
        operationId: 'deleteMijnToestemming',
        tags: [MIJN],
        summary: 'Revoke a consent; the organisation loses access at once',
        description: 'The consent stays in your history as revoked.',
        params: toestemmingParamsSchema,
        response: { 204: z.null().describe('Revoked.') },
      },
    },
    async (request, reply) => {
      await service.trekToestemmingIn(requireActor(request), request.params.toestemmingId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/mijn/gegevens',
    {
      schema: {
        operationId: 'getMijnGegevens',
        tags: [MIJN],
        summary: 'Inzage: everything Kring holds about me (JSON)',
        description:
          'For a readable page use /mijn/gegevens/overzicht. Recorded in the access log as exporteren.',
        response: { 200: mijnGegevensSchema },
      },
    },
    async (request, reply) => {
      reply.header('Content-Disposition', 'attachment; filename="mijn-gegevens-kring.json"');
      return service.mijnGegevens(requireActor(request));
    },
  );

  app.get(
    '/mijn/gegevens/overzicht',
    {
      schema: {
        operationId: 'getMijnGegevensOverzicht',
        tags: [MIJN],
        summary: 'Inzage: everything Kring holds about me, as a readable page (HTML)',
        produces: ['text/html'],
        response: { 200: z.string().describe('An HTML page that prints well.') },
      },
    },
    async (request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(await service.mijnGegevensHtml(requireActor(request))),
  );

  app.get(
    '/mijn/correctieverzoeken',
    {
      schema: {
        operationId: 'listMijnCorrectieverzoeken',
        tags: [MIJN],
        summary: 'My requests to correct data',
        response: { 200: correctieverzoekenLijstSchema },
      },
    },
    async (request) => service.mijnCorrectieverzoeken(requireActor(request)),
  );

  app.post(
    '/mijn/correctieverzoeken',
    {
      schema: {
        operationId: 'createMijnCorrectieverzoek',
        tags: [MIJN],
        summary: 'Ask to correct data (GDPR art. 16)',
        body: nieuwCorrectieverzoekSchema,
        response: { 201: correctieverzoekSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.vraagCorrectie(requireActor(request), request.body)),
  );

  app.get(
    '/mijn/wisverzoeken',
    {
      schema: {
        operationId: 'listMijnWisverzoeken',
        tags: [MIJN],
        summary: 'My erasure requests and what was kept and why',
        response: { 200: wisverzoekenLijstSchema },
      },
    },
    async (request) => service.mijnWisverzoeken(requireActor(request)),
  );

  app.post(
    '/mijn/wisverzoeken',
    {
      schema: {
        operationId: 'createMijnWisverzoek',
        tags: [MIJN],
        summary: 'Ask Kring to erase my data (GDPR art. 17), honouring retention',
        description:
          'What no law requires to keep is erased at once; the rest is kept until its retention period ends and then erased by the daily job. The answer says per data category.',
        response: { 201: wisverzoekSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.vraagWissen(requireActor(request))),
  );

  app.delete(
    '/account',
    {
      schema: {
        operationId: 'deleteAccount',
        tags: [MIJN],
        summary: 'Delete my own account (residents)',
        description:
          'Erases my data as far as retention allows (like an erasure request; what must be kept for a while is erased by the daily job later), makes the login anonymous, switches it off and ends every session. Staff accounts: 403.',
        response: { 204: z.null().describe('Deleted.') },
      },
    },
    async (request, reply) => {
      await service.verwijderAccount(requireActor(request));
      clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/personen/:id/correctieverzoeken',
    {
      schema: {
        operationId: 'listCorrectieverzoeken',
        tags: ['Personen'],
        summary: 'The correction requests of a person (case team)',
        params: persoonIdParamsSchema,
        response: { 200: correctieverzoekenLijstSchema },
      },
    },
    async (request) => service.correctieverzoekenVan(requireActor(request), request.params.id),
  );

  app.patch(
    '/personen/:id/correctieverzoeken/:verzoekId',
    {
      schema: {
        operationId: 'handelCorrectieverzoekAf',
        tags: ['Personen'],
        summary: 'Answer a correction request: done or refused, with a reason',
        params: correctieverzoekParamsSchema,
        body: correctieAfhandelingSchema,
        response: { 200: correctieverzoekSchema },
      },
    },
    async (request) =>
      service.handelCorrectieAf(
        requireActor(request),
        request.params.id,
        request.params.verzoekId,
        request.body,
      ),
  );

  app.get(
    '/bewaartermijnen',
    {
      schema: {
        operationId: 'listBewaartermijnen',
        tags: ['Privacy'],
        summary: 'Retention class per data category (functioneel beheerder)',
        response: { 200: bewaartermijnenLijstSchema },
      },
    },
    async (request) => service.bewaartermijnen(requireActor(request)),
  );

  app.put(
    '/bewaartermijnen/:categorie',
    {
      schema: {
        operationId: 'updateBewaartermijn',
        tags: ['Privacy'],
        summary: 'Set the retention class of a data category (functioneel beheerder)',
        params: bewaartermijnParamsSchema,
        body: bewaartermijnWijzigingSchema,
        response: { 200: bewaartermijnSchema },
      },
    },
    async (request) =>
      service.zetBewaartermijn(requireActor(request), request.params.categorie, request.body.jaren),
  );
};
