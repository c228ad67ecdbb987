import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodType } from 'zod';
import { type InvalidParam, KringError } from './problem.ts';

/** The request parts a route schema can describe, in the order we report them. */
const PARTS = [
  ['params', 'params'],
  ['querystring', 'query'],
  ['headers', 'headers'],
  ['body', 'body'],
] as const;

function isZod(value: unknown): value is ZodType {
  return typeof value === 'object' && value !== null && 'safeParse' in value;
}

/**
 * Validates every part of a request against its zod schema and reports *all* invalid
 * fields in one problem (NL API Design Rules). Fastify's own validation stops at the
 * first failing part, so routes keep their schemas (for types and OpenAPI) while
 * Fastify's per-part check is a pass-through and this hook does the real work.
 */
export function registerValidation(app: FastifyInstance): void {
  app.setValidatorCompiler(() => (data) => ({ value: data }));
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const schema = request.routeOptions.schema;
    if (!schema) return;
    const invalid: InvalidParam[] = [];
    const target = request as unknown as Record<string, unknown>;
    for (const [part, field] of PARTS) {
      const partSchema = (schema as Record<string, unknown>)[part];
      if (!isZod(partSchema)) continue;
      const result = partSchema.safeParse(target[field] ?? (part === 'body' ? undefined : {}));
      if (result.success) {
        if (part !== 'headers') target[field] = result.data;
        continue;
      }
      for (const issue of result.error.issues) {
        invalid.push({
          name: [field, ...issue.path.map(String)].join('.'),
          code: issue.code,
          reason: issue.message,
        });
      }
    }
    if (invalid.length > 0) {
      const n = invalid.length;
      throw new KringError(
        'KRING_VALIDATIE',
        n === 1 ? 'Eén veld is niet goed ingevuld.' : `${n} velden zijn niet goed ingevuld.`,
        invalid,
      );
    }
  });
}
