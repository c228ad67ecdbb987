/**
 * The moderation state machine of a proposed change (aanbod_voorstellen.status):
 *
 *   concept ──indienen──▶ ingediend ──publiceren──▶ gepubliceerd
 *      ▲  bewerken            │
 *      └──────── teruggestuurd ◀──terugsturen──┘   (bewerken → concept, indienen → ingediend)
 *   concept / ingediend / teruggestuurd ──intrekken──▶ ingetrokken
 *
 * Organisation admins edit, submit and withdraw; only the redacteur publishes or returns.
 */
import type { VoorstelStatus } from './model.ts';

export type VoorstelActie = 'bewerken' | 'indienen' | 'publiceren' | 'terugsturen' | 'intrekken';
export type ModeratieRol = 'organisatie' | 'redacteur';

export const VOORSTEL_ACTIES: readonly VoorstelActie[] = [
  'bewerken',
  'indienen',
  'publiceren',
  'terugsturen',
  'intrekken',
];

/** A proposal in one of these is still open (at most one per entry). */
export const OPEN_STATUSSEN: readonly VoorstelStatus[] = ['concept', 'ingediend', 'teruggestuurd'];

const OVERGANGEN: Record<VoorstelStatus, Partial<Record<VoorstelActie, VoorstelStatus>>> = {
  concept: { bewerken: 'concept', indienen: 'ingediend', intrekken: 'ingetrokken' },
  teruggestuurd: { bewerken: 'concept', indienen: 'ingediend', intrekken: 'ingetrokken' },
  ingediend: { publiceren: 'gepubliceerd', terugsturen: 'teruggestuurd', intrekken: 'ingetrokken' },
  gepubliceerd: {},
  ingetrokken: {},
};

/** The status after the action, or null when the action is not possible in this status. */
export function volgendeStatus(
  status: VoorstelStatus,
  actie: VoorstelActie,
): VoorstelStatus | null {
  return OVERGANGEN[status][actie] ?? null;
}

export function magActie(rol: ModeratieRol, actie: VoorstelActie): boolean {
  if (actie === 'publiceren' || actie === 'terugsturen') return rol === 'redacteur';
  return true;
}

export function isOpen(status: VoorstelStatus): boolean {
  return OPEN_STATUSSEN.includes(status);
}
