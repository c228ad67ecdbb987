import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type {
  Bericht,
  Gesprek,
  GesprekSamenvatting,
  NieuwGesprek,
} from '../../server/modules/berichten/model.ts';
import type { Aanbod } from '../../server/modules/hulpaanbod/model.ts';
import type { KoppelingAntwoord, MijnKoppeling } from '../../server/modules/koppelingen/model.ts';
import { apiGet, apiSend, forgetCsrfToken } from './client.ts';

export type { Aanbod, Bericht, Gesprek, GesprekSamenvatting, MijnKoppeling };

interface Opties<T> {
  onSuccess?: (data: T) => void;
  onError?: (error: unknown) => void;
}

/**
 * A small stand-in for TanStack's mutation hook (its chunk is ≈1 kB gzip, and Mijn Kring
 * has to fit the first-visit budget): run one change, know when it is busy, failed or done,
 * and refresh the resident's data after it.
 */
export function useActie<I, T>(
  werk: (invoer: I) => Promise<T>,
  verversen: readonly string[] = ['mijn'],
) {
  const client = useQueryClient();
  const [staat, setStaat] = useState<'rust' | 'bezig' | 'fout' | 'klaar'>('rust');
  const [error, setError] = useState<unknown>(null);
  const mutate = (invoer: I, opties: Opties<T> = {}) => {
    setStaat('bezig');
    werk(invoer).then(
      async (data) => {
        if (verversen.length > 0) await client.invalidateQueries({ queryKey: [...verversen] });
        setStaat('klaar');
        opties.onSuccess?.(data);
      },
      (fout: unknown) => {
        setError(fout);
        setStaat('fout');
        opties.onError?.(fout);
      },
    );
  };
  return {
    mutate,
    error,
    isPending: staat === 'bezig',
    isError: staat === 'fout',
    isSuccess: staat === 'klaar',
  };
}

/** Proposals for a match, as resident and as volunteer (`mijnKant`). */
export function useMijnKoppelingen(enabled = true) {
  return useQuery({
    queryKey: ['mijn', 'koppelingen'],
    queryFn: ({ signal }) => apiGet<{ koppelingen: MijnKoppeling[] }>('/mijn/koppelingen', signal),
    retry: false,
    enabled,
  });
}

/** Yes or no to a proposal (a no with a reason). */
export function useKoppelingAntwoord() {
  return useActie(({ id, ...antwoord }: KoppelingAntwoord & { id: string }) =>
    apiSend<MijnKoppeling>('POST', `/mijn/koppelingen/${id}/antwoord`, antwoord),
  );
}

export function useMijnGesprekken(enabled = true) {
  return useQuery({
    queryKey: ['mijn', 'gesprekken'],
    queryFn: ({ signal }) =>
      apiGet<{ gesprekken: GesprekSamenvatting[] }>('/mijn/gesprekken', signal),
    retry: false,
    enabled,
  });
}

/** Opens the thread about a request or a match (made when there is none yet). */
export function startGesprek(over: NieuwGesprek): Promise<Gesprek> {
  return apiSend<Gesprek>('POST', '/gesprekken', over);
}

/** One thread with its messages; reading it marks them read. */
export function useGesprek(id: string) {
  return useQuery({
    queryKey: ['mijn', 'gesprek', id],
    queryFn: ({ signal }) => apiGet<Gesprek>(`/gesprekken/${id}`, signal),
    retry: false,
  });
}

export function useStuurBericht(gesprekId: string) {
  return useActie((tekst: string) =>
    apiSend<Bericht>('POST', `/gesprekken/${gesprekId}/berichten`, { tekst }),
  );
}

/** What the resident offers as volunteer or helpful neighbour. */
export function useMijnHulpaanbod(enabled = true) {
  return useQuery({
    queryKey: ['mijn', 'hulpaanbod'],
    queryFn: ({ signal }) => apiGet<{ aanbod: Aanbod[] }>('/mijn/hulpaanbod', signal),
    retry: false,
    enabled,
  });
}

/**
 * Deletes the own account (the server ends every session). Afterwards nothing of the
 * account is kept in the browser: logged out, no cached data.
 */
export function useAccountVerwijderen() {
  const client = useQueryClient();
  const actie = useActie(() => apiSend('DELETE', '/account'), []);
  /** Call after leaving the page: the browser forgets the session and all cached data. */
  const vergeten = () => {
    forgetCsrfToken();
    client.setQueryData(['aanmelding'], { sessie: null, tweedeFactor: null });
    client.removeQueries({
      predicate: (q) => q.queryKey[0] !== 'aanmelding' && q.queryKey[0] !== 'gemeente',
    });
  };
  return { ...actie, vergeten };
}

/** A concept is deleted; a sent request is withdrawn (status ingetrokken). */
export function useVerwijderHulpvraag() {
  return useActie((id: string) => apiSend('DELETE', `/mijn/hulpvragen/${id}`));
}
