import type { MatrixRij } from '../matrix.ts';

/** The role catalogue is reference data. */
export const rows: MatrixRij[] = [
  { route: 'GET /api/v1/rollen', openbaar: true, verwacht: { overig: 200 } },
];
