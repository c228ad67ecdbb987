import { useQuery } from '@tanstack/react-query';
import type {
  Afspraak,
  Kring,
  KringSamenvatting,
  MijnKringen,
  NieuweAfspraak,
  NieuweNotitie,
  NieuweTaak,
  NieuweUitnodiging,
  Taak,
} from '../../server/modules/zorgkring/model.ts';
import { apiGet, apiSend } from './client.ts';
import { useWijziging } from './wijziging.ts';

export type { Afspraak, Kring, KringSamenvatting, MijnKringen, Taak };
export type Uitnodiging = MijnKringen['uitnodigingen'][number];
export type Keer = Afspraak & { op: string };
export type Bericht = { id: string; naam: string; vanMij: boolean; tekst: string; op: string };
export type Notitie = {
  id: string;
  tekst: string;
  zichtbaarheid: NieuweNotitie['zichtbaarheid'];
  naam: string;
  op: string;
};
export type Kringrol = Kring['mijnRol'];
export type Zichtbaarheid = NieuweNotitie['zichtbaarheid'];

/** The care circle (issue 9); everything under the query key `zorgkring`. */
const SLEUTEL = 'zorgkring';

export const useMijnKringen = () =>
  useQuery({
    queryKey: [SLEUTEL, 'mijn'],
    queryFn: ({ signal }) => apiGet<MijnKringen>('/zorgkringen', signal),
    retry: false,
  });

export const useKring = (id: string) =>
  useQuery({
    queryKey: [SLEUTEL, id],
    queryFn: ({ signal }) => apiGet<Kring>(`/zorgkringen/${id}`, signal),
    retry: false,
  });

export const useAgenda = (id: string) =>
  useQuery({
    queryKey: [SLEUTEL, id, 'agenda'],
    queryFn: ({ signal }) =>
      apiGet<{ van: string; tot: string; keren: Keer[] }>(`/zorgkringen/${id}/afspraken`, signal),
    retry: false,
  });

export const useTaken = (id: string) =>
  useQuery({
    queryKey: [SLEUTEL, id, 'taken'],
    queryFn: ({ signal }) => apiGet<{ taken: Taak[] }>(`/zorgkringen/${id}/taken`, signal),
    retry: false,
  });

export const useBerichten = (id: string) =>
  useQuery({
    queryKey: [SLEUTEL, id, 'berichten'],
    queryFn: ({ signal }) =>
      apiGet<{ berichten: Bericht[] }>(`/zorgkringen/${id}/berichten`, signal),
    retry: false,
  });

export const useNotities = (id: string) =>
  useQuery({
    queryKey: [SLEUTEL, id, 'notities'],
    queryFn: ({ signal }) => apiGet<{ notities: Notitie[] }>(`/zorgkringen/${id}/notities`, signal),
    retry: false,
  });

export const useMaakKring = () =>
  useWijziging(SLEUTEL, (voorWie: string) =>
    apiSend<KringSamenvatting>('POST', '/zorgkringen', { voorWie }),
  );

export const useAntwoord = () =>
  useWijziging(SLEUTEL, ({ id, accepteren }: { id: string; accepteren: boolean }) =>
    apiSend<{ kringId: string | null }>('POST', `/zorgkringen/uitnodigingen/${id}/antwoord`, {
      accepteren,
    }),
  );

export const useNodigUit = (id: string) =>
  useWijziging(SLEUTEL, (invoer: Partial<NieuweUitnodiging>) =>
    apiSend('POST', `/zorgkringen/${id}/uitnodigingen`, invoer),
  );

export const useVerwijderLid = (id: string) =>
  useWijziging(SLEUTEL, (accountId: string) =>
    apiSend('DELETE', `/zorgkringen/${id}/leden/${accountId}`),
  );

export const useVerwijderKring = () =>
  useWijziging(SLEUTEL, (id: string) => apiSend('DELETE', `/zorgkringen/${id}`));

export const useMaakAfspraak = (id: string) =>
  useWijziging(SLEUTEL, (invoer: Partial<NieuweAfspraak>) =>
    apiSend('POST', `/zorgkringen/${id}/afspraken`, invoer),
  );

export const useMaakTaak = (id: string) =>
  useWijziging(SLEUTEL, (invoer: Partial<NieuweTaak>) =>
    apiSend('POST', `/zorgkringen/${id}/taken`, invoer),
  );

export const useTaakstap = (id: string) =>
  useWijziging(
    SLEUTEL,
    ({ taakId, stap }: { taakId: string; stap: 'claimen' | 'teruggeven' | 'gedaan' }) =>
      apiSend<Taak>('POST', `/zorgkringen/${id}/taken/${taakId}/stappen`, { stap }),
  );

export const useSchrijf = (id: string) =>
  useWijziging(SLEUTEL, (tekst: string) =>
    apiSend('POST', `/zorgkringen/${id}/berichten`, { tekst }),
  );

export const useMaakNotitie = (id: string) =>
  useWijziging(SLEUTEL, (invoer: { tekst: string; zichtbaarheid: Zichtbaarheid | null }) =>
    apiSend('POST', `/zorgkringen/${id}/notities`, invoer),
  );
