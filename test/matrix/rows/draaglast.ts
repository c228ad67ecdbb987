import { STANDAARD_INSTRUMENT } from '../../../src/server/modules/draaglast/instrument.ts';
import type { MatrixRij } from '../matrix.ts';

/**
 * "Hoe gaat het met u?" (issue 9). The check is the caller's own: every logged-in account
 * reads its own history and fills in a check (not shared: the world has no steunpunt). The
 * world has no mantelzorgconsulent, so every consulent route answers 403 (the integration test
 * covers the consulent); the functioneel beheerder reads and sets the instrument.
 */
const ANTWOORDEN = Object.fromEntries(STANDAARD_INSTRUMENT.vragen.map((v) => [v.id, 1]));

export const rows: MatrixRij[] = [
  { route: 'GET /api/v1/mijn/draaglast', verwacht: { overig: 200 } },
  {
    route: 'POST /api/v1/mijn/draaglast',
    verwacht: { overig: 201 },
    verzoek: () => ({ payload: { antwoorden: ANTWOORDEN, delen: false } }),
  },
  { route: 'GET /api/v1/draaglast/taken', verwacht: { overig: 403 } },
  {
    route: 'POST /api/v1/draaglast/taken/:id/afronden',
    verwacht: { overig: 403 },
    verzoek: () => ({
      url: `/api/v1/draaglast/taken/${crypto.randomUUID()}/afronden`,
      payload: { notitie: 'Gebeld.' },
    }),
  },
  { route: 'GET /api/v1/draaglast/personen/:id', verwacht: { overig: 403 } },
  {
    route: 'GET /api/v1/draaglast/instrument',
    verwacht: { 'functioneel-beheerder': 200, overig: 403 },
  },
  {
    route: 'PUT /api/v1/draaglast/instrument',
    verwacht: { 'functioneel-beheerder': 200, overig: 403 },
    verzoek: () => ({ payload: STANDAARD_INSTRUMENT }),
  },
];
