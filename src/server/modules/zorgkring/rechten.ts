/**
 * Who in a care circle may see and do what (pure). Membership is the access rule: someone who
 * is not an active member may do nothing at all (the service answers 404, naming nothing).
 */
export const KRINGROLLEN = [
  'mantelzorger',
  'familie',
  'vriend',
  'buur',
  'vrijwilliger',
  'professional',
  'zorgvrager',
] as const;
export type Kringrol = (typeof KRINGROLLEN)[number];

/** The roles one is invited for (the carer, the owner, is never invited). */
export const UITNODIGBARE_ROLLEN = KRINGROLLEN.filter(
  (r): r is Exclude<Kringrol, 'mantelzorger'> => r !== 'mantelzorger',
);

export const ZICHTBAARHEDEN = ['kring', 'mantelzorger', 'mantelzorger-en-professionals'] as const;
export type Zichtbaarheid = (typeof ZICHTBAARHEDEN)[number];

export type Handeling =
  | 'lezen'
  | 'uitnodigen'
  | 'lid-verwijderen'
  | 'verlaten'
  | 'kring-verwijderen'
  | 'afspraak-maken'
  | 'afspraak-verwijderen'
  | 'taak-maken'
  | 'taak-claimen'
  | 'taak-verwijderen'
  | 'bericht-schrijven'
  | 'notitie-maken';

/** Null: not a member (any more). */
export type Lidmaatschap = { rol: Kringrol } | null;

const ALLEEN_EIGENAAR: ReadonlySet<Handeling> = new Set([
  'uitnodigen',
  'lid-verwijderen',
  'kring-verwijderen',
  'afspraak-verwijderen',
  'taak-verwijderen',
]);

/** Whether a member may do this in the circle. */
export function mag(lid: Lidmaatschap, handeling: Handeling): boolean {
  if (!lid) return false;
  const eigenaar = lid.rol === 'mantelzorger';
  if (ALLEEN_EIGENAAR.has(handeling)) return eigenaar;
  // The owner cannot leave their own circle: they delete it.
  if (handeling === 'verlaten') return !eigenaar;
  return true;
}

/** Whether a member sees a note with this visibility. */
export function magNotitieZien(lid: Lidmaatschap, zichtbaarheid: Zichtbaarheid): boolean {
  if (!lid) return false;
  switch (zichtbaarheid) {
    case 'kring':
      return true;
    case 'mantelzorger':
      return lid.rol === 'mantelzorger';
    case 'mantelzorger-en-professionals':
      return lid.rol === 'mantelzorger' || lid.rol === 'professional';
  }
}

/** The visibilities a member may write a note with: only what they could read themselves. */
export function magNotitieMaken(lid: Lidmaatschap, zichtbaarheid: Zichtbaarheid): boolean {
  return mag(lid, 'notitie-maken') && magNotitieZien(lid, zichtbaarheid);
}

export interface Taakstand {
  status: 'open' | 'geclaimd' | 'gedaan';
  /** The account that claimed it. */
  geclaimdDoor: string | null;
}

export type Taakstap = 'claimen' | 'teruggeven' | 'gedaan' | 'heropenen';

/**
 * What a task becomes after a member's step, or null when that step is not possible:
 * open → geclaimd ("ik doe het"), the claimer gives it back or marks it done; a done task can
 * be opened again by the claimer or the owner. A task claimed by another cannot be taken.
 */
export function taakNa(
  taak: Taakstand,
  stap: Taakstap,
  wie: { accountId: string; eigenaar: boolean },
): Taakstand | null {
  const vanMij = taak.geclaimdDoor === wie.accountId;
  switch (stap) {
    case 'claimen':
      return taak.status === 'open' ? { status: 'geclaimd', geclaimdDoor: wie.accountId } : null;
    case 'teruggeven':
      return taak.status === 'geclaimd' && (vanMij || wie.eigenaar)
        ? { status: 'open', geclaimdDoor: null }
        : null;
    case 'gedaan':
      if (taak.status === 'open') return { status: 'gedaan', geclaimdDoor: wie.accountId };
      return taak.status === 'geclaimd' && (vanMij || wie.eigenaar)
        ? { status: 'gedaan', geclaimdDoor: taak.geclaimdDoor }
        : null;
    case 'heropenen':
      return taak.status === 'gedaan' && (vanMij || wie.eigenaar)
        ? { status: 'open', geclaimdDoor: null }
        : null;
  }
}
