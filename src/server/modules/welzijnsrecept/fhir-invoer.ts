import { CONTACT_VOORKEUREN, type ContactVoorkeur } from '../../../shared/welzijnsrecept.ts';
import { type NieuwReceptInvoer, nieuwReceptSchema } from './model.ts';

/**
 * What a GP system sends to /fhir/r4, read as a new welzijnsrecept (`NieuwReceptInvoer`).
 * Pure: FHIR JSON in, Kring's input or the problems (with a FHIRPath) out. Three forms:
 *
 * - `POST /ServiceRequest`: the ServiceRequest, with the Patient contained (`subject: #id`);
 * - `POST /Task`: the Task, with the ServiceRequest (`focus: #id`) and the Patient contained;
 * - `POST /` with a `transaction` Bundle: Patient, ServiceRequest and (optional) Task entries
 *   that point at each other by `fullUrl` (`urn:uuid:…`).
 *
 * What Kring reads (docs/api.md, "FHIR R4"):
 * - Patient.name (official or first): `given` (joined) and `family`; Patient.telecom: the first
 *   `phone` and `email`. Identifiers (BSN), birth date and address are not read or stored.
 * - ServiceRequest.reasonCode.text (or else ServiceRequest.note.text): the reason, plain words.
 * - Extension `wat-ik-belangrijk-vind` (valueString): "wat vind ik belangrijk?".
 * - Extension `contactvoorkeur` (valueCode telefoon|email|brief|via-huisarts); without it the
 *   telecom of the lowest `rank` decides, and without telecom `via-huisarts`.
 * - ServiceRequest.performer (or Task.owner): `Organization/{id}` of the receiving organisation.
 * - Consent to share with the coach: extension `toestemming-delen` (valueBoolean true) on the
 *   ServiceRequest, or `ServiceRequest.supportingInfo` pointing at a Consent with status
 *   `active` (contained, or an entry of the Bundle). Without it the referral is refused (422).
 * - ServiceRequest.status `draft` (or Task.status `draft`): kept as a draft; `active` /
 *   `requested`: sent at once.
 */
export const KRING_FHIR_EXTENSIE = 'https://kring.example/fhir/StructureDefinition';
export const EXT_TOESTEMMING = `${KRING_FHIR_EXTENSIE}/toestemming-delen`;
export const EXT_WAT_IK_BELANGRIJK_VIND = `${KRING_FHIR_EXTENSIE}/wat-ik-belangrijk-vind`;
export const EXT_CONTACTVOORKEUR = `${KRING_FHIR_EXTENSIE}/contactvoorkeur`;

export interface InvoerProbleem {
  tekst: string;
  /** FHIRPath of where the problem is, e.g. `Patient.name.family`. */
  waar?: string;
}

export type InvoerUitkomst =
  | { ok: true; invoer: NieuwReceptInvoer }
  | { ok: false; problemen: InvoerProbleem[] };

type Obj = Record<string, unknown>;

const obj = (x: unknown): Obj | undefined =>
  typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Obj) : undefined;
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const str = (x: unknown): string | undefined =>
  typeof x === 'string' && x.trim() !== '' ? x.trim() : undefined;
const soortVan = (x: unknown): string | undefined => str(obj(x)?.resourceType);
const referentie = (x: unknown): string | undefined => str(obj(x)?.reference);

function extensie(resource: Obj, url: string): Obj | undefined {
  return arr(resource.extension)
    .map(obj)
    .find((e) => e?.url === url);
}

/** Where the fields of `NieuwReceptInvoer` come from, as FHIRPath (for every problem). */
const HERKOMST: readonly [string, string][] = [
  ['persoon.voornaam', 'Patient.name.given'],
  ['persoon.achternaam', 'Patient.name.family'],
  ['persoon.telefoonnummer', 'Patient.telecom'],
  ['persoon.eMailadres', 'Patient.telecom'],
  ['persoon', 'Patient'],
  ['toestemming', 'ServiceRequest.supportingInfo'],
  ['reden', 'ServiceRequest.reasonCode'],
  ['watIkBelangrijkVind', 'ServiceRequest.extension'],
  ['contactVoorkeur', 'ServiceRequest.extension'],
  ['ontvangerId', 'ServiceRequest.performer'],
  ['verzenden', 'ServiceRequest.status'],
];

/**
 * The FHIRPath for a field of Kring's input: `persoon.voornaam` or a problem's `name`
 * (`body.persoon.voornaam`) becomes `Patient.name.given`; unknown fields give undefined.
 */
export function fhirPadVan(veld: string): string | undefined {
  const pad = veld.replace(/^body\./, '');
  return HERKOMST.find(([k]) => pad === k || pad.startsWith(`${k}.`))?.[1];
}

/** The resources a reference can point at: `#id` (contained) or a Bundle's `fullUrl`. */
type Verwijzingen = Map<string, Obj>;

function gevonden(pool: Verwijzingen, ref: string | undefined, soort: string): Obj | undefined {
  if (!ref) return undefined;
  const r = pool.get(ref);
  return r && r.resourceType === soort ? r : undefined;
}

function containedVan(resource: Obj): Verwijzingen {
  const pool: Verwijzingen = new Map();
  for (const c of arr(resource.contained).map(obj)) {
    const id = str(c?.id);
    if (c && id) pool.set(`#${id}`, c);
  }
  return pool;
}

function naamVan(patient: Obj): { voornaam?: string; achternaam?: string } {
  const namen = arr(patient.name).map(obj).filter(Boolean) as Obj[];
  const naam = namen.find((n) => n.use === 'official') ?? namen[0];
  if (!naam) return {};
  const voornaam = arr(naam.given)
    .map(str)
    .filter((g): g is string => g !== undefined)
    .join(' ');
  return { voornaam: voornaam || undefined, achternaam: str(naam.family) };
}

function telecomVan(patient: Obj) {
  const lijst = (arr(patient.telecom).map(obj).filter(Boolean) as Obj[])
    .filter((t) => str(t.value) && t.use !== 'old')
    .map((t, i) => ({
      systeem: t.system,
      waarde: str(t.value) as string,
      rang: typeof t.rank === 'number' ? t.rank : Number.MAX_SAFE_INTEGER,
      i,
    }))
    .sort((a, b) => a.rang - b.rang || a.i - b.i);
  return {
    lijst,
    telefoon: lijst.find((t) => t.systeem === 'phone')?.waarde,
    email: lijst.find((t) => t.systeem === 'email')?.waarde,
  };
}

function redenVan(sr: Obj): string | undefined {
  const uitReden = arr(sr.reasonCode)
    .map((r) => str(obj(r)?.text))
    .filter((t): t is string => t !== undefined);
  if (uitReden.length > 0) return uitReden.join('\n');
  const uitNotitie = arr(sr.note)
    .map((n) => str(obj(n)?.text))
    .filter((t): t is string => t !== undefined);
  return uitNotitie.length > 0 ? uitNotitie.join('\n') : undefined;
}

const ORGANISATIE = /^Organization\/([0-9a-fA-F-]{36})$/;

function toestemmingVan(sr: Obj, pool: Verwijzingen): boolean {
  if (extensie(sr, EXT_TOESTEMMING)?.valueBoolean === true) return true;
  return arr(sr.supportingInfo).some((s) => {
    const consent = gevonden(pool, referentie(s), 'Consent');
    return consent?.status === 'active';
  });
}

/**
 * The core: a ServiceRequest, its Patient and (optional) Task, with the pool their
 * references resolve in.
 */
function leesVerwijzing(
  sr: Obj,
  pool: Verwijzingen,
  taak: Obj | undefined,
  patientPad: string,
): InvoerUitkomst {
  const problemen: InvoerProbleem[] = [];
  const patient =
    gevonden(pool, referentie(sr.subject), 'Patient') ??
    (taak ? gevonden(pool, referentie(taak.for), 'Patient') : undefined);
  if (!patient) {
    problemen.push({
      tekst: `Voeg de patiënt toe als Patient-resource en verwijs ernaar vanuit ServiceRequest.subject (${patientPad}).`,
      waar: 'ServiceRequest.subject',
    });
  }

  const statusBron = taak ? taak.status : sr.status;
  const verzenden = statusBron !== 'draft';
  if (taak && !['draft', 'requested', undefined].includes(taak.status as string)) {
    problemen.push({
      tekst: 'Een nieuwe Task heeft status requested of draft.',
      waar: 'Task.status',
    });
  }
  if (!taak && !['draft', 'active', undefined].includes(sr.status as string)) {
    problemen.push({
      tekst: 'Een nieuwe ServiceRequest heeft status active of draft.',
      waar: 'ServiceRequest.status',
    });
  }

  const performer = arr(sr.performer).map(referentie)[0];
  const owner = taak ? referentie(taak.owner) : undefined;
  const ontvanger = performer ?? owner;
  const ontvangerId = ontvanger ? ORGANISATIE.exec(ontvanger)?.[1] : undefined;
  if (ontvanger && !ontvangerId) {
    problemen.push({
      tekst:
        'Verwijs naar de ontvangende organisatie als Organization/{id} (zie GET Organization).',
      waar: performer ? 'ServiceRequest.performer' : 'Task.owner',
    });
  }
  if (performer && owner && performer !== owner) {
    problemen.push({
      tekst: 'ServiceRequest.performer en Task.owner noemen verschillende organisaties.',
      waar: 'Task.owner',
    });
  }

  const toestemming = toestemmingVan(sr, pool);
  if (!toestemming) {
    problemen.push({
      tekst:
        'De patiënt moet toestemming geven om deze gegevens te delen met de welzijnscoach. ' +
        `Zet de extensie ${EXT_TOESTEMMING} (valueBoolean true) op de ServiceRequest, ` +
        'of verwijs met ServiceRequest.supportingInfo naar een Consent met status active.',
      waar: 'ServiceRequest.supportingInfo',
    });
  }

  const naam = patient ? naamVan(patient) : {};
  const telecom = patient
    ? telecomVan(patient)
    : { lijst: [], telefoon: undefined, email: undefined };
  const voorkeurExt = extensie(sr, EXT_CONTACTVOORKEUR);
  let contactVoorkeur: ContactVoorkeur | undefined;
  if (voorkeurExt) {
    const code = voorkeurExt.valueCode;
    if (CONTACT_VOORKEUREN.includes(code as ContactVoorkeur)) {
      contactVoorkeur = code as ContactVoorkeur;
    } else {
      problemen.push({
        tekst: `De contactvoorkeur is een van: ${CONTACT_VOORKEUREN.join(', ')}.`,
        waar: 'ServiceRequest.extension',
      });
    }
  } else {
    const eerste = telecom.lijst.find((t) => t.systeem === 'phone' || t.systeem === 'email');
    contactVoorkeur =
      eerste?.systeem === 'phone'
        ? 'telefoon'
        : eerste?.systeem === 'email'
          ? 'email'
          : 'via-huisarts';
  }

  const wat = extensie(sr, EXT_WAT_IK_BELANGRIJK_VIND)?.valueString;
  const invoer = {
    persoon: {
      voornaam: naam.voornaam ?? '',
      achternaam: naam.achternaam ?? '',
      ...(telecom.telefoon ? { telefoonnummer: telecom.telefoon } : {}),
      ...(telecom.email ? { eMailadres: telecom.email } : {}),
    },
    toestemming: true as const,
    reden: redenVan(sr) ?? '',
    ...(typeof wat === 'string' && wat.trim() !== '' ? { watIkBelangrijkVind: wat } : {}),
    contactVoorkeur: contactVoorkeur ?? 'via-huisarts',
    ontvangerId: ontvangerId ?? '',
    verzenden,
  } satisfies NieuwReceptInvoer;

  // Kring's own rules, with every problem at its FHIRPath. A missing patient or consent
  // was said above already; the schema would only repeat it.
  const check = nieuwReceptSchema.safeParse(invoer);
  if (!check.success) {
    for (const issue of check.error.issues) {
      const veld = issue.path.map(String).join('.');
      if (!patient && veld.startsWith('persoon')) continue;
      if (veld === 'ontvangerId' && ontvanger && !ontvangerId) continue;
      problemen.push({
        tekst:
          veld === 'ontvangerId'
            ? 'Noem de ontvangende organisatie in ServiceRequest.performer (Organization/{id}).'
            : issue.message,
        waar: fhirPadVan(veld),
      });
    }
  }
  return problemen.length > 0 ? { ok: false, problemen } : { ok: true, invoer };
}

function verkeerdeSoort(verwacht: string): { ok: false; problemen: InvoerProbleem[] } {
  return {
    ok: false,
    problemen: [{ tekst: `Stuur een ${verwacht}-resource naar dit adres.`, waar: 'resourceType' }],
  };
}

/** `POST /ServiceRequest`: the Patient (and a Consent, if used) contained in the ServiceRequest. */
export function leesServiceRequest(body: unknown): InvoerUitkomst {
  const sr = obj(body);
  if (sr?.resourceType !== 'ServiceRequest') return verkeerdeSoort('ServiceRequest');
  return leesVerwijzing(sr, containedVan(sr), undefined, 'contained, subject: #id');
}

/** `POST /Task`: the ServiceRequest (`focus`) and the Patient contained in the Task. */
export function leesTaak(body: unknown): InvoerUitkomst {
  const taak = obj(body);
  if (taak?.resourceType !== 'Task') return verkeerdeSoort('Task');
  const pool = containedVan(taak);
  const sr = gevonden(pool, referentie(taak.focus), 'ServiceRequest');
  if (!sr) {
    return {
      ok: false,
      problemen: [
        {
          tekst: 'Zet de ServiceRequest in Task.contained en verwijs ernaar met Task.focus (#id).',
          waar: 'Task.focus',
        },
      ],
    };
  }
  // A Consent may be contained in the Task (FHIR does not nest contained resources).
  return leesVerwijzing(sr, pool, taak, 'Task.contained, subject: #id');
}

/** The soorten a transaction Bundle may hold, in the order Kring answers them. */
export type BundelSoort = 'Patient' | 'ServiceRequest' | 'Task' | 'Consent';

export type BundelUitkomst =
  | { ok: true; invoer: NieuwReceptInvoer; volgorde: BundelSoort[] }
  | { ok: false; problemen: InvoerProbleem[] };

/**
 * `POST /` with a transaction Bundle: one Patient, one ServiceRequest, at most one Task and
 * any Consents, each `request.method: POST`. `volgorde` is what each entry is, so the
 * transaction-response can answer entry for entry.
 */
export function leesTransactie(body: unknown): BundelUitkomst {
  const bundel = obj(body);
  if (bundel?.resourceType !== 'Bundle') return verkeerdeSoort('Bundle');
  if (bundel.type !== 'transaction') {
    return {
      ok: false,
      problemen: [
        { tekst: 'Kring verwerkt alleen een Bundle van type transaction.', waar: 'Bundle.type' },
      ],
    };
  }
  const problemen: InvoerProbleem[] = [];
  const pool: Verwijzingen = new Map();
  const volgorde: BundelSoort[] = [];
  const perSoort: Record<BundelSoort, Obj[]> = {
    Patient: [],
    ServiceRequest: [],
    Task: [],
    Consent: [],
  };
  arr(bundel.entry).forEach((e, i) => {
    const entry = obj(e);
    const resource = obj(entry?.resource);
    const soort = soortVan(resource);
    const waar = `Bundle.entry[${i}]`;
    if (!entry || !resource || !soort || !(soort in perSoort)) {
      problemen.push({
        tekst: 'Een entry is een Patient, ServiceRequest, Task of Consent.',
        waar: `${waar}.resource`,
      });
      return;
    }
    const request = obj(entry.request);
    if (request?.method !== 'POST' || str(request.url) !== soort) {
      problemen.push({ tekst: `Gebruik request POST ${soort}.`, waar: `${waar}.request` });
    }
    const fullUrl = str(entry.fullUrl);
    if (fullUrl) pool.set(fullUrl, resource);
    const id = str(resource.id);
    if (id) pool.set(`${soort}/${id}`, resource);
    perSoort[soort as BundelSoort].push(resource);
    volgorde.push(soort as BundelSoort);
  });
  const [sr, ...meerSr] = perSoort.ServiceRequest;
  if (!sr || meerSr.length > 0) {
    problemen.push({ tekst: 'De Bundle bevat precies één ServiceRequest.', waar: 'Bundle.entry' });
  }
  if (perSoort.Patient.length > 1 || perSoort.Task.length > 1) {
    problemen.push({
      tekst: 'De Bundle bevat één Patient en hoogstens één Task.',
      waar: 'Bundle.entry',
    });
  }
  const taak = perSoort.Task[0];
  if (sr && taak) {
    const focus = referentie(taak.focus);
    if (!focus || pool.get(focus) !== sr) {
      problemen.push({
        tekst: 'Task.focus verwijst naar de ServiceRequest van de Bundle.',
        waar: 'Task.focus',
      });
    }
  }
  if (problemen.length > 0 || !sr) return { ok: false, problemen };
  // Contained resources of the ServiceRequest count too (e.g. a contained Consent).
  for (const [k, v] of containedVan(sr)) pool.set(k, v);
  const uitkomst = leesVerwijzing(sr, pool, taak, 'fullUrl');
  return uitkomst.ok ? { ...uitkomst, volgorde } : uitkomst;
}
