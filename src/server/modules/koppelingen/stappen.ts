import type { KoppelingStatus } from '../../../shared/loket.ts';

/**
 * The workflow of a match as a state machine — pure logic. Each step names who may take it;
 * anything else is refused, so no step can be skipped:
 *
 *   voorstel ──coordinator: goedkeuren──▶ goedgekeurd ──vrijwilliger: akkoord──▶
 *   vrijwilliger-akkoord ──inwoner: akkoord──▶ kennismaking ──starten──▶ actief ──beeindigen──▶ beeindigd
 *
 * `afwijzen` ends an open proposal (by the side whose turn it is, or the coordinator) with a
 * reason; `beeindigen` ends a match after the introduction (either side or the coordinator).
 */
export type Kant = 'coordinator' | 'vrijwilliger' | 'inwoner';
export type Handeling = 'goedkeuren' | 'akkoord' | 'afwijzen' | 'starten' | 'beeindigen';

interface Overgang {
  van: KoppelingStatus;
  handeling: Handeling;
  door: readonly Kant[];
  naar: KoppelingStatus;
}

const OVERGANGEN: readonly Overgang[] = [
  { van: 'voorstel', handeling: 'goedkeuren', door: ['coordinator'], naar: 'goedgekeurd' },
  { van: 'voorstel', handeling: 'afwijzen', door: ['coordinator'], naar: 'afgewezen' },
  {
    van: 'goedgekeurd',
    handeling: 'akkoord',
    door: ['vrijwilliger'],
    naar: 'vrijwilliger-akkoord',
  },
  {
    van: 'goedgekeurd',
    handeling: 'afwijzen',
    door: ['vrijwilliger', 'coordinator'],
    naar: 'afgewezen',
  },
  { van: 'vrijwilliger-akkoord', handeling: 'akkoord', door: ['inwoner'], naar: 'kennismaking' },
  {
    van: 'vrijwilliger-akkoord',
    handeling: 'afwijzen',
    door: ['inwoner', 'coordinator'],
    naar: 'afgewezen',
  },
  {
    van: 'kennismaking',
    handeling: 'starten',
    door: ['coordinator', 'vrijwilliger', 'inwoner'],
    naar: 'actief',
  },
  {
    van: 'kennismaking',
    handeling: 'beeindigen',
    door: ['coordinator', 'vrijwilliger', 'inwoner'],
    naar: 'beeindigd',
  },
  {
    van: 'actief',
    handeling: 'beeindigen',
    door: ['coordinator', 'vrijwilliger', 'inwoner'],
    naar: 'beeindigd',
  },
];

/** The next status, or undefined when this side may not do this now. */
export function volgende(
  status: KoppelingStatus,
  handeling: Handeling,
  door: Kant,
): KoppelingStatus | undefined {
  return OVERGANGEN.find(
    (o) => o.van === status && o.handeling === handeling && o.door.includes(door),
  )?.naar;
}

/** Whose answer an open match waits for. */
export function wachtOp(status: KoppelingStatus): Kant | 'niemand' {
  if (status === 'voorstel') return 'coordinator';
  if (status === 'goedgekeurd') return 'vrijwilliger';
  if (status === 'vrijwilliger-akkoord') return 'inwoner';
  return 'niemand';
}

/** From kennismaking on, both sides said yes: they may see each other's contact details. */
export function contactGedeeld(status: KoppelingStatus): boolean {
  return status === 'kennismaking' || status === 'actief';
}

/** A match still counts against a volunteer's capacity and blocks a second proposal. */
export function loopt(status: KoppelingStatus): boolean {
  return status !== 'afgewezen' && status !== 'beeindigd';
}

/** What this side may do now (for the buttons a person sees). */
export function mogelijk(status: KoppelingStatus, door: Kant): Handeling[] {
  return [
    ...new Set(
      OVERGANGEN.filter((o) => o.van === status && o.door.includes(door)).map((o) => o.handeling),
    ),
  ];
}

export const ALLE_OVERGANGEN = OVERGANGEN;

/**
 * Whether one side knows of the match yet: a proposal the coordinator still has to approve
 * is shown to nobody, and the resident hears of it only once the volunteer said yes.
 */
export function zichtbaarVoor(status: KoppelingStatus, kant: 'inwoner' | 'vrijwilliger'): boolean {
  return status !== 'voorstel' && !(status === 'goedgekeurd' && kant === 'inwoner');
}
