import type { MatrixRij } from '../matrix.ts';

const loket = {
  telefoonnummer: '046 123 45 67',
  inloop: [{ dag: 'MO', van: '09:00', tot: '12:00' }],
};

/** Public information about gemeenten; the front door's details only by its beheerder. */
export const rows: MatrixRij[] = [
  { route: 'GET /api/v1/gemeente', openbaar: true, verwacht: { overig: 200 } },
  {
    route: 'PUT /api/v1/gemeente/loket',
    // The other gemeente's professional acts in Houten: no beheerder there either.
    verwacht: { 'functioneel-beheerder': 200, overig: 403 },
    verzoek: () => ({ payload: loket }),
  },
  { route: 'GET /api/v1/gemeenten', openbaar: true, verwacht: { overig: 200 } },
  {
    route: 'GET /api/v1/gemeenten/:code',
    openbaar: true,
    verwacht: { overig: 200 },
    verzoek: () => ({ url: '/api/v1/gemeenten/GM0882' }),
  },
];
