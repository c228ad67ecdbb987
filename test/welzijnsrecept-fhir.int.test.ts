import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXT_TOESTEMMING,
  EXT_WAT_IK_BELANGRIJK_VIND,
} from '../src/server/modules/welzijnsrecept/fhir-invoer.ts';
import { GemeenteScope } from '../src/server/platform/tenancy/gemeente-scope.ts';
import { verwachtGeldigeFhir } from './helpers/fhir-schema.ts';
import { loginAls } from './helpers/login.ts';
import { maakReceptWereld } from './helpers/recept-wereld.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

/**
 * Welzijn op Recept through the FHIR R4 endpoint (issue 8): a GP system gets a token with
 * OAuth2 client credentials, refers through POST Task, POST ServiceRequest and a transaction
 * Bundle, follows the Task, and sees the coach's acceptance as status and Task.output.
 * Every resource Kring sends back is checked against the FHIR R4 definitions, and every
 * error is an OperationOutcome.
 */
const HOST = 'vianen.example.nl';

let t: TestApp;
let gemeenteId: number;
let org: Record<string, string>;
let acc: Record<string, string>;
let client: { clientId: string; geheim: string };
let anderClient: { clientId: string; geheim: string };
let adres = 0;

// biome-ignore lint/suspicious/noExplicitAny: test answers are read loosely
type Json = Record<string, any>;

/** A request to /fhir/r4; every FHIR answer is checked against the R4 definitions. */
async function fhir(
  method: string,
  pad: string,
  { token, body, type }: { token?: string; body?: unknown; type?: string } = {},
) {
  adres++;
  const res = await t.app.inject({
    method: method as 'GET',
    url: `/fhir/r4${pad}`,
    headers: {
      host: HOST,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': type ?? 'application/fhir+json' } : {}),
    },
    remoteAddress: `10.9.${adres >> 8}.${adres & 255}`,
    ...(body !== undefined
      ? { payload: typeof body === 'string' ? body : JSON.stringify(body) }
      : {}),
  });
  expect(res.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
  expect(res.headers['cache-control']).toBe('no-store');
  const json = res.json() as Json;
  verwachtGeldigeFhir(json);
  return { status: res.statusCode, headers: res.headers, body: json };
}

async function tokenVerzoek(
  form: Record<string, string>,
  { basic, type }: { basic?: [string, string]; type?: string } = {},
) {
  adres++;
  const res = await t.app.inject({
    method: 'POST',
    url: '/fhir/r4/auth/token',
    headers: {
      host: HOST,
      'content-type': type ?? 'application/x-www-form-urlencoded',
      ...(basic
        ? {
            authorization: `Basic ${Buffer.from(
              `${encodeURIComponent(basic[0])}:${encodeURIComponent(basic[1])}`,
            ).toString('base64')}`,
          }
        : {}),
    },
    remoteAddress: `10.10.${adres >> 8}.${adres & 255}`,
    payload: new URLSearchParams(form).toString(),
  });
  return { status: res.statusCode, headers: res.headers, body: res.json() as Json };
}

async function tokenVan(c: { clientId: string; geheim: string }): Promise<string> {
  const r = await tokenVerzoek(
    { grant_type: 'client_credentials' },
    { basic: [c.clientId, c.geheim] },
  );
  expect(r.status).toBe(200);
  return r.body.access_token as string;
}

async function api(wie: string, method: string, url: string, payload?: unknown) {
  const headers = (await loginAls(t, { gemeenteId, accountId: acc[wie]!, host: HOST })).headers;
  const res = await t.app.inject({
    method: method as 'GET',
    url: `/api/v1${url}`,
    headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  return { status: res.statusCode, body: res.json() as Json };
}

const patient = {
  resourceType: 'Patient',
  name: [{ use: 'official', family: 'de Graaf', given: ['Annie'] }],
  telecom: [{ system: 'phone', value: '030 123 45 67' }],
};

function serviceRequest(extra: Json = {}): Json {
  return {
    resourceType: 'ServiceRequest',
    extension: [
      { url: EXT_TOESTEMMING, valueBoolean: true },
      { url: EXT_WAT_IK_BELANGRIJK_VIND, valueString: 'Weer mensen zien.' },
    ],
    status: 'active',
    intent: 'order',
    subject: { reference: '#p' },
    performer: [{ reference: `Organization/${org.welzijn}` }],
    reasonCode: [{ text: 'Mevrouw is veel alleen en komt weinig buiten.' }],
    ...extra,
  };
}

function taak(sr: Json = serviceRequest()): Json {
  return {
    resourceType: 'Task',
    contained: [
      { ...sr, id: 'sr' },
      { ...patient, id: 'p' },
    ],
    status: 'requested',
    intent: 'order',
    focus: { reference: '#sr' },
    for: { reference: '#p' },
  };
}

beforeAll(async () => {
  t = await createTestApp();
  ({ gemeenteId, org, acc } = await maakReceptWereld(t, {
    code: 'GM1961',
    naam: 'Vianen',
    host: HOST,
    domein: 'fhir.example',
  }));
  // A second gemeente: tokens hold in their own gemeente only, and an unknown host finds none.
  await t.services.gemeenten.create({
    code: 'GM0882',
    naam: 'Stein',
    hostnamen: ['stein.example.nl'],
  });
  // What `kring fhir-client add` does.
  client = await t.services.welzijnsreceptFhir.registreerClient(gemeenteId, {
    praktijkId: org.praktijk!,
    accountEmail: 'huisarts@fhir.example',
    naam: 'HIS De Linde',
  });
  anderClient = await t.services.welzijnsreceptFhir.registreerClient(gemeenteId, {
    praktijkId: org.anderePraktijk!,
    accountEmail: 'andereHuisarts@fhir.example',
    naam: 'HIS Andere praktijk',
  });
});
afterAll(() => t.close());

describe('FHIR R4: metadata and tokens', () => {
  it('publishes a CapabilityStatement without a token, with the token URL', async () => {
    const r = await fhir('GET', '/metadata');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ resourceType: 'CapabilityStatement', fhirVersion: '4.0.1' });
    expect(JSON.stringify(r.body.rest[0].security)).toContain(`http://${HOST}/fhir/r4/auth/token`);
  });

  it('registers a client only for a huisarts of that practice', async () => {
    await expect(
      t.services.welzijnsreceptFhir.registreerClient(gemeenteId, {
        praktijkId: org.praktijk!,
        accountEmail: 'coach@fhir.example',
        naam: 'Verkeerd',
      }),
    ).rejects.toMatchObject({ code: 'KRING_VALIDATIE' });
    expect(client.clientId).toMatch(/^kring-[0-9a-f]{24}$/);
    const rij = await t.database.db
      .selectFrom('fhir_clients')
      .selectAll()
      .where('client_id', '=', client.clientId)
      .executeTakeFirstOrThrow();
    expect(rij.geheim_hash).not.toContain(client.geheim);
  });

  it('gives a bearer token for an hour with client_secret_basic and client_secret_post', async () => {
    const basic = await tokenVerzoek(
      { grant_type: 'client_credentials' },
      { basic: [client.clientId, client.geheim] },
    );
    expect(basic.status).toBe(200);
    expect(basic.body).toEqual({
      access_token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      token_type: 'Bearer',
      expires_in: 3600,
    });
    expect(basic.headers['cache-control']).toBe('no-store');
    const post = await tokenVerzoek({
      grant_type: 'client_credentials',
      client_id: client.clientId,
      client_secret: client.geheim,
    });
    expect(post.status).toBe(200);
    expect(post.body.access_token).not.toBe(basic.body.access_token);
    // Only the hash of a token is kept.
    const tokens = await t.database.db.selectFrom('fhir_tokens').select('token_hash').execute();
    expect(tokens.map((r) => r.token_hash)).not.toContain(post.body.access_token);
  });

  it('refuses a wrong secret, an unknown client, another grant and a JSON body (RFC 6749 §5.2)', async () => {
    const fout = await tokenVerzoek(
      { grant_type: 'client_credentials' },
      { basic: [client.clientId, `${client.geheim}x`] },
    );
    expect(fout.status).toBe(401);
    expect(fout.body).toEqual({ error: 'invalid_client', error_description: expect.any(String) });
    expect(fout.headers['www-authenticate']).toContain('Basic');
    const onbekend = await tokenVerzoek({
      grant_type: 'client_credentials',
      client_id: 'kring-onbekend-000000',
      client_secret: client.geheim,
    });
    expect(onbekend.status).toBe(401);
    const grant = await tokenVerzoek(
      { grant_type: 'password' },
      { basic: [client.clientId, client.geheim] },
    );
    expect(grant).toMatchObject({ status: 400, body: { error: 'unsupported_grant_type' } });
    const json = await tokenVerzoek(
      { grant_type: 'client_credentials' },
      { type: 'application/json' },
    );
    expect(json).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
  });
});

describe('FHIR R4: referring and following', () => {
  let token: string;
  let taakId: string;

  beforeAll(async () => {
    token = await tokenVan(client);
  });

  it('refers through POST Task: 201, Location, the Task as requested', async () => {
    const r = await fhir('POST', '/Task', { token, body: taak() });
    expect(r.status).toBe(201);
    taakId = r.body.id;
    expect(r.headers.location).toBe(`http://${HOST}/fhir/r4/Task/${taakId}`);
    expect(r.body).toMatchObject({
      resourceType: 'Task',
      status: 'requested',
      intent: 'order',
      focus: { reference: `ServiceRequest/${taakId}` },
      requester: { reference: `Organization/${org.praktijk}` },
      owner: { reference: `Organization/${org.welzijn}` },
    });
    expect(r.body.output).toBeUndefined();
    // The person is referred to by Kring's id only.
    expect(JSON.stringify(r.body)).not.toContain('Graaf');
    // The referral is the GP's like one from the web form, with source fhir.
    const recept = await api('huisarts', 'GET', `/welzijnsrecepten/${taakId}`);
    expect(recept.body).toMatchObject({
      status: 'requested',
      reden: 'Mevrouw is veel alleen en komt weinig buiten.',
      watIkBelangrijkVind: 'Weer mensen zien.',
      contactVoorkeur: 'telefoon',
      persoon: { naam: 'Annie de Graaf', telefoonnummer: '030 123 45 67' },
    });
    const bron = await t.database.db
      .selectFrom('welzijnsrecepten')
      .select('bron')
      .where('id', '=', taakId)
      .executeTakeFirstOrThrow();
    expect(bron.bron).toBe('fhir');
  });

  it('logs every access as the client’s huisarts account and practice (NEN 7513)', async () => {
    const rijen = await t.database.db
      .selectFrom('toegangslog')
      .select(['account_id', 'rol', 'organisatie_id', 'uitkomst'])
      .where('gemeente_id', '=', gemeenteId)
      .where('account_id', '=', acc.huisarts!)
      .execute();
    expect(rijen.length).toBeGreaterThan(0);
    expect(rijen.every((r) => r.rol === 'huisarts' && r.organisatie_id === org.praktijk)).toBe(
      true,
    );
  });

  it('refers through a transaction Bundle: a transaction-response, entry for entry', async () => {
    const { extension: _e, ...zonderToestemmingExtensie } = serviceRequest();
    const bundel = {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          fullUrl: 'urn:uuid:6f1c0a52-95a4-4d55-9d1a-0c6a2b8e0001',
          resource: patient,
          request: { method: 'POST', url: 'Patient' },
        },
        {
          fullUrl: 'urn:uuid:6f1c0a52-95a4-4d55-9d1a-0c6a2b8e0002',
          resource: {
            ...zonderToestemmingExtensie,
            extension: [{ url: EXT_TOESTEMMING, valueBoolean: true }],
            subject: { reference: 'urn:uuid:6f1c0a52-95a4-4d55-9d1a-0c6a2b8e0001' },
          },
          request: { method: 'POST', url: 'ServiceRequest' },
        },
        {
          fullUrl: 'urn:uuid:6f1c0a52-95a4-4d55-9d1a-0c6a2b8e0003',
          resource: {
            resourceType: 'Task',
            status: 'requested',
            intent: 'order',
            focus: { reference: 'urn:uuid:6f1c0a52-95a4-4d55-9d1a-0c6a2b8e0002' },
          },
          request: { method: 'POST', url: 'Task' },
        },
      ],
    };
    verwachtGeldigeFhir(bundel);
    const r = await fhir('POST', '', { token, body: bundel });
    expect(r.status).toBe(200);
    expect(r.body.type).toBe('transaction-response');
    const [p, sr, tk] = r.body.entry as Json[];
    expect(p!.response).toMatchObject({
      status: '201 Created',
      location: expect.stringMatching(/^Patient\//),
    });
    expect(sr!.response.location).toBe(`ServiceRequest/${tk!.resource.id}`);
    expect(tk!.response.location).toBe(`Task/${tk!.resource.id}`);
    expect(tk!.resource.status).toBe('requested');
  });

  it('refers through POST ServiceRequest, and reads it back', async () => {
    const sr = { ...serviceRequest(), contained: [{ ...patient, id: 'p' }], status: 'draft' };
    const r = await fhir('POST', '/ServiceRequest', { token, body: sr });
    expect(r.status).toBe(201);
    expect(r.headers.location).toBe(`http://${HOST}/fhir/r4/ServiceRequest/${r.body.id}`);
    expect(r.body).toMatchObject({ resourceType: 'ServiceRequest', status: 'draft' });
    const terug = await fhir('GET', `/ServiceRequest/${r.body.id}`, { token });
    expect(terug.body).toEqual(r.body);
    const alsTaak = await fhir('GET', `/Task?focus=ServiceRequest/${r.body.id}`, { token });
    expect(alsTaak.body.entry.map((e: Json) => e.resource.status)).toEqual(['draft']);
  });

  it('reads a Task and searches by status and _lastUpdated', async () => {
    const een = await fhir('GET', `/Task/${taakId}`, { token });
    expect(een.body).toMatchObject({ id: taakId, status: 'requested' });
    const alle = await fhir('GET', '/Task', { token });
    expect(alle.body).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: 3 });
    const gevraagd = await fhir('GET', '/Task?status=requested', { token });
    expect(gevraagd.body.total).toBe(2);
    const beide = await fhir('GET', '/Task?status=draft,requested', { token });
    expect(beide.body.total).toBe(3);
    const na = await fhir('GET', `/Task?_lastUpdated=gt${een.body.meta.lastUpdated}`, { token });
    expect(na.body.entry.map((e: Json) => e.resource.id)).not.toContain(taakId);
    const morgen = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const niets = await fhir('GET', `/Task?_lastUpdated=ge${morgen}`, { token });
    expect(niets.body).toMatchObject({ total: 0 });
    expect(niets.body.entry).toEqual([]);
  });

  it('shows the coach’s acceptance as the Task status and a report back in Task.output', async () => {
    const na = new Date().toISOString();
    const aangenomen = await api('coach', 'POST', `/welzijnsrecepten/${taakId}/statuswijzigingen`, {
      status: 'accepted',
      reden: '',
    });
    expect(aangenomen.status).toBe(200);
    const r = await fhir('GET', `/Task/${taakId}`, { token });
    expect(r.body.status).toBe('accepted');
    expect(r.body.output).toEqual([
      {
        type: {
          coding: [
            {
              system: 'https://kring.example/fhir/CodeSystem/terugkoppeling',
              code: 'terugkoppeling',
            },
          ],
          text: 'Terugkoppeling aangenomen',
        },
        valueString: expect.any(String),
      },
    ]);
    const gewijzigd = await fhir('GET', `/Task?_lastUpdated=gt${na}`, { token });
    expect(gewijzigd.body.entry.map((e: Json) => e.resource.id)).toEqual([taakId]);
    const zoek = await fhir('GET', '/Task?status=accepted', { token });
    expect(zoek.body.entry[0].resource.output).toHaveLength(1);
  });

  it('lists the organisations the practice can refer to', async () => {
    const r = await fhir('GET', '/Organization', { token });
    expect(r.body.entry.map((e: Json) => e.resource)).toEqual([
      { resourceType: 'Organization', id: org.welzijn, active: true, name: 'Org welzijn' },
    ]);
  });

  it('another practice’s client sees none of these referrals', async () => {
    const ander = await tokenVan(anderClient);
    const r = await fhir('GET', `/Task/${taakId}`, { token: ander });
    // The welzijnsrecept service refuses (and logs) the read, as it does on /api/v1.
    expect([403, 404]).toContain(r.status);
    expect(['forbidden', 'not-found']).toContain(r.body.issue[0].code);
    const zoek = await fhir('GET', '/Task', { token: ander });
    expect(zoek.body.total).toBe(0);
  });
});

describe('FHIR R4: every error is an OperationOutcome', () => {
  let token: string;
  beforeAll(async () => {
    token = await tokenVan(client);
  });

  it('401 without a token or with an unknown one, with WWW-Authenticate', async () => {
    const zonder = await fhir('GET', '/Task');
    expect(zonder.status).toBe(401);
    expect(zonder.headers['www-authenticate']).toBe('Bearer realm="kring-fhir"');
    expect(zonder.body.issue[0]).toMatchObject({ severity: 'error', code: 'login' });
    const fout = await fhir('GET', '/Task', { token: 'dit-is-geen-token' });
    expect(fout.status).toBe(401);
    expect(fout.headers['www-authenticate']).toContain('error="invalid_token"');
  });

  it('422 without consent, with where and how', async () => {
    const { extension: _e, ...zonderToestemming } = serviceRequest();
    const r = await fhir('POST', '/Task', { token, body: taak(zonderToestemming) });
    expect(r.status).toBe(422);
    expect(r.body.issue).toEqual([
      {
        severity: 'error',
        code: 'invalid',
        diagnostics: expect.stringContaining('toestemming'),
        expression: ['ServiceRequest.supportingInfo'],
      },
    ]);
  });

  it('422 for a receiver the practice cannot refer to, and for several problems at once', async () => {
    const r = await fhir('POST', '/Task', {
      token,
      body: taak(
        serviceRequest({ performer: [{ reference: `Organization/${org.anderePraktijk}` }] }),
      ),
    });
    expect(r.status).toBe(422);
    expect(r.body.issue[0].expression).toEqual(['ServiceRequest.performer']);
    const veel = await fhir('POST', '/Task', {
      token,
      body: {
        ...taak(serviceRequest({ reasonCode: [] })),
        contained: [
          { ...serviceRequest({ reasonCode: [] }), id: 'sr' },
          { resourceType: 'Patient', id: 'p', name: [{ given: ['Annie'] }] },
        ],
      },
    });
    expect(veel.status).toBe(422);
    expect(veel.body.issue.map((i: Json) => i.expression[0]).sort()).toEqual([
      'Patient.name.family',
      'ServiceRequest.reasonCode',
    ]);
  });

  it('400 for JSON that does not parse, 415 for another format, 404 for what does not exist', async () => {
    const kapot = await fhir('POST', '/Task', { token, body: '{"resourceType":' });
    expect(kapot.status).toBe(400);
    expect(kapot.body.issue[0].code).toBe('structure');
    const xml = await fhir('POST', '/Task', {
      token,
      body: '<Task/>',
      type: 'application/fhir+xml',
    });
    expect(xml.status).toBe(415);
    expect(xml.body.issue[0].code).toBe('not-supported');
    const geen = await fhir('GET', `/Task/${randomUUID()}`, { token });
    expect(geen.status).toBe(404);
    const raar = await fhir('GET', '/Task/niet-een-id', { token });
    expect(raar.status).toBe(404);
    const pad = await fhir('GET', '/Observation', { token });
    expect(pad.status).toBe(404);
    const zoek = await fhir('GET', '/Task?status=klaar', { token });
    expect(zoek.status).toBe(400);
    const datum = await fhir('GET', '/Task?_lastUpdated=2026-12-01', { token });
    expect(datum.status).toBe(400);
  });

  it('404 for a host name without a gemeente; a token holds only in its own gemeente', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/fhir/r4/metadata',
      headers: { host: 'onbekend.example.nl' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    verwachtGeldigeFhir(res.json());
    const elders = await t.app.inject({
      method: 'GET',
      url: '/fhir/r4/Task',
      headers: { host: 'stein.example.nl', authorization: `Bearer ${token}` },
    });
    expect(elders.statusCode).toBe(401);
    verwachtGeldigeFhir(elders.json());
  });

  it('403 when the client’s account is no longer huisarts there; 401 once the client is revoked', async () => {
    const scope = new GemeenteScope(t.database.db, gemeenteId);
    const eigen = await tokenVan(anderClient);
    await scope.deleteFrom('rollen').where('account_id', '=', acc.andereHuisarts!).execute();
    const r = await fhir('GET', '/Task', { token: eigen });
    expect(r.status).toBe(403);
    expect(r.body.issue[0].code).toBe('forbidden');
    await t.services.welzijnsreceptFhir.trekClientIn(gemeenteId, anderClient.clientId);
    const na = await fhir('GET', '/Task', { token: eigen });
    expect(na.status).toBe(401);
    const nieuw = await tokenVerzoek(
      { grant_type: 'client_credentials' },
      { basic: [anderClient.clientId, anderClient.geheim] },
    );
    expect(nieuw.status).toBe(401);
  });
});
