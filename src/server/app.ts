import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyRequest,
} from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { z } from 'zod';
import { type Config, kaartTegelsBron, STANDAARD_KAART_TEGELS } from './config.ts';
import { casusoverlegRoutes } from './modules/casusoverleg/routes.ts';
import { draaglastRoutes } from './modules/draaglast/routes.ts';
import { keukentafelRoutes } from './modules/keukentafel/routes.ts';
import { mantelzorgRoutes } from './modules/mantelzorg/routes.ts';
import { respijtzorgRoutes } from './modules/respijtzorg/routes.ts';
import { netwerkkaartRoutes } from './modules/netwerkkaart/routes.ts';
import { plannenRoutes } from './modules/plannen/routes.ts';
import { regieRoutes } from './modules/regie/routes.ts';
import { werkplekRoutes } from './modules/werkplek/routes.ts';
import { welzijnsreceptRoutes } from './modules/welzijnsrecept/routes.ts';
import { FHIR_PREFIX, fhirRoutes } from './modules/welzijnsrecept/fhir-routes.ts';
import { berichtenRoutes } from './modules/berichten/routes.ts';
import { hulpaanbodRoutes } from './modules/hulpaanbod/routes.ts';
import { hulpvragenRoutes } from './modules/hulpvragen/routes.ts';
import { koppelingenRoutes } from './modules/koppelingen/routes.ts';
import { aanmeldenRoutes } from './modules/aanmelden/routes.ts';
import { accountsRoutes } from './modules/accounts/routes.ts';
import { gebruikersbeheerRoutes } from './modules/gebruikersbeheer/routes.ts';
import { gemeentenRoutes } from './modules/gemeenten/routes.ts';
import { hsdsRoutes, kaartImportRoutes } from './modules/hsds/routes.ts';
import { oidcRoutes } from './modules/oidc/routes.ts';
import { personenRoutes } from './modules/personen/routes.ts';
import { privacyRoutes } from './modules/privacy/routes.ts';
import { sessiesRoutes } from './modules/sessies/routes.ts';
import { socialeKaartRoutes } from './modules/sociale-kaart/routes.ts';
import { toegangRoutes } from './modules/toegang/routes.ts';
import { zorgkringRoutes } from './modules/zorgkring/routes.ts';
import { registerSessions } from './platform/auth/sessions.ts';
import type { Database } from './platform/database/connection.ts';
import { pendingMigrations } from './platform/database/migrate.ts';
import { API_PREFIX, API_VERSION } from './platform/http/api-version.ts';
import {
  notFoundProblem,
  registerErrorHandler,
  sendProblem,
} from './platform/http/error-handler.ts';
import { finishApiDocument } from './platform/http/openapi-document.ts';
import { operationsRoutes, registerMetricsRoute } from './platform/http/operations-routes.ts';
import { registerValidation } from './platform/http/validation.ts';
import { jobCounts } from './platform/jobs/queue.ts';
import { createMetrics } from './platform/metrics.ts';
import { registerTenancy } from './platform/tenancy/request-gemeente.ts';
import type { Services } from './services.ts';

// API messages in Dutch, like the rest of the API (codes stay machine-readable).
z.config(z.locales.nl());

export interface AppDeps {
  config: Pick<Config, 'webDir' | 'metricsToken' | 'trustProxy' | 'publicUrl'> &
    Partial<Pick<Config, 'kaartTegels'>>;
  database: Database;
  services: Services;
  logger: Logger;
}

const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'geolocation=(self)',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
].join(', ');

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export async function buildApp({
  config,
  database,
  services,
  logger,
}: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    // Accept a caller's request id only when it cannot smuggle anything into the logs.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setSerializerCompiler(serializerCompiler);
  registerValidation(app);
  registerErrorHandler(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('X-Request-ID', request.id);
    // Kring needs no camera, microphone, payment or sensors; geolocation only on its own
    // pages (the sociale kaart's "use my location"). helmet does not set this header.
    reply.header('Permissions-Policy', PERMISSIONS_POLICY);
  });
  // NL API Design Rules: no trailing slash. `/gemeenten/` must not reach `/gemeenten/:code`
  // with an empty code, so refuse it before routing decides anything.
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/') && path.endsWith('/') && !path.startsWith(`${API_PREFIX}/docs`)) {
      reply.header('API-Version', API_VERSION);
      return sendProblem(reply, notFoundProblem(request));
    }
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        // The sociale kaart's background map tiles (KRING_KAART_TEGELS) come from their server.
        imgSrc: ["'self'", 'data:', kaartTegelsBron(config.kaartTegels ?? STANDAARD_KAART_TEGELS)],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    // Same-origin is all Kring needs; stricter than the default.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(rateLimit, {
    max: 600,
    timeWindow: '1 minute',
    allowList: (request: FastifyRequest) => !request.url.startsWith('/api/'),
  });

  const metrics = createMetrics({ pool: database.pool, jobCounts: () => jobCounts(database.db) });
  metrics.register(app);
  registerMetricsRoute(app, metrics.registry, config.metricsToken);

  registerTenancy(app, (host) => services.gemeenten.forHost(host));
  await registerSessions(app, (gemeenteId, tokenHash, ip) =>
    services.sessies.resolve(gemeenteId, tokenHash, ip),
  );

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Kring API',
        version: API_VERSION,
        description:
          'The API of Kring, the open platform for the Dutch social domain. Follows the NL API Design Rules: errors are RFC 9457 problem details, every response carries API-Version.',
        contact: { name: 'Kring', email: 'kring@example.org', url: 'https://kring.example.org' },
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      },
      servers: [{ url: config.publicUrl ? `${config.publicUrl}${API_PREFIX}` : API_PREFIX }],
      tags: [
        { name: 'Gemeenten', description: 'The gemeenten (tenants) of this installation' },
        { name: 'Accounts', description: 'Accounts and roles' },
        { name: 'Sessies', description: 'Logging in and out' },
        { name: 'Account', description: 'The own account: second factor, password, sessions' },
        {
          name: 'Gebruikersbeheer',
          description: "The gemeente admin's staff accounts, roles and organisations",
        },
        {
          name: 'Inloggen met OpenID Connect',
          description: 'Identity providers per gemeente (DigiD/eHerkenning brokers, staff IdPs)',
        },
        { name: 'Personen', description: 'Persons, case teams and representatives' },
        { name: 'Toegang', description: 'Break-glass access and its review' },
        {
          name: 'Mijn gegevens',
          description: 'Privacy rights: consent, inzage, correction, erasure, access log',
        },
        { name: 'Privacy', description: 'Retention classes per data category' },
        {
          name: 'Sociale kaart',
          description: 'Search the map of formal and informal help (public)',
        },
        {
          name: 'Sociale kaart bewerken',
          description: 'Organisations edit their entries; the editor moderates',
        },
        {
          name: 'Eén loket',
          description: 'Residents ask for help once, offer help, and answer match proposals',
        },
        {
          name: 'Loket: werkvoorraad',
          description: 'Coordinators and the wijkteam: requests, new volunteers, matches',
        },
        { name: 'Berichten', description: 'Message threads about a request or a match' },
        { name: 'Werkplek', description: 'The professional’s caseload and a person’s timeline' },
        {
          name: 'Keukentafelgesprek',
          description: 'Instruments as data; conversations across all life domains',
        },
        { name: 'Netwerkkaart', description: 'The person’s network in four sectors' },
        { name: 'Plan', description: 'The plan as a goal tree; the person agrees or comments' },
        { name: 'Regie', description: 'One regisseur, the team’s life domains, signals, handover' },
        { name: 'Casusoverleg', description: 'Case conferences and their decisions' },
        { name: 'Beheer', description: 'Health and readiness' },
      ],
    },
    // Only /api/v1 is this document's contract; HSDS and FHIR have their own.
    transform: (args) =>
      args.url.startsWith(`${API_PREFIX}/`)
        ? jsonSchemaTransform(args)
        : { schema: { ...args.schema, hide: true }, url: args.url },
  });
  const apiDocument = () => finishApiDocument(app.swagger() as unknown as Record<string, unknown>);

  await app.register(
    async (api) => {
      api.addHook('onSend', async (_request, reply) => {
        reply.header('API-Version', API_VERSION);
      });
      api.get('/openapi.json', { schema: { hide: true } }, async () => apiDocument());
      await api.register(swaggerUi, {
        routePrefix: '/docs',
        staticCSP: true,
        transformSpecification: () => apiDocument(),
        uiConfig: { deepLinking: false },
      });
      await api.register(operationsRoutes, {
        readiness: { pendingMigrations: () => pendingMigrations(database.db) },
      });
      await api.register(gemeentenRoutes, { service: services.gemeenten });
      await api.register(accountsRoutes, { service: services.accounts });
      await api.register(sessiesRoutes, { service: services.sessies });
      await api.register(aanmeldenRoutes, { service: services.aanmelden });
      await api.register(oidcRoutes, { service: services.oidc });
      await api.register(gebruikersbeheerRoutes, { service: services.gebruikersbeheer });
      await api.register(personenRoutes, { service: services.personen });
      await api.register(toegangRoutes, { service: services.toegang });
      await api.register(privacyRoutes, { service: services.privacy });
      await api.register(socialeKaartRoutes, { service: services.socialeKaart });
      await api.register(kaartImportRoutes, { service: services.hsds });
      await api.register(hulpvragenRoutes, { service: services.hulpvragen });
      await api.register(hulpaanbodRoutes, { service: services.hulpaanbod });
      await api.register(koppelingenRoutes, { service: services.koppelingen });
      await api.register(berichtenRoutes, { service: services.berichten });
      await api.register(werkplekRoutes, { service: services.werkplek });
      await api.register(welzijnsreceptRoutes, { service: services.welzijnsrecept });
      await api.register(mantelzorgRoutes, { service: services.mantelzorg });
      await api.register(respijtzorgRoutes, { service: services.respijtzorg });
      await api.register(zorgkringRoutes, { service: services.zorgkring });
      await api.register(draaglastRoutes, { service: services.draaglast });
      await api.register(keukentafelRoutes, { service: services.keukentafel });
      await api.register(netwerkkaartRoutes, { service: services.netwerkkaart });
      await api.register(plannenRoutes, { service: services.plannen });
      await api.register(regieRoutes, { service: services.regie });
      await api.register(casusoverlegRoutes, { service: services.casusoverleg });
      api.setNotFoundHandler((request, reply) => sendProblem(reply, notFoundProblem(request)));
    },
    { prefix: API_PREFIX },
  );
  // HSDS 3.0 (the sociale kaart in the Open Referral standard): its own naming and paging.
  await app.register(hsdsRoutes, { prefix: '/hsds', service: services.hsds });
  // FHIR R4 for GP systems (Welzijn op Recept): bearer tokens per practice, OperationOutcome errors.
  await app.register(fhirRoutes, { prefix: FHIR_PREFIX, service: services.welzijnsreceptFhir });

  const webDir = resolve(config.webDir);
  const webBuilt = existsSync(resolve(webDir, 'index.html'));
  if (webBuilt) {
    await app.register(fastifyStatic, { root: webDir, wildcard: false, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api') {
      return sendProblem(reply, notFoundProblem(request));
    }
    // The web app routes in the browser: every other GET for a page gets index.html.
    if (webBuilt && request.method === 'GET' && request.headers.accept?.includes('text/html')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply
      .code(404)
      .type('text/plain; charset=utf-8')
      .send(
        webBuilt
          ? 'Niet gevonden.'
          : 'Niet gevonden. (De web-app is niet gebouwd: npm run build:web.)',
      );
  });

  return app;
}
