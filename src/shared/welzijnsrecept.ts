/**
 * Welzijn op Recept: the words the server and the web app share. The status of a referral is
 * the status of its FHIR R4 Task, as the HL7 Gravity SDOH referral Task uses it (without
 * `ready` and `received`), so GP systems and Kring speak the same codes.
 */
export const TAAK_STATUSSEN = [
  'draft',
  'requested',
  'accepted',
  'rejected',
  'cancelled',
  'in-progress',
  'on-hold',
  'failed',
  'completed',
  'entered-in-error',
] as const;
export type TaakStatus = (typeof TAAK_STATUSSEN)[number];

/** The referring practice (huisarts, praktijkondersteuner) and the receiving organisation. */
export type ReceptKant = 'verwijzer' | 'ontvanger';

/**
 * The default wellbeing measure: six dimensions, each scored 0–10, in the shape of
 * "positieve gezondheid" (our own codes and wording; the labels live in the i18n texts).
 * A gemeente can configure another list.
 */
export const WELBEVINDEN_STANDAARD = [
  'lichaam',
  'gevoel',
  'zingeving',
  'levenskwaliteit',
  'meedoen',
  'dagelijksLeven',
] as const;

/** How the person wants to be reached first by the coach. */
export const CONTACT_VOORKEUREN = ['telefoon', 'email', 'brief', 'via-huisarts'] as const;
export type ContactVoorkeur = (typeof CONTACT_VOORKEUREN)[number];

/** The kinds of contactmomenten a coach logs (on average three to six conversations). */
export const CONTACT_SOORTEN = [
  'gesprek',
  'telefoon',
  'huisbezoek',
  'meegegaan',
  'bericht',
] as const;
export type ContactSoort = (typeof CONTACT_SOORTEN)[number];
