import type { TaakStatus } from '../../../shared/welzijnsrecept.ts';

/**
 * The FHIR R4 resources Kring emits for Welzijn op Recept — pure functions from Kring's data
 * to JSON, so the tests can validate every shape against the FHIR R4 definitions. Privacy:
 * a Task points at the person with Kring's own opaque id (`Patient/{id}`), never with a BSN,
 * a name or a date of birth; the reason and the terugkoppeling are plain words the person
 * agreed to share.
 */
export const FHIR_VERSIE = '4.0.1';

/** The code of a terugkoppeling in `Task.output.type` (Kring's own code system). */
export const TERUGKOPPELING_SYSTEEM = 'https://kring.example/fhir/CodeSystem/terugkoppeling';

export type FhirResource = { resourceType: string } & Record<string, unknown>;

export interface TaakGegevens {
  id: string;
  status: TaakStatus;
  /** The reason of the last status change, when it needed one. */
  statusReden?: string;
  serviceRequestId: string;
  persoonId: string;
  /** `Organization/{id}` of the referring practice; `Practitioner/{id}` optional. */
  praktijkId: string;
  verwijzerId?: string;
  /** The receiving organisation (welzijnsorganisatie). */
  ontvangerId: string;
  /** ISO instants. */
  aangemaakt: string;
  gewijzigd: string;
  terugkoppelingen: readonly { moment: string; tekst: string }[];
}

/** The referral Task, with the reports back to the GP as `Task.output`. */
export function taakResource(t: TaakGegevens): FhirResource {
  return {
    resourceType: 'Task',
    id: t.id,
    meta: { lastUpdated: t.gewijzigd },
    status: t.status,
    ...(t.statusReden ? { statusReason: { text: t.statusReden } } : {}),
    intent: 'order',
    code: {
      coding: [{ system: 'http://hl7.org/fhir/CodeSystem/task-code', code: 'fulfill' }],
    },
    focus: { reference: `ServiceRequest/${t.serviceRequestId}` },
    for: { reference: `Patient/${t.persoonId}` },
    authoredOn: t.aangemaakt,
    lastModified: t.gewijzigd,
    requester: {
      reference: t.verwijzerId ? `Practitioner/${t.verwijzerId}` : `Organization/${t.praktijkId}`,
    },
    owner: { reference: `Organization/${t.ontvangerId}` },
    ...(t.terugkoppelingen.length > 0
      ? {
          output: t.terugkoppelingen.map((k) => ({
            type: {
              coding: [{ system: TERUGKOPPELING_SYSTEEM, code: 'terugkoppeling' }],
              text: `Terugkoppeling ${k.moment}`,
            },
            valueString: k.tekst,
          })),
        }
      : {}),
  };
}

/** Codes of the FHIR IssueType value set that Kring uses (`OperationOutcome.issue.code`). */
export type ProbleemSoort =
  | 'invalid'
  | 'structure'
  | 'not-found'
  | 'forbidden'
  | 'security'
  | 'login'
  | 'conflict'
  | 'not-supported'
  | 'too-long'
  | 'throttled'
  | 'exception';

/**
 * The OperationOutcome for an error (the FHIR counterpart of RFC 9457 problem details): one
 * issue per problem, with where it is (`expression`, a FHIRPath like `Task.status`).
 */
export function operationOutcome(
  soort: ProbleemSoort,
  problemen: readonly { tekst: string; waar?: string }[],
): FhirResource {
  return {
    resourceType: 'OperationOutcome',
    issue: problemen.map((p) => ({
      severity: 'error',
      code: soort,
      diagnostics: p.tekst,
      ...(p.waar ? { expression: [p.waar] } : {}),
    })),
  };
}

/** `GET /fhir/r4/metadata`: what Kring's FHIR endpoint does. */
export function capabilityStatement(basisUrl: string, datum: string): FhirResource {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: datum,
    publisher: 'Kring',
    kind: 'instance',
    software: { name: 'Kring' },
    implementation: { description: 'Kring — Welzijn op Recept', url: basisUrl },
    fhirVersion: FHIR_VERSIE,
    format: ['application/fhir+json'],
    rest: [
      {
        mode: 'server',
        security: {
          // Where to get a token, as SMART on FHIR publishes it.
          extension: [
            {
              url: 'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris',
              extension: [{ url: 'token', valueUri: `${basisUrl}/auth/token` }],
            },
          ],
          service: [
            {
              coding: [
                {
                  system: 'http://terminology.hl7.org/CodeSystem/restful-security-service',
                  code: 'OAuth',
                },
              ],
            },
          ],
          description: `OAuth2 client credentials (RFC 6749 §4.4) per practice: POST ${basisUrl}/auth/token with client_secret_basic or client_secret_post gives a bearer token for one hour.`,
        },
        resource: [
          {
            type: 'ServiceRequest',
            interaction: [{ code: 'create' }, { code: 'read' }],
          },
          {
            type: 'Organization',
            interaction: [{ code: 'search-type' }],
            documentation:
              'The organisations this practice can refer to (ServiceRequest.performer).',
          },
          {
            type: 'Task',
            interaction: [{ code: 'create' }, { code: 'read' }, { code: 'search-type' }],
            searchParam: [
              { name: 'status', type: 'token' },
              { name: 'focus', type: 'reference' },
              { name: '_lastUpdated', type: 'date' },
            ],
          },
        ],
        interaction: [{ code: 'transaction' }],
      },
    ],
  };
}

/** A searchset Bundle of Tasks (`GET /fhir/r4/Task?...`). */
export function zoekBundel(basisUrl: string, taken: readonly FhirResource[]): FhirResource {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: taken.length,
    entry: taken.map((t) => ({
      fullUrl: `${basisUrl}/Task/${String(t.id)}`,
      resource: t,
      search: { mode: 'match' },
    })),
  };
}
