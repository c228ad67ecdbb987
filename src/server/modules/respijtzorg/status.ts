import type { HulpvraagStatus } from '../../../shared/loket.ts';

/**
 * A respite request's life — pure logic. `ingediend` is the moment it is made; it moves on at
 * once to `bij-aanbieder` (a provider kind, sent to the chosen organisation) or `in-matching`
 * (a volunteer kind, a help request at the front door). The provider says yes (`toegezegd`,
 * a note optional) or no (`afgewezen`, a reason required); for a volunteer kind the help
 * request decides (`statusUitHulpvraag`). The carer can cancel (`geannuleerd`) until it ends.
 */
export const RESPIJT_STATUSSEN = [
  'ingediend',
  'bij-aanbieder',
  'in-matching',
  'toegezegd',
  'afgewezen',
  'geannuleerd',
  'afgerond',
] as const;
export type RespijtStatus = (typeof RESPIJT_STATUSSEN)[number];

/** Who sets a step: the system (routing, the help request), the provider, the carer. */
export const KANTEN = ['systeem', 'aanbieder', 'mantelzorger'] as const;
export type Kant = (typeof KANTEN)[number];

interface Overgang {
  naar: RespijtStatus;
  door: Kant;
  redenNodig?: boolean;
}

const OVERGANGEN: Record<RespijtStatus, readonly Overgang[]> = {
  ingediend: [
    { naar: 'bij-aanbieder', door: 'systeem' },
    { naar: 'in-matching', door: 'systeem' },
    { naar: 'geannuleerd', door: 'mantelzorger' },
  ],
  'bij-aanbieder': [
    { naar: 'toegezegd', door: 'aanbieder' },
    { naar: 'afgewezen', door: 'aanbieder', redenNodig: true },
    { naar: 'geannuleerd', door: 'mantelzorger' },
  ],
  'in-matching': [
    { naar: 'toegezegd', door: 'systeem' },
    { naar: 'afgerond', door: 'systeem' },
    { naar: 'geannuleerd', door: 'systeem' },
    { naar: 'geannuleerd', door: 'mantelzorger' },
  ],
  toegezegd: [
    { naar: 'afgerond', door: 'systeem' },
    { naar: 'geannuleerd', door: 'mantelzorger' },
  ],
  afgewezen: [],
  geannuleerd: [],
  afgerond: [],
};

export const EINDSTATUSSEN: readonly RespijtStatus[] = RESPIJT_STATUSSEN.filter(
  (s) => OVERGANGEN[s].length === 0,
);

export const isEinde = (s: RespijtStatus) => EINDSTATUSSEN.includes(s);

/** The statuses `door` may move `van` to now. */
export function mogelijk(van: RespijtStatus, door: Kant): RespijtStatus[] {
  return OVERGANGEN[van].filter((o) => o.door === door).map((o) => o.naar);
}

export type Wijziging = { ok: true } | { ok: false; fout: 'niet-toegestaan' | 'reden-nodig' };

/** Whether `door` may move `van` to `naar` with this reason. */
export function wijzig(van: RespijtStatus, naar: RespijtStatus, door: Kant, reden = ''): Wijziging {
  const o = OVERGANGEN[van].find((x) => x.naar === naar && x.door === door);
  if (!o) return { ok: false, fout: 'niet-toegestaan' };
  if (o.redenNodig && reden.trim().length === 0) return { ok: false, fout: 'reden-nodig' };
  return { ok: true };
}

/**
 * A volunteer kind's status, from its help request. Cancelled by the carer stays cancelled;
 * a withdrawn request is cancelled; matched is `toegezegd`; closed without that `afgerond`.
 */
export function statusUitHulpvraag(
  opgeslagen: RespijtStatus,
  hulpvraag: HulpvraagStatus | undefined,
): RespijtStatus {
  if (isEinde(opgeslagen)) return opgeslagen;
  switch (hulpvraag) {
    case 'ingetrokken':
    case undefined:
      return 'geannuleerd';
    case 'gekoppeld':
      return 'toegezegd';
    case 'afgerond':
      return 'afgerond';
    default:
      return 'in-matching';
  }
}

/**
 * What the carer reads, as a code the web app puts in plain words: for a volunteer kind the
 * step of the help request (being looked at, looking for a volunteer, someone was found).
 */
export const WEERGAVEN = [
  'wacht-op-aanbieder',
  'wordt-bekeken',
  'zoekt-vrijwilliger',
  'vrijwilliger-gevonden',
  'toegezegd',
  'afgewezen',
  'geannuleerd',
  'afgerond',
] as const;
export type Weergave = (typeof WEERGAVEN)[number];

export function weergave(status: RespijtStatus, hulpvraag?: HulpvraagStatus): Weergave {
  switch (status) {
    case 'ingediend':
    case 'bij-aanbieder':
      return 'wacht-op-aanbieder';
    case 'in-matching':
      return hulpvraag === 'in-matching' ? 'zoekt-vrijwilliger' : 'wordt-bekeken';
    case 'toegezegd':
      return hulpvraag ? 'vrijwilliger-gevonden' : 'toegezegd';
    default:
      return status;
  }
}
