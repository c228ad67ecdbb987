import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { TAAK_STATUSSEN, type TaakStatus } from '../../../shared/welzijnsrecept.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { ErrorCode } from '../../platform/http/error-codes.ts';
import { KringError } from '../../platform/http/problem.ts';
import { requireGemeente } from '../../platform/tenancy/request-gemeente.ts';
import {
  capabilityStatement,
  type FhirResource,
  operationOutcome,
  type ProbleemSoort,
  taakResource,
  zoekBundel,
} from './fhir.ts';
import {
  fhirPadVan,
  type InvoerUitkomst,
  leesServiceRequest,
  leesTaak,
  leesTransactie,
} from './fhir-invoer.ts';
import { FhirFout, type FhirService, OAuthFout } from './fhir-service.ts';
import { organisatieBundel, serviceRequestResource, transactieAntwoord } from './fhir-uitvoer.ts';

/** Where the FHIR R4 endpoint lives (outside /api/v1: FHIR has its own conventions). */
export const FHIR_PREFIX = '/fhir/r4';
const FHIR_JSON = 'application/fhir+json; charset=utf-8';
/** The date of this CapabilityStatement (change it when the statement changes). */
const CAPABILITY_DATUM = '2026-12-03';
const TOKEN_PAD = `${FHIR_PREFIX}/auth/token`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The general API limit for /api does not cover /fhir; these do. */
const ALGEMEEN = { config: { rateLimit: { max: 600, timeWindow: '1 minute', allowList: [] } } };
const TOKEN_LIMIET = { config: { rateLimit: { max: 20, timeWindow: '1 minute', allowList: [] } } };

/** Kring's error codes as FHIR answers them: HTTP status and IssueType. */
const VOOR_KRING_CODE: Record<ErrorCode, [number, ProbleemSoort]> = {
  KRING_VALIDATIE: [422, 'invalid'],
  KRING_ONLEESBAAR_VERZOEK: [400, 'structure'],
  KRING_NIET_INGELOGD: [401, 'login'],
  KRING_GEEN_TOEGANG: [403, 'forbidden'],
  KRING_NIET_GEVONDEN: [404, 'not-found'],
  KRING_GEMEENTE_ONBEKEND: [404, 'not-found'],
  KRING_CONFLICT: [409, 'conflict'],
  KRING_TE_GROOT: [413, 'too-long'],
  KRING_MEDIATYPE: [415, 'not-supported'],
  KRING_TE_VEEL_VERZOEKEN: [429, 'throttled'],
  KRING_INTERNE_FOUT: [500, 'exception'],
  KRING_NIET_BESCHIKBAAR: [503, 'exception'],
};

const FASTIFY_CODES: Record<string, [number, ProbleemSoort, string]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    415,
    'not-supported',
    'Stuur application/fhir+json (of application/json).',
  ],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'too-long', 'Het verzoek is groter dan 1 MiB.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'structure', 'Het verzoek heeft geen inhoud.'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'structure', 'De inhoud is geen geldige JSON.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'structure', 'Content-Length klopt niet.'],
};

function stuurFhir(reply: FastifyReply, status: number, resource: FhirResource): FastifyReply {
  return reply.code(status).type(FHIR_JSON).send(resource);
}

/** Every error as an OperationOutcome, never with what the caller sent. */
function uitkomstVoor(
  error: unknown,
  request: FastifyRequest,
): { status: number; soort: ProbleemSoort; problemen: { tekst: string; waar?: string }[] } {
  if (error instanceof FhirFout) return error;
  if (error instanceof KringError) {
    const [status, soort] = VOOR_KRING_CODE[error.code];
    const problemen =
      error.invalidParams && error.invalidParams.length > 0
        ? error.invalidParams.map((p) => ({ tekst: p.reason, waar: fhirPadVan(p.name) }))
        : [{ tekst: error.message }];
    return { status, soort, problemen };
  }
  const e = error as FastifyError & { issues?: { path: unknown[]; message: string }[] };
  if (e && Array.isArray(e.issues)) {
    // A zod error from the service's own schema: the same as Kring's validation.
    return {
      status: 422,
      soort: 'invalid',
      problemen: e.issues.map((i) => ({
        tekst: i.message,
        waar: fhirPadVan(i.path.map(String).join('.')),
      })),
    };
  }
  const bekend = e?.code ? FASTIFY_CODES[e.code] : undefined;
  if (bekend) return { status: bekend[0], soort: bekend[1], problemen: [{ tekst: bekend[2] }] };
  if (e?.statusCode === 429) {
    return {
      status: 429,
      soort: 'throttled',
      problemen: [{ tekst: 'Wacht even en probeer het dan opnieuw.' }],
    };
  }
  if (e?.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    return {
      status: 400,
      soort: 'structure',
      problemen: [{ tekst: 'Het verzoek is niet goed opgebouwd.' }],
    };
  }
  return {
    status: 500,
    soort: 'exception',
    problemen: [
      { tekst: `Probeer het later opnieuw. Noem bij een melding dit nummer: ${request.id}.` },
    ],
  };
}

/** RFC 6749 §5.2 for the token endpoint: `{error, error_description}`. */
function stuurOAuthFout(request: FastifyRequest, reply: FastifyReply, error: unknown) {
  let fout: OAuthFout;
  if (error instanceof OAuthFout) fout = error;
  else {
    const { status, problemen } = uitkomstVoor(error, request);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    if (status === 429) return stuurFhir(reply, 429, operationOutcome('throttled', problemen));
    fout = new OAuthFout('invalid_request', problemen.map((p) => p.tekst).join(' '));
  }
  if (fout.status === 401) reply.header('WWW-Authenticate', 'Basic realm="kring-fhir"');
  return reply
    .code(fout.status)
    .header('Pragma', 'no-cache')
    .type('application/json; charset=utf-8')
    .send({ error: fout.fout, error_description: fout.message });
}

/** The form body of the token request; a repeated parameter is refused (RFC 6749 §3.2). */
function formulier(body: unknown): Record<string, string> {
  if (!(body instanceof URLSearchParams)) {
    throw new OAuthFout(
      'invalid_request',
      'Stuur het verzoek als application/x-www-form-urlencoded.',
    );
  }
  const uit: Record<string, string> = {};
  for (const [k, v] of body) {
    if (k in uit) throw new OAuthFout('invalid_request', `De parameter ${k} staat er twee keer.`);
    uit[k] = v;
  }
  return uit;
}

/** client_secret_basic (RFC 6749 §2.3.1: each part form-urlencoded) or client_secret_post. */
function clientGegevens(
  request: FastifyRequest,
  form: Record<string, string>,
): { clientId: string; geheim: string } {
  const kop = request.headers.authorization;
  const basic = typeof kop === 'string' ? /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(kop) : null;
  const inForm = form.client_id !== undefined || form.client_secret !== undefined;
  if (basic && inForm) {
    throw new OAuthFout(
      'invalid_request',
      'Gebruik één manier om de client aan te melden: de Authorization-header of het formulier.',
    );
  }
  if (basic?.[1]) {
    const tekst = Buffer.from(basic[1], 'base64').toString('utf8');
    const dubbelepunt = tekst.indexOf(':');
    const deel = (s: string) => {
      try {
        return decodeURIComponent(s.replace(/\+/g, ' '));
      } catch {
        return '';
      }
    };
    if (dubbelepunt > 0) {
      return {
        clientId: deel(tekst.slice(0, dubbelepunt)),
        geheim: deel(tekst.slice(dubbelepunt + 1)),
      };
    }
  }
  if (form.client_id && form.client_secret) {
    return { clientId: form.client_id, geheim: form.client_secret };
  }
  throw new OAuthFout('invalid_client', 'Meld de client aan met client_id en client_secret.');
}

function basisUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}${FHIR_PREFIX}`;
}

function gelezen<T extends InvoerUitkomst>(uitkomst: T): Extract<T, { ok: true }> {
  if (!uitkomst.ok) throw new FhirFout(422, 'invalid', uitkomst.problemen);
  return uitkomst as Extract<T, { ok: true }>;
}

/** `status=a,b` (OR within one, AND between repeated ones), as Kring's statuses. */
function statusFilter(waarde: unknown): TaakStatus[] | undefined {
  if (waarde === undefined) return undefined;
  const lijsten = (Array.isArray(waarde) ? waarde : [waarde]).map((w) =>
    String(w)
      .split(',')
      .map((s) => s.trim()),
  );
  for (const s of lijsten.flat()) {
    if (!TAAK_STATUSSEN.includes(s as TaakStatus)) {
      throw new FhirFout(400, 'invalid', [
        { tekst: `Kies status uit: ${TAAK_STATUSSEN.join(', ')}.`, waar: 'Task.status' },
      ]);
    }
  }
  return TAAK_STATUSSEN.filter((s) => lijsten.every((l) => l.includes(s)));
}

const DATUM = /^(gt|ge)(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** `_lastUpdated=gt…` or `ge…`, a date or an instant: the moment after which changes count. */
function gewijzigdNaFilter(waarde: unknown): Date | undefined {
  if (waarde === undefined) return undefined;
  const m = typeof waarde === 'string' ? DATUM.exec(waarde) : null;
  const fout = new FhirFout(400, 'invalid', [
    {
      tekst:
        'Gebruik _lastUpdated één keer, met gt of ge en een datum of tijdstip, bijvoorbeeld gt2026-12-01T09:00:00Z.',
      waar: 'Task.meta.lastUpdated',
    },
  ]);
  if (!m) throw fout;
  const [, prefix, dag, tijd] = m;
  const ms = Date.parse(tijd ? `${dag}${tijd}` : `${dag}T00:00:00Z`);
  if (Number.isNaN(ms)) throw fout;
  if (tijd) return new Date(prefix === 'gt' ? ms : ms - 1);
  // A whole (UTC) day: gt means from the next day, ge from this day.
  return new Date(prefix === 'gt' ? ms + 86_400_000 - 1 : ms - 1);
}

/**
 * The FHIR R4 endpoint for GP systems, at /fhir/r4, per gemeente by host name like the rest.
 * Authentication: OAuth2 client credentials, a bearer token per practice (docs/api.md).
 * Every answer is application/fhir+json; every error an OperationOutcome (the token
 * endpoint answers as RFC 6749 says).
 */
export const fhirRoutes: FastifyPluginAsync<{ service: FhirService }> = async (
  app,
  { service },
) => {
  app.addContentTypeParser(
    'application/fhir+json',
    { parseAs: 'string' },
    app.getDefaultJsonParser('error', 'error'),
  );
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 8192 },
    (_request, body, done) => done(null, new URLSearchParams(String(body))),
  );
  app.addHook('onSend', async (_request, reply) => {
    // Answers hold person data or tokens: never cached.
    reply.header('Cache-Control', 'no-store');
  });

  app.setErrorHandler((error, request, reply) => {
    if (request.routeOptions.url === TOKEN_PAD) return stuurOAuthFout(request, reply, error);
    const { status, soort, problemen } = uitkomstVoor(error, request);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    if (status === 401) {
      reply.header(
        'WWW-Authenticate',
        request.headers.authorization
          ? 'Bearer realm="kring-fhir", error="invalid_token"'
          : 'Bearer realm="kring-fhir"',
      );
    }
    return stuurFhir(reply, status, operationOutcome(soort, problemen));
  });
  app.setNotFoundHandler((_request, reply) =>
    stuurFhir(
      reply,
      404,
      operationOutcome('not-found', [
        { tekst: 'Dit adres bestaat niet in het FHIR-endpoint van Kring. Zie GET metadata.' },
      ]),
    ),
  );

  async function actor(request: FastifyRequest): Promise<Actor> {
    const gemeente = requireGemeente(request);
    const kop = request.headers.authorization;
    const token = typeof kop === 'string' ? /^Bearer\s+([A-Za-z0-9._~+/-]+=*)$/i.exec(kop) : null;
    if (!token?.[1]) {
      throw new FhirFout(
        401,
        'login',
        'Stuur een toegangstoken mee (Authorization: Bearer …). Vraag het aan bij auth/token.',
      );
    }
    return service.actorVan(gemeente.id, token[1], request.ip);
  }

  app.get('/metadata', ALGEMEEN, async (request, reply) => {
    requireGemeente(request);
    return stuurFhir(reply, 200, capabilityStatement(basisUrl(request), CAPABILITY_DATUM));
  });

  app.post('/auth/token', TOKEN_LIMIET, async (request, reply) => {
    const gemeente = requireGemeente(request);
    const form = formulier(request.body);
    const client = clientGegevens(request, form);
    if (form.grant_type !== 'client_credentials') {
      throw form.grant_type === undefined
        ? new OAuthFout('invalid_request', 'grant_type ontbreekt.')
        : new OAuthFout('unsupported_grant_type', 'Kring kent alleen client_credentials.');
    }
    const token = await service.geefToken(gemeente.id, client);
    return reply.header('Pragma', 'no-cache').type('application/json; charset=utf-8').send(token);
  });

  app.get('/Organization', ALGEMEEN, async (request, reply) => {
    const wie = await actor(request);
    return stuurFhir(
      reply,
      200,
      organisatieBundel(basisUrl(request), await service.ontvangers(wie)),
    );
  });

  app.post('/ServiceRequest', ALGEMEEN, async (request, reply) => {
    const wie = await actor(request);
    const { invoer } = gelezen(leesServiceRequest(request.body));
    const recept = await service.verwijs(wie, invoer);
    return stuurFhir(
      reply.header('Location', `${basisUrl(request)}/ServiceRequest/${recept.id}`),
      201,
      serviceRequestResource(recept),
    );
  });

  app.get<{ Params: { id: string } }>('/ServiceRequest/:id', ALGEMEEN, async (request, reply) => {
    const wie = await actor(request);
    if (!UUID.test(request.params.id)) {
      throw new FhirFout(404, 'not-found', 'Deze ServiceRequest bestaat niet.');
    }
    return stuurFhir(
      reply,
      200,
      serviceRequestResource(await service.recept(wie, request.params.id)),
    );
  });

  app.post('/Task', ALGEMEEN, async (request, reply) => {
    const wie = await actor(request);
    const { invoer } = gelezen(leesTaak(request.body));
    const taak = await service.taak(wie, (await service.verwijs(wie, invoer)).id);
    return stuurFhir(
      reply.header('Location', `${basisUrl(request)}/Task/${taak.id}`),
      201,
      taakResource(taak),
    );
  });

  app.post('/', ALGEMEEN, async (request, reply) => {
    const wie = await actor(request);
    const uitkomst = leesTransactie(request.body);
    if (!uitkomst.ok) throw new FhirFout(422, 'invalid', uitkomst.problemen);
    const taak = await service.taak(wie, (await service.verwijs(wie, uitkomst.invoer)).id);
    return stuurFhir(reply, 200, transactieAntwoord(uitkomst.volgorde, taakResource(taak), taak));
  });

  app.get<{ Params: { id: string } }>('/Task/:id', ALGEMEEN, async (request, reply) => {
    const wie = await actor(request);
    if (!UUID.test(request.params.id)) {
      throw new FhirFout(404, 'not-found', 'Deze Task bestaat niet.');
    }
    return stuurFhir(reply, 200, taakResource(await service.taak(wie, request.params.id)));
  });

  app.get<{ Querystring: Record<string, unknown> }>('/Task', ALGEMEEN, async (request, reply) => {
    const wie = await actor(request);
    const q = request.query;
    const status = statusFilter(q.status);
    const gewijzigdNa = gewijzigdNaFilter(q._lastUpdated);
    const focus =
      typeof q.focus === 'string' ? q.focus.replace(/^ServiceRequest\//, '') : undefined;
    // Repeated status parameters that share no value match nothing.
    const gevonden = status?.length === 0 ? [] : await service.taken(wie, { status, gewijzigdNa });
    const taken = gevonden.filter((t) => focus === undefined || t.serviceRequestId === focus);
    return stuurFhir(reply, 200, zoekBundel(basisUrl(request), taken.map(taakResource)));
  });
};
