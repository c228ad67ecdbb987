/**
 * Small numbers can point at a person ("the one young carer in that village"), so aggregated
 * figures suppress every count from 1 to 4 (null, shown as "minder dan 5"). Zero is shown:
 * it points at no one. Shared by every module that publishes figures.
 */
export const ONDERDRUK_ONDER = 5;

export function onderdruk(n: number): number | null {
  return n > 0 && n < ONDERDRUK_ONDER ? null : n;
}
