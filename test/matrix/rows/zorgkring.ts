import type { MatrixContext, MatrixRij } from '../matrix.ts';

/**
 * Zorgkring (issue 9). Membership is the access rule: the circle's owner (`inwoner-zelf`)
 * and, where a row makes them a member, `inwoner-ander`; every other caller gets 404 that
 * names nothing (also staff, the platformbeheerder and another gemeente). Only residents
 * start a circle; only the invited address answers an invitation.
 */
async function ok(p: Promise<{ statusCode: number; json(): unknown }>, wat: string) {
  const res = await p;
  if (res.statusCode >= 300) throw new Error(`fixture ${wat}: ${res.statusCode}`);
  return res.json() as { id: string; kringId?: string };
}

const gedeeld = new WeakMap<object, Promise<{ kring: string; taak: string }>>();

/** A fresh circle of `inwoner-zelf`. */
async function kring(ctx: MatrixContext): Promise<string> {
  return (
    await ok(ctx.als('inwoner-zelf', 'POST', '/api/v1/zorgkringen', { voorWie: 'Mama' }), 'kring')
  ).id;
}

/** One circle for the reading rows, with a task. */
function deGedeeldeKring(ctx: MatrixContext) {
  let er = gedeeld.get(ctx.w);
  if (!er) {
    er = (async () => {
      const k = await kring(ctx);
      const taak = await ok(
        ctx.als('inwoner-zelf', 'POST', `/api/v1/zorgkringen/${k}/taken`, { titel: 'Koken' }),
        'taak',
      );
      return { kring: k, taak: taak.id };
    })();
    gedeeld.set(ctx.w, er);
  }
  return er;
}

/** A fresh circle's invitation for `inwoner-ander`'s e-mail address. */
async function uitnodiging(ctx: MatrixContext): Promise<{ kring: string; id: string }> {
  const k = await kring(ctx);
  const ander = await ctx.t.services.accounts.findById(ctx.w.accounts['inwoner-ander']);
  await ok(
    ctx.als('inwoner-zelf', 'POST', `/api/v1/zorgkringen/${k}/uitnodigingen`, {
      eMailadres: ander!.email!,
      rol: 'familie',
    }),
    'uitnodiging',
  );
  const mijn = (await (
    await ctx.als('inwoner-ander', 'GET', '/api/v1/zorgkringen')
  ).json()) as unknown as { uitnodigingen: { id: string; voorWie: string }[] };
  return { kring: k, id: mijn.uitnodigingen.at(-1)!.id };
}

const LID = { 'inwoner-zelf': 200, overig: 404 } as const;
const INWONERS = {
  'inwoner-zelf': 201,
  'inwoner-ander': 201,
  vrijwilliger: 201,
  mantelzorger: 201,
};

export const rows: MatrixRij[] = [
  { route: 'GET /api/v1/zorgkringen', verwacht: { overig: 200 } },
  {
    route: 'POST /api/v1/zorgkringen',
    verwacht: { ...INWONERS, overig: 403 },
    verzoek: () => ({ payload: { voorWie: 'Opa' } }),
  },
  {
    route: 'POST /api/v1/zorgkringen/uitnodigingen/:id/antwoord',
    verwacht: { 'inwoner-ander': 200, overig: 404 },
    verzoek: async (ctx) => ({
      url: `/api/v1/zorgkringen/uitnodigingen/${(await uitnodiging(ctx)).id}/antwoord`,
      payload: { accepteren: true },
    }),
  },
  {
    route: 'GET /api/v1/zorgkringen/:id',
    verwacht: LID,
    verzoek: async (ctx) => ({ url: `/api/v1/zorgkringen/${(await deGedeeldeKring(ctx)).kring}` }),
  },
  {
    route: 'DELETE /api/v1/zorgkringen/:id',
    verwacht: { 'inwoner-zelf': 204, overig: 404 },
    verzoek: async (ctx) => ({ url: `/api/v1/zorgkringen/${await kring(ctx)}` }),
  },
  {
    route: 'POST /api/v1/zorgkringen/:id/uitnodigingen',
    verwacht: { 'inwoner-zelf': 201, overig: 404 },
    verzoek: async (ctx) => ({
      url: `/api/v1/zorgkringen/${await kring(ctx)}/uitnodigingen`,
      payload: { eMailadres: 'iemand@example.org', rol: 'buur' },
    }),
  },
  {
    route: 'DELETE /api/v1/zorgkringen/:id/leden/:accountId',
    verwacht: { 'inwoner-zelf': 204, 'inwoner-ander': 204, overig: 404 },
    verzoek: async (ctx) => {
      const u = await uitnodiging(ctx);
      await ok(
        ctx.als('inwoner-ander', 'POST', `/api/v1/zorgkringen/uitnodigingen/${u.id}/antwoord`, {
          accepteren: true,
        }),
        'lid',
      );
      return { url: `/api/v1/zorgkringen/${u.kring}/leden/${ctx.w.accounts['inwoner-ander']}` };
    },
  },
  {
    route: 'GET /api/v1/zorgkringen/:id/afspraken',
    verwacht: LID,
    verzoek: async (ctx) => ({
      url: `/api/v1/zorgkringen/${(await deGedeeldeKring(ctx)).kring}/afspraken`,
    }),
  },
  {
    route: 'POST /api/v1/zorgkringen/:id/afspraken',
    verwacht: { 'inwoner-zelf': 201, overig: 404 },
    verzoek: async (ctx) => ({
      url: `/api/v1/zorgkringen/${(await deGedeeldeKring(ctx)).kring}/afspraken`,
      payload: { titel: 'Huisarts', datum: '2026-12-08' },
    }),
  },
  {
    route: 'DELETE /api/v1/zorgkringen/:id/afspraken/:afspraakId',
    verwacht: { 'inwoner-zelf': 204, overig: 404 },
    verzoek: async (ctx) => {
      const k = (await deGedeeldeKring(ctx)).kring;
      const a = await ok(
        ctx.als('inwoner-zelf', 'POST', `/api/v1/zorgkringen/${k}/afspraken`, {
          titel: 'Tandarts',
          datum: '2026-12-09',
        }),
        'afspraak',
      );
      return { url: `/api/v1/zorgkringen/${k}/afspraken/${a.id}` };
    },
  },
  {
    route: 'GET /api/v1/zorgkringen/:id/taken',
    verwacht: LID,
    verzoek: async (ctx) => ({
      url: `/api/v1/zorgkringen/${(await deGedeeldeKring(ctx)).kring}/taken`,
    }),
  },
  {
    route: 'POST /api/v1/zorgkringen/:id/taken',
    verwacht: { 'inwoner-zelf': 201, overig: 404 },
    verzoek: async (ctx) => ({
      url: `/api/v1/zorgkringen/${(await deGedeeldeKring(ctx)).kring}/taken`,
      payload: { titel: 'Was doen', weekdag: 1 },
    }),
  },
  {
    route: 'POST /api/v1/zorgkringen/:id/taken/:taakId/stappen',
    verwacht: LID,
    verzoek: async (ctx) => {
      const k = (await deGedeeldeKring(ctx)).kring;
      const taak = await ok(
        ctx.als('inwoner-zelf', 'POST', `/api/v1/zorgkringen/${k}/taken`, { titel: 'Stofzuigen' }),
        'taak',
      );
      return {
        url: `/api/v1/zorgkringen/${k}/taken/${taak.id}/stappen`,
        payload: { stap: 'claimen' },
      };
    },
  },
  {
    route: 'DELETE /api/v1/zorgkringen/:id/taken/:taakId',
    verwacht: { 'inwoner-zelf': 204, overig: 404 },
    verzoek: async (ctx) => {
      const k = (await deGedeeldeKring(ctx)).kring;
      const taak = await ok(
        ctx.als('inwoner-zelf', 'POST', `/api/v1/zorgkringen/${k}/taken`, { titel: 'Ramen' }),
        'taak',
      );
      return { url: `/api/v1/zorgkringen/${k}/taken/${taak.id}` };
    },
  },
  {
    route: 'GET /api/v1/zorgkringen/:id/berichten',
    verwacht: LID,
    verzoek: async (ctx) => ({
      url: `/api/v1/zorgkringen/${(await deGedeeldeKring(ctx)).kring}/berichten`,
    }),
  },
  {
    route: 'POST /api/v1/zorgkringen/:id/berichten',
    verwacht: { 'inwoner-zelf': 201, overig: 404 },
    verzoek: async (ctx) => ({
      url: `/api/v1/zorgkringen/${(await deGedeeldeKring(ctx)).kring}/berichten`,
      payload: { tekst: 'Hallo' },
    }),
  },
  {
    route: 'GET /api/v1/zorgkringen/:id/notities',
    verwacht: LID,
    verzoek: async (ctx) => ({
      url: `/api/v1/zorgkringen/${(await deGedeeldeKring(ctx)).kring}/notities`,
    }),
  },
  {
    route: 'POST /api/v1/zorgkringen/:id/notities',
    verwacht: { 'inwoner-zelf': 201, overig: 404 },
    verzoek: async (ctx) => ({
      url: `/api/v1/zorgkringen/${(await deGedeeldeKring(ctx)).kring}/notities`,
      payload: { tekst: 'Let op de medicijnen.', zichtbaarheid: 'kring' },
    }),
  },
];
