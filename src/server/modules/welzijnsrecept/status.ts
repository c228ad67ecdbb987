import type { ReceptKant, TaakStatus } from '../../../shared/welzijnsrecept.ts';

/**
 * The status of a welzijnsrecept as a state machine — pure logic. The codes are those of the
 * HL7 Gravity SDOH referral Task; who may set which follows its split of roles: the
 * referring practice (verwijzer) writes and sends the referral, may withdraw it while it
 * runs and may mark it as entered in error; the receiving organisation (ontvanger, the
 * welzijnscoach) does the rest.
 *
 *   draft ─▶ requested ─▶ accepted ─▶ in-progress ─▶ completed
 *                 │            │          │  ▲
 *                 ▼            │          ▼  │
 *             rejected         │        on-hold
 *                              └──────────┴──────▶ failed
 *   cancelled: from draft, requested, accepted, in-progress or on-hold (verwijzer)
 *   entered-in-error: from any status but itself (verwijzer)
 *
 * A change that stops or pauses the loop needs a reason in plain words; the GP hears it.
 */
interface Overgang {
  van: readonly TaakStatus[];
  naar: TaakStatus;
  door: ReceptKant;
  redenNodig: boolean;
}

const LOPEND: readonly TaakStatus[] = ['requested', 'accepted', 'in-progress', 'on-hold'];

const OVERGANGEN: readonly Overgang[] = [
  { van: ['draft'], naar: 'requested', door: 'verwijzer', redenNodig: false },
  { van: ['requested'], naar: 'accepted', door: 'ontvanger', redenNodig: false },
  { van: ['requested'], naar: 'rejected', door: 'ontvanger', redenNodig: true },
  { van: ['accepted', 'on-hold'], naar: 'in-progress', door: 'ontvanger', redenNodig: false },
  { van: ['accepted', 'in-progress'], naar: 'on-hold', door: 'ontvanger', redenNodig: true },
  { van: ['in-progress'], naar: 'completed', door: 'ontvanger', redenNodig: false },
  {
    van: ['accepted', 'in-progress', 'on-hold'],
    naar: 'failed',
    door: 'ontvanger',
    redenNodig: true,
  },
  { van: ['draft', ...LOPEND], naar: 'cancelled', door: 'verwijzer', redenNodig: true },
  {
    van: ['draft', ...LOPEND, 'rejected', 'cancelled', 'failed', 'completed'],
    naar: 'entered-in-error',
    door: 'verwijzer',
    redenNodig: true,
  },
];

export type Statuswijziging =
  | { ok: true; status: TaakStatus }
  | { ok: false; fout: 'niet-toegestaan' | 'reden-nodig' };

/** The change from `van` to `naar` by this side, with its reason (empty: none). */
export function wijzig(
  van: TaakStatus,
  naar: TaakStatus,
  door: ReceptKant,
  reden: string,
): Statuswijziging {
  const overgang = OVERGANGEN.find(
    (o) => o.naar === naar && o.door === door && o.van.includes(van),
  );
  if (!overgang) return { ok: false, fout: 'niet-toegestaan' };
  if (overgang.redenNodig && reden.trim() === '') return { ok: false, fout: 'reden-nodig' };
  return { ok: true, status: naar };
}

/** The statuses this side may set now (for the buttons a person sees). */
export function mogelijk(van: TaakStatus, door: ReceptKant): TaakStatus[] {
  return OVERGANGEN.filter((o) => o.door === door && o.van.includes(van)).map((o) => o.naar);
}

/** Whether this change needs a reason. */
export function redenNodig(naar: TaakStatus): boolean {
  return OVERGANGEN.some((o) => o.naar === naar && o.redenNodig);
}

/** The loop has ended: nothing but `entered-in-error` can follow. */
export function afgerond(status: TaakStatus): boolean {
  return !LOPEND.includes(status) && status !== 'draft';
}

/**
 * The moments the GP hears back (terugkoppeling) from the status: when the coach accepts or
 * refuses, and when the loop ends. (Finding an activity is the third moment; it is not a
 * status change.)
 */
export function meldtTerug(naar: TaakStatus): boolean {
  return naar === 'accepted' || naar === 'rejected' || naar === 'completed' || naar === 'failed';
}
