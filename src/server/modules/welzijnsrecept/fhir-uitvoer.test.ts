import { describe, expect, it } from 'vitest';
import { verwachtGeldigeFhir } from '../../../../test/helpers/fhir-schema.ts';
import { TAAK_STATUSSEN } from '../../../shared/welzijnsrecept.ts';
import { type TaakGegevens, taakResource } from './fhir.ts';
import { organisatieBundel, serviceRequestResource, transactieAntwoord } from './fhir-uitvoer.ts';

const taak: TaakGegevens = {
  id: '0b6c3c9e-5d1e-4a55-9a3a-6f2f5d7e8a10',
  status: 'requested',
  serviceRequestId: '4c1a0f7e-1f43-4c8e-8d7e-2a8b9c0d1e2f',
  persoonId: '9f8e7d6c-5b4a-4321-8765-0fedcba98765',
  praktijkId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  ontvangerId: '3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  aangemaakt: '2026-12-01T09:15:00Z',
  gewijzigd: '2026-12-01T09:15:00Z',
  terugkoppelingen: [],
};
const recept = {
  id: taak.id,
  status: 'requested' as const,
  persoon: { id: taak.persoonId, naam: 'Anna Jansen', telefoonnummer: null, eMailadres: null },
  praktijk: { id: taak.praktijkId, naam: 'De Linde' },
  ontvanger: { id: taak.ontvangerId, naam: 'Welzijn Samen' },
  aangemaaktOp: taak.aangemaakt,
  gewijzigdOp: taak.gewijzigd,
  reden: 'Voelt zich eenzaam.',
  watIkBelangrijkVind: 'Onder de mensen komen.',
  contactVoorkeur: 'telefoon' as const,
};

describe('the other FHIR resources of the endpoint', () => {
  it('emits a valid ServiceRequest for every Task status', () => {
    for (const status of TAAK_STATUSSEN) {
      const sr = serviceRequestResource({ ...recept, status });
      verwachtGeldigeFhir(sr);
      expect(sr.subject).toEqual({ reference: `Patient/${taak.persoonId}` });
    }
    const sr = serviceRequestResource({ ...recept, watIkBelangrijkVind: '' });
    verwachtGeldigeFhir(sr);
    expect(sr.status).toBe('active');
    expect(sr.extension).toHaveLength(2);
  });

  it('emits a valid searchset of organisations, also an empty one', () => {
    verwachtGeldigeFhir(
      organisatieBundel('https://k.example/fhir/r4', {
        ontvangers: [{ id: taak.ontvangerId, naam: 'Welzijn Samen' }],
      }),
    );
    verwachtGeldigeFhir(organisatieBundel('https://k.example/fhir/r4', { ontvangers: [] }));
  });

  it('answers a transaction entry for entry, in the same order', () => {
    const antwoord = transactieAntwoord(
      ['Patient', 'Consent', 'ServiceRequest', 'Task'],
      taakResource(taak),
      taak,
    );
    verwachtGeldigeFhir(antwoord);
    expect(
      (antwoord.entry as { response: { location?: string } }[]).map((e) => e.response.location),
    ).toEqual([
      `Patient/${taak.persoonId}`,
      undefined,
      `ServiceRequest/${taak.serviceRequestId}`,
      `Task/${taak.id}`,
    ]);
  });
});
