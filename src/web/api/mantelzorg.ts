import { useMutation, useQuery } from '@tanstack/react-query';
import type {
  Aanvraag,
  CodeWaardering,
  EigenZorg,
  MijnMantelzorg,
  Ronde,
  Zorgrelatie,
} from '../../server/modules/mantelzorg/model.ts';
import { API_BASE, apiGet, apiSend } from './client.ts';
import { useWijziging } from './wijziging.ts';

export type { Aanvraag, CodeWaardering, EigenZorg, MijnMantelzorg, Ronde, Zorgrelatie };
export type TeBevestigen = MijnMantelzorg['teBevestigen'][number];

/**
 * "Ik zorg voor iemand" (issue 9), the resident's side: who I care for, my applications for
 * the waardering, and what I am asked to confirm. Everything under the query key
 * `mantelzorg`, so one change refreshes the page (and the part in Mijn Kring).
 */
const SLEUTEL = 'mantelzorg';
const BASIS = '/mijn/mantelzorg';

export const useMijnMantelzorg = () =>
  useQuery({
    queryKey: [SLEUTEL, 'mijn'],
    queryFn: ({ signal }) => apiGet<MijnMantelzorg>(BASIS, signal),
    retry: false,
  });

/** The information package (PDF), for a plain download link: no person data in the address. */
export const INFORMATIEPAKKET_URL = `${API_BASE}${BASIS}/informatiepakket`;

/** "Ik zorg voor iemand": register who I care for (with the consent for the steunpunt). */
export const useMeldZorg = () =>
  useWijziging(SLEUTEL, (invoer: EigenZorg) => apiSend<Zorgrelatie>('POST', BASIS, invoer));

/** Apply for a campaign for one of my relations; the yes for the steunpunt is in the form. */
export const useVraagAan = () =>
  useWijziging(SLEUTEL, ({ rondeId, relatieId }: { rondeId: string; relatieId: string }) =>
    apiSend<Aanvraag>('POST', `${BASIS}/aanvragen`, { rondeId, relatieId, toestemming: true }),
  );

/** As the person cared for: apply for the one who cares for me (when the campaign allows it). */
export const useVraagAanAlsZorgvrager = () =>
  useWijziging(SLEUTEL, ({ rondeId, relatieId }: { rondeId: string; relatieId: string }) =>
    apiSend('POST', `${BASIS}/aanvragen-als-zorgvrager`, { rondeId, relatieId, toestemming: true }),
  );

/** As the person cared for: yes or no, this person cares for me. */
export const useBevestig = () =>
  useWijziging(SLEUTEL, ({ id, bevestigd }: { id: string; bevestigd: boolean }) =>
    apiSend('POST', `${BASIS}/bevestigingen/${id}`, { bevestigd }),
  );

/** Without an account: check the code from the steunpunt's letter or e-mail (in the body). */
export const useControleerCode = () =>
  useMutation({
    mutationFn: (code: string) =>
      apiSend<CodeWaardering>('POST', '/mantelzorg/waardering-met-code/controle', { code }),
  });

/** Without an account: apply with the code, with the yes for the steunpunt. Works once. */
export const useVraagAanMetCode = () =>
  useMutation({
    mutationFn: (code: string) =>
      apiSend<{ jaar: number; aanvragen: number }>(
        'POST',
        '/mantelzorg/waardering-met-code/aanvraag',
        { code, toestemming: true },
      ),
  });
