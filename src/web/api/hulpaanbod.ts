import { useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Aanbod,
  AanbodWijziging,
  NieuwAanbod,
} from '../../server/modules/hulpaanbod/model.ts';
import type {
  HulpcategorieInfo,
  MijnHulpvragen,
  Routering,
} from '../../server/modules/hulpvragen/model.ts';
import { apiGet, apiSend } from './client.ts';

export type { Aanbod, AanbodWijziging, HulpcategorieInfo, NieuwAanbod };

/**
 * The resident's side of offering help (issue 5, "Hulp bieden"): the gemeente's categories
 * with their VOG rule, the own offers, sign up, change later. Types only from the server
 * model (no zod in the web app).
 */

/** This gemeente's help categories: which need a VOG (public, no login). */
export function useHulpcategorieen() {
  return useQuery({
    queryKey: ['hulpcategorieen'],
    queryFn: ({ signal }) =>
      apiGet<{ categorieen: HulpcategorieInfo[] }>('/hulpcategorieen', signal),
    staleTime: 10 * 60_000,
  });
}

/**
 * Who checks new volunteers and how soon they answer, in words for the resident: the route a
 * simple request takes is the volunteer organisation's (POST /hulpvraag-routeringen stores
 * nothing). Null when the gemeente sends even the simplest category to the wijkteam.
 */
export function useVrijwilligersRoute(categorieen: HulpcategorieInfo[] | undefined) {
  const eenvoudig = categorieen?.find((c) => c.eenvoudig)?.code;
  return useQuery({
    queryKey: ['hulpcategorieen', 'vrijwilligersroute', eenvoudig],
    enabled: eenvoudig !== undefined,
    queryFn: async () => {
      const routering = await apiSend<Routering>('POST', '/hulpvraag-routeringen', {
        categorieen: [eenvoudig],
        urgentie: 'kan-wachten',
        zorgen: false,
      });
      return routering.route === 'vrijwilligers' ? routering : null;
    },
    staleTime: 10 * 60_000,
    retry: false,
  });
}

/** The logged-in resident's offers; 401 when logged out. */
export function useMijnHulpaanbod(enabled = true) {
  return useQuery({
    queryKey: ['mijn', 'hulpaanbod'],
    queryFn: ({ signal }) => apiGet<{ aanbod: Aanbod[] }>('/mijn/hulpaanbod', signal),
    enabled,
    retry: false,
  });
}

/** The contact details Kring already knows (to fill in the phone number, not ask again). */
export function useBekendContact(enabled = true) {
  return useQuery({
    queryKey: ['mijn', 'hulpvragen'],
    queryFn: ({ signal }) => apiGet<MijnHulpvragen>('/mijn/hulpvragen', signal),
    enabled,
    retry: false,
  });
}

/*
 * Sending is a plain async call, not a TanStack mutation: the form keeps its own busy flag,
 * and the resident's pages stay without the mutation code (the 150 kB budget, issue 5).
 */

/** Sign up (POST /mijn/hulpaanbod); the resident's lists are read again afterwards. */
export function useMeldAanAlsVrijwilliger() {
  const client = useQueryClient();
  return async (aanbod: NieuwAanbod) => {
    const nieuw = await apiSend<Aanbod>('POST', '/mijn/hulpaanbod', aanbod);
    await client.invalidateQueries({ queryKey: ['mijn'] });
    return nieuw;
  };
}

/** Change an offer (PATCH /mijn/hulpaanbod/:id). */
export function useWijzigAanbod(id: string) {
  const client = useQueryClient();
  return async (wijziging: AanbodWijziging) => {
    const nieuw = await apiSend<Aanbod>('PATCH', `/mijn/hulpaanbod/${id}`, wijziging);
    await client.invalidateQueries({ queryKey: ['mijn'] });
    return nieuw;
  };
}
