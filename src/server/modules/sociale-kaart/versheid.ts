/**
 * Freshness: every entry says when it was last checked. After six months an entry is
 * stale: the editor sees it in the queue, and a daily job reminds the organisation's
 * admins (again six months later if it is still stale).
 */

export const VERSHEID_MAANDEN = 6;
export const VERSHEID_JOB = 'sociale-kaart.versheid';

/** The moment before which a check is too old: the same time six months back. */
export function verouderdGrens(nu: Date): Date {
  const grens = new Date(nu);
  grens.setUTCMonth(grens.getUTCMonth() - VERSHEID_MAANDEN);
  return grens;
}

export function isVerouderd(laatstGecontroleerd: Date, nu: Date): boolean {
  return laatstGecontroleerd < verouderdGrens(nu);
}

/** Remind when stale and not reminded since the entry went stale (or six months ago). */
export function moetHerinneren(
  laatstGecontroleerd: Date,
  herinnerdOp: Date | null,
  nu: Date,
): boolean {
  if (!isVerouderd(laatstGecontroleerd, nu)) return false;
  return (
    herinnerdOp === null || herinnerdOp < verouderdGrens(nu) || herinnerdOp < laatstGecontroleerd
  );
}

/** The daily run: 06:00 UTC. */
export const VERSHEID_UUR_UTC = 6;
