import { maandenNa, naDatum, werkdagenNaDatum } from '../../platform/kalender.ts';

/**
 * The dates of the loop — pure logic on ISO dates. The coach aims at a first contact within
 * five working days of the referral, and checks three months after the activity started how
 * it goes and whether more support is needed (`000_…`, Vianen).
 */
export const EERSTE_CONTACT_WERKDAGEN = 5;
export const VERVOLG_MAANDEN = 3;

/** When the first contact is due for a referral that reached the coach on `ontvangen`. */
export function eersteContactVoor(ontvangen: string): string {
  return werkdagenNaDatum(ontvangen, EERSTE_CONTACT_WERKDAGEN);
}

/** Overdue: no contact yet and `vandaag` is past the due date. */
export function eersteContactTeLaat(voor: string, vandaag: string, contactGehad: boolean): boolean {
  return !contactGehad && naDatum(vandaag, voor);
}

/** The follow-up date for an activity that started on `start`. */
export function vervolgOp(start: string): string {
  return maandenNa(start, VERVOLG_MAANDEN);
}

/** The daily job: follow-up tasks and reminders of a late first contact. */
export const TERMIJNEN_JOB = 'welzijnsrecept.termijnen';

/** The daily run: 08:00 UTC, before the coach's working day gets busy. */
export const TERMIJNEN_UUR_UTC = 8;
