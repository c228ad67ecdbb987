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
