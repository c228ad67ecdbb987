import { describe, expect, it } from 'vitest';
import { verwachtGeldigeFhir } from '../../../../test/helpers/fhir-schema.ts';
import {
  EXT_CONTACTVOORKEUR,
  EXT_TOESTEMMING,
  EXT_WAT_IK_BELANGRIJK_VIND,
  fhirPadVan,
  leesServiceRequest,
  leesTaak,
  leesTransactie,
} from './fhir-invoer.ts';

const ONTVANGER = '3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

const patient = (id: string) => ({
  resourceType: 'Patient',
  id,
  identifier: [{ system: 'http://fhir.nl/fhir/NamingSystem/bsn', value: '999911120' }],
  name: [
    { use: 'usual', given: ['Annie'] },
    { use: 'official', family: 'Jansen', given: ['Anna', 'Maria'] },
  ],
  telecom: [
    { system: 'email', value: 'anna@example.nl', rank: 2 },
    { system: 'phone', value: '06 1234 5678', rank: 1 },
  ],
});

const serviceRequest = (extra: Record<string, unknown> = {}) => ({
  resourceType: 'ServiceRequest',
  extension: [
    { url: EXT_TOESTEMMING, valueBoolean: true },
    { url: EXT_WAT_IK_BELANGRIJK_VIND, valueString: 'Weer onder de mensen komen.' },
  ],
  status: 'active',
  intent: 'order',
  subject: { reference: '#p' },
  performer: [{ reference: `Organization/${ONTVANGER}` }],
  reasonCode: [{ text: 'Voelt zich eenzaam sinds de verhuizing.' }],
  ...extra,
});

const consent = (status: string) => ({
  resourceType: 'Consent',
  id: 'c',
  status,
  scope: {
    coding: [
      { system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' },
    ],
  },
  category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0' }] }],
  policy: [{ uri: 'https://kring.example/privacy/welzijn-op-recept' }],
});

const VERWACHT = {
  persoon: {
    voornaam: 'Anna Maria',
    achternaam: 'Jansen',
    telefoonnummer: '06 1234 5678',
    eMailadres: 'anna@example.nl',
  },
  toestemming: true,
  reden: 'Voelt zich eenzaam sinds de verhuizing.',
  watIkBelangrijkVind: 'Weer onder de mensen komen.',
  contactVoorkeur: 'telefoon',
  ontvangerId: ONTVANGER,
  verzenden: true,
};

/** Every example a GP system would send is valid FHIR R4 itself. */
function geldigeInvoer<T>(resource: T): T {
  verwachtGeldigeFhir(resource);
  return resource;
}

describe('reading a referral from FHIR', () => {
  it('reads a ServiceRequest with the Patient contained (official name, telecom by rank)', () => {
    const sr = geldigeInvoer(serviceRequest({ contained: [patient('p')] }));
    expect(leesServiceRequest(sr)).toEqual({ ok: true, invoer: VERWACHT });
  });

  it('reads a Task with the ServiceRequest as focus; Task.owner names the receiver; draft stays a draft', () => {
    const { performer: _weg, ...zonderPerformer } = serviceRequest({ id: 'sr' });
    const taak = geldigeInvoer({
      resourceType: 'Task',
      contained: [zonderPerformer, patient('p')],
      status: 'draft',
      intent: 'order',
      focus: { reference: '#sr' },
      for: { reference: '#p' },
      owner: { reference: `Organization/${ONTVANGER}` },
    });
    expect(leesTaak(taak)).toEqual({ ok: true, invoer: { ...VERWACHT, verzenden: false } });
  });

  it('reads a transaction Bundle with a Consent entry, and says what each entry is', () => {
    const { extension: _ext, ...zonderExtensies } = serviceRequest();
    const bundel = geldigeInvoer({
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          fullUrl: 'urn:uuid:0d5c5b0e-1111-4c1e-9a53-5a1f0f9a0001',
          resource: { ...patient('p'), id: undefined },
          request: { method: 'POST', url: 'Patient' },
        },
        {
          fullUrl: 'urn:uuid:0d5c5b0e-1111-4c1e-9a53-5a1f0f9a0003',
          resource: { ...consent('active'), id: undefined },
          request: { method: 'POST', url: 'Consent' },
        },
        {
          fullUrl: 'urn:uuid:0d5c5b0e-1111-4c1e-9a53-5a1f0f9a0002',
          resource: {
            ...zonderExtensies,
            subject: { reference: 'urn:uuid:0d5c5b0e-1111-4c1e-9a53-5a1f0f9a0001' },
            supportingInfo: [{ reference: 'urn:uuid:0d5c5b0e-1111-4c1e-9a53-5a1f0f9a0003' }],
          },
          request: { method: 'POST', url: 'ServiceRequest' },
        },
        {
          fullUrl: 'urn:uuid:0d5c5b0e-1111-4c1e-9a53-5a1f0f9a0004',
          resource: {
            resourceType: 'Task',
            status: 'requested',
            intent: 'order',
            focus: { reference: 'urn:uuid:0d5c5b0e-1111-4c1e-9a53-5a1f0f9a0002' },
          },
          request: { method: 'POST', url: 'Task' },
        },
      ],
    });
    const { watIkBelangrijkVind: _w, ...zonderWat } = VERWACHT;
    expect(leesTransactie(bundel)).toEqual({
      ok: true,
      invoer: zonderWat,
      volgorde: ['Patient', 'Consent', 'ServiceRequest', 'Task'],
    });
  });

  it('refuses a referral without consent, and says how to give it', () => {
    const { extension: _ext, ...zonderToestemming } = serviceRequest({
      contained: [patient('p'), consent('rejected')],
      supportingInfo: [{ reference: '#c' }],
    });
    geldigeInvoer(zonderToestemming);
    const uitkomst = leesServiceRequest(zonderToestemming);
    expect(uitkomst).toEqual({
      ok: false,
      problemen: [
        {
          tekst: expect.stringContaining('toestemming'),
          waar: 'ServiceRequest.supportingInfo',
        },
      ],
    });
    // A contained Consent with status active is consent.
    expect(
      leesServiceRequest({ ...zonderToestemming, contained: [patient('p'), consent('active')] }).ok,
    ).toBe(true);
  });

  it('lists every problem at once, each at its FHIRPath, without repeating values', () => {
    const uitkomst = leesServiceRequest(
      serviceRequest({
        contained: [
          {
            resourceType: 'Patient',
            id: 'p',
            name: [{ given: ['Anna'] }],
            telecom: [{ system: 'phone', value: 'bel me' }],
          },
        ],
        reasonCode: [],
        performer: [{ reference: 'Organization/welzijn' }],
      }),
    );
    expect(uitkomst.ok).toBe(false);
    const problemen = uitkomst.ok ? [] : uitkomst.problemen;
    expect(problemen.map((p) => p.waar).sort()).toEqual([
      'Patient.name.family',
      'Patient.telecom',
      'ServiceRequest.performer',
      'ServiceRequest.reasonCode',
    ]);
    expect(JSON.stringify(problemen)).not.toContain('bel me');
  });

  it('takes the contact preference from the extension, else the first telecom, else via the GP', () => {
    const zonder = (telecom: unknown[], extra: Record<string, unknown> = {}) =>
      leesServiceRequest(serviceRequest({ contained: [{ ...patient('p'), telecom }], ...extra }));
    const voorkeur = (u: ReturnType<typeof zonder>) => (u.ok ? u.invoer.contactVoorkeur : u);
    expect(voorkeur(zonder([{ system: 'email', value: 'a@example.nl' }]))).toBe('email');
    expect(voorkeur(zonder([]))).toBe('via-huisarts');
    const brief = serviceRequest().extension.concat([
      { url: EXT_CONTACTVOORKEUR, valueCode: 'brief' } as never,
    ]);
    expect(voorkeur(zonder([], { extension: brief }))).toBe('brief');
    const fout = serviceRequest().extension.concat([
      { url: EXT_CONTACTVOORKEUR, valueCode: 'duif' } as never,
    ]);
    expect(voorkeur(zonder([], { extension: fout }))).toEqual({
      ok: false,
      problemen: [{ tekst: expect.any(String), waar: 'ServiceRequest.extension' }],
    });
  });

  it('refuses the wrong resource, a Bundle that is no transaction, and a Task without focus', () => {
    expect(leesServiceRequest({ resourceType: 'Task' }).ok).toBe(false);
    expect(leesServiceRequest('tekst').ok).toBe(false);
    expect(leesTransactie({ resourceType: 'Bundle', type: 'batch' })).toEqual({
      ok: false,
      problemen: [{ tekst: expect.any(String), waar: 'Bundle.type' }],
    });
    expect(leesTaak({ resourceType: 'Task', status: 'requested', intent: 'order' })).toEqual({
      ok: false,
      problemen: [{ tekst: expect.any(String), waar: 'Task.focus' }],
    });
    const zonderSr = leesTransactie({
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          resource: { resourceType: 'Observation' },
          request: { method: 'POST', url: 'Observation' },
        },
      ],
    });
    expect(zonderSr.ok ? [] : zonderSr.problemen.map((p) => p.waar)).toEqual([
      'Bundle.entry[0].resource',
      'Bundle.entry',
    ]);
  });

  it('maps the fields of Kring’s input (and its problem names) to FHIRPath', () => {
    expect(fhirPadVan('body.persoon.voornaam')).toBe('Patient.name.given');
    expect(fhirPadVan('persoon.eMailadres')).toBe('Patient.telecom');
    expect(fhirPadVan('body.ontvangerId')).toBe('ServiceRequest.performer');
    expect(fhirPadVan('body.iets')).toBeUndefined();
  });
});
