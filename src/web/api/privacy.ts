import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NieuweToestemming, Toestemming } from '../../server/modules/privacy/model.ts';
import type { HuidigeSessie } from '../../server/modules/sessies/model.ts';
import type { Doorbraak, ToegangslogPagina } from '../../server/modules/toegang/model.ts';
import { API_BASE, ApiError, apiGet, readProblem } from './client.ts';

export type { Doorbraak, NieuweToestemming, ToegangslogPagina, Toestemming };

export interface ToestemmingenAntwoord {
  toestemmingen: Toestemming[];
  organisaties: { id: string; naam: string; soort: string }[];
}

/** A state-changing request with the session's CSRF token (read fresh from the session). */
async function send<T>(method: string, path: string, body?: unknown): Promise<T | undefined> {
  const sessie = await apiGet<HuidigeSessie>('/sessies/huidige');
  const response = await fetch(`${API_BASE}${path}`, {
    method,
    headers: {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': document.documentElement.lang || 'nl',
      'X-CSRF-Token': sessie.csrfToken,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  return response.status === 204 ? undefined : ((await response.json()) as T);
}

/** The invalid fields of a failed request (names like `body.doel`). */
export function ongeldigeVelden(error: unknown): Set<string> {
  if (!(error instanceof ApiError)) return new Set();
  const problem = error.problem as { invalidParams?: { name: string }[] } | undefined;
  return new Set((problem?.invalidParams ?? []).map((p) => p.name));
}

export function useMijnToestemmingen() {
  return useQuery({
    queryKey: ['mijn', 'toestemmingen'],
    queryFn: ({ signal }) => apiGet<ToestemmingenAntwoord>('/mijn/toestemmingen', signal),
    retry: false,
  });
}

export function useGeefToestemming() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NieuweToestemming) =>
      send<Toestemming>('POST', '/mijn/toestemmingen', input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['mijn'] }),
  });
}

export function useTrekToestemmingIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => send<never>('DELETE', `/mijn/toestemmingen/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['mijn'] }),
  });
}

export function useMijnToegangslog(pagina: number) {
  return useQuery({
    queryKey: ['mijn', 'toegangslog', pagina],
    queryFn: ({ signal }) =>
      apiGet<ToegangslogPagina>(`/mijn/toegangslog?pagina=${pagina}&paginaGrootte=50`, signal),
    retry: false,
  });
}

export function useDoorbraken() {
  return useQuery({
    queryKey: ['beheer', 'doorbraken'],
    queryFn: ({ signal }) =>
      apiGet<{ doorbraken: Doorbraak[]; totaal: number }>('/doorbraken?paginaGrootte=100', signal),
    retry: false,
  });
}

export function useBeoordeelDoorbraak() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; oordeel: 'terecht' | 'onterecht'; toelichting: string }) =>
      send<never>('PATCH', `/doorbraken/${input.id}`, {
        oordeel: input.oordeel,
        ...(input.toelichting ? { toelichting: input.toelichting } : {}),
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['beheer', 'doorbraken'] }),
  });
}
