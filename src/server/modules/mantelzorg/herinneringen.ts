import { dagenTussen } from '../../platform/kalender.ts';

/**
 * Reminders before the waardering's deadline, for registered carers who have not applied
 * yet: a first one two weeks before, a last one three days before. Each is sent once per
 * carer and campaign (the table remembers); a day the job did not run is caught up the next.
 */
export const HERINNERINGEN_JOB = 'mantelzorg.herinneringen';
/** The daily run: 09:00 UTC (10:00 or 11:00 in the Netherlands). */
export const HERINNERINGEN_UUR_UTC = 9;
export const HERINNERING_DAGEN = { eerste: 14, laatste: 3 } as const;
export type HerinneringSoort = keyof typeof HERINNERING_DAGEN;

/** Which reminder is due today, if any: only the latest one that is due and not yet sent. */
export function herinneringNodig(
  deadline: string,
  vandaag: string,
  verstuurd: readonly HerinneringSoort[],
): HerinneringSoort | null {
  const over = dagenTussen(vandaag, deadline);
  if (over < 0) return null;
  if (over <= HERINNERING_DAGEN.laatste) return verstuurd.includes('laatste') ? null : 'laatste';
  if (over <= HERINNERING_DAGEN.eerste) {
    return verstuurd.length > 0 ? null : 'eerste';
  }
  return null;
}
