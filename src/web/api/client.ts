/**
 * The one way the web app reads from the server: JSON from `/api/v1`.
 * Errors come back as RFC 9457 problem details; we keep them on an ApiError so a page can
 * decide what to tell the user (always in their own language, via i18n).
 */

export const API_BASE = '/api/v1';

/** RFC 9457 problem details, as far as the web app needs them. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  detail?: string;
  status?: number;
  code?: string;
  /** Per field: `name` is where (`body.email`), `reason` the server's words. */
  invalidParams?: { name: string; code: string; reason: string }[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails | undefined;

  constructor(status: number, problem: ProblemDetails | undefined) {
    super(problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

/** Reads the body as problem details when the server sent JSON; otherwise nothing. */
export async function readProblem(response: Response): Promise<ProblemDetails | undefined> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return (await response.json()) as ProblemDetails;
  } catch {
    return undefined;
  }
}

/** Sends a GET to `/api/v1{path}`; the caller's language goes along for server texts. */
export function apiFetch(path: string, signal?: AbortSignal): Promise<Response> {
  return fetch(`${API_BASE}${path}`, {
    headers: {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': document.documentElement.lang || 'nl',
    },
    signal,
  });
}

/** GET that resolves with the JSON body, or rejects with an ApiError. */
export async function apiGet<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await apiFetch(path, signal);
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  return (await response.json()) as T;
}

/**
 * CSRF: every POST, PUT, PATCH and DELETE carries the session's token in `X-CSRF-Token`.
 * The token comes from `GET /aanmelding` (the session's `csrfToken`, the same as
 * `GET /sessies/huidige` gives, but 200 also without a session) — null: no session, nothing
 * to protect — and
 * from any answer that hands out a new one (login, second factor). One retry with a fresh
 * token covers a session that changed in another tab.
 */
let csrfToken: string | null | undefined;

export function forgetCsrfToken(): void {
  csrfToken = undefined;
}

async function currentCsrfToken(): Promise<string | null> {
  if (csrfToken !== undefined) return csrfToken;
  const response = await apiFetch('/aanmelding');
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  const body = (await response.json()) as { sessie: { csrfToken: string } | null };
  csrfToken = body.sessie?.csrfToken ?? null;
  return csrfToken;
}

export type SendMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Sends a state-changing request (CSRF token, one retry); rejects with an ApiError. */
async function verstuur(method: SendMethod, path: string, body?: unknown): Promise<Response> {
  const send = (token: string | null) =>
    fetch(`${API_BASE}${path}`, {
      method,
      headers: {
        Accept: 'application/json, application/problem+json',
        'Accept-Language': document.documentElement.lang || 'nl',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { 'X-CSRF-Token': token } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const token = await currentCsrfToken();
  let response = await send(token);
  if (response.status === 403) {
    forgetCsrfToken();
    const fresh = await currentCsrfToken();
    if (fresh !== token) response = await send(fresh);
  }
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  return response;
}

/** A state-changing request with a JSON body; resolves with the JSON answer (or undefined). */
export async function apiSend<T = undefined>(
  method: SendMethod,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await verstuur(method, path, body);
  const type = response.headers.get('content-type') ?? '';
  if (response.status === 204 || !type.includes('json')) return undefined as T;
  const data = (await response.json()) as T;
  const given = (data as { csrfToken?: unknown } | null)?.csrfToken;
  if (typeof given === 'string') csrfToken = given;
  return data;
}

/** A state-changing request that answers with a file (a PDF made on request). */
export async function apiSendBestand(method: SendMethod, path: string, body?: unknown) {
  return (await verstuur(method, path, body)).blob();
}
