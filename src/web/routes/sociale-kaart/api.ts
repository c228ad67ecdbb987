import {
  keepPreviousData,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type {
  Aanbieder,
  Aanbod,
  AanbodInhoud,
  Bewerking,
  Historie,
  MijnAanbod,
  ModeratieLijst,
  Taxonomie,
  Voorstel,
  ZoekResultaat,
} from '../../../server/modules/sociale-kaart/model.ts';
import { apiGet, apiSend } from '../../api/client.ts';

export type {
  Aanbieder,
  Aanbod,
  AanbodInhoud,
  Bewerking,
  Historie,
  MijnAanbod,
  ModeratieLijst,
  Taxonomie,
  Voorstel,
  ZoekResultaat,
};

/**
 * Search. The API is a GET (cacheable), so the search text and postcode travel in the API's
 * query string; the server never logs it (route templates only). The page's own address
 * does not carry them (see ZoekPagina).
 */
export function useZoekAanbod(query: string) {
  return useQuery({
    queryKey: ['sociale-kaart', 'zoek', query],
    queryFn: ({ signal }) => apiGet<ZoekResultaat>(`/aanbod?${query}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useTaxonomieen() {
  return useQuery({
    queryKey: ['sociale-kaart', 'taxonomieen'],
    queryFn: ({ signal }) => apiGet<{ taxonomieen: Taxonomie[] }>('/taxonomieen', signal),
    staleTime: 10 * 60_000,
  });
}

export function useAanbod(id: string) {
  return useQuery({
    queryKey: ['sociale-kaart', 'aanbod', id],
    queryFn: ({ signal }) => apiGet<Aanbod>(`/aanbod/${id}`, signal),
  });
}

export function useAanbieder(id: string | undefined) {
  return useQuery({
    queryKey: ['sociale-kaart', 'aanbieder', id],
    queryFn: ({ signal }) => apiGet<Aanbieder>(`/aanbieders/${id}`, signal),
    enabled: !!id,
  });
}

/** The names of these organisations (public data), e.g. to choose one for a new entry. */
export function useOrganisatieNamen(ids: string[]): Map<string, string> {
  const antwoorden = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['sociale-kaart', 'aanbieder', id],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiGet<Aanbieder>(`/aanbieders/${id}`, signal),
    })),
  });
  return new Map(antwoorden.flatMap((a) => (a.data ? [[a.data.id, a.data.naam] as const] : [])));
}

// ---- Editing and moderation (staff, behind the login) ----

export function useMijnAanbod() {
  return useQuery({
    queryKey: ['sociale-kaart', 'bewerken', 'mijn-aanbod'],
    queryFn: ({ signal }) => apiGet<MijnAanbod>('/mijn-aanbod', signal),
    retry: false,
  });
}

export function useBewerking(id: string) {
  return useQuery({
    queryKey: ['sociale-kaart', 'bewerken', 'bewerking', id],
    queryFn: ({ signal }) => apiGet<Bewerking>(`/aanbod/${id}/bewerking`, signal),
    retry: false,
  });
}

export function useHistorie(id: string) {
  return useQuery({
    queryKey: ['sociale-kaart', 'bewerken', 'historie', id],
    queryFn: ({ signal }) => apiGet<Historie>(`/aanbod/${id}/historie`, signal),
    retry: false,
  });
}

export function useModeratie() {
  return useQuery({
    queryKey: ['sociale-kaart', 'bewerken', 'moderatie'],
    queryFn: ({ signal }) => apiGet<ModeratieLijst>('/moderatie/voorstellen', signal),
    retry: false,
  });
}

export function useVoorstel(id: string) {
  return useQuery({
    queryKey: ['sociale-kaart', 'bewerken', 'voorstel', id],
    queryFn: ({ signal }) => apiGet<Voorstel>(`/moderatie/voorstellen/${id}`, signal),
    retry: false,
  });
}

/** After any change every sociale-kaart answer may be stale (lists, queue, public pages). */
function useKaartMutatie<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: ['sociale-kaart'] }),
  });
}

/** Saves the change as a draft and, when asked, sends it to the editor. */
export const useSlaBewerkingOp = () =>
  useKaartMutatie(
    async (input: { id: string; inhoud: AanbodInhoud; indienen: boolean }): Promise<Bewerking> => {
      const opgeslagen = await apiSend<Bewerking>(
        'PUT',
        `/aanbod/${input.id}/bewerking`,
        input.inhoud,
      );
      if (!input.indienen) return opgeslagen;
      return apiSend<Bewerking>('POST', `/aanbod/${input.id}/bewerking/indienen`);
    },
  );

export const useBevestig = () =>
  useKaartMutatie((id: string) => apiSend<Aanbod>('POST', `/aanbod/${id}/controles`));

export const usePubliceer = () =>
  useKaartMutatie((id: string) =>
    apiSend<Voorstel>('POST', `/moderatie/voorstellen/${id}/publiceren`),
  );

export const useStuurTerug = () =>
  useKaartMutatie((input: { id: string; opmerking: string }) =>
    apiSend<Voorstel>('POST', `/moderatie/voorstellen/${input.id}/terugsturen`, {
      opmerking: input.opmerking,
    }),
  );

/** Withdraws the change that waits for the editor (it is kept as the entry's content). */
export const useTrekIn = () =>
  useKaartMutatie((id: string) => apiSend<Bewerking>('POST', `/aanbod/${id}/bewerking/intrekken`));

/** A new entry: a concept until the editor publishes it. */
export const useMaakAanbod = () =>
  useKaartMutatie((input: { organisatieId: string; inhoud: AanbodInhoud }) =>
    apiSend<Bewerking>('POST', '/aanbod', input),
  );
