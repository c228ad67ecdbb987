import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NieuwOverleg, Overleg, Verslag } from '../../server/modules/casusoverleg/model.ts';
import type { Gesprek, Instrument, NieuwGesprek } from '../../server/modules/keukentafel/model.ts';
import type { Netwerklid, NetwerklidInvoer } from '../../server/modules/netwerkkaart/model.ts';
import type { Persoon } from '../../server/modules/personen/model.ts';
import type {
  Actie,
  NaarVrijwilliger,
  Plan,
  PlanInvoer,
} from '../../server/modules/plannen/model.ts';
import type { Overdracht, Regie } from '../../server/modules/regie/model.ts';
import type { Caseload, TijdlijnItem } from '../../server/modules/werkplek/model.ts';
import { apiGet, apiSend } from './client.ts';

export type {
  Actie,
  Caseload,
  Gesprek,
  Instrument,
  Netwerklid,
  NetwerklidInvoer,
  NieuwGesprek,
  NieuwOverleg,
  Overleg,
  Persoon,
  Plan,
  PlanInvoer,
  Regie,
  TijdlijnItem,
  Verslag,
};

/**
 * The professional's werkplek (issue 6): the caseload and one person's dossier — contact,
 * timeline, kitchen-table conversations, network, plan, regie, case conferences. Each part
 * is its own request, so a part the reader may not see (403) leaves the others standing.
 * Everything about one person is under the query key `['dossier', id]`: a change refreshes
 * every part of that dossier (the timeline and the regie signals follow from the others).
 */

const useLees = <T>(sleutel: readonly unknown[], pad: string, enabled = true) =>
  useQuery({
    queryKey: sleutel,
    queryFn: ({ signal }) => apiGet<T>(pad, signal),
    retry: false,
    enabled,
  });

export const useCaseload = () => useLees<Caseload>(['werkplek', 'caseload'], '/werkplek/caseload');

export const usePersoon = (id: string) =>
  useLees<Persoon>(['dossier', id, 'persoon'], `/personen/${id}`);

export const useTijdlijn = (id: string) =>
  useLees<{ items: TijdlijnItem[]; verborgen: string[] }>(
    ['dossier', id, 'tijdlijn'],
    `/personen/${id}/tijdlijn`,
  );

export const useInstrumenten = () =>
  useLees<{ instrumenten: Instrument[] }>(['werkplek', 'instrumenten'], '/instrumenten');

export const useGesprekken = (id: string) =>
  useLees<{ gesprekken: Gesprek[] }>(
    ['dossier', id, 'gesprekken'],
    `/personen/${id}/keukentafelgesprekken`,
  );

export const useNetwerk = (id: string) =>
  useLees<{ leden: Netwerklid[] }>(['dossier', id, 'netwerk'], `/personen/${id}/netwerkleden`);

export const usePlan = (id: string) =>
  useLees<{ plan: Plan | null }>(['dossier', id, 'plan'], `/personen/${id}/plan`);

export const useRegie = (id: string) =>
  useLees<Regie>(['dossier', id, 'regie'], `/personen/${id}/regie`);

export const useOverleggen = (id: string) =>
  useLees<{ overleggen: Overleg[] }>(
    ['dossier', id, 'overleggen'],
    `/personen/${id}/casusoverleggen`,
  );

/**
 * A change to one person's dossier; afterwards every part of it is read again. The reads are
 * not awaited: the caller's own `onSuccess` (a message, a navigation) must run even when the
 * change makes its form disappear (a plan action asked for a volunteer hides that form).
 */
function useDossierMutatie<I, O>(id: string, werk: (invoer: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: werk,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['dossier', id] });
      void client.invalidateQueries({ queryKey: ['werkplek', 'caseload'] });
      // A volunteer request made from the plan is in the loket's lists now.
      void client.invalidateQueries({ queryKey: ['loket'] });
    },
  });
}

export const useLegGesprekVast = (id: string) =>
  useDossierMutatie(id, (gesprek: NieuwGesprek) =>
    apiSend<Gesprek>('POST', `/personen/${id}/keukentafelgesprekken`, gesprek),
  );

export const useVoegNetwerklidToe = (id: string) =>
  useDossierMutatie(id, (lid: NetwerklidInvoer) =>
    apiSend<Netwerklid>('POST', `/personen/${id}/netwerkleden`, lid),
  );

export const useWijzigNetwerklid = (id: string) =>
  useDossierMutatie(id, ({ lidId, lid }: { lidId: string; lid: NetwerklidInvoer }) =>
    apiSend<Netwerklid>('PUT', `/personen/${id}/netwerkleden/${lidId}`, lid),
  );

export const useVerwijderNetwerklid = (id: string) =>
  useDossierMutatie(id, (lidId: string) =>
    apiSend('DELETE', `/personen/${id}/netwerkleden/${lidId}`),
  );

export const useZetPlan = (id: string) =>
  useDossierMutatie(id, (plan: PlanInvoer) =>
    apiSend<{ plan: Plan | null }>('PUT', `/personen/${id}/plan`, plan),
  );

export const useNaarVrijwilliger = (id: string) =>
  useDossierMutatie(id, ({ actieId, vraag }: { actieId: string; vraag: NaarVrijwilliger }) =>
    apiSend<{ plan: Plan | null }>(
      'POST',
      `/personen/${id}/plan/acties/${actieId}/hulpvraag`,
      vraag,
    ),
  );

export const useZetLevensdomeinen = (id: string) =>
  useDossierMutatie(
    id,
    ({ betrokkenheidId, levensdomeinen }: { betrokkenheidId: string; levensdomeinen: string[] }) =>
      apiSend<Regie>('PUT', `/personen/${id}/regie/team/${betrokkenheidId}`, { levensdomeinen }),
  );

export const useDraagRegieOver = (id: string) =>
  useDossierMutatie(id, (overdracht: Overdracht) =>
    apiSend<Regie>('POST', `/personen/${id}/regie/overdrachten`, overdracht),
  );

export const usePlanOverleg = (id: string) =>
  useDossierMutatie(id, (overleg: NieuwOverleg) =>
    apiSend<Overleg>('POST', `/personen/${id}/casusoverleggen`, overleg),
  );

export const useLegVerslagVast = (id: string) =>
  useDossierMutatie(id, ({ overlegId, verslag }: { overlegId: string; verslag: Verslag }) =>
    apiSend<Overleg>('PUT', `/personen/${id}/casusoverleggen/${overlegId}/verslag`, verslag),
  );
