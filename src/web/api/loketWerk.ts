import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AanbodBeoordeling, Aanmelding } from '../../server/modules/hulpaanbod/model.ts';
import type {
  Beoordeling,
  Loketregels,
  WerkvoorraadItem,
} from '../../server/modules/hulpvragen/model.ts';
import type {
  Kandidaat,
  Koppeling,
  LoketStap,
  Matchbord,
  NieuweKoppelingInvoer,
  Optimalisatie,
} from '../../server/modules/koppelingen/model.ts';
import type { AanbodStatus, Route } from '../../shared/loket.ts';
import { ApiError, apiGet, apiSend } from './client.ts';

export type {
  Aanmelding,
  Kandidaat,
  Koppeling,
  Loketregels,
  Matchbord,
  Optimalisatie,
  WerkvoorraadItem,
};

/**
 * The staff side of the front door (issue 5): the queue of help requests, new volunteers,
 * matches and the matching board (issue 7), and the gemeente's routing rules.
 * Everything under the query key `loket`, so one change refreshes every list.
 */

export type WerkvoorraadStatus = 'open' | 'in-matching' | 'alle';

export function useWerkvoorraad(route: Route | undefined, status: WerkvoorraadStatus) {
  const query = new URLSearchParams({ status });
  if (route) query.set('route', route);
  return useQuery({
    queryKey: ['loket', 'hulpvragen', route ?? 'alle', status],
    queryFn: ({ signal }) =>
      apiGet<{ hulpvragen: WerkvoorraadItem[] }>(`/loket/hulpvragen?${query}`, signal),
    retry: false,
  });
}

/** GET one thing; 404 is an answer ("not found"), not an error, so the page can say so. */
async function ofNiets<T>(path: string, signal: AbortSignal): Promise<{ gevonden: T | undefined }> {
  try {
    return { gevonden: await apiGet<T>(path, signal) };
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return { gevonden: undefined };
    throw err;
  }
}

/** One request of the queue, read on its own (one line in the access log, not the queue's). */
export function useWerkvoorraadItem(id: string) {
  const q = useQuery({
    queryKey: ['loket', 'hulpvraag', id],
    queryFn: ({ signal }) => ofNiets<WerkvoorraadItem>(`/loket/hulpvragen/${id}`, signal),
    retry: false,
  });
  return { ...q, item: q.data?.gevonden };
}

function useLoketMutatie<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: ['loket'] }),
  });
}

/** "Ik pak dit op": the staff member joins the case team. */
export const usePakOp = () =>
  useLoketMutatie((id: string) =>
    apiSend<WerkvoorraadItem>('POST', `/loket/hulpvragen/${id}/behandeling`),
  );

export const useBeoordeelHulpvraag = () =>
  useLoketMutatie((input: { id: string } & Beoordeling) =>
    apiSend<WerkvoorraadItem>('POST', `/loket/hulpvragen/${input.id}/beoordeling`, {
      besluit: input.besluit,
      ...(input.notitie ? { notitie: input.notitie } : {}),
    }),
  );

export function useKandidaten(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['loket', 'kandidaten', id],
    queryFn: ({ signal }) =>
      apiGet<{ kandidaten: Kandidaat[] }>(`/loket/hulpvragen/${id}/kandidaten`, signal),
    enabled,
    retry: false,
  });
}

export function useAanmeldingen(status: AanbodStatus | undefined) {
  return useQuery({
    queryKey: ['loket', 'aanmeldingen', status ?? 'alle'],
    queryFn: ({ signal }) =>
      apiGet<{ aanmeldingen: Aanmelding[] }>(
        `/loket/aanmeldingen${status ? `?status=${status}` : ''}`,
        signal,
      ),
    retry: false,
  });
}

/** One sign-up, read on its own. */
export function useAanmelding(id: string) {
  const q = useQuery({
    queryKey: ['loket', 'aanmelding', id],
    queryFn: ({ signal }) => ofNiets<Aanmelding>(`/loket/aanmeldingen/${id}`, signal),
    retry: false,
  });
  return { ...q, aanmelding: q.data?.gevonden };
}

export const useBeoordeelAanmelding = () =>
  useLoketMutatie((input: { id: string } & AanbodBeoordeling) => {
    const { id, ...beoordeling } = input;
    return apiSend<Aanmelding>('POST', `/loket/aanmeldingen/${id}/beoordeling`, beoordeling);
  });

export function useKoppelingen() {
  return useQuery({
    queryKey: ['loket', 'koppelingen'],
    queryFn: ({ signal }) => apiGet<{ koppelingen: Koppeling[] }>('/loket/koppelingen', signal),
    retry: false,
  });
}

export const useStelKoppelingVoor = () =>
  useLoketMutatie((input: NieuweKoppelingInvoer) =>
    apiSend<Koppeling>('POST', '/loket/koppelingen', input),
  );

/** A coordinator's step on a match: approve, withdraw, start or end. */
export const useKoppelingStap = () =>
  useLoketMutatie(({ id, ...stap }: LoketStap & { id: string }) =>
    apiSend<Koppeling>('POST', `/loket/koppelingen/${id}/stappen`, stap),
  );

/** The pool of the matching board: open requests and volunteers (postcode areas only). */
export function useMatchbord() {
  return useQuery({
    queryKey: ['loket', 'matchbord'],
    queryFn: ({ signal }) => apiGet<Matchbord>('/loket/matchbord', signal),
    retry: false,
  });
}

/**
 * Runs the optimiser: a preview, so it changes nothing and refreshes nothing. Taking a
 * proposal over (useStelKoppelingVoor) refreshes the lists.
 */
export const useOptimaliseer = () =>
  useMutation({
    mutationFn: () => apiSend<Optimalisatie>('POST', '/loket/optimalisaties'),
  });

/** The functioneel beheerder's routing rules. */
export function useLoketregels() {
  return useQuery({
    queryKey: ['loketregels'],
    queryFn: ({ signal }) => apiGet<Loketregels>('/gemeente/loketregels', signal),
    retry: false,
  });
}

export function useBewaarLoketregels() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (regels: Loketregels) =>
      apiSend<Loketregels>('PUT', '/gemeente/loketregels', regels),
    onSuccess: (regels) => {
      client.setQueryData(['loketregels'], regels);
      // The categories' rules are public (GET /hulpcategorieen): the forms read them again.
      void client.invalidateQueries({ queryKey: ['hulpcategorieen'] });
    },
  });
}
