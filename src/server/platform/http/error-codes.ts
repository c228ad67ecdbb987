/**
 * Stable error codes of the Kring API. Clients may rely on `code`; titles may be
 * reworded. Documented in docs/api.md — add new codes there too.
 */
export const ERROR_CODES = {
  KRING_VALIDATIE: { status: 400, title: 'De invoer klopt niet.' },
  KRING_ONLEESBAAR_VERZOEK: { status: 400, title: 'Het verzoek is niet te lezen.' },
  KRING_NIET_INGELOGD: { status: 401, title: 'U bent niet ingelogd.' },
  KRING_GEEN_TOEGANG: { status: 403, title: 'U heeft geen toegang.' },
  KRING_NIET_GEVONDEN: { status: 404, title: 'Niet gevonden.' },
  KRING_GEMEENTE_ONBEKEND: { status: 404, title: 'Deze gemeente is niet bekend.' },
  KRING_CONFLICT: { status: 409, title: 'Dit botst met wat er al is.' },
  KRING_TE_GROOT: { status: 413, title: 'Het verzoek is te groot.' },
  KRING_MEDIATYPE: { status: 415, title: 'Dit formaat wordt niet ondersteund.' },
  KRING_TE_VEEL_VERZOEKEN: { status: 429, title: 'Te veel verzoeken. Probeer het later opnieuw.' },
  KRING_INTERNE_FOUT: { status: 500, title: 'Er ging iets mis bij Kring.' },
  KRING_NIET_BESCHIKBAAR: { status: 503, title: 'Kring is nu niet beschikbaar.' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Problem type URIs are stable and documented; they are not meant to be dereferenced. */
export function problemType(code: ErrorCode): string {
  return `urn:kring:probleem:${code}`;
}
