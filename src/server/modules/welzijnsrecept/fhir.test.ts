import { describe, expect, it } from 'vitest';
import { fhirValidatie, verwachtGeldigeFhir } from '../../../../test/helpers/fhir-schema.ts';
import { TAAK_STATUSSEN } from '../../../shared/welzijnsrecept.ts';
import {
  capabilityStatement,
  type FhirResource,
  operationOutcome,
  type TaakGegevens,
  taakResource,
  zoekBundel,
} from './fhir.ts';

/** Valid against the FHIR R4 definitions (test/helpers/fhir-schema.ts). */
const geldig = (resource: FhirResource) => verwachtGeldigeFhir(resource);

const BASIS = 'https://kring.example/fhir/r4';
const taak: TaakGegevens = {
  id: '0b6c3c9e-5d1e-4a55-9a3a-6f2f5d7e8a10',
  status: 'in-progress',
  serviceRequestId: '4c1a0f7e-1f43-4c8e-8d7e-2a8b9c0d1e2f',
  persoonId: '9f8e7d6c-5b4a-4321-8765-0fedcba98765',
  praktijkId: 'praktijk-de-linde',
  ontvangerId: 'welzijn-vianen',
  aangemaakt: '2026-12-01T09:15:00+01:00',
  gewijzigd: '2026-12-03T14:02:00+01:00',
  terugkoppelingen: [
    { moment: 'aangenomen', tekst: 'De welzijnscoach heeft de verwijzing aangenomen.' },
    { moment: 'activiteit', tekst: 'Er is een activiteit gevonden: een wandelgroep.' },
  ],
};

describe('FHIR resources for Welzijn op Recept', () => {
  it('emits a valid referral Task in every status, with the reports back as output', () => {
    for (const status of TAAK_STATUSSEN) {
      geldig(
        taakResource({
          ...taak,
          status,
          statusReden: status === 'on-hold' ? 'Op vakantie' : undefined,
        }),
      );
    }
    const t = taakResource(taak);
    expect(t.output).toHaveLength(2);
    expect(t.for).toEqual({ reference: `Patient/${taak.persoonId}` });
  });

  it('emits a valid Task without reports and with a practitioner as requester', () => {
    geldig(
      taakResource({ ...taak, status: 'requested', verwijzerId: 'arts-1', terugkoppelingen: [] }),
    );
  });

  it('emits valid OperationOutcomes, CapabilityStatement and search Bundle', () => {
    geldig(operationOutcome('invalid', [{ tekst: 'Kies een status.', waar: 'Task.status' }]));
    geldig(operationOutcome('not-found', [{ tekst: 'Deze taak bestaat niet.' }]));
    geldig(capabilityStatement(BASIS, '2026-12-03'));
    geldig(zoekBundel(BASIS, [taakResource(taak)]));
  });

  it('the validator catches what is wrong (so the tests above can fail)', () => {
    const fout = fhirValidatie({ ...taakResource(taak), status: 'klaar', extra: 1 });
    expect(fout.valid).toBe(false);
    expect(fout.messages.map((m) => m.location).sort()).toEqual(['Task.extra', 'Task.status']);
  });
});
