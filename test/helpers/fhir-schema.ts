import { Fhir } from 'fhir';
import { expect } from 'vitest';

const fhir = new Fhir();

/**
 * Checks a resource against the FHIR R4 definitions of the npm `fhir` package; unknown
 * properties are errors too. Only "info" messages pass: the validator reports there that it
 * has no copy of an external value set (the mime types of `CapabilityStatement.format`).
 */
export function verwachtGeldigeFhir(resource: unknown): void {
  const uitkomst = fhir.validate(resource as object, { errorOnUnexpected: true });
  const ernstig = uitkomst.messages.filter((m) => m.severity !== 'info');
  expect(ernstig, JSON.stringify(ernstig)).toEqual([]);
  expect(uitkomst.valid).toBe(true);
}

/** The raw validation, for tests that show the validator catches a mistake. */
export function fhirValidatie(resource: unknown) {
  return fhir.validate(resource as object, { errorOnUnexpected: true });
}
