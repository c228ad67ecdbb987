import type { MatrixContext, MatrixRij } from '../matrix.ts';
import type { MatrixRol } from '../wereld.ts';

/**
 * Eén loket (issue 5). Residents act on their own requests, offers and matches (someone
 * else's: 404, the id tells nothing); the receiving organisation's staff (the world's
 * Wijkteam Stein receives both routes here) act through the resident's consent and, once
 * they picked something up, as case-team members. Every fixture is fresh per caller.
 */
const ANTWOORDEN = {
  voorWie: 'mijzelf',
  categorieen: ['boodschappen'],
  hoeVaak: 'elke-week',
  tijdvakken: ['MO-ochtend'],
  postcode: '6171 AB',
  urgentie: 'kan-wachten',
  zorgen: false,
};
const AANBOD = {
  categorieen: ['boodschappen'],
  postcode: '6171 AC',
  straalKm: 5,
  tijdvakken: ['MO-ochtend'],
  urenPerWeek: 2,
  talen: ['nl'],
  soort: 'regelmatig',
  vogStatus: 'geen',
  toestemming: true,
};

async function ok(
  res: Promise<{ statusCode: number; json(): { id: string } }>,
  wat: string,
): Promise<string> {
  const r = await res;
  if (r.statusCode >= 300) throw new Error(`fixture ${wat}: ${r.statusCode}`);
  return r.json().id;
}

/** The world's Wijkteam Stein receives every request and volunteer in these rows. */
async function regels(ctx: MatrixContext): Promise<void> {
  const res = await ctx.als('functioneel-beheerder', 'PUT', '/api/v1/gemeente/loketregels', {
    vrijwilligersOrganisatieId: ctx.w.org.wijkteam,
    wijkteamOrganisatieId: ctx.w.org.wijkteam,
  });
  if (res.statusCode !== 200) throw new Error(`fixture loketregels: ${res.statusCode}`);
}

/** A request of `inwoner-ander`, sent (and, when asked, picked up / in the pool). */
async function verstuurd(
  ctx: MatrixContext,
  stap: 'verstuurd' | 'opgepakt' | 'in-matching' = 'verstuurd',
): Promise<string> {
  await regels(ctx);
  const id = await ok(
    ctx.als('inwoner-ander', 'POST', '/api/v1/mijn/hulpvragen', { antwoorden: ANTWOORDEN }),
    'concept',
  );
  await ok(
    ctx.als('inwoner-ander', 'POST', `/api/v1/mijn/hulpvragen/${id}/verzending`, {
      toestemming: true,
    }),
    'verzending',
  );
  if (stap === 'verstuurd') return id;
  await ok(
    ctx.als('professional-team', 'POST', `/api/v1/loket/hulpvragen/${id}/behandeling`),
    'behandeling',
  );
  if (stap === 'in-matching') {
    await ok(
      ctx.als('professional-team', 'POST', `/api/v1/loket/hulpvragen/${id}/beoordeling`, {
        besluit: 'naar-matching',
      }),
      'beoordeling',
    );
  }
  return id;
}

/** A sign-up of the `vrijwilliger` account, approved by `professional-team` when asked. */
async function aanbod(ctx: MatrixContext, goedkeuren: boolean): Promise<string> {
  await regels(ctx);
  const id = await ok(ctx.als('vrijwilliger', 'POST', '/api/v1/mijn/hulpaanbod', AANBOD), 'aanbod');
  if (goedkeuren) {
    await ok(
      ctx.als('professional-team', 'POST', `/api/v1/loket/aanmeldingen/${id}/beoordeling`, {
        besluit: 'goedkeuren',
      }),
      'goedkeuring',
    );
  }
  return id;
}

async function koppeling(ctx: MatrixContext): Promise<string> {
  const hulpvraagId = await verstuurd(ctx, 'in-matching');
  const aanbodId = await aanbod(ctx, true);
  return ok(
    ctx.als('professional-team', 'POST', '/api/v1/loket/koppelingen', {
      hulpvraagId,
      aanbodId,
      toelichting: 'Past goed bij elkaar.',
    }),
    'koppeling',
  );
}

/** A match both sides said yes to (the volunteer, then the resident `inwoner-ander`). */
async function kennismaking(ctx: MatrixContext): Promise<string> {
  const id = await koppeling(ctx);
  for (const wie of ['vrijwilliger', 'inwoner-ander'] as const) {
    await ok(
      ctx.als(wie, 'POST', `/api/v1/mijn/koppelingen/${id}/antwoord`, { akkoord: true }),
      'antwoord',
    );
  }
  return id;
}

async function gesprek(ctx: MatrixContext): Promise<string> {
  const hulpvraagId = await verstuurd(ctx, 'opgepakt');
  return ok(ctx.als('inwoner-ander', 'POST', '/api/v1/gesprekken', { hulpvraagId }), 'gesprek');
}

const personeel = {
  'professional-team': 200,
  'professional-buiten-team': 200,
  huisarts: 200,
  'andere-gemeente': 200,
  overig: 403,
};
/** Acting on a request or offer that went to Wijkteam Stein. */
const ontvanger = { 'andere-gemeente': 404, overig: 403 };
const INWONERS: readonly MatrixRol[] = [
  'inwoner-zelf',
  'inwoner-ander',
  'vrijwilliger',
  'mantelzorger',
];

let nieuw = 0;

export const rows: MatrixRij[] = [
  { route: 'GET /api/v1/hulpcategorieen', openbaar: true, verwacht: { overig: 200 } },
  {
    route: 'POST /api/v1/hulpvraag-routeringen',
    openbaar: true,
    verwacht: { overig: 200 },
    verzoek: () => ({ payload: { categorieen: ['boodschappen', 'geldzorgen'] } }),
  },
  {
    route: 'POST /api/v1/registraties',
    openbaar: true,
    verwacht: { overig: 201 },
    // Without the caller's session: making an account ends the browser's current session.
    verzoek: (_ctx, rol) => {
      nieuw++;
      return {
        headers: { host: rol === 'andere-gemeente' ? 'houten.example.nl' : 'stein.example.nl' },
        payload: {
          naam: `Nieuwe Inwoner ${nieuw}`,
          email: `nieuw${nieuw}@matrix.example`,
          wachtwoord: 'een lang en goed wachtwoord',
        },
      };
    },
  },
  {
    route: 'GET /api/v1/gemeente/loketregels',
    verwacht: { 'functioneel-beheerder': 200, overig: 403 },
  },
  {
    route: 'PUT /api/v1/gemeente/loketregels',
    verwacht: { 'functioneel-beheerder': 200, overig: 403 },
    verzoek: ({ w }) => ({
      payload: {
        vrijwilligersOrganisatieId: w.org.wijkteam,
        wijkteamOrganisatieId: w.org.wijkteam,
      },
    }),
  },
  { route: 'GET /api/v1/mijn/hulpvragen', verwacht: { overig: 200 } },
  {
    route: 'POST /api/v1/mijn/hulpvragen',
    verwacht: { overig: 201 },
    verzoek: () => ({ payload: { antwoorden: { categorieen: ['tuin'] } } }),
  },
  {
    route: 'PUT /api/v1/mijn/hulpvragen/:id',
    verwacht: { 'inwoner-zelf': 200, overig: 404 },
    verzoek: async (ctx) => ({
      url: `/api/v1/mijn/hulpvragen/${await ok(
        ctx.als('inwoner-zelf', 'POST', '/api/v1/mijn/hulpvragen', { antwoorden: {} }),
        'concept',
      )}`,
      payload: { antwoorden: ANTWOORDEN },
    }),
  },
  {
    route: 'POST /api/v1/mijn/hulpvragen/:id/verzending',
    verwacht: { 'inwoner-zelf': 200, overig: 404 },
    verzoek: async (ctx) => {
      await regels(ctx);
      const id = await ok(
        ctx.als('inwoner-zelf', 'POST', '/api/v1/mijn/hulpvragen', { antwoorden: ANTWOORDEN }),
        'concept',
      );
      return { url: `/api/v1/mijn/hulpvragen/${id}/verzending`, payload: { toestemming: true } };
    },
  },
  {
    route: 'DELETE /api/v1/mijn/hulpvragen/:id',
    verwacht: { 'inwoner-zelf': 204, overig: 404 },
    verzoek: async (ctx) => ({
      url: `/api/v1/mijn/hulpvragen/${await ok(
        ctx.als('inwoner-zelf', 'POST', '/api/v1/mijn/hulpvragen', { antwoorden: {} }),
        'concept',
      )}`,
    }),
  },
  { route: 'GET /api/v1/loket/hulpvragen', verwacht: personeel },
  {
    route: 'GET /api/v1/loket/hulpvragen/:id',
    // Read through the consent to Wijkteam Stein (both colleagues work there).
    verwacht: { ...ontvanger, 'professional-team': 200, 'professional-buiten-team': 200 },
    verzoek: async (ctx) => ({ url: `/api/v1/loket/hulpvragen/${await verstuurd(ctx)}` }),
  },
  {
    route: 'POST /api/v1/loket/hulpvragen/:id/beoordeling',
    // Only who picked it up (and so joined the case team) may decide.
    verwacht: { ...ontvanger, 'professional-team': 200 },
    verzoek: async (ctx) => ({
      url: `/api/v1/loket/hulpvragen/${await verstuurd(ctx, 'opgepakt')}/beoordeling`,
      payload: { besluit: 'naar-matching' },
    }),
  },
  {
    route: 'GET /api/v1/loket/hulpvragen/:id/kandidaten',
    verwacht: { ...ontvanger, 'professional-team': 200, 'professional-buiten-team': 200 },
    verzoek: async (ctx) => ({
      url: `/api/v1/loket/hulpvragen/${await verstuurd(ctx)}/kandidaten`,
    }),
  },
  { route: 'GET /api/v1/mijn/hulpaanbod', verwacht: { overig: 200 } },
  {
    route: 'POST /api/v1/mijn/hulpaanbod',
    verwacht: { overig: 201, 'andere-gemeente': 409 },
    verzoek: async (ctx) => {
      await regels(ctx);
      return { payload: AANBOD };
    },
  },
  {
    route: 'PATCH /api/v1/mijn/hulpaanbod/:id',
    verwacht: { vrijwilliger: 200, overig: 404 },
    verzoek: async (ctx) => ({
      url: `/api/v1/mijn/hulpaanbod/${await aanbod(ctx, false)}`,
      payload: { tijdvakken: ['TU-middag'] },
    }),
  },
  { route: 'GET /api/v1/loket/aanmeldingen', verwacht: personeel },
  {
    route: 'GET /api/v1/loket/aanmeldingen/:id',
    verwacht: { ...ontvanger, 'professional-team': 200, 'professional-buiten-team': 200 },
    verzoek: async (ctx) => ({ url: `/api/v1/loket/aanmeldingen/${await aanbod(ctx, false)}` }),
  },
  {
    route: 'POST /api/v1/loket/aanmeldingen/:id/beoordeling',
    verwacht: { ...ontvanger, 'professional-team': 200, 'professional-buiten-team': 200 },
    verzoek: async (ctx) => ({
      url: `/api/v1/loket/aanmeldingen/${await aanbod(ctx, false)}/beoordeling`,
      payload: { besluit: 'goedkeuren', intakeNotitie: 'Kennismaking gehad.' },
    }),
  },
  { route: 'GET /api/v1/loket/koppelingen', verwacht: personeel },
  { route: 'POST /api/v1/loket/optimalisaties', verwacht: personeel },
  { route: 'GET /api/v1/loket/matchbord', verwacht: personeel },
  {
    route: 'POST /api/v1/loket/koppelingen/:id/stappen',
    // Any coordinator of the request's organisation may withdraw a proposal.
    verwacht: { ...ontvanger, 'professional-team': 200, 'professional-buiten-team': 200 },
    verzoek: async (ctx) => ({
      url: `/api/v1/loket/koppelingen/${await koppeling(ctx)}/stappen`,
      payload: { handeling: 'afwijzen', toelichting: 'Toch niet.' },
    }),
  },
  {
    route: 'POST /api/v1/loket/koppelingen',
    // Any coordinator of the receiving organisation may propose for a request in the pool.
    verwacht: { ...ontvanger, 'professional-team': 201, 'professional-buiten-team': 201 },
    verzoek: async (ctx) => ({
      payload: {
        hulpvraagId: await verstuurd(ctx, 'in-matching'),
        aanbodId: await aanbod(ctx, true),
        toelichting: 'Past goed.',
      },
    }),
  },
  {
    route: 'POST /api/v1/loket/hulpvragen/:id/behandeling',
    // Both wijkteam colleagues may pick it up (the consent is to their organisation). After
    // the rows above: picking up puts `professional-buiten-team` in the person's case team.
    verwacht: { ...ontvanger, 'professional-team': 200, 'professional-buiten-team': 200 },
    verzoek: async (ctx) => ({
      url: `/api/v1/loket/hulpvragen/${await verstuurd(ctx)}/behandeling`,
    }),
  },
  { route: 'GET /api/v1/mijn/koppelingen', verwacht: { overig: 200 } },
  {
    route: 'POST /api/v1/mijn/koppelingen/:id/antwoord',
    // The volunteer answers first; the resident is not yet at turn; others do not see it.
    verwacht: { vrijwilliger: 200, 'inwoner-ander': 409, overig: 404 },
    verzoek: async (ctx) => ({
      url: `/api/v1/mijn/koppelingen/${await koppeling(ctx)}/antwoord`,
      payload: { akkoord: true },
    }),
  },
  {
    route: 'POST /api/v1/mijn/koppelingen/:id/stappen',
    // After both said yes either side may start; nobody else knows of the match.
    verwacht: { vrijwilliger: 200, 'inwoner-ander': 200, overig: 404 },
    verzoek: async (ctx) => ({
      url: `/api/v1/mijn/koppelingen/${await kennismaking(ctx)}/stappen`,
      payload: { handeling: 'starten' },
    }),
  },
  {
    route: 'POST /api/v1/mijn/koppelingen/:id/evaluatie',
    // Asked a month after the start: before that the two sides get 409, others 404.
    verwacht: { vrijwilliger: 409, 'inwoner-ander': 409, overig: 404 },
    verzoek: async (ctx) => ({
      url: `/api/v1/mijn/koppelingen/${await kennismaking(ctx)}/evaluatie`,
      payload: { oordeel: 'goed', doorgaan: true },
    }),
  },
  { route: 'GET /api/v1/mijn/gesprekken', verwacht: { overig: 200 } },
  {
    route: 'POST /api/v1/gesprekken',
    verwacht: { 'inwoner-ander': 201, 'professional-team': 201, overig: 404 },
    verzoek: async (ctx) => ({ payload: { hulpvraagId: await verstuurd(ctx, 'opgepakt') } }),
  },
  {
    route: 'GET /api/v1/gesprekken/:id',
    verwacht: { 'inwoner-ander': 200, 'professional-team': 200, overig: 404 },
    verzoek: async (ctx) => ({ url: `/api/v1/gesprekken/${await gesprek(ctx)}` }),
  },
  {
    route: 'POST /api/v1/gesprekken/:id/berichten',
    verwacht: { 'inwoner-ander': 201, 'professional-team': 201, overig: 404 },
    verzoek: async (ctx) => ({
      url: `/api/v1/gesprekken/${await gesprek(ctx)}/berichten`,
      payload: { tekst: 'Hallo, wanneer komt u langs?' },
    }),
  },
  {
    route: 'DELETE /api/v1/account',
    // Residents delete their own account (a fresh one here, so the world stays whole);
    // staff accounts are the functioneel beheerder's to remove.
    verwacht: {
      'inwoner-zelf': 204,
      'inwoner-ander': 204,
      vrijwilliger: 204,
      mantelzorger: 204,
      overig: 403,
    },
    verzoek: async (ctx, rol) => {
      if (!INWONERS.includes(rol)) return {};
      nieuw++;
      const res = await ctx.t.app.inject({
        method: 'POST',
        url: '/api/v1/registraties',
        headers: { host: 'stein.example.nl' },
        remoteAddress: `10.200.${nieuw >> 8}.${nieuw & 255}`,
        payload: {
          naam: 'Weg Gaand',
          email: `weg${nieuw}@matrix.example`,
          wachtwoord: 'een lang en goed wachtwoord',
        },
      });
      const cookie = String(res.headers['set-cookie']).split(';')[0]!;
      return {
        headers: { host: 'stein.example.nl', cookie, 'x-csrf-token': res.json().csrfToken },
      };
    },
  },
];
