import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorCode } from './error-codes.ts';
import { KringError, PROBLEM_CONTENT_TYPE, type Problem, toProblem } from './problem.ts';

/** Fastify's own error codes that are the client's fault, mapped to ours. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'KRING_MEDIATYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'KRING_TE_GROOT',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'KRING_ONLEESBAAR_VERZOEK',
  FST_ERR_CTP_INVALID_JSON_BODY: 'KRING_ONLEESBAAR_VERZOEK',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'KRING_ONLEESBAAR_VERZOEK',
};

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem);
}

/**
 * The occurrence, as the request id (also in the X-Request-ID header and the logs).
 * Not the URL: a caller may have put personal data in it, and problems never echo input.
 */
function instanceOf(request: FastifyRequest): string {
  return `urn:kring:verzoek:${request.id}`;
}

function problemFor(error: FastifyError | KringError, request: FastifyRequest): Problem {
  const instance = instanceOf(request);
  if (error instanceof KringError) {
    return toProblem(error.code, error.message, instance, error.invalidParams);
  }
  const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (mapped) {
    // Fastify's messages describe the request's form (never its content), so they are safe.
    return toProblem(mapped, error.message, instance);
  }
  if (error.statusCode === 429) {
    return toProblem('KRING_TE_VEEL_VERZOEKEN', 'Wacht even en probeer het dan opnieuw.', instance);
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return toProblem('KRING_ONLEESBAAR_VERZOEK', 'Het verzoek is niet goed opgebouwd.', instance);
  }
  return toProblem(
    'KRING_INTERNE_FOUT',
    `Probeer het later opnieuw. Noem bij een melding dit nummer: ${request.id}.`,
    instance,
  );
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | KringError, request, reply) => {
    const problem = problemFor(error, request);
    if (problem.status >= 500) {
      // Log the error's kind and stack, never the request body or query.
      request.log.error({ err: error }, 'request failed');
    }
    return sendProblem(reply, problem);
  });
}

export function notFoundProblem(request: FastifyRequest): Problem {
  return toProblem(
    'KRING_NIET_GEVONDEN',
    'Dit adres bestaat niet in de Kring API. Let op: adressen eindigen nooit op een /.',
    instanceOf(request),
  );
}
