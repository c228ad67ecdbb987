import { useQuery } from '@tanstack/react-query';
import type {
  Concept,
  Contact,
  HulpcategorieInfo,
  Hulpvraag,
  MijnHulpvragen,
  Routering,
  RouteringVraag,
  Verhaal,
} from '../../server/modules/hulpvragen/model.ts';
import { apiGet, apiSend } from './client.ts';

export type {
  Concept,
  Contact,
  HulpcategorieInfo,
  Hulpvraag,
  MijnHulpvragen,
  Routering,
  RouteringVraag,
  Verhaal,
};

/** This gemeente's help categories (its own rules on what is simple). Public. */
export function useHulpcategorieen() {
  return useQuery({
    queryKey: ['hulpcategorieen'],
    queryFn: ({ signal }) =>
      apiGet<{ categorieen: HulpcategorieInfo[] }>('/hulpcategorieen', signal),
    staleTime: 5 * 60_000,
  });
}

/** The resident's requests, the story told before and their contact details (logged in). */
export function useMijnHulpvragen(enabled = true) {
  return useQuery({
    queryKey: ['mijn', 'hulpvragen'],
    queryFn: ({ signal }) => apiGet<MijnHulpvragen>('/mijn/hulpvragen', signal),
    retry: false,
    enabled,
  });
}

/**
 * Where a request with these answers would go and by when, before sending (nothing is
 * stored). A POST because the answers are personal: they stay out of the address.
 */
export function useRoutering(vraag: RouteringVraag | null) {
  return useQuery({
    queryKey: ['routering', vraag],
    queryFn: () => apiSend<Routering>('POST', '/hulpvraag-routeringen', vraag),
    enabled: vraag !== null,
    staleTime: 60_000,
    retry: false,
  });
}

/** Save a concept: a new one (POST) or the one this form works on (PUT). */
export function bewaarConcept(id: string | null, concept: Concept): Promise<Hulpvraag> {
  return id
    ? apiSend<Hulpvraag>('PUT', `/mijn/hulpvragen/${id}`, concept)
    : apiSend<Hulpvraag>('POST', '/mijn/hulpvragen', concept);
}

/** Send a complete concept to whoever the routing rules name, with the resident's consent. */
export function verstuurHulpvraag(id: string): Promise<Hulpvraag> {
  return apiSend<Hulpvraag>('POST', `/mijn/hulpvragen/${id}/verzending`, { toestemming: true });
}
