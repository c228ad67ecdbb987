import type { Actie, Plan, PlanInvoer } from '../../api/dossier.ts';

/**
 * The plan editor's state and its checks: pure, so they are tested without a browser. The
 * tree is edited in the browser and saved whole (PUT …/plan); goals and actions keep their
 * server id, so an action's link to a volunteer request survives an edit. Each goal and
 * action also has a local `sleutel`: React's key, and part of its fields' ids (the error
 * summary links to them).
 */

export const EIGENAAR_SOORTEN = [
  'zelf',
  'netwerk',
  'vrijwilliger',
  'voorziening',
  'professional',
] as const satisfies readonly Actie['eigenaarSoort'][];
export type EigenaarSoort = (typeof EIGENAAR_SOORTEN)[number];

export const ACTIE_STATUSSEN = [
  'open',
  'bezig',
  'klaar',
  'gestopt',
] as const satisfies readonly Actie['status'][];
export type ActieStatus = (typeof ACTIE_STATUSSEN)[number];

export interface ActieStaat {
  sleutel: string;
  id?: string | undefined;
  omschrijving: string;
  eigenaarSoort: EigenaarSoort | '';
  /** The owner's name: the network member's, the facility's, the organisation's, or free. */
  eigenaar: string;
  netwerklidId: string;
  aanbodId: string;
  organisatieId: string | null;
  deadline: string;
  status: ActieStatus;
  /** Read only: the volunteer request made from this action. */
  hulpvraagId: string | null;
}

export interface DoelStaat {
  sleutel: string;
  id?: string | undefined;
  titel: string;
  acties: ActieStaat[];
}

export interface PlanStaat {
  hoofddoel: string;
  doelen: DoelStaat[];
}

export type Sleutelmaker = () => string;

/** A counter for the local keys; one per editor. */
export function sleutelmaker(voorvoegsel = 'n'): Sleutelmaker {
  let n = 0;
  return () => `${voorvoegsel}${++n}`;
}

export function nieuweActie(sleutel: Sleutelmaker): ActieStaat {
  return {
    sleutel: sleutel(),
    omschrijving: '',
    eigenaarSoort: '',
    eigenaar: '',
    netwerklidId: '',
    aanbodId: '',
    organisatieId: null,
    deadline: '',
    status: 'open',
    hulpvraagId: null,
  };
}

export function nieuwDoel(sleutel: Sleutelmaker): DoelStaat {
  return { sleutel: sleutel(), titel: '', acties: [nieuweActie(sleutel)] };
}

/** The saved plan as editor state; no plan yet: an empty main goal and one subgoal. */
export function naarStaat(plan: Plan | null, sleutel: Sleutelmaker): PlanStaat {
  if (!plan) return { hoofddoel: '', doelen: [nieuwDoel(sleutel)] };
  return {
    hoofddoel: plan.hoofddoel,
    doelen: plan.doelen.map((d) => ({
      sleutel: sleutel(),
      id: d.id,
      titel: d.titel,
      acties: d.acties.map((a) => ({
        sleutel: sleutel(),
        id: a.id,
        omschrijving: a.omschrijving,
        eigenaarSoort: a.eigenaarSoort,
        eigenaar: a.eigenaar,
        netwerklidId: a.netwerklidId ?? '',
        aanbodId: a.aanbodId ?? '',
        organisatieId: a.organisatieId,
        deadline: a.deadline ?? '',
        status: a.status,
        hulpvraagId: a.hulpvraagId,
      })),
    })),
  };
}

/** The body of PUT …/plan: only the fields that belong to the chosen owner type. */
export function naarInvoer(staat: PlanStaat): PlanInvoer {
  return {
    hoofddoel: staat.hoofddoel.trim(),
    doelen: staat.doelen.map((d) => ({
      ...(d.id ? { id: d.id } : {}),
      titel: d.titel.trim(),
      acties: d.acties.map((a) => {
        const soort = a.eigenaarSoort || 'zelf';
        return {
          ...(a.id ? { id: a.id } : {}),
          omschrijving: a.omschrijving.trim(),
          eigenaarSoort: soort,
          eigenaar: soort === 'zelf' ? '' : a.eigenaar.trim(),
          netwerklidId: soort === 'netwerk' && a.netwerklidId ? a.netwerklidId : null,
          aanbodId: soort === 'voorziening' && a.aanbodId ? a.aanbodId : null,
          organisatieId: soort === 'professional' ? a.organisatieId : null,
          deadline: a.deadline || null,
          status: a.status,
        };
      }),
    })),
  };
}

export type PlanFoutCode =
  | 'hoofddoel'
  | 'teLang'
  | 'doelTitel'
  | 'omschrijving'
  | 'eigenaarSoort'
  | 'netwerklid'
  | 'voorziening'
  | 'organisatie'
  | 'deadline';

export interface PlanFout {
  /** The field's id (see `veld`). */
  veld: string;
  code: PlanFoutCode;
  /** The goal's and action's number, counted from 1, for the message. */
  doel?: number;
  actie?: number;
}

/** The ids of the editor's fields. */
export const veld = {
  hoofddoel: 'plan-hoofddoel',
  doel: (d: DoelStaat, naam: 'titel') => `plan-d-${d.sleutel}-${naam}`,
  actie: (
    a: ActieStaat,
    naam: 'omschrijving' | 'soort' | 'netwerklid' | 'voorziening' | 'eigenaar' | 'deadline',
  ) => `plan-a-${a.sleutel}-${naam}`,
};

const DATUM = /^\d{4}-\d{2}-\d{2}$/;

/** Every problem at once, in the order of the page. */
export function controleer(staat: PlanStaat): PlanFout[] {
  const fouten: PlanFout[] = [];
  const hoofddoel = staat.hoofddoel.trim();
  if (!hoofddoel) fouten.push({ veld: veld.hoofddoel, code: 'hoofddoel' });
  else if (hoofddoel.length > 500) fouten.push({ veld: veld.hoofddoel, code: 'teLang' });
  staat.doelen.forEach((d, i) => {
    const doel = i + 1;
    const titel = d.titel.trim();
    if (!titel) fouten.push({ veld: veld.doel(d, 'titel'), code: 'doelTitel', doel });
    else if (titel.length > 300) fouten.push({ veld: veld.doel(d, 'titel'), code: 'teLang', doel });
    d.acties.forEach((a, j) => {
      const plek = { doel, actie: j + 1 };
      const omschrijving = a.omschrijving.trim();
      if (!omschrijving) {
        fouten.push({ veld: veld.actie(a, 'omschrijving'), code: 'omschrijving', ...plek });
      } else if (omschrijving.length > 500) {
        fouten.push({ veld: veld.actie(a, 'omschrijving'), code: 'teLang', ...plek });
      }
      if (!a.eigenaarSoort) {
        fouten.push({ veld: veld.actie(a, 'soort'), code: 'eigenaarSoort', ...plek });
      } else if (a.eigenaarSoort === 'netwerk' && !a.netwerklidId && !a.eigenaar.trim()) {
        // A name without a member (a decision of a case conference) is kept as it is.
        fouten.push({ veld: veld.actie(a, 'netwerklid'), code: 'netwerklid', ...plek });
      } else if (a.eigenaarSoort === 'voorziening' && !a.aanbodId) {
        fouten.push({ veld: veld.actie(a, 'voorziening'), code: 'voorziening', ...plek });
      } else if (a.eigenaarSoort === 'professional' && !a.eigenaar.trim()) {
        fouten.push({ veld: veld.actie(a, 'eigenaar'), code: 'organisatie', ...plek });
      }
      if (a.deadline && !DATUM.test(a.deadline)) {
        fouten.push({ veld: veld.actie(a, 'deadline'), code: 'deadline', ...plek });
      }
    });
  });
  return fouten;
}

/**
 * A field the server named (`body.doelen.1.acties.0.omschrijving`) as the editor's field,
 * with its place; undefined when it names none (the whole tree): say it in general words.
 */
export function veldVanServer(naam: string, staat: PlanStaat): PlanFout | undefined {
  if (naam.startsWith('body.hoofddoel')) return { veld: veld.hoofddoel, code: 'hoofddoel' };
  const m = /^body\.doelen\.(\d+)\.(titel|acties\.(\d+)\.(\w+))/.exec(naam);
  if (!m) return undefined;
  const d = staat.doelen[Number(m[1])];
  if (!d) return undefined;
  const doel = Number(m[1]) + 1;
  if (m[2] === 'titel') return { veld: veld.doel(d, 'titel'), code: 'doelTitel', doel };
  const a = d.acties[Number(m[3])];
  if (!a) return undefined;
  const plek = { doel, actie: Number(m[3]) + 1 };
  switch (m[4]) {
    case 'omschrijving':
      return { veld: veld.actie(a, 'omschrijving'), code: 'omschrijving', ...plek };
    case 'eigenaarSoort':
      return { veld: veld.actie(a, 'soort'), code: 'eigenaarSoort', ...plek };
    case 'deadline':
      return { veld: veld.actie(a, 'deadline'), code: 'deadline', ...plek };
    case 'netwerklidId':
      return { veld: veld.actie(a, 'netwerklid'), code: 'netwerklid', ...plek };
    case 'aanbodId':
      return { veld: veld.actie(a, 'voorziening'), code: 'voorziening', ...plek };
    default:
      return { veld: veld.actie(a, 'eigenaar'), code: 'organisatie', ...plek };
  }
}
