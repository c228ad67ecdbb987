import type { TaakStatus } from '../../../shared/welzijnsrecept.ts';
import type { FhirResource, TaakGegevens } from './fhir.ts';
import {
  type BundelSoort,
  EXT_CONTACTVOORKEUR,
  EXT_TOESTEMMING,
  EXT_WAT_IK_BELANGRIJK_VIND,
} from './fhir-invoer.ts';
import type { Ontvangers, Recept } from './model.ts';

/**
 * The resources of the FHIR endpoint besides the Task (fhir.ts): the ServiceRequest as Kring
 * holds it, the organisations a practice can refer to, and a transaction's answer. Pure.
 */

/** The ServiceRequest's status that goes with the Task's (FHIR request-status). */
const SERVICE_REQUEST_STATUS: Record<TaakStatus, string> = {
  draft: 'draft',
  requested: 'active',
  accepted: 'active',
  'in-progress': 'active',
  'on-hold': 'on-hold',
  completed: 'completed',
  rejected: 'revoked',
  cancelled: 'revoked',
  failed: 'revoked',
  'entered-in-error': 'entered-in-error',
};

/**
 * The referral as a ServiceRequest, for the practice that wrote it: the reason and
 * "wat vind ik belangrijk" as sent, the consent and contact preference as extensions.
 * The person by Kring's opaque id only, like the Task.
 */
export function serviceRequestResource(
  r: Pick<
    Recept,
    | 'id'
    | 'status'
    | 'persoon'
    | 'praktijk'
    | 'ontvanger'
    | 'aangemaaktOp'
    | 'gewijzigdOp'
    | 'reden'
    | 'watIkBelangrijkVind'
    | 'contactVoorkeur'
  >,
): FhirResource {
  return {
    resourceType: 'ServiceRequest',
    // Kring keeps one referral; its ServiceRequest and its Task share the id.
    id: r.id,
    meta: { lastUpdated: r.gewijzigdOp },
    extension: [
      { url: EXT_TOESTEMMING, valueBoolean: true },
      { url: EXT_CONTACTVOORKEUR, valueCode: r.contactVoorkeur },
      ...(r.watIkBelangrijkVind
        ? [{ url: EXT_WAT_IK_BELANGRIJK_VIND, valueString: r.watIkBelangrijkVind }]
        : []),
    ],
    status: SERVICE_REQUEST_STATUS[r.status],
    intent: 'order',
    subject: { reference: `Patient/${r.persoon.id}` },
    authoredOn: r.aangemaaktOp,
    requester: { reference: `Organization/${r.praktijk.id}` },
    performer: [{ reference: `Organization/${r.ontvanger.id}` }],
    reasonCode: [{ text: r.reden }],
  };
}

/** `GET /Organization`: where this practice can refer to, as a searchset. */
export function organisatieBundel(basisUrl: string, o: Ontvangers): FhirResource {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: o.ontvangers.length,
    entry: o.ontvangers.map((org) => ({
      fullUrl: `${basisUrl}/Organization/${org.id}`,
      resource: { resourceType: 'Organization', id: org.id, active: true, name: org.naam },
      search: { mode: 'match' },
    })),
  };
}

/**
 * The transaction-response: one entry per entry sent, in the same order. Kring keeps the
 * Patient (its own id), the ServiceRequest and the Task; a Consent is kept as the consent
 * of the referral, not as a resource of its own.
 */
export function transactieAntwoord(
  volgorde: readonly BundelSoort[],
  taak: FhirResource,
  t: TaakGegevens,
): FhirResource {
  const antwoord = (soort: BundelSoort) => {
    switch (soort) {
      case 'Patient':
        return { response: { status: '201 Created', location: `Patient/${t.persoonId}` } };
      case 'ServiceRequest':
        return {
          response: { status: '201 Created', location: `ServiceRequest/${t.serviceRequestId}` },
        };
      case 'Task':
        return {
          resource: taak,
          response: { status: '201 Created', location: `Task/${t.id}`, lastModified: t.gewijzigd },
        };
      case 'Consent':
        return { response: { status: '200 OK' } };
    }
  };
  return { resourceType: 'Bundle', type: 'transaction-response', entry: volgorde.map(antwoord) };
}
