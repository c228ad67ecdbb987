import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.ts';
import { requireGemeente } from '../../platform/tenancy/request-gemeente.ts';
import {
  aanvraagAlsZorgvragerSchema,
  aanvraagSchema,
  aanvraagVanZorgvragerSchema,
  aanvragenSchema,
  besluitSchema,
  bevestigingSchema,
  cijfersQuerySchema,
  cijfersSchema,
  codeAanvraagResultaatSchema,
  codeAanvraagSchema,
  codebrievenSchema,
  codeControleSchema,
  codeWaarderingSchema,
  eigenZorgSchema,
  idParamsSchema,
  mantelzorgerRegelSchema,
  mantelzorgersSchema,
  mijnMantelzorgSchema,
  nieuweAanvraagSchema,
  nieuweMantelzorgerSchema,
  rondeInvoerSchema,
  rondeSchema,
  rondesSchema,
  zorgrelatieSchema,
} from './model.ts';
import type { MantelzorgService } from './service.ts';

const TAG = 'Mantelzorg';
/** Tries with a one-time code per client address (see waarderingscode.ts). */
const CODE_LIMIET = { rateLimit: { max: 10, timeWindow: '1 minute' } };

/** A PDF download; never cached, as letters hold personal data. */
function stuurPdf(reply: FastifyReply, bestandsnaam: string, pdf: Uint8Array) {
  reply.header('Content-Disposition', `attachment; filename="${bestandsnaam}"`);
  reply.header('Cache-Control', 'no-store');
  // A Buffer skips the serializer; the string schema is only for the API description.
  return reply.type('application/pdf').send(Buffer.from(pdf) as unknown as string);
}

/** The carer's own registration and application, the consulent's work and the campaign. */
export const mantelzorgRoutes: FastifyPluginAsyncZod<{ service: MantelzorgService }> = async (
  app,
  { service },
) => {
  app.get(
    '/mijn/mantelzorg',
    {
      schema: {
        operationId: 'getMijnMantelzorg',
        tags: [TAG],
        summary: 'Who I care for, my applications, what I am asked to confirm, open campaigns',
        response: { 200: mijnMantelzorgSchema },
      },
    },
    async (request) => service.mijn(requireActor(request)),
  );

  app.post(
    '/mijn/mantelzorg',
    {
      schema: {
        operationId: 'createMijnZorgrelatie',
        tags: [TAG],
        summary: '"Ik zorg voor iemand": register that I care for someone',
        body: eigenZorgSchema,
        response: { 201: zorgrelatieSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.registreerEigen(requireActor(request), request.body)),
  );

  app.get(
    '/mijn/mantelzorg/informatiepakket',
    {
      schema: {
        operationId: 'getMijnInformatiepakket',
        tags: [TAG],
        summary: 'The information package as PDF: support for carers nearby (sociale kaart)',
        produces: ['application/pdf'],
        response: { 200: z.string().describe('A PDF document.') },
      },
    },
    async (request, reply) =>
      stuurPdf(
        reply,
        'informatie-mantelzorg.pdf',
        await service.informatiepakketPdf(requireActor(request)),
      ),
  );

  for (const [url, operationId, wie] of [
    ['/mijn/mantelzorg/aanvragen/:id/brief', 'getMijnBesluitbrief', 'the carer'],
    ['/mantelzorg/waarderingsaanvragen/:id/brief', 'getBesluitbrief', 'mantelzorgconsulent'],
  ] as const) {
    app.get(
      url,
      {
        schema: {
          operationId,
          tags: [TAG],
          summary: `The decision letter on a waardering application as PDF (${wie})`,
          params: idParamsSchema,
          produces: ['application/pdf'],
          response: { 200: z.string().describe('A PDF document.') },
        },
      },
      async (request, reply) =>
        stuurPdf(
          reply,
          'besluit-mantelzorgwaardering.pdf',
          await service.besluitbriefPdf(requireActor(request), request.params.id),
        ),
    );
  }

  app.post(
    '/mijn/mantelzorg/aanvragen',
    {
      schema: {
        operationId: 'createWaarderingsaanvraag',
        tags: [TAG],
        summary: 'Apply for the mantelzorgwaardering for someone I care for',
        body: nieuweAanvraagSchema,
        response: { 201: aanvraagSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.vraagAan(requireActor(request), request.body)),
  );

  app.post(
    '/mijn/mantelzorg/aanvragen-als-zorgvrager',
    {
      schema: {
        operationId: 'createWaarderingsaanvraagAlsZorgvrager',
        tags: [TAG],
        summary: 'As the person cared for: apply for the mantelzorgwaardering for my carer',
        description:
          'Only when the campaign’s wieMagAanvragen is zorgvrager or beide, and only for the ' +
          'account whose e-mail address the carer gave (see kanAanvragenAlsZorgvrager in ' +
          'GET /mijn/mantelzorg). Counts as the confirmation.',
        body: aanvraagAlsZorgvragerSchema,
        response: { 201: aanvraagVanZorgvragerSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await service.vraagAanAlsZorgvrager(requireActor(request), request.body)),
  );

  app.post(
    '/mijn/mantelzorg/bevestigingen/:id',
    {
      schema: {
        operationId: 'createWaarderingsbevestiging',
        tags: [TAG],
        summary: 'As the person cared for: confirm (or not) that this person cares for me',
        description: 'Only for the account whose e-mail address the carer gave.',
        params: idParamsSchema,
        body: bevestigingSchema,
        response: { 204: z.null().describe('Answered.') },
      },
    },
    async (request, reply) => {
      await service.bevestig(requireActor(request), request.params.id, request.body.bevestigd);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/mantelzorg/mantelzorgers',
    {
      schema: {
        operationId: 'listMantelzorgers',
        tags: [TAG],
        summary: 'The carers registered with my steunpunt (mantelzorgconsulent)',
        response: { 200: mantelzorgersSchema },
      },
    },
    async (request) => service.mantelzorgers(requireActor(request)),
  );

  app.post(
    '/mantelzorg/mantelzorgers',
    {
      schema: {
        operationId: 'createMantelzorger',
        tags: [TAG],
        summary: 'Register a carer and who they care for (mantelzorgconsulent)',
        body: nieuweMantelzorgerSchema,
        response: { 201: mantelzorgerRegelSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await service.registreerDoorConsulent(requireActor(request), request.body)),
  );

  app.get(
    '/mantelzorg/waarderingsrondes',
    {
      schema: {
        operationId: 'listWaarderingsrondes',
        tags: [TAG],
        summary: 'The yearly mantelzorgwaardering campaigns (beheer, consulent)',
        response: { 200: rondesSchema },
      },
    },
    async (request) => service.rondes(requireActor(request)),
  );

  app.post(
    '/mantelzorg/waarderingsrondes',
    {
      schema: {
        operationId: 'createWaarderingsronde',
        tags: [TAG],
        summary: 'Set up a year’s campaign with the verordening’s rules (beheer, consulent)',
        body: rondeInvoerSchema,
        response: { 201: rondeSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.maakRonde(requireActor(request), request.body)),
  );

  app.put(
    '/mantelzorg/waarderingsrondes/:id',
    {
      schema: {
        operationId: 'updateWaarderingsronde',
        tags: [TAG],
        summary: 'Change a campaign (beheer, consulent)',
        params: idParamsSchema,
        body: rondeInvoerSchema,
        response: { 200: rondeSchema },
      },
    },
    async (request) => service.wijzigRonde(requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/mantelzorg/waarderingsrondes/:id/aanvragen',
    {
      schema: {
        operationId: 'listWaarderingsaanvragen',
        tags: [TAG],
        summary: 'The assessment queue, the rules’ outcome pre-filled (mantelzorgconsulent)',
        params: idParamsSchema,
        response: { 200: aanvragenSchema },
      },
    },
    async (request) => service.wachtrij(requireActor(request), request.params.id),
  );

  app.get(
    '/mantelzorg/waarderingsrondes/:id/toekenningen/export',
    {
      schema: {
        operationId: 'exportWaarderingsToekenningen',
        tags: [TAG],
        summary: 'The granted applications as CSV (semicolons) for payment (mantelzorgconsulent)',
        params: idParamsSchema,
        produces: ['text/csv'],
        response: {
          200: z
            .string()
            .describe('CSV: aanvraag;naam;e-mailadres;postcode;jaar;vorm;bedrag;toegekend op.'),
        },
      },
    },
    async (request, reply) => {
      const csv = await service.uitbetalingCsv(requireActor(request), request.params.id);
      reply.header('Content-Disposition', 'attachment; filename="mantelzorgwaardering.csv"');
      return reply.type('text/csv; charset=utf-8').send(csv);
    },
  );

  app.post(
    '/mantelzorg/waarderingsrondes/:id/codebrieven',
    {
      schema: {
        operationId: 'createWaarderingsCodebrieven',
        tags: [TAG],
        summary:
          'Letters with a one-time code (one PDF, one page per carer) for carers without an account; e-mailed too where known (mantelzorgconsulent)',
        params: idParamsSchema,
        body: codebrievenSchema,
        produces: ['application/pdf'],
        response: { 200: z.string().describe('A PDF document: one letter per carer.') },
      },
    },
    async (request, reply) => {
      const { pdf } = await service.codebrieven(
        requireActor(request),
        request.params.id,
        request.body,
      );
      return stuurPdf(reply, 'brieven-met-code.pdf', pdf);
    },
  );

  // Without an account: the code is the key, so guessing is slowed per client address.
  app.post(
    '/mantelzorg/waardering-met-code/controle',
    {
      config: CODE_LIMIET,
      schema: {
        operationId: 'createWaarderingCodeControle',
        tags: [TAG],
        summary: 'Check a one-time code: the campaign and the care it is for (no login)',
        body: codeControleSchema,
        response: { 200: codeWaarderingSchema },
      },
    },
    async (request) =>
      service.controleerCode(requireGemeente(request).id, request.ip, request.body),
  );

  app.post(
    '/mantelzorg/waardering-met-code/aanvraag',
    {
      config: CODE_LIMIET,
      schema: {
        operationId: 'createWaarderingsaanvraagMetCode',
        tags: [TAG],
        summary: 'Apply for the mantelzorgwaardering with a one-time code (no login); used once',
        body: codeAanvraagSchema,
        response: { 201: codeAanvraagResultaatSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await service.vraagAanMetCode(requireGemeente(request).id, request.ip, request.body)),
  );

  app.post(
    '/mantelzorg/waarderingsaanvragen/:id/besluit',
    {
      schema: {
        operationId: 'createWaarderingsbesluit',
        tags: [TAG],
        summary: 'Grant or refuse an application, always with a reason (mantelzorgconsulent)',
        params: idParamsSchema,
        body: besluitSchema,
        response: { 200: aanvraagSchema },
      },
    },
    async (request) => service.besluit(requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/mantelzorg/cijfers',
    {
      schema: {
        operationId: 'getMantelzorgCijfers',
        tags: [TAG],
        summary: 'Registered carers, under 25, applications, granted — counts 1–4 suppressed',
        querystring: cijfersQuerySchema,
        response: { 200: cijfersSchema },
      },
    },
    async (request) => service.cijfers(requireActor(request), request.query.jaar),
  );
};
