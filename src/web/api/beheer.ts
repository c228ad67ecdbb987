import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AccountsPagina,
  BeheerAccount,
  BeheerRolInvoer,
  Organisatie,
  OrganisatiesPagina,
} from '../../server/modules/gebruikersbeheer/model.ts';
import type { NieuweOidcProvider, OidcProvider } from '../../server/modules/oidc/model.ts';
import type { HuidigeSessie } from '../../server/modules/sessies/model.ts';
import { API_BASE, ApiError, apiGet, readProblem } from './client.ts';

export type { BeheerAccount, BeheerRolInvoer, OidcProvider, Organisatie };

/** Problem details with the invalid fields, for forms. */
export interface FormProblem {
  invalidParams?: { name: string; reason: string }[];
}

/** The current session (for the CSRF token and to know who is logged in). */
export function useBeheerSessie() {
  return useQuery({
    queryKey: ['sessie'],
    queryFn: ({ signal }) => apiGet<HuidigeSessie>('/sessies/huidige', signal),
    retry: false,
  });
}

/** A state-changing request with the session's CSRF token. */
async function send<T>(method: string, path: string, body: unknown): Promise<T> {
  const sessie = await apiGet<HuidigeSessie>('/sessies/huidige');
  const response = await fetch(`${API_BASE}${path}`, {
    method,
    headers: {
      Accept: 'application/json, application/problem+json',
      'Content-Type': 'application/json',
      'X-CSRF-Token': sessie.csrfToken,
      'Accept-Language': document.documentElement.lang || 'nl',
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  return (await response.json()) as T;
}

/** The invalid fields of a failed request, or none. */
export function invalidFields(error: unknown): Set<string> {
  if (!(error instanceof ApiError)) return new Set();
  const problem = error.problem as FormProblem | undefined;
  return new Set((problem?.invalidParams ?? []).map((p) => p.name));
}

/** Accounts: the search term goes in a POST body, never in the URL. */
export function useAccounts(naam: string, pagina: number) {
  return useQuery({
    queryKey: ['beheer', 'accounts', naam, pagina],
    queryFn: () =>
      send<AccountsPagina>('POST', '/beheer/accounts/_zoek', { naam, pagina, paginaGrootte: 20 }),
    retry: false,
  });
}

export function useOrganisaties() {
  return useQuery({
    queryKey: ['beheer', 'organisaties'],
    queryFn: ({ signal }) =>
      apiGet<OrganisatiesPagina>('/beheer/organisaties?paginaGrootte=100', signal),
    retry: false,
  });
}

export function useOidcProviders() {
  return useQuery({
    queryKey: ['beheer', 'oidc-providers'],
    queryFn: ({ signal }) =>
      apiGet<{ providers: OidcProvider[] }>('/beheer/oidc-providers', signal),
    retry: false,
  });
}

function useBeheerMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: ['beheer'] }),
  });
}

export const useNieuwAccount = () =>
  useBeheerMutation((input: { naam: string; email: string; rollen: BeheerRolInvoer[] }) =>
    send<BeheerAccount>('POST', '/beheer/accounts', input),
  );

export const useWijzigRollen = () =>
  useBeheerMutation((input: { id: string; rollen: BeheerRolInvoer[] }) =>
    send<BeheerAccount>('PUT', `/beheer/accounts/${input.id}/rollen`, { rollen: input.rollen }),
  );

export const useZetActief = () =>
  useBeheerMutation((input: { id: string; actief: boolean }) =>
    send<BeheerAccount>('PATCH', `/beheer/accounts/${input.id}`, { actief: input.actief }),
  );

export const useNieuweOrganisatie = () =>
  useBeheerMutation((input: { naam: string; soort: string }) =>
    send<Organisatie>('POST', '/beheer/organisaties', input),
  );

export const useHernoemOrganisatie = () =>
  useBeheerMutation((input: { id: string; naam: string }) =>
    send<Organisatie>('PATCH', `/beheer/organisaties/${input.id}`, { naam: input.naam }),
  );

export const useNieuweOidcProvider = () =>
  useBeheerMutation((input: NieuweOidcProvider) =>
    send<OidcProvider>('POST', '/beheer/oidc-providers', input),
  );

export const useZetOidcProviderActief = () =>
  useBeheerMutation((input: { id: string; actief: boolean }) =>
    send<OidcProvider>('PATCH', `/beheer/oidc-providers/${input.id}`, { actief: input.actief }),
  );
