import { useQuery } from '@tanstack/react-query';
import type { Gemeente } from '../../server/modules/gemeenten/model.ts';
import { apiGet } from './client.ts';

export type { Gemeente };

/**
 * The gemeente this Kring serves (decided by the server from the host name).
 * It hardly ever changes, so one fetch per visit is enough: header, footer and pages share it.
 */
export function useGemeente() {
  return useQuery({
    queryKey: ['gemeente'],
    queryFn: ({ signal }) => apiGet<Gemeente>('/gemeente', signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
