import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Activiteit,
  ActiviteitInvoer,
  Afsluiting,
  ContactmomentRij,
  Evaluatie,
  Instellingen,
  NieuwReceptInvoer,
  OntvangerRegels,
  OntvangerRegelsInvoer,
  Ontvangers,
  Recept,
  ReceptRegel,
  ReceptTaak,
  Terugkoppeling,
  Verkenning,
  WelbevindenInvoer,
  WelbevindenMeting,
} from '../../server/modules/welzijnsrecept/model.ts';
import type {
  ContactSoort,
  ContactVoorkeur,
  ReceptKant,
  TaakStatus,
} from '../../shared/welzijnsrecept.ts';
import { API_BASE, apiGet, apiSend } from './client.ts';

export type {
  Activiteit,
  ActiviteitInvoer,
  Afsluiting,
  ContactmomentRij,
  ContactSoort,
  ContactVoorkeur,
  Evaluatie,
  Instellingen,
  NieuwReceptInvoer,
  OntvangerRegels,
  OntvangerRegelsInvoer,
  Ontvangers,
  Recept,
  ReceptKant,
  ReceptRegel,
  ReceptTaak,
  TaakStatus,
  Terugkoppeling,
  Verkenning,
  WelbevindenInvoer,
  WelbevindenMeting,
};

/**
 * Welzijn op Recept (issue 8): the GP's referrals, the welzijnscoach's inbox and work, the
 * evaluation and the gemeente's settings. Everything under the query key `welzijnsrecept`,
 * so one change refreshes every list and the open referral.
 */

const SLEUTEL = 'welzijnsrecept';

export interface Statuswijziging {
  status: TaakStatus;
  reden?: string;
}

export interface ContactmomentInvoer {
  datum: string;
  soort: ContactSoort;
  notitie?: string;
}

export interface EvaluatieQuery {
  praktijkId?: string;
  van?: string;
  tot?: string;
}

const pad = (id: string) => `/welzijnsrecepten/${id}`;

const evaluatieParams = (query: EvaluatieQuery) => {
  const params = new URLSearchParams();
  if (query.praktijkId) params.set('praktijkId', query.praktijkId);
  if (query.van) params.set('van', query.van);
  if (query.tot) params.set('tot', query.tot);
  const tekst = params.toString();
  return tekst ? `?${tekst}` : '';
};

// ---- Reading ----

/** The GP's list (verwijzer) or the coach's inbox (ontvanger), newest first. */
export const useRecepten = (kant: ReceptKant) =>
  useQuery({
    queryKey: [SLEUTEL, 'lijst', kant],
    queryFn: ({ signal }) =>
      apiGet<{ recepten: ReceptRegel[] }>(`/welzijnsrecepten?kant=${kant}`, signal),
    retry: false,
  });

/** One referral, as the reader's side sees it (`werk` is null for the GP). */
export const useRecept = (id: string) =>
  useQuery({
    queryKey: [SLEUTEL, 'recept', id],
    queryFn: ({ signal }) => apiGet<Recept>(pad(id), signal),
    retry: false,
  });

/** Where this practice can refer to (the GP's form). */
export const useOntvangers = () =>
  useQuery({
    queryKey: [SLEUTEL, 'ontvangers'],
    queryFn: ({ signal }) => apiGet<Ontvangers>('/welzijnsrecepten/ontvangers', signal),
    retry: false,
    staleTime: 5 * 60_000,
  });

/** The evaluation: counts for the gemeente or one practice; counts under 5 are null. */
export const useEvaluatie = (query: EvaluatieQuery) =>
  useQuery({
    queryKey: [SLEUTEL, 'evaluatie', query.praktijkId ?? '', query.van ?? '', query.tot ?? ''],
    queryFn: ({ signal }) =>
      apiGet<Evaluatie>(`/welzijnsrecepten/evaluatie${evaluatieParams(query)}`, signal),
    retry: false,
    placeholderData: keepPreviousData,
  });

/** The address of the CSV download of the same evaluation (for a plain link). */
export const evaluatieExportUrl = (query: EvaluatieQuery) =>
  `${API_BASE}/welzijnsrecepten/evaluatie/export${evaluatieParams(query)}`;

/** The wellbeing dimensions of this gemeente. */
export const useInstellingen = () =>
  useQuery({
    queryKey: [SLEUTEL, 'instellingen'],
    queryFn: ({ signal }) => apiGet<Instellingen>('/welzijnsrecepten/instellingen', signal),
    retry: false,
  });

/** Which organisations each practice can refer to (functioneel beheerder). */
export const useOntvangerRegels = () =>
  useQuery({
    queryKey: [SLEUTEL, 'ontvangerregels'],
    queryFn: ({ signal }) => apiGet<OntvangerRegels>('/welzijnsrecepten/ontvangerregels', signal),
    retry: false,
  });

// ---- Changing ----

/**
 * A change; afterwards every welzijnsrecept answer is read again. Not awaited, so the
 * caller's own `onSuccess` (a message, a navigation) runs even when its form disappears.
 */
function useReceptMutatie<I, O>(werk: (invoer: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: werk,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: [SLEUTEL] });
    },
  });
}

/** The GP writes a referral (`verzenden: false` keeps it as a draft). */
export const useVerwijs = () =>
  useReceptMutatie((recept: NieuwReceptInvoer) =>
    apiSend<Recept>('POST', '/welzijnsrecepten', recept),
  );

/** Accept, reject, on hold, cancel …; the reason where the status needs one. */
export const useStatuswijziging = (id: string) =>
  useReceptMutatie((wijziging: Statuswijziging) =>
    apiSend<Recept>('POST', `${pad(id)}/statuswijzigingen`, {
      status: wijziging.status,
      reden: wijziging.reden ?? '',
    }),
  );

export const useContactmoment = (id: string) =>
  useReceptMutatie((contact: ContactmomentInvoer) =>
    apiSend<Recept>('POST', `${pad(id)}/contactmomenten`, contact),
  );

export const useVerkenning = (id: string) =>
  useReceptMutatie((verkenning: Verkenning) =>
    apiSend<Recept>('PUT', `${pad(id)}/verkenning`, verkenning),
  );

export const useActiviteit = (id: string) =>
  useReceptMutatie((activiteit: ActiviteitInvoer) =>
    apiSend<Recept>('PUT', `${pad(id)}/activiteit`, activiteit),
  );

export const useWelbevinden = (id: string) =>
  useReceptMutatie((meting: WelbevindenInvoer) =>
    apiSend<Recept>('POST', `${pad(id)}/welbevinden`, meting),
  );

export const useAfsluiting = (id: string) =>
  useReceptMutatie((afsluiting: Afsluiting) =>
    apiSend<Recept>('POST', `${pad(id)}/afsluiting`, afsluiting),
  );

export const useTaakAfronden = (id: string) =>
  useReceptMutatie((taakId: string) =>
    apiSend<Recept>('PATCH', `${pad(id)}/taken/${taakId}`, { gedaan: true }),
  );

export const useZetInstellingen = () =>
  useReceptMutatie((instellingen: Instellingen) =>
    apiSend<Instellingen>('PUT', '/welzijnsrecepten/instellingen', instellingen),
  );

/** Replaces every rule of where practices refer to. */
export const useZetOntvangerRegels = () =>
  useReceptMutatie((invoer: OntvangerRegelsInvoer) =>
    apiSend<OntvangerRegels>('PUT', '/welzijnsrecepten/ontvangerregels', invoer),
  );
