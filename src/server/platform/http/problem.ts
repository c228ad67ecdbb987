import { z } from 'zod';
import { ERROR_CODES, type ErrorCode, problemType } from './error-codes.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export const invalidParamSchema = z.object({
  name: z
    .string()
    .describe('Where the problem is: `query.paginaGrootte`, `body.loket.eMailadres` …'),
  code: z.string().describe('Machine-readable reason, e.g. `too_big`, `invalid_type`.'),
  reason: z.string().describe('Human-readable reason. Never repeats the value that was sent.'),
});
export type InvalidParam = z.infer<typeof invalidParamSchema>;

/** RFC 9457 problem details, with the NL API Design Rules' `invalidParams`. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  code: z.string(),
  invalidParams: z.array(invalidParamSchema).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

/** An expected failure with a stable code; the error handler turns it into a problem. */
export class KringError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly invalidParams: InvalidParam[] | undefined;

  constructor(code: ErrorCode, detail: string, invalidParams?: InvalidParam[]) {
    super(detail);
    this.name = 'KringError';
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.invalidParams = invalidParams;
  }
}

/**
 * 400 for invalid input a service found itself (after the schema): every field at once, each
 * with the words the form shows; the detail is those words together.
 */
export function veldFouten(velden: readonly { name: string; reason: string }[]): KringError {
  return new KringError(
    'KRING_VALIDATIE',
    velden.map((v) => v.reason).join(' '),
    velden.map((v) => ({ name: v.name, code: 'custom', reason: v.reason })),
  );
}

/** One invalid field: `veldFouten` with one entry. */
export const veldFout = (name: string, reason: string): KringError =>
  veldFouten([{ name, reason }]);

export function toProblem(
  code: ErrorCode,
  detail: string,
  instance?: string,
  invalidParams?: InvalidParam[],
): Problem {
  const { status, title } = ERROR_CODES[code];
  return {
    type: problemType(code),
    title,
    status,
    detail,
    ...(instance ? { instance } : {}),
    code,
    ...(invalidParams ? { invalidParams } : {}),
  };
}
