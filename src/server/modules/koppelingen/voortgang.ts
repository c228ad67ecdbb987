import type { KoppelingStatus } from '../../../shared/loket.ts';
import { type Kant, wachtOp } from './stappen.ts';

/**
 * What the daily job does for a match that stands still — pure logic, the clock is passed in.
 *
 * - A proposal waits for the volunteer, then for the resident: after `WACHT_DAGEN` days the
 *   side whose turn it is gets a reminder, again every `WACHT_DAGEN` days. After
 *   `VAST_DAGEN` days the coordinator's board marks the match as stuck (`loopVast`).
 * - After the introduction (kennismaking) both sides are asked after `KENNIS_DAGEN` days to
 *   say whether they go on (starten) or stop.
 * - One month after the start (actief) both sides are asked how it goes (the evaluation);
 *   a side that has not answered after `EVALUATIE_HERINNER_DAGEN` days is reminded once.
 */
export const WACHT_DAGEN = 3;
export const VAST_DAGEN = 7;
export const KENNIS_DAGEN = 14;
export const EVALUATIE_HERINNER_DAGEN = 7;

const DAG = 86_400_000;

export interface VoortgangRij {
  status: KoppelingStatus;
  /** When the last step was taken. */
  sinds: Date;
  herinnerdOp: Date | null;
  actiefSinds: Date | null;
  evaluatieGevraagdOp: Date | null;
  /** The sides that gave their evaluation already. */
  geevalueerd: readonly Kant[];
}

export type Actie =
  | { soort: 'herinner'; aan: Exclude<Kant, 'coordinator'>[] }
  | { soort: 'vraag-evaluatie' }
  | { soort: 'geen' };

/** One calendar month later (31 January + 1 month = 28/29 February, like a person counts). */
export function maandNa(d: Date): Date {
  const uit = new Date(d);
  const dag = uit.getUTCDate();
  uit.setUTCDate(1);
  uit.setUTCMonth(uit.getUTCMonth() + 1);
  const laatste = new Date(Date.UTC(uit.getUTCFullYear(), uit.getUTCMonth() + 1, 0)).getUTCDate();
  uit.setUTCDate(Math.min(dag, laatste));
  return uit;
}

const GEEN: Actie = { soort: 'geen' };

const dagenTussen = (a: Date, b: Date) => (b.getTime() - a.getTime()) / DAG;

/** Nobody was reminded of this step yet, or the last reminder is `dagen` days old. */
function weerHerinneren(r: VoortgangRij, nu: Date, dagen: number): boolean {
  const laatste = r.herinnerdOp && r.herinnerdOp > r.sinds ? r.herinnerdOp : r.sinds;
  return dagenTussen(laatste, nu) >= dagen;
}

export function volgendeActie(r: VoortgangRij, nu: Date): Actie {
  const beurt = wachtOp(r.status);
  if (beurt === 'vrijwilliger' || beurt === 'inwoner') {
    return weerHerinneren(r, nu, WACHT_DAGEN) ? { soort: 'herinner', aan: [beurt] } : GEEN;
  }
  if (r.status === 'kennismaking') {
    return weerHerinneren(r, nu, KENNIS_DAGEN)
      ? { soort: 'herinner', aan: ['inwoner', 'vrijwilliger'] }
      : GEEN;
  }
  if (r.status === 'actief' && r.actiefSinds) {
    if (!r.evaluatieGevraagdOp) {
      return nu >= maandNa(r.actiefSinds) ? { soort: 'vraag-evaluatie' } : GEEN;
    }
    const open = (['inwoner', 'vrijwilliger'] as const).filter((k) => !r.geevalueerd.includes(k));
    // One reminder only: herinnerdOp after the question means it was sent.
    const alHerinnerd = r.herinnerdOp !== null && r.herinnerdOp > r.evaluatieGevraagdOp;
    if (
      open.length > 0 &&
      !alHerinnerd &&
      dagenTussen(r.evaluatieGevraagdOp, nu) >= EVALUATIE_HERINNER_DAGEN
    ) {
      return { soort: 'herinner', aan: open };
    }
  }
  return GEEN;
}

/** Days the match has waited on one side's answer (0 when it waits on nobody). */
export function wachtDagen(status: KoppelingStatus, sinds: Date, nu: Date): number {
  return wachtOp(status) === 'niemand' ? 0 : Math.max(0, Math.floor(dagenTussen(sinds, nu)));
}

/** Waiting this long on an answer: the coordinator should step in. */
export const loopVast = (status: KoppelingStatus, sinds: Date, nu: Date) =>
  wachtDagen(status, sinds, nu) >= VAST_DAGEN;

/** The evaluation is asked and this side has not answered yet. */
export function evaluatieOpen(r: VoortgangRij, kant: Kant): boolean {
  return r.status === 'actief' && r.evaluatieGevraagdOp !== null && !r.geevalueerd.includes(kant);
}

/** The daily job that sends the reminders and asks for the evaluations. */
export const VOORTGANG_JOB = 'koppelingen.voortgang';

/** The daily run: 09:00 UTC (10:00 or 11:00 in the Netherlands, a time to read mail). */
export const VOORTGANG_UUR_UTC = 9;
