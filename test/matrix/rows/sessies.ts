import { loginAls } from '../../helpers/login.ts';
import type { MatrixRij } from '../matrix.ts';
import { HOUTEN, STEIN } from '../wereld.ts';

/** The current session: every logged-in caller has one; logging out ends only a fresh one. */
export const rows: MatrixRij[] = [
  { route: 'GET /api/v1/sessies/huidige', verwacht: { overig: 200 } },
  {
    route: 'DELETE /api/v1/sessies/huidige',
    verwacht: { overig: 204 },
    // A fresh session per caller, so the matrix's own sessions stay alive.
    verzoek: async ({ t, w }, rol) => {
      if (rol === 'anoniem') return {};
      const houten = rol === 'andere-gemeente';
      const login = await loginAls(t, {
        gemeenteId: houten ? w.houtenId : w.steinId,
        accountId: w.accounts[rol],
        host: houten ? HOUTEN : STEIN,
      });
      return { headers: login.headers };
    },
  },
];
