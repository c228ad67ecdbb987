import type { Actie, Categorie, Grondslag } from './model.ts';

/**
 * Who may do what with a person's data — pure logic, no I/O. The `toegang` service feeds
 * it the person's relations from the database and logs every decision.
 *
 * Rules, in order:
 * 1. Another gemeente: never.
 * 2. The person themselves, and an active legal representative: everything.
 * 3. Only care staff (`professional`, `huisarts`) can get access through a relation;
 *    policy officers, editors, organisation admins, functioneel beheerders, platform
 *    admins and volunteers never see someone else's data.
 * 4. A member of the person's case team (betrokkenheid): for the categories of that
 *    betrokkenheid, while it runs, while they still work for that organisation.
 * 5. An organisation the person gave consent to: read, search and print the consented
 *    categories, from `gegevenOp` until revoked or expired.
 * 6. Break-glass: a care-staff member with a recorded reason, for a short time; read only,
 *    flagged in the log.
 */

export const ZORGROLLEN: ReadonlySet<string> = new Set(['professional', 'huisarts']);
const TOESTEMMING_ACTIES: ReadonlySet<Actie> = new Set(['lezen', 'zoeken', 'printen']);
const DOORBRAAK_ACTIES: ReadonlySet<Actie> = new Set(['lezen', 'printen']);

export interface BeleidActor {
  accountId: string;
  gemeenteId: number;
  rollen: { rol: string; functie: string | null; organisatieId: string | null }[];
  platformbeheerder: boolean;
}

export interface Periode {
  sinds: Date;
  tot: Date | null;
}

export interface PersoonRelaties {
  gemeenteId: number;
  persoonId: string;
  /** The person's own account, when they have one. */
  accountId: string | null;
  vertegenwoordigers: (Periode & { accountId: string })[];
  betrokkenheden: (Periode & {
    accountId: string;
    organisatieId: string;
    rol: string;
    categorieen: readonly string[];
    grondslag: string;
  })[];
  toestemmingen: {
    organisatieId: string;
    categorieen: readonly string[];
    doel: string;
    gegevenOp: Date;
    /** End of validity (exclusive); null: until revoked. */
    geldigTot: Date | null;
    ingetrokkenOp: Date | null;
  }[];
  doorbraken: { accountId: string; reden: string; op: Date; geldigTot: Date }[];
}

export interface Toegestaan {
  toegestaan: true;
  grondslag: Grondslag;
  /** The role and organisation the access is made in, for the log. */
  rol: string | null;
  organisatieId: string | null;
  /** Purpose / lawful basis as recorded on the relation. */
  doel: string;
  doorbraak: boolean;
  /** Set when a representative acts on behalf of the person. */
  namensPersoonId: string | null;
}

export interface Geweigerd {
  toegestaan: false;
  reden: 'andere-gemeente' | 'geen-relatie';
  rol: string | null;
  organisatieId: string | null;
}

export type Besluit = Toegestaan | Geweigerd;

export interface Toegangsvraag {
  actor: BeleidActor;
  relaties: PersoonRelaties;
  categorie: Categorie;
  actie: Actie;
  nu: Date;
}

export function loopt(p: Periode, nu: Date): boolean {
  return p.sinds.getTime() <= nu.getTime() && (p.tot === null || nu.getTime() < p.tot.getTime());
}

/** The actor's care-staff roles (the only ones that can reach others' data). */
export function zorgrollen(actor: BeleidActor) {
  return actor.rollen.filter((r) => ZORGROLLEN.has(r.rol));
}

export function besluit({ actor, relaties, categorie, actie, nu }: Toegangsvraag): Besluit {
  const eerste = actor.rollen[0];
  const geweigerd = (reden: Geweigerd['reden']): Geweigerd => ({
    toegestaan: false,
    reden,
    rol: eerste?.rol ?? (actor.platformbeheerder ? 'platformbeheerder' : null),
    organisatieId: eerste?.organisatieId ?? null,
  });
  if (actor.gemeenteId !== relaties.gemeenteId) return geweigerd('andere-gemeente');

  if (relaties.accountId !== null && relaties.accountId === actor.accountId) {
    return {
      toegestaan: true,
      grondslag: 'eigen-gegevens',
      rol: 'inwoner',
      organisatieId: null,
      doel: 'eigen gegevens',
      doorbraak: false,
      namensPersoonId: null,
    };
  }
  if (relaties.vertegenwoordigers.some((v) => v.accountId === actor.accountId && loopt(v, nu))) {
    return {
      toegestaan: true,
      grondslag: 'vertegenwoordiger',
      rol: 'vertegenwoordiger',
      organisatieId: null,
      doel: 'wettelijke vertegenwoordiging',
      doorbraak: false,
      namensPersoonId: relaties.persoonId,
    };
  }

  const rollen = zorgrollen(actor);
  if (rollen.length === 0) return geweigerd('geen-relatie');

  for (const b of relaties.betrokkenheden) {
    if (b.accountId !== actor.accountId || !loopt(b, nu) || !b.categorieen.includes(categorie)) {
      continue;
    }
    const rol = rollen.find((r) => r.organisatieId === b.organisatieId);
    if (!rol) continue;
    return {
      toegestaan: true,
      grondslag: 'betrokkenheid',
      rol: rol.rol,
      organisatieId: b.organisatieId,
      doel: b.grondslag,
      doorbraak: false,
      namensPersoonId: null,
    };
  }

  if (TOESTEMMING_ACTIES.has(actie)) {
    for (const t of relaties.toestemmingen) {
      const geldig =
        t.gegevenOp.getTime() <= nu.getTime() &&
        // Revoked is revoked, whatever the clocks of app and database say.
        t.ingetrokkenOp === null &&
        (t.geldigTot === null || nu.getTime() < t.geldigTot.getTime());
      if (!geldig || !t.categorieen.includes(categorie)) continue;
      const rol = rollen.find((r) => r.organisatieId === t.organisatieId);
      if (!rol) continue;
      return {
        toegestaan: true,
        grondslag: 'toestemming',
        rol: rol.rol,
        organisatieId: t.organisatieId,
        doel: t.doel,
        doorbraak: false,
        namensPersoonId: null,
      };
    }
  }

  if (DOORBRAAK_ACTIES.has(actie)) {
    const d = relaties.doorbraken.find(
      (d) =>
        d.accountId === actor.accountId &&
        d.reden.trim().length > 0 &&
        loopt({ sinds: d.op, tot: d.geldigTot }, nu),
    );
    if (d) {
      const rol = rollen[0]!;
      return {
        toegestaan: true,
        grondslag: 'doorbraak',
        rol: rol.rol,
        organisatieId: rol.organisatieId,
        doel: d.reden,
        doorbraak: true,
        namensPersoonId: null,
      };
    }
  }
  return geweigerd('geen-relatie');
}

/** Break-glass can only be asked by care staff. */
export function magDoorbreken(actor: BeleidActor): boolean {
  return zorgrollen(actor).length > 0;
}

/** Who may register a new person (and so start a case team): care staff with an organisation. */
export function magPersoonAanmaken(
  actor: BeleidActor,
): { rol: string; organisatieId: string } | undefined {
  const rol = zorgrollen(actor).find((r) => r.organisatieId !== null);
  return rol ? { rol: rol.rol, organisatieId: rol.organisatieId! } : undefined;
}

/** Who may change the case team: its running regisseur(s). */
export function magTeamBeheren(
  actor: BeleidActor,
  team: readonly (Periode & { accountId: string; organisatieId: string; rol: string })[],
  gemeenteId: number,
  nu: Date,
): boolean {
  if (actor.gemeenteId !== gemeenteId) return false;
  const rollen = zorgrollen(actor);
  return team.some(
    (b) =>
      b.rol === 'regisseur' &&
      b.accountId === actor.accountId &&
      loopt(b, nu) &&
      rollen.some((r) => r.organisatieId === b.organisatieId),
  );
}
