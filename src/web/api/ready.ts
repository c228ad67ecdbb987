import { useQuery } from '@tanstack/react-query';
import { ApiError, apiFetch, type ProblemDetails, readProblem } from './client.ts';

/** `GET /api/v1/ready` answers 200 with this when Kring can serve requests. */
export interface ReadyBody {
  status: string;
  database?: string;
  migraties?: string;
}

export type Readiness =
  | { ready: true; body: ReadyBody }
  | { ready: false; problem: ProblemDetails | undefined };

/** 503 is an answer, not a failure: it means "not ready", and the page says so in words. */
export async function fetchReadiness(signal?: AbortSignal): Promise<Readiness> {
  const response = await apiFetch('/ready', signal);
  if (response.ok) return { ready: true, body: (await response.json()) as ReadyBody };
  const problem = await readProblem(response);
  if (response.status === 503) return { ready: false, problem };
  throw new ApiError(response.status, problem);
}

/** Live status for the beheer page: checked again every 30 seconds while it is open. */
export function useReadiness() {
  return useQuery({
    queryKey: ['ready'],
    queryFn: ({ signal }) => fetchReadiness(signal),
    refetchInterval: 30_000,
  });
}
