import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/actor.ts';
import { requireGemeente } from '../../platform/tenancy/request-gemeente.ts';
import {
  aanbiederSchema,
  aanbodInhoudSchema,
  aanbodSchema,
  bewerkingSchema,
  historieSchema,
  idParamsSchema,
  mijnAanbodSchema,
  moderatieLijstSchema,
  nieuwAanbodSchema,
  taxonomieenSchema,
  terugsturenSchema,
  voorstelSchema,
  zoekQuerySchema,
  zoekResultaatSchema,
} from './model.ts';
import type { SocialeKaartService } from './service.ts';

const TAG = 'Sociale kaart';
const BEWERKEN = 'Sociale kaart bewerken';

export const socialeKaartRoutes: FastifyPluginAsyncZod<{ service: SocialeKaartService }> = async (
  app,
  { service },
) => {
  app.get(
    '/aanbod',
    {
      schema: {
        operationId: 'searchAanbod',
        tags: [TAG],
        summary: 'Search the sociale kaart: text, place and radius, filters; with facet counts',
        description:
          'Public, no login. Dutch full text with stemming, prefix matching, synonyms and typo tolerance. Sorted by distance when a place is given. A secret address (a shelter) never gives a point or a distance.',
        querystring: zoekQuerySchema,
        response: { 200: zoekResultaatSchema },
      },
    },
    async (request) => service.zoek(requireGemeente(request).id, request.query),
  );

  app.get(
    '/aanbod/:id',
    {
      schema: {
        operationId: 'getAanbod',
        tags: [TAG],
        summary:
          'One published entry: description, schedule in words, costs, accessibility, contact',
        params: idParamsSchema,
        response: { 200: aanbodSchema },
      },
    },
    async (request) => service.aanbod(requireGemeente(request).id, request.params.id),
  );

  app.get(
    '/aanbieders/:id',
    {
      schema: {
        operationId: 'getAanbieder',
        tags: [TAG],
        summary: 'An organisation on the sociale kaart, its entries and who it works with',
        params: idParamsSchema,
        response: { 200: aanbiederSchema },
      },
    },
    async (request) => service.aanbieder(requireGemeente(request).id, request.params.id),
  );

  app.get(
    '/taxonomieen',
    {
      schema: {
        operationId: 'listTaxonomieen',
        tags: [TAG],
        summary:
          'The taxonomies of this gemeente (levensdomein, hulpvorm, doelgroep) with their terms',
        response: { 200: taxonomieenSchema },
      },
    },
    async (request) => service.taxonomieen(requireGemeente(request).id),
  );

  app.get(
    '/mijn-aanbod',
    {
      schema: {
        operationId: 'listMijnAanbod',
        tags: [BEWERKEN],
        summary:
          'The entries of the organisations I manage (organisation admin; the editor sees all)',
        response: { 200: mijnAanbodSchema },
      },
    },
    async (request) => service.mijnAanbod(requireActor(request)),
  );

  app.post(
    '/aanbod',
    {
      schema: {
        operationId: 'createAanbod',
        tags: [BEWERKEN],
        summary: 'A new entry for my organisation; a concept until the editor publishes it',
        body: nieuwAanbodSchema,
        response: { 201: bewerkingSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.maakAanbod(requireActor(request), request.body)),
  );

  app.get(
    '/aanbod/:id/bewerking',
    {
      schema: {
        operationId: 'getAanbodBewerking',
        tags: [BEWERKEN],
        summary: 'The entry as I may edit it: the open change, or the published content',
        params: idParamsSchema,
        response: { 200: bewerkingSchema },
      },
    },
    async (request) => service.bewerking(requireActor(request), request.params.id),
  );

  app.put(
    '/aanbod/:id/bewerking',
    {
      schema: {
        operationId: 'saveAanbodBewerking',
        tags: [BEWERKEN],
        summary: 'Save a change as a draft (not public until the editor publishes it)',
        params: idParamsSchema,
        body: aanbodInhoudSchema,
        response: { 200: bewerkingSchema },
      },
    },
    async (request) => service.slaConceptOp(requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/aanbod/:id/bewerking/indienen',
    {
      schema: {
        operationId: 'submitAanbodBewerking',
        tags: [BEWERKEN],
        summary: 'Send the change to the editor',
        params: idParamsSchema,
        response: { 200: bewerkingSchema },
      },
    },
    async (request) => service.dienIn(requireActor(request), request.params.id),
  );

  app.post(
    '/aanbod/:id/bewerking/intrekken',
    {
      schema: {
        operationId: 'withdrawAanbodBewerking',
        tags: [BEWERKEN],
        summary: 'Withdraw the open change',
        params: idParamsSchema,
        response: { 200: bewerkingSchema },
      },
    },
    async (request) => service.trekIn(requireActor(request), request.params.id),
  );

  app.post(
    '/aanbod/:id/controles',
    {
      schema: {
        operationId: 'confirmAanbod',
        tags: [BEWERKEN],
        summary: 'Confirm the published entry is still correct (sets "laatst gecontroleerd")',
        params: idParamsSchema,
        response: { 200: aanbodSchema },
      },
    },
    async (request) => service.bevestig(requireActor(request), request.params.id),
  );

  app.get(
    '/aanbod/:id/historie',
    {
      schema: {
        operationId: 'getAanbodHistorie',
        tags: [BEWERKEN],
        summary: 'Every change to the entry: who, when, which field, old and new',
        params: idParamsSchema,
        response: { 200: historieSchema },
      },
    },
    async (request) => service.historie(requireActor(request), request.params.id),
  );

  app.get(
    '/moderatie/voorstellen',
    {
      schema: {
        operationId: 'listModeratie',
        tags: [BEWERKEN],
        summary: "The editor's queue: submitted changes with their differences, and stale entries",
        response: { 200: moderatieLijstSchema },
      },
    },
    async (request) => service.moderatie(requireActor(request)),
  );

  app.get(
    '/moderatie/voorstellen/:id',
    {
      schema: {
        operationId: 'getModeratieVoorstel',
        tags: [BEWERKEN],
        summary: 'One change with a field-by-field difference (editor)',
        params: idParamsSchema,
        response: { 200: voorstelSchema },
      },
    },
    async (request) => service.voorstel(requireActor(request), request.params.id),
  );

  app.post(
    '/moderatie/voorstellen/:id/publiceren',
    {
      schema: {
        operationId: 'publishModeratieVoorstel',
        tags: [BEWERKEN],
        summary: 'Publish the change (editor)',
        params: idParamsSchema,
        response: { 200: voorstelSchema },
      },
    },
    async (request) => service.publiceer(requireActor(request), request.params.id),
  );

  app.post(
    '/moderatie/voorstellen/:id/terugsturen',
    {
      schema: {
        operationId: 'returnModeratieVoorstel',
        tags: [BEWERKEN],
        summary: 'Return the change to the organisation with a comment (editor)',
        params: idParamsSchema,
        body: terugsturenSchema,
        response: { 200: voorstelSchema },
      },
    },
    async (request) =>
      service.stuurTerug(requireActor(request), request.params.id, request.body.opmerking),
  );
};
