import type { TestApp } from '../helpers/test-app.ts';
import type { MatrixRol, Wereld } from './wereld.ts';

/**
 * One row of the route × role matrix: a route of the API (as Fastify registered it,
 * e.g. `GET /api/v1/personen/:id`) and the status every caller must get.
 *
 * Rows live per module in `test/matrix/rows/<module>.ts`. A new route without a row makes
 * the matrix test fail, and so does a row for a route that no longer exists.
 */
export interface MatrixRij {
  route: string;
  /**
   * The status per caller; `overig` for every caller not named. `anoniem` defaults to 401
   * unless `openbaar` is set (then it follows `overig`).
   */
  verwacht: Partial<Record<MatrixRol, number>> & { overig: number };
  openbaar?: boolean;
  /**
   * Builds the concrete request for one caller (called once per caller, in ROLLEN order):
   * the path with real ids, a body, or other headers (e.g. a fresh session to end).
   * May create fixtures through `ctx` so callers do not change each other's world.
   * Without it: the route itself, `:id` → the world's person, no body.
   */
  verzoek?: (ctx: MatrixContext, rol: MatrixRol) => Promise<Verzoek> | Verzoek;
}

export interface Verzoek {
  url?: string;
  payload?: unknown;
  headers?: Record<string, string>;
}

export interface MatrixContext {
  t: TestApp;
  w: Wereld;
  /** A request as a caller, for setting up fixtures. */
  als(
    rol: MatrixRol | 'welzijnscoach',
    method: string,
    url: string,
    payload?: unknown,
  ): Promise<{ statusCode: number; json(): { id: string } }>;
  /** A fresh person registered by `professional-team` (its regisseur). */
  nieuwePersoon(): Promise<string>;
}

/** Route templates of `/api/v1` (minus the docs) from Fastify's route tree, as `METHOD /path`. */
export function apiRoutes(printed: string): string[] {
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of printed.split('\n')) {
    const m = /^((?:│ {3}| {4})*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    stack.length = depth;
    const path = (stack[depth - 1] ?? '') + m[2]!;
    stack[depth] = path;
    if (!m[3]) continue;
    if (!path.startsWith('/api/v1/') || path.startsWith('/api/v1/docs')) continue;
    for (const method of m[3].split(', ')) {
      if (method !== 'HEAD') routes.push(`${method} ${path}`);
    }
  }
  return [...new Set(routes)].sort();
}

export function verwachtVoor(rij: MatrixRij, rol: MatrixRol): number {
  const named = rij.verwacht[rol];
  if (named !== undefined) return named;
  if (rol === 'anoniem' && !rij.openbaar) return 401;
  return rij.verwacht.overig;
}
