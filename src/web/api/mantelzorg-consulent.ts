import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Organisatie } from '../../server/modules/gebruikersbeheer/model.ts';
import type {
  Aanvraag,
  Besluit,
  Cijfers,
  NieuweMantelzorger,
  Ronde,
  RondeInvoer,
  Zorgrelatie,
} from '../../server/modules/mantelzorg/model.ts';
import { bewaarBestand } from './bewaarBestand.ts';
import { API_BASE, apiGet, apiSend, apiSendBestand } from './client.ts';

export type {
  Aanvraag,
  Besluit,
  Cijfers,
  NieuweMantelzorger,
  Organisatie,
  Ronde,
  RondeInvoer,
  Zorgrelatie,
};

/** One carer of the steunpunt, as the consulent's list shows them (mantelzorgerRegelSchema). */
export interface MantelzorgerRegel {
  persoonId: string;
  naam: string;
  jongeMantelzorger: boolean | null;
  relatie: Zorgrelatie;
}

/**
 * Mantelzorg for the mantelzorgconsulent and the functioneel beheerder (issue 9): the carers
 * of the steunpunt, the yearly waardering (campaign, queue, decision, payment export) and the
 * figures. Everything under the query key `mantelzorg-consulent`, so one change refreshes all.
 */
const SLEUTEL = 'mantelzorg-consulent';
const BASIS = '/mantelzorg';

export const useMantelzorgers = () =>
  useQuery({
    queryKey: [SLEUTEL, 'mantelzorgers'],
    queryFn: ({ signal }) =>
      apiGet<{ mantelzorgers: MantelzorgerRegel[] }>(`${BASIS}/mantelzorgers`, signal),
    retry: false,
  });

export const useRondes = () =>
  useQuery({
    queryKey: [SLEUTEL, 'rondes'],
    queryFn: ({ signal }) => apiGet<{ rondes: Ronde[] }>(`${BASIS}/waarderingsrondes`, signal),
    retry: false,
  });

/** The assessment queue of one campaign, the rules' outcome pre-filled. */
export const useWachtrij = (rondeId: string) =>
  useQuery({
    queryKey: [SLEUTEL, 'wachtrij', rondeId],
    queryFn: ({ signal }) =>
      apiGet<{ aanvragen: Aanvraag[] }>(`${BASIS}/waarderingsrondes/${rondeId}/aanvragen`, signal),
    retry: false,
  });

/** The figures of a year; counts from 1 to 4 are null ("minder dan 5"). */
export const useCijfers = (jaar: number) =>
  useQuery({
    queryKey: [SLEUTEL, 'cijfers', jaar],
    queryFn: ({ signal }) => apiGet<Cijfers>(`${BASIS}/cijfers?jaar=${jaar}`, signal),
    retry: false,
    placeholderData: keepPreviousData,
  });

/**
 * The organisations of the gemeente, for the functioneel beheerder's choice of steunpunt
 * (the beheer API; a consulent assesses for their own organisation only).
 */
export const useSteunpuntKeuze = (aan: boolean) =>
  useQuery({
    queryKey: [SLEUTEL, 'organisaties'],
    queryFn: ({ signal }) =>
      apiGet<{ organisaties: Organisatie[] }>('/beheer/organisaties?paginaGrootte=100', signal),
    retry: false,
    enabled: aan,
    staleTime: 5 * 60_000,
  });

/** The address of the payment CSV of a campaign (ids only), for a plain download link. */
export const exportUrl = (rondeId: string) =>
  `${API_BASE}${BASIS}/waarderingsrondes/${rondeId}/toekenningen/export`;

/** A change; afterwards every answer of these pages is read again (not awaited). */
function useMzMutatie<I, O>(werk: (invoer: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: werk,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: [SLEUTEL] });
    },
  });
}

export const useRegistreerMantelzorger = () =>
  useMzMutatie((invoer: NieuweMantelzorger) =>
    apiSend<MantelzorgerRegel>('POST', `${BASIS}/mantelzorgers`, invoer),
  );

/** A new campaign (no id) or a change to one. */
export const useBewaarRonde = (id: string | undefined) =>
  useMzMutatie((invoer: RondeInvoer) =>
    id
      ? apiSend<Ronde>('PUT', `${BASIS}/waarderingsrondes/${id}`, invoer)
      : apiSend<Ronde>('POST', `${BASIS}/waarderingsrondes`, invoer),
  );

export const useBesluit = () =>
  useMzMutatie(({ id, besluit }: { id: string; besluit: Besluit }) =>
    apiSend<Aanvraag>('POST', `${BASIS}/waarderingsaanvragen/${id}/besluit`, besluit),
  );

/**
 * Letters with a one-time code for the carers without an account (one PDF, one page each);
 * `opnieuw`: also for who has a code already (that code stops). The PDF is downloaded.
 */
export const useCodebrieven = () =>
  useMzMutatie(async ({ rondeId, opnieuw }: { rondeId: string; opnieuw: boolean }) => {
    const pdf = await apiSendBestand('POST', `${BASIS}/waarderingsrondes/${rondeId}/codebrieven`, {
      opnieuw,
    });
    bewaarBestand(pdf, 'brieven-met-code.pdf');
  });
