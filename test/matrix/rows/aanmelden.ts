import type { MatrixRij } from '../matrix.ts';

/**
 * Login, second factor and the own account (module aanmelden). Logging in and password
 * reset are open to everyone and answer the same whatever the caller; the account pages
 * are about the caller only.
 */
const ONBEKEND_ID = '00000000-0000-4000-8000-000000000000';
const TOKEN = 'a'.repeat(43);
const inwoners = (status: number) => ({
  'inwoner-zelf': status,
  'inwoner-ander': status,
  vrijwilliger: status,
  mantelzorger: status,
});

export const rows: MatrixRij[] = [
  {
    route: 'POST /api/v1/sessies',
    openbaar: true,
    // A wrong login: the same generic 401 for everyone.
    verwacht: { overig: 401 },
    verzoek: () => ({
      payload: { email: 'niemand@wereld.example', wachtwoord: 'verkeerd-wachtwoord-123' },
    }),
  },
  { route: 'GET /api/v1/aanmelding', openbaar: true, verwacht: { overig: 200 } },
  {
    route: 'POST /api/v1/sessies/huidige/tweede-factor',
    // The matrix's sessions are complete already (staff gave MFA): nothing to do.
    verwacht: { overig: 409 },
    verzoek: () => ({ payload: { code: '000000' } }),
  },
  // Residents do not use a second factor; staff start setting one up (then a wrong code: 400).
  { route: 'POST /api/v1/account/tweede-factor', verwacht: { ...inwoners(403), overig: 201 } },
  {
    route: 'POST /api/v1/account/tweede-factor/bevestiging',
    verwacht: { ...inwoners(403), overig: 400 },
    verzoek: () => ({ payload: { code: '000000' } }),
  },
  { route: 'GET /api/v1/account', verwacht: { overig: 200 } },
  { route: 'GET /api/v1/account/sessies', verwacht: { overig: 200 } },
  {
    route: 'DELETE /api/v1/account/sessies/:id',
    // Someone else's (or no) session is not found, for everyone.
    verwacht: { overig: 404 },
    verzoek: () => ({ url: `/api/v1/account/sessies/${ONBEKEND_ID}` }),
  },
  { route: 'GET /api/v1/account/authenticatie-gebeurtenissen', verwacht: { overig: 200 } },
  {
    route: 'PUT /api/v1/account/wachtwoord',
    verwacht: { overig: 400 },
    verzoek: () => ({
      payload: {
        huidigWachtwoord: 'niet-het-goede-123',
        nieuwWachtwoord: 'een-nieuw-lang-wachtwoord-2026',
      },
    }),
  },
  {
    route: 'POST /api/v1/wachtwoord-herstel',
    openbaar: true,
    verwacht: { overig: 202 },
    verzoek: () => ({ payload: { email: 'niemand@wereld.example' } }),
  },
  {
    route: 'POST /api/v1/wachtwoord-herstel/bevestigen',
    openbaar: true,
    verwacht: { overig: 400 },
    verzoek: () => ({ payload: { token: TOKEN, wachtwoord: 'een-nieuw-lang-wachtwoord-2026' } }),
  },
  { route: 'POST /api/v1/email-verificatie', verwacht: { overig: 202 } },
  {
    route: 'POST /api/v1/email-verificatie/bevestigen',
    openbaar: true,
    verwacht: { overig: 400 },
    verzoek: () => ({ payload: { token: TOKEN } }),
  },
];
