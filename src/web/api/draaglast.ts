import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Check,
  CheckMetAntwoorden,
  InstrumentAntwoord,
  MijnDraaglast,
  NieuweCheck,
  PersoonTrend,
  Taak,
} from '../../server/modules/draaglast/model.ts';
import { apiGet, apiSend } from './client.ts';

export type { Check, CheckMetAntwoorden, InstrumentAntwoord, MijnDraaglast, PersoonTrend, Taak };
export type Band = Check['band'];
export type Steunpunt = MijnDraaglast['steunpunten'][number];

/**
 * "Hoe gaat het met u?" (issue 9): the carer's own check and history, and the consulent's
 * tasks and a carer's trend. Everything under the query key `draaglast`, so one change
 * refreshes every list.
 */
const SLEUTEL = 'draaglast';

export const useMijnDraaglast = () =>
  useQuery({
    queryKey: [SLEUTEL, 'mijn'],
    queryFn: ({ signal }) => apiGet<MijnDraaglast>('/mijn/draaglast', signal),
    retry: false,
  });

export function useVulIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invoer: NieuweCheck) =>
      apiSend<CheckMetAntwoorden>('POST', '/mijn/draaglast', invoer),
    onSuccess: () => client.invalidateQueries({ queryKey: [SLEUTEL] }),
  });
}

export const useTaken = (status: Taak['status']) =>
  useQuery({
    queryKey: [SLEUTEL, 'taken', status],
    queryFn: ({ signal }) => apiGet<{ taken: Taak[] }>(`/draaglast/taken?status=${status}`, signal),
    retry: false,
  });

export function useRondAf() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, notitie }: { id: string; notitie: string }) =>
      apiSend<Taak>('POST', `/draaglast/taken/${id}/afronden`, { notitie }),
    onSuccess: () => client.invalidateQueries({ queryKey: [SLEUTEL] }),
  });
}

export const useTrend = (persoonId: string) =>
  useQuery({
    queryKey: [SLEUTEL, 'trend', persoonId],
    queryFn: ({ signal }) => apiGet<PersoonTrend>(`/draaglast/personen/${persoonId}`, signal),
    retry: false,
  });

export const useInstrument = () =>
  useQuery({
    queryKey: [SLEUTEL, 'instrument'],
    queryFn: ({ signal }) => apiGet<InstrumentAntwoord>('/draaglast/instrument', signal),
    retry: false,
  });

export function useWijzigInstrument() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invoer: Pick<InstrumentAntwoord, 'vragen' | 'drempels'>) =>
      apiSend<InstrumentAntwoord>('PUT', '/draaglast/instrument', invoer),
    onSuccess: () => client.invalidateQueries({ queryKey: [SLEUTEL] }),
  });
}
