import { leeftijdOp, volleMaanden } from './jonge-mantelzorger.ts';

/**
 * The rules of a gemeente's verordening for the yearly mantelzorgwaardering, checked against
 * one application — pure logic, so every rule is covered by a table of cases. Each rule gives
 * a reason in plain Dutch (B1) that the consulent sees pre-filled and can pass on.
 */
export interface Waarderingsregels {
  minUrenPerWeek: number;
  minMaandenZorg: number;
  minLeeftijd: number;
  /** `mantelzorger-of-zorgvrager`: the carer lives in the gemeente, or the person cared for does. */
  woonregel: 'geen' | 'mantelzorger-of-zorgvrager';
  wieMagAanvragen: 'mantelzorger' | 'zorgvrager' | 'beide';
  bevestigingNodig: boolean;
  /** At most this many carers per care recipient get the waardering; null: no maximum. */
  maxPerZorgvrager: number | null;
  /** Age and months of care are counted at this date. */
  peildatum: string;
}

export interface Aanvraagfeiten {
  aanvrager: 'mantelzorger' | 'zorgvrager';
  urenPerWeek: number;
  /** Since when the carer cares (ISO date). */
  sinds: string;
  /** The carer's date of birth; null when not known. */
  geboortedatum: string | null;
  mantelzorgerWoontInGemeente: boolean;
  zorgvragerWoontInGemeente: boolean;
  /** The care recipient's answer: true yes, false no, null not (yet) answered. */
  bevestigd: boolean | null;
  /** Other applications for the same care recipient already granted in this campaign. */
  alToegekendVoorZorgvrager: number;
}

export const REGELS = [
  'uren',
  'maanden',
  'leeftijd',
  'woonplaats',
  'aanvrager',
  'bevestiging',
  'maximum',
] as const;
export type Regel = (typeof REGELS)[number];

export interface Regeluitkomst {
  regel: Regel;
  voldaan: boolean;
  reden: string;
}

export interface Beoordeling {
  voldoet: boolean;
  regels: Regeluitkomst[];
}

const uur = (n: number) => (n === 1 ? '1 uur' : `${n} uur`);
const maand = (n: number) => (n === 1 ? '1 maand' : `${n} maanden`);

/** Every rule of the campaign against the application, in a fixed order. */
export function beoordeel(r: Waarderingsregels, a: Aanvraagfeiten): Beoordeling {
  const uit: Regeluitkomst[] = [];
  const zet = (regel: Regel, voldaan: boolean, ja: string, nee: string) =>
    uit.push({ regel, voldaan, reden: voldaan ? ja : nee });

  zet(
    'uren',
    a.urenPerWeek >= r.minUrenPerWeek,
    `U zorgt ${uur(a.urenPerWeek)} per week. Dat is genoeg.`,
    `U zorgt ${uur(a.urenPerWeek)} per week. Dat moet minstens ${uur(r.minUrenPerWeek)} zijn.`,
  );

  const maanden = volleMaanden(a.sinds, r.peildatum);
  zet(
    'maanden',
    maanden >= r.minMaandenZorg,
    `U zorgt al ${maand(maanden)}. Dat is lang genoeg.`,
    `U zorgt ${maand(maanden)}. Dat moet minstens ${maand(r.minMaandenZorg)} zijn.`,
  );

  if (r.minLeeftijd === 0) {
    zet('leeftijd', true, 'Er is geen minimumleeftijd.', '');
  } else if (a.geboortedatum === null) {
    zet(
      'leeftijd',
      false,
      '',
      'We weten uw geboortedatum niet. Die is nodig om uw leeftijd te weten.',
    );
  } else {
    const jaar = leeftijdOp(a.geboortedatum, r.peildatum);
    zet(
      'leeftijd',
      jaar >= r.minLeeftijd,
      `U bent ${jaar} jaar. Dat is oud genoeg.`,
      `U bent ${jaar} jaar. U moet minstens ${r.minLeeftijd} jaar zijn.`,
    );
  }

  zet(
    'woonplaats',
    r.woonregel === 'geen' || a.mantelzorgerWoontInGemeente || a.zorgvragerWoontInGemeente,
    r.woonregel === 'geen'
      ? 'Waar u woont maakt niet uit.'
      : a.mantelzorgerWoontInGemeente
        ? 'U woont in de gemeente.'
        : 'De persoon voor wie u zorgt woont in de gemeente.',
    'U woont niet in de gemeente en de persoon voor wie u zorgt ook niet.',
  );

  zet(
    'aanvrager',
    r.wieMagAanvragen === 'beide' || r.wieMagAanvragen === a.aanvrager,
    a.aanvrager === 'mantelzorger'
      ? 'U mag dit zelf aanvragen.'
      : 'De persoon voor wie gezorgd wordt mag dit aanvragen.',
    r.wieMagAanvragen === 'zorgvrager'
      ? 'Alleen de persoon voor wie gezorgd wordt mag dit aanvragen.'
      : 'Alleen de persoon die zorgt mag dit aanvragen.',
  );

  if (!r.bevestigingNodig) {
    zet('bevestiging', true, 'Een bevestiging is niet nodig.', '');
  } else {
    zet(
      'bevestiging',
      a.bevestigd === true,
      'De persoon voor wie u zorgt heeft bevestigd dat u zorgt.',
      a.bevestigd === false
        ? 'De persoon voor wie u zorgt heeft gezegd dat dit niet klopt.'
        : 'De persoon voor wie u zorgt heeft nog niet bevestigd dat u zorgt.',
    );
  }

  zet(
    'maximum',
    r.maxPerZorgvrager === null || a.alToegekendVoorZorgvrager < r.maxPerZorgvrager,
    'Er is nog ruimte voor deze persoon.',
    `Voor deze persoon is de waardering al ${r.maxPerZorgvrager} keer gegeven. Meer kan niet.`,
  );

  return { voldoet: uit.every((u) => u.voldaan), regels: uit };
}

/** Whether the campaign takes applications on `datum` (from open-from through the deadline). */
export function staatOpen(r: { openVanaf: string; deadline: string }, datum: string): boolean {
  return r.openVanaf <= datum && datum <= r.deadline;
}
