import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AanbiederKeuze,
  AanbiederVerzoek,
  Antwoord,
  MijnVerzoeken,
  NieuwVerzoek,
  Verzoek,
} from '../../server/modules/respijtzorg/model.ts';
import { apiGet, apiSend } from './client.ts';

export type { AanbiederKeuze, AanbiederVerzoek, NieuwVerzoek, Verzoek };
export type Soort = Verzoek['soort'];
export type Dagdeel = Verzoek['dagdeel'];
export type HoeVaak = Verzoek['hoeVaak'];
export type Weergave = Verzoek['weergave'];

/** The lists of the form, in the server's order (no server code in the bundle). */
export const SOORTEN = [
  'vervangende-zorg',
  'maatje',
  'dagactiviteit',
  'logeren',
] as const satisfies readonly Soort[];
export const DAGDELEN = [
  'ochtend',
  'middag',
  'avond',
  'hele-dag',
  'dag-en-nacht',
] as const satisfies readonly Dagdeel[];
export const FREQUENTIES = [
  'eenmalig',
  'wekelijks',
  'tweewekelijks',
  'maandelijks',
] as const satisfies readonly HoeVaak[];
/** Kinds that go to a provider from the sociale kaart (the rest go to a volunteer). */
export const naarAanbieder = (s: Soort): s is 'dagactiviteit' | 'logeren' =>
  s === 'dagactiviteit' || s === 'logeren';

/** Respijtzorg (issue 9): everything under the query key `respijtzorg`. */
const SLEUTEL = 'respijtzorg';

export const useMijnRespijt = () =>
  useQuery({
    queryKey: [SLEUTEL, 'mijn'],
    queryFn: ({ signal }) => apiGet<MijnVerzoeken>('/mijn/respijtzorg', signal),
    retry: false,
  });

export const useRespijtAanbieders = (soort: Soort | undefined) =>
  useQuery({
    queryKey: [SLEUTEL, 'aanbieders', soort],
    enabled: soort !== undefined && naarAanbieder(soort),
    queryFn: ({ signal }) =>
      apiGet<{ aanbieders: AanbiederKeuze[] }>(
        `/mijn/respijtzorg/aanbieders?soort=${soort}`,
        signal,
      ),
    retry: false,
  });

export function useVraagRespijt() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invoer: NieuwVerzoek) => apiSend<Verzoek>('POST', '/mijn/respijtzorg', invoer),
    onSuccess: () => client.invalidateQueries({ queryKey: [SLEUTEL] }),
  });
}

export function useAnnuleerRespijt() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSend<Verzoek>('POST', `/mijn/respijtzorg/${id}/annulering`),
    onSuccess: () => client.invalidateQueries({ queryKey: [SLEUTEL] }),
  });
}

export const useRespijtInbox = () =>
  useQuery({
    queryKey: [SLEUTEL, 'inbox'],
    queryFn: ({ signal }) =>
      apiGet<{ verzoeken: AanbiederVerzoek[] }>('/respijtzorg/verzoeken', signal),
    retry: false,
  });

export const useRespijtVerzoek = (id: string) =>
  useQuery({
    queryKey: [SLEUTEL, 'verzoek', id],
    queryFn: ({ signal }) => apiGet<AanbiederVerzoek>(`/respijtzorg/verzoeken/${id}`, signal),
    retry: false,
  });

export function useBeantwoordRespijt() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, antwoord }: { id: string; antwoord: Antwoord }) =>
      apiSend<AanbiederVerzoek>('POST', `/respijtzorg/verzoeken/${id}/antwoord`, antwoord),
    onSuccess: () => client.invalidateQueries({ queryKey: [SLEUTEL] }),
  });
}
