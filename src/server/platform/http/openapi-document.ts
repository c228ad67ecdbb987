import { API_VERSION } from './api-version.ts';
import { ERROR_CODES } from './error-codes.ts';

type Json = Record<string, unknown>;
type Operation = Json & { parameters?: unknown[]; responses?: Record<string, Json> };

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Inlined (not a $ref) so every linter sees status, title and detail as required. */
export const PROBLEM_JSON_SCHEMA: Json = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string', description: 'URI of the problem type, `urn:kring:probleem:<code>`.' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    code: { type: 'string', enum: Object.keys(ERROR_CODES) },
    invalidParams: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'code', 'reason'],
        properties: {
          name: { type: 'string' },
          code: { type: 'string' },
          reason: { type: 'string' },
        },
      },
    },
  },
};

const API_VERSION_HEADER: Json = {
  description: 'Full version of the API.',
  schema: { type: 'string', example: API_VERSION },
};

function problemResponse(status: string): Json {
  const code = Object.values(ERROR_CODES).find((c) => String(c.status) === status);
  return {
    description: code?.title ?? 'Probleem',
    content: { 'application/problem+json': { schema: PROBLEM_JSON_SCHEMA } },
  };
}

/**
 * `x | null` for a plain scalar comes out of zod as `anyOf: [{type, format…}, {type: null}]`.
 * OpenAPI 3.1 says the same shorter as `type: [t, 'null']`, and linters (NL API Design
 * Rules: a date field must carry `format: date`) then see the format where they look.
 */
function enkelvoudigNullable(node: unknown): void {
  if (Array.isArray(node)) {
    for (const n of node) enkelvoudigNullable(n);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const schema = node as Json;
  const anyOf = schema.anyOf as Json[] | undefined;
  if (Array.isArray(anyOf) && anyOf.length === 2) {
    const [x, leeg] = anyOf as [Json, Json];
    if (
      leeg.type === 'null' &&
      Object.keys(leeg).length === 1 &&
      typeof x.type === 'string' &&
      x.type !== 'object' &&
      x.type !== 'array' &&
      x.enum === undefined
    ) {
      delete schema.anyOf;
      Object.assign(schema, { ...x, type: [x.type, 'null'] });
    }
  }
  for (const v of Object.values(schema)) enkelvoudigNullable(v);
}

/**
 * Completes the document @fastify/swagger builds from the `/api/v1` routes (paths are
 * relative to the server URL `/api/v1`): every success response
 * with its `API-Version` header and every operation with its problem responses — the
 * conventions every route follows, written once here instead of in every route.
 */
export function finishApiDocument(document: Json): Json {
  const paths = (document.paths ?? {}) as Record<string, Record<string, Operation>>;
  for (const [path, item] of Object.entries(paths)) {
    const hasPathParams = path.includes('{');
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const responses: Record<string, Json> = { ...(op.responses ?? {}) };
      for (const [status, response] of Object.entries(responses)) {
        if (/^[23]\d\d$/.test(status)) {
          responses[status] = {
            ...response,
            headers: { ...((response.headers as Json) ?? {}), 'API-Version': API_VERSION_HEADER },
          };
        } else if (/^[45]\d\d$/.test(status)) {
          responses[status] = {
            ...problemResponse(status),
            description: response.description ?? problemResponse(status).description,
          };
        }
      }
      const takesInput =
        method === 'post' ||
        method === 'put' ||
        method === 'patch' ||
        (op.parameters?.length ?? 0) > 0;
      if (takesInput && !responses['400']) responses['400'] = problemResponse('400');
      if (hasPathParams && !responses['404']) responses['404'] = problemResponse('404');
      if (!responses['500']) responses['500'] = problemResponse('500');
      item[method] = { ...op, responses };
    }
  }
  enkelvoudigNullable(document.paths);
  return document;
}
