import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Aanmelding, TweedeFactorStap } from '../../server/modules/aanmelden/model.ts';
import type { HuidigeSessie } from '../../server/modules/sessies/model.ts';
import { apiGet, apiSend, forgetCsrfToken } from './client.ts';

export type { Aanmelding, HuidigeSessie, TweedeFactorStap };

/** Fully logged in: no second factor needed, or it was given. */
export function isIngelogd(sessie: HuidigeSessie | null | undefined): sessie is HuidigeSessie {
  return !!sessie && (!sessie.mfaNodig || sessie.mfaVoldaan);
}

/**
 * This browser's login state from `GET /aanmelding`: 200 with `sessie: null` when logged
 * out, so the header can ask on every page without an error in the console.
 */
export function useAanmelding() {
  return useQuery({
    queryKey: ['aanmelding'],
    queryFn: ({ signal }) => apiGet<Aanmelding>('/aanmelding', signal),
    staleTime: 60_000,
  });
}

/** The current session, or null without one. */
export function useSessie() {
  const aanmelding = useAanmelding();
  return { ...aanmelding, data: aanmelding.data?.sessie };
}

/** After login, the second factor or logout: everything about the old session is stale. */
export function useSessieVernieuwd() {
  const client = useQueryClient();
  return async (aanmelding: Aanmelding) => {
    client.setQueryData(['aanmelding'], aanmelding);
    await client.invalidateQueries({
      predicate: (q) => q.queryKey[0] !== 'aanmelding' && q.queryKey[0] !== 'gemeente',
    });
  };
}

/** Logs out and forgets everything fetched for the account (not refetched: it would be 401). */
export function useUitloggen() {
  const client = useQueryClient();
  return async () => {
    await apiSend('DELETE', '/sessies/huidige');
    forgetCsrfToken();
    client.setQueryData(['aanmelding'], { sessie: null, tweedeFactor: null });
    client.removeQueries({
      predicate: (q) => q.queryKey[0] !== 'aanmelding' && q.queryKey[0] !== 'gemeente',
    });
  };
}
