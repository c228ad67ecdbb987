import type { MatrixContext, MatrixRij } from '../matrix.ts';

/**
 * Mantelzorg (issue 9). A carer's own registration and application are theirs: every
 * logged-in resident registers for themselves, only the carer applies for their own
 * relation, only the person whose e-mail address the carer gave confirms. The world has no
 * mantelzorgconsulent, so every consulent route answers 403 (the integration test covers the
 * consulent); the functioneel beheerder sets up campaigns; policy staff see the figures.
 */
const JAAR = new Date().getFullYear();
const dag = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
let volgendJaar = 2060;

const zorg = (email = 'iemand@example.org') => ({
  zorgvrager: { naam: 'Piet Jansen', eMailadres: email, woontInGemeente: true },
  relatie: 'ouder',
  urenPerWeek: 10,
  sinds: '2023-01-01',
  samenwonend: false,
  ikWoonInGemeente: true,
  toestemming: true,
});

const ronde = (ctx: MatrixContext, jaar: number) => ({
  jaar,
  organisatieId: ctx.w.org.welzijn,
  minUrenPerWeek: 8,
  minMaandenZorg: 3,
  minLeeftijd: 0,
  woonregel: 'mantelzorger-of-zorgvrager',
  wieMagAanvragen: 'mantelzorger',
  bevestigingNodig: true,
  maxPerZorgvrager: null,
  vorm: 'bedrag',
  bedragCent: 5000,
  openVanaf: dag(-1),
  deadline: dag(30),
  peildatum: dag(0),
});

async function ok(p: Promise<{ statusCode: number; json(): unknown }>, wat: string) {
  const res = await p;
  if (res.statusCode >= 300) throw new Error(`fixture ${wat}: ${res.statusCode}`);
  return res.json() as { id: string; rondes?: { id: string; jaar: number }[] };
}

/** This year's campaign in Stein (made once). */
async function rondeVanDitJaar(ctx: MatrixContext): Promise<string> {
  const lijst = await ok(
    ctx.als('functioneel-beheerder', 'GET', '/api/v1/mantelzorg/waarderingsrondes'),
    'rondes',
  );
  const er = lijst.rondes?.find((r) => r.jaar === JAAR);
  if (er) return er.id;
  return (
    await ok(
      ctx.als(
        'functioneel-beheerder',
        'POST',
        '/api/v1/mantelzorg/waarderingsrondes',
        ronde(ctx, JAAR),
      ),
      'ronde',
    )
  ).id;
}

/** A fresh relation of `inwoner-zelf`, naming `email` as the care recipient's. */
async function relatie(ctx: MatrixContext, email?: string): Promise<string> {
  return (
    await ok(ctx.als('inwoner-zelf', 'POST', '/api/v1/mijn/mantelzorg', zorg(email)), 'relatie')
  ).id;
}

/** A fresh application of `inwoner-zelf`; the care recipient is `inwoner-ander`. */
async function aanvraag(ctx: MatrixContext): Promise<string> {
  const ander = await ctx.t.services.accounts.findById(ctx.w.accounts['inwoner-ander']);
  const rondeId = await rondeVanDitJaar(ctx);
  const relatieId = await relatie(ctx, ander!.email!);
  return (
    await ok(
      ctx.als('inwoner-zelf', 'POST', '/api/v1/mijn/mantelzorg/aanvragen', {
        toestemming: true,
        rondeId,
        relatieId,
      }),
      'aanvraag',
    )
  ).id;
}

export const rows: MatrixRij[] = [
  { route: 'GET /api/v1/mijn/mantelzorg', verwacht: { overig: 200 } },
  // Public support from the sociale kaart, in a PDF: every logged-in person may have it.
  { route: 'GET /api/v1/mijn/mantelzorg/informatiepakket', verwacht: { overig: 200 } },
  {
    route: 'POST /api/v1/mijn/mantelzorg',
    verwacht: { overig: 201 },
    verzoek: () => ({ payload: zorg() }),
  },
  {
    route: 'POST /api/v1/mijn/mantelzorg/aanvragen',
    verwacht: { 'inwoner-zelf': 201, 'andere-gemeente': 400, overig: 403 },
    verzoek: async (ctx) => ({
      payload: {
        toestemming: true,
        rondeId: await rondeVanDitJaar(ctx),
        relatieId: await relatie(ctx),
      },
    }),
  },
  {
    route: 'POST /api/v1/mijn/mantelzorg/bevestigingen/:id',
    verwacht: { 'inwoner-ander': 204, overig: 404 },
    verzoek: async (ctx) => ({
      url: `/api/v1/mijn/mantelzorg/bevestigingen/${await aanvraag(ctx)}`,
      payload: { bevestigd: true },
    }),
  },
  {
    // The matrix campaign lets only the carer apply: the person cared for gets 409, others 400.
    route: 'POST /api/v1/mijn/mantelzorg/aanvragen-als-zorgvrager',
    verwacht: { 'inwoner-ander': 409, overig: 400 },
    verzoek: async (ctx) => {
      const ander = await ctx.t.services.accounts.findById(ctx.w.accounts['inwoner-ander']);
      return {
        payload: {
          toestemming: true,
          rondeId: await rondeVanDitJaar(ctx),
          relatieId: await relatie(ctx, ander!.email!),
        },
      };
    },
  },
  { route: 'GET /api/v1/mantelzorg/mantelzorgers', verwacht: { overig: 403 } },
  {
    route: 'POST /api/v1/mantelzorg/mantelzorgers',
    verwacht: { overig: 403 },
    verzoek: () => ({
      payload: { mantelzorger: { voornaam: 'Sem', achternaam: 'Bakker' }, ...zorg() },
    }),
  },
  {
    route: 'GET /api/v1/mantelzorg/waarderingsrondes',
    verwacht: { 'functioneel-beheerder': 200, overig: 403 },
  },
  {
    route: 'POST /api/v1/mantelzorg/waarderingsrondes',
    verwacht: { 'functioneel-beheerder': 201, overig: 403 },
    verzoek: (ctx) => ({ payload: ronde(ctx, volgendJaar++) }),
  },
  {
    route: 'PUT /api/v1/mantelzorg/waarderingsrondes/:id',
    verwacht: { 'functioneel-beheerder': 200, overig: 403 },
    verzoek: async (ctx) => ({
      url: `/api/v1/mantelzorg/waarderingsrondes/${await rondeVanDitJaar(ctx)}`,
      payload: ronde(ctx, JAAR),
    }),
  },
  {
    route: 'GET /api/v1/mantelzorg/waarderingsrondes/:id/aanvragen',
    verwacht: { overig: 403 },
    verzoek: async (ctx) => ({
      url: `/api/v1/mantelzorg/waarderingsrondes/${await rondeVanDitJaar(ctx)}/aanvragen`,
    }),
  },
  {
    route: 'GET /api/v1/mantelzorg/waarderingsrondes/:id/toekenningen/export',
    verwacht: { overig: 403 },
    verzoek: async (ctx) => ({
      url: `/api/v1/mantelzorg/waarderingsrondes/${await rondeVanDitJaar(ctx)}/toekenningen/export`,
    }),
  },
  {
    route: 'POST /api/v1/mantelzorg/waarderingsrondes/:id/codebrieven',
    verwacht: { overig: 403 },
    verzoek: async (ctx) => ({
      url: `/api/v1/mantelzorg/waarderingsrondes/${await rondeVanDitJaar(ctx)}/codebrieven`,
      payload: {},
    }),
  },
  // With a one-time code, no login: a code that does not work gets the same 400 for everyone.
  ...(['controle', 'aanvraag'] as const).map(
    (stap): MatrixRij => ({
      route: `POST /api/v1/mantelzorg/waardering-met-code/${stap}`,
      openbaar: true,
      verwacht: { overig: 400 },
      verzoek: () => ({ payload: { code: 'KX7M-4TQA-9HPW', toestemming: true } }),
    }),
  ),
  {
    route: 'POST /api/v1/mantelzorg/waarderingsaanvragen/:id/besluit',
    verwacht: { 'andere-gemeente': 404, overig: 403 },
    verzoek: async (ctx) => ({
      url: `/api/v1/mantelzorg/waarderingsaanvragen/${await aanvraag(ctx)}/besluit`,
      payload: { besluit: 'afwijzen', reden: 'Test.' },
    }),
  },
  // An application still waiting: its own carer hears it is not decided yet; for everyone
  // else it does not exist (the world has no consulent).
  ...(['/mijn/mantelzorg/aanvragen', '/mantelzorg/waarderingsaanvragen'] as const).map(
    (pad): MatrixRij => ({
      route: `GET /api/v1${pad}/:id/brief`,
      verwacht: { 'inwoner-zelf': 409, overig: 404 },
      verzoek: async (ctx) => ({ url: `/api/v1${pad}/${await aanvraag(ctx)}/brief` }),
    }),
  ),
  {
    route: 'GET /api/v1/mantelzorg/cijfers',
    verwacht: { beleidsmedewerker: 200, 'functioneel-beheerder': 200, overig: 403 },
  },
];
