import type { MatrixRij } from '../matrix.ts';

/** Operations endpoints and the API description: open to everyone. */
export const rows: MatrixRij[] = [
  { route: 'GET /api/v1/health', openbaar: true, verwacht: { overig: 200 } },
  { route: 'GET /api/v1/ready', openbaar: true, verwacht: { overig: 200 } },
  { route: 'GET /api/v1/openapi.json', openbaar: true, verwacht: { overig: 200 } },
];
