import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.ts';
import { setSessionCookie } from '../../platform/auth/sessions.ts';
import { requireGemeente } from '../../platform/tenancy/request-gemeente.ts';
import { taalUit } from './mail-teksten.ts';
import {
  aangemeldSchema,
  aanmeldingSchema,
  codeSchema,
  emailBevestigingSchema,
  gebeurtenissenLijstSchema,
  herstelAanvraagSchema,
  herstelBevestigingSchema,
  inloggenSchema,
  mijnAccountSchema,
  registratieSchema,
  sessieParamsSchema,
  sessiesLijstSchema,
  tweedeFactorActiefSchema,
  tweedeFactorInstellenSchema,
  tweedeFactorInvoerSchema,
  wachtwoordWijzigenSchema,
} from './model.ts';
import type { AanmeldenService, Herkomst } from './service.ts';

/**
 * Guessing is slowed down per client address on top of the lockout per account
 * (ASVS 6.3.1). The limits are per instance, like the general API limit.
 */
const STRENG = { rateLimit: { max: 10, timeWindow: '1 minute' } };
const MAIL = { rateLimit: { max: 5, timeWindow: '1 minute' } };

const leeg = z.null().describe('No content');

function herkomst(request: FastifyRequest): Herkomst {
  return {
    gemeente: requireGemeente(request),
    ip: request.ip,
    host: request.host,
    taal: taalUit(request.headers['accept-language']),
  };
}

export const aanmeldenRoutes: FastifyPluginAsyncZod<{ service: AanmeldenService }> = async (
  app,
  { service },
) => {
  app.post(
    '/sessies',
    {
      config: STRENG,
      schema: {
        operationId: 'createSessie',
        tags: ['Sessies'],
        summary: 'Log in with e-mail address and password',
        description:
          'Sets the session cookie. Every failure answers the same 401. Staff continue with the second factor (`tweedeFactor`: `invoeren` or `instellen`). At most 10 attempts per minute per address; an account locks for a while after 5 failures in a row.',
        body: inloggenSchema,
        response: { 201: aangemeldSchema },
      },
    },
    async (request, reply) => {
      const { sessie, body } = await service.inloggen(
        herkomst(request),
        request.body,
        request.actor,
      );
      setSessionCookie(request, reply, sessie.token, sessie.maxAgeSeconds);
      return reply.code(201).send(body);
    },
  );

  app.post(
    '/registraties',
    {
      config: MAIL,
      schema: {
        operationId: 'createRegistratie',
        tags: ['Sessies'],
        summary: 'Make a resident account and log in',
        description:
          'Name, e-mail address and password (at least 12 characters, not a common one, not the e-mail address). Makes an `inwoner` account in this gemeente, sets the session cookie and sends a link to confirm the e-mail address. 409 when the address has an account already. At most 5 per minute per address.',
        body: registratieSchema,
        response: { 201: aangemeldSchema },
      },
    },
    async (request, reply) => {
      const { sessie, body } = await service.registreer(
        herkomst(request),
        request.body,
        request.actor,
      );
      setSessionCookie(request, reply, sessie.token, sessie.maxAgeSeconds);
      return reply.code(201).send(body);
    },
  );

  app.get(
    '/aanmelding',
    {
      schema: {
        operationId: 'getAanmelding',
        tags: ['Sessies'],
        summary:
          "This browser's login state: no session, or the session and the step it still needs",
        description:
          'Always 200, so a page can ask without an error: `sessie` is null without a session. `tweedeFactor` says what a staff session still needs: `invoeren` (the code) or `instellen` (set up the app first).',
        response: { 200: aanmeldingSchema },
      },
    },
    async (request) => service.aanmelding(request.actor),
  );

  app.post(
    '/sessies/huidige/tweede-factor',
    {
      config: STRENG,
      schema: {
        operationId: 'createTweedeFactor',
        tags: ['Sessies'],
        summary: 'Give the second factor: a code from the app, or a recovery code',
        description:
          'A code from the app is accepted once; a recovery code too. On success the session gets a new token and CSRF token.',
        body: tweedeFactorInvoerSchema,
        response: { 200: aangemeldSchema },
      },
    },
    async (request, reply) => {
      const { sessie, body } = await service.tweedeFactor(request.actor, request.body);
      setSessionCookie(request, reply, sessie.token, sessie.maxAgeSeconds);
      return body;
    },
  );

  app.post(
    '/account/tweede-factor',
    {
      schema: {
        operationId: 'startTweedeFactorInstellen',
        tags: ['Account'],
        summary: 'Start setting up an authenticator app (TOTP)',
        description:
          'Only while no app is active. Answers the otpauth URI, its QR code and the key to type in; confirm with a code.',
        response: { 201: tweedeFactorInstellenSchema },
      },
    },
    async (request, reply) => {
      const gemeente = requireGemeente(request);
      return reply
        .code(201)
        .send(await service.startInstellen(request.actor, `Kring ${gemeente.naam}`));
    },
  );

  app.post(
    '/account/tweede-factor/bevestiging',
    {
      config: STRENG,
      schema: {
        operationId: 'bevestigTweedeFactor',
        tags: ['Account'],
        summary: 'Confirm the authenticator app with a code; answers the recovery codes once',
        body: codeSchema,
        response: { 200: tweedeFactorActiefSchema },
      },
    },
    async (request, reply) => {
      const { sessie, body } = await service.bevestigInstellen(request.actor, request.body.code);
      setSessionCookie(request, reply, sessie.token, sessie.maxAgeSeconds);
      return body;
    },
  );

  app.get(
    '/account',
    {
      schema: {
        operationId: 'getAccount',
        tags: ['Account'],
        summary: 'The own account: name, e-mail address, verification, second factor, roles',
        response: { 200: mijnAccountSchema },
      },
    },
    async (request) => service.mijnAccount(requireActor(request)),
  );

  app.get(
    '/account/sessies',
    {
      schema: {
        operationId: 'listAccountSessies',
        tags: ['Account'],
        summary: 'The own open sessions in this gemeente',
        response: { 200: sessiesLijstSchema },
      },
    },
    async (request) => ({ sessies: await service.mijnSessies(requireActor(request)) }),
  );

  app.delete(
    '/account/sessies/:id',
    {
      schema: {
        operationId: 'deleteAccountSessie',
        tags: ['Account'],
        summary: 'End one of the own sessions (for example on a lost phone)',
        params: sessieParamsSchema,
        response: { 204: leeg },
      },
    },
    async (request, reply) => {
      await service.beeindigSessie(requireActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/account/authenticatie-gebeurtenissen',
    {
      schema: {
        operationId: 'listAuthenticatieGebeurtenissen',
        tags: ['Account'],
        summary: 'Recent logins and other security events of the own account',
        response: { 200: gebeurtenissenLijstSchema },
      },
    },
    async (request) => ({
      gebeurtenissen: await service.mijnGebeurtenissen(requireActor(request)),
    }),
  );

  app.put(
    '/account/wachtwoord',
    {
      config: STRENG,
      schema: {
        operationId: 'wijzigWachtwoord',
        tags: ['Account'],
        summary: 'Change the own password (needs the current one); ends the other sessions',
        body: wachtwoordWijzigenSchema,
        response: { 204: leeg },
      },
    },
    async (request, reply) => {
      await service.wijzigWachtwoord(requireActor(request), request.body, herkomst(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/wachtwoord-herstel',
    {
      config: MAIL,
      schema: {
        operationId: 'createWachtwoordHerstel',
        tags: ['Sessies'],
        summary: 'Ask for a password reset link by e-mail',
        description:
          'Always 202, whether or not the address is known. The link works 30 minutes, once.',
        body: herstelAanvraagSchema,
        response: { 202: leeg },
      },
    },
    async (request, reply) => {
      await service.vraagHerstelAan(herkomst(request), request.body.email);
      return reply.code(202).send(null);
    },
  );

  app.post(
    '/wachtwoord-herstel/bevestigen',
    {
      config: STRENG,
      schema: {
        operationId: 'bevestigWachtwoordHerstel',
        tags: ['Sessies'],
        summary: 'Set a new password with the token from the reset link',
        description:
          'Ends every session of the account and does not log in: the next login asks for the second factor as always.',
        body: herstelBevestigingSchema,
        response: { 204: leeg },
      },
    },
    async (request, reply) => {
      await service.bevestigHerstel(herkomst(request), request.body);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/email-verificatie',
    {
      config: MAIL,
      schema: {
        operationId: 'createEmailVerificatie',
        tags: ['Account'],
        summary: 'Send a link to confirm the own e-mail address',
        response: { 202: leeg },
      },
    },
    async (request, reply) => {
      await service.vraagVerificatieAan(requireActor(request), herkomst(request));
      return reply.code(202).send(null);
    },
  );

  app.post(
    '/email-verificatie/bevestigen',
    {
      config: STRENG,
      schema: {
        operationId: 'bevestigEmailVerificatie',
        tags: ['Account'],
        summary: 'Confirm the e-mail address with the token from the link',
        body: emailBevestigingSchema,
        response: { 204: leeg },
      },
    },
    async (request, reply) => {
      await service.bevestigEmail(herkomst(request), request.body.token);
      return reply.code(204).send(null);
    },
  );
};
