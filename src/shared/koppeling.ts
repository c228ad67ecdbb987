/*
 * The words of a match after both said yes (issue 7), shared by server and web. A file of its
 * own, not shared/loket.ts: the residents' front-door pages load that one on their first visit.
 */

/** Why a match ended (kept for outcome measurement; the words are in the UI). */
export const EINDE_REDENEN = [
  'doel-bereikt',
  'niet-meer-nodig',
  'klikt-niet',
  'geen-tijd',
  'verhuisd',
  'anders',
] as const;
export type EindeReden = (typeof EINDE_REDENEN)[number];

/** The answer to "how does it go?" a month after the start. */
export const EVALUATIE_OORDELEN = ['goed', 'gaat-wel', 'niet-goed'] as const;
export type EvaluatieOordeel = (typeof EVALUATIE_OORDELEN)[number];
