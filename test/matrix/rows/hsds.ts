import type { MatrixRij } from '../matrix.ts';

/**
 * The editor's import of an HSDS or CSV file (a dry run here: the report, nothing written).
 * The public HSDS API at /hsds is outside /api/v1 and tested in test/hsds.int.test.ts.
 */
const csv = [
  'aanbod_id,naam,beschrijving,organisatie_id,organisatie_naam',
  'matrix-1,Matrix Wandelgroep,Samen wandelen.,matrix-org,Matrix Organisatie',
].join('\n');

export const rows: MatrixRij[] = [
  {
    route: 'POST /api/v1/kaart-imports',
    verwacht: { redacteur: 200, overig: 403 },
    verzoek: () => ({ payload: { formaat: 'csv', inhoud: csv, proefdraai: true } }),
  },
];
