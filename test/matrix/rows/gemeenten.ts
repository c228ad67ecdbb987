import type { MatrixRij } from '../matrix.ts';

/** Public information about gemeenten. */
export const rows: MatrixRij[] = [
  { route: 'GET /api/v1/gemeente', openbaar: true, verwacht: { overig: 200 } },
  { route: 'GET /api/v1/gemeenten', openbaar: true, verwacht: { overig: 200 } },
  {
    route: 'GET /api/v1/gemeenten/:code',
    openbaar: true,
    verwacht: { overig: 200 },
    verzoek: () => ({ url: '/api/v1/gemeenten/GM0882' }),
  },
];
