import { describe, expect, it } from 'vitest';
import { apiRoutes } from './matrix.ts';

describe('apiRoutes', () => {
  it('reads full paths and methods from the printed route tree, without HEAD and docs', () => {
    const printed = [
      '├── /metrics (GET, HEAD)',
      '├── /api/v1/docs (GET, HEAD)',
      '│   └── / (GET, HEAD)',
      '├── /api/v1/gemeente (GET, HEAD)',
      '│   └── n (GET, HEAD)',
      '│       └── /:code (GET, HEAD)',
      '├── /api/v1/personen (GET, HEAD, POST)',
      '│   └── /:id (GET, HEAD, PATCH)',
      '│       ├── /betrokkenheden (GET, HEAD, POST)',
      '│       │   └── /:betrokkenheidId (DELETE)',
      '│       └── /doorbraken (POST)',
      '└── /api/v1/mijn/',
      '    └── wisverzoeken (GET, HEAD, POST)',
    ].join('\n');
    expect(apiRoutes(printed)).toEqual([
      'DELETE /api/v1/personen/:id/betrokkenheden/:betrokkenheidId',
      'GET /api/v1/gemeente',
      'GET /api/v1/gemeenten',
      'GET /api/v1/gemeenten/:code',
      'GET /api/v1/mijn/wisverzoeken',
      'GET /api/v1/personen',
      'GET /api/v1/personen/:id',
      'GET /api/v1/personen/:id/betrokkenheden',
      'PATCH /api/v1/personen/:id',
      'POST /api/v1/mijn/wisverzoeken',
      'POST /api/v1/personen',
      'POST /api/v1/personen/:id/betrokkenheden',
      'POST /api/v1/personen/:id/doorbraken',
    ]);
  });
});
