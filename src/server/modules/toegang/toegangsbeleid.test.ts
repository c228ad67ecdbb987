import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIES, CATEGORIEEN } from './model.ts';
import {
  type BeleidActor,
  besluit,
  magPersoonAanmaken,
  magTeamBeheren,
  type PersoonRelaties,
} from './toegangsbeleid.ts';

const NU = new Date('2026-11-23T12:00:00Z');
const UUR = 3_600_000;
const at = (h: number) => new Date(NU.getTime() + h * UUR);
const ORG_A = '00000000-0000-4000-8000-00000000000a';
const ORG_B = '00000000-0000-4000-8000-00000000000b';
const IK = '00000000-0000-4000-8000-000000000001';
const PERSOON_ACCOUNT = '00000000-0000-4000-8000-000000000002';

const leeg = (over: Partial<PersoonRelaties> = {}): PersoonRelaties => ({
  gemeenteId: 1,
  persoonId: '00000000-0000-4000-8000-0000000000ff',
  accountId: PERSOON_ACCOUNT,
  vertegenwoordigers: [],
  betrokkenheden: [],
  toestemmingen: [],
  doorbraken: [],
  ...over,
});
const actor = (rollen: BeleidActor['rollen'], over: Partial<BeleidActor> = {}): BeleidActor => ({
  accountId: IK,
  gemeenteId: 1,
  rollen,
  platformbeheerder: false,
  ...over,
});
const prof = (org = ORG_A) => ({ rol: 'professional', functie: 'wijkteam', organisatieId: org });

// --- arbitraries -----------------------------------------------------------------------
const accountArb = fc.constantFrom(IK, PERSOON_ACCOUNT, '00000000-0000-4000-8000-000000000003');
const orgArb = fc.constantFrom(ORG_A, ORG_B);
const tijdArb = fc.integer({ min: -48, max: 48 }).map(at);
const periodeArb = fc
  .tuple(tijdArb, fc.option(fc.integer({ min: 0, max: 96 }), { nil: null }))
  .map(([sinds, duur]) => ({
    sinds,
    tot: duur === null ? null : new Date(sinds.getTime() + duur * UUR),
  }));
const categorieenArb = fc.subarray([...CATEGORIEEN]);
const relatiesArb: fc.Arbitrary<PersoonRelaties> = fc.record({
  gemeenteId: fc.constantFrom(1, 2),
  persoonId: fc.constant('00000000-0000-4000-8000-0000000000ff'),
  accountId: fc.option(accountArb, { nil: null }),
  vertegenwoordigers: fc.array(
    fc.tuple(periodeArb, accountArb).map(([p, accountId]) => ({ ...p, accountId })),
    { maxLength: 2 },
  ),
  betrokkenheden: fc.array(
    fc
      .tuple(periodeArb, accountArb, orgArb, categorieenArb)
      .map(([p, accountId, organisatieId, categorieen]) => ({
        ...p,
        accountId,
        organisatieId,
        rol: 'lid',
        categorieen,
        grondslag: 'Wmo 2015',
      })),
    { maxLength: 3 },
  ),
  toestemmingen: fc.array(
    fc
      .tuple(
        orgArb,
        categorieenArb,
        tijdArb,
        fc.option(tijdArb, { nil: null }),
        fc.option(tijdArb, { nil: null }),
      )
      .map(([organisatieId, categorieen, gegevenOp, geldigTot, ingetrokkenOp]) => ({
        organisatieId,
        categorieen,
        doel: 'ondersteuning',
        gegevenOp,
        geldigTot,
        ingetrokkenOp,
      })),
    { maxLength: 3 },
  ),
  doorbraken: fc.array(
    fc
      .tuple(accountArb, tijdArb, fc.constantFrom('', 'Acute zorg, niemand bereikbaar'))
      .map(([accountId, op, reden]) => ({
        accountId,
        op,
        geldigTot: new Date(op.getTime() + 4 * UUR),
        reden,
      })),
    { maxLength: 2 },
  ),
});
const ALLE_ROLLEN = [
  'inwoner',
  'vrijwilliger',
  'mantelzorger',
  'professional',
  'huisarts',
  'organisatiebeheerder',
  'redacteur',
  'beleidsmedewerker',
  'functioneel-beheerder',
];
const rollenArb = (rollen: string[]) =>
  fc.array(
    fc.record({
      rol: fc.constantFrom(...rollen),
      functie: fc.constant(null),
      organisatieId: fc.option(orgArb, { nil: null }),
    }),
    { minLength: 0, maxLength: 3 },
  );
const actorArb = (rollen = ALLE_ROLLEN) =>
  fc.record({
    accountId: accountArb,
    gemeenteId: fc.constantFrom(1, 2),
    rollen: rollenArb(rollen),
    platformbeheerder: fc.boolean(),
  });
const categorieArb = fc.constantFrom(...CATEGORIEEN);
const actieArb = fc.constantFrom(...ACTIES);

const zelfOfVertegenwoordiger = (a: BeleidActor, r: PersoonRelaties) =>
  (r.accountId !== null && r.accountId === a.accountId) ||
  r.vertegenwoordigers.some((v) => v.accountId === a.accountId);

describe('toegangsbeleid — invariants', () => {
  it('another gemeente never gets access', () => {
    fc.assert(
      fc.property(actorArb(), relatiesArb, categorieArb, actieArb, (a, r, categorie, actie) => {
        fc.pre(a.gemeenteId !== r.gemeenteId);
        expect(besluit({ actor: a, relaties: r, categorie, actie, nu: NU }).toegestaan).toBe(false);
      }),
    );
  });

  it('policy officers, admins, editors and volunteers never see someone else’s data', () => {
    const zonderZorg = ALLE_ROLLEN.filter((r) => r !== 'professional' && r !== 'huisarts');
    fc.assert(
      fc.property(
        actorArb(zonderZorg),
        relatiesArb,
        categorieArb,
        actieArb,
        (a, r, categorie, actie) => {
          fc.pre(!zelfOfVertegenwoordiger(a, r));
          expect(besluit({ actor: a, relaties: r, categorie, actie, nu: NU }).toegestaan).toBe(
            false,
          );
        },
      ),
    );
  });

  it('every permission has a relation that explains it', () => {
    fc.assert(
      fc.property(actorArb(), relatiesArb, categorieArb, actieArb, (a, r, categorie, actie) => {
        const b = besluit({ actor: a, relaties: r, categorie, actie, nu: NU });
        if (!b.toegestaan) return;
        expect(a.gemeenteId).toBe(r.gemeenteId);
        const orgVan = (org: string) =>
          a.rollen.some(
            (x) => (x.rol === 'professional' || x.rol === 'huisarts') && x.organisatieId === org,
          );
        switch (b.grondslag) {
          case 'eigen-gegevens':
            expect(r.accountId).toBe(a.accountId);
            break;
          case 'vertegenwoordiger':
            expect(r.vertegenwoordigers.some((v) => v.accountId === a.accountId)).toBe(true);
            break;
          case 'betrokkenheid':
            expect(
              r.betrokkenheden.some(
                (x) =>
                  x.accountId === a.accountId &&
                  x.categorieen.includes(categorie) &&
                  orgVan(x.organisatieId) &&
                  x.sinds <= NU &&
                  (x.tot === null || NU < x.tot),
              ),
            ).toBe(true);
            break;
          case 'toestemming':
            expect(['lezen', 'zoeken', 'printen']).toContain(actie);
            expect(
              r.toestemmingen.some(
                (t) =>
                  t.categorieen.includes(categorie) &&
                  orgVan(t.organisatieId) &&
                  t.ingetrokkenOp === null,
              ),
            ).toBe(true);
            break;
          case 'doorbraak':
            expect(b.doorbraak).toBe(true);
            expect(['lezen', 'printen']).toContain(actie);
            expect(
              r.doorbraken.some((d) => d.accountId === a.accountId && d.reden.trim() !== ''),
            ).toBe(true);
            break;
        }
        expect(b.doorbraak).toBe(b.grondslag === 'doorbraak');
      }),
    );
  });

  it('a revoked consent gives no access, however the clocks differ', () => {
    fc.assert(
      fc.property(categorieArb, fc.integer({ min: -10, max: 10 }), (categorie, ingetrokken) => {
        const r = leeg({
          toestemmingen: [
            {
              organisatieId: ORG_A,
              categorieen: [categorie],
              doel: 'x',
              gegevenOp: at(-20),
              geldigTot: null,
              ingetrokkenOp: at(ingetrokken),
            },
          ],
        });
        const b = besluit({
          actor: actor([prof()]),
          relaties: r,
          categorie,
          actie: 'lezen',
          nu: NU,
        });
        expect(b.toegestaan).toBe(false);
      }),
    );
  });
});

describe('toegangsbeleid — examples', () => {
  const team = (over: Partial<PersoonRelaties['betrokkenheden'][number]> = {}) =>
    leeg({
      betrokkenheden: [
        {
          accountId: IK,
          organisatieId: ORG_A,
          rol: 'regisseur',
          categorieen: ['contact', 'intake'],
          grondslag: 'Wmo 2015 art. 2.3.2',
          sinds: at(-10),
          tot: null,
          ...over,
        },
      ],
    });

  it('the person sees their own data, a representative acts on their behalf', () => {
    expect(
      besluit({
        actor: actor([], { accountId: PERSOON_ACCOUNT }),
        relaties: leeg(),
        categorie: 'gezondheid',
        actie: 'exporteren',
        nu: NU,
      }),
    ).toMatchObject({ toegestaan: true, grondslag: 'eigen-gegevens' });
    const r = leeg({ vertegenwoordigers: [{ accountId: IK, sinds: at(-1), tot: null }] });
    expect(
      besluit({ actor: actor([]), relaties: r, categorie: 'financien', actie: 'lezen', nu: NU }),
    ).toMatchObject({
      toegestaan: true,
      grondslag: 'vertegenwoordiger',
      namensPersoonId: r.persoonId,
    });
    const voorbij = leeg({ vertegenwoordigers: [{ accountId: IK, sinds: at(-5), tot: at(-1) }] });
    expect(
      besluit({ actor: actor([]), relaties: voorbij, categorie: 'contact', actie: 'lezen', nu: NU })
        .toegestaan,
    ).toBe(false);
  });

  it('a case-team member sees only the categories of the betrokkenheid, while it runs', () => {
    const vraag = (categorie: 'contact' | 'gezondheid', r = team()) =>
      besluit({ actor: actor([prof()]), relaties: r, categorie, actie: 'wijzigen', nu: NU });
    expect(vraag('contact')).toMatchObject({
      toegestaan: true,
      grondslag: 'betrokkenheid',
      organisatieId: ORG_A,
      doel: 'Wmo 2015 art. 2.3.2',
    });
    expect(vraag('gezondheid').toegestaan).toBe(false);
    expect(vraag('contact', team({ tot: at(-1) })).toegestaan).toBe(false);
    expect(vraag('contact', team({ sinds: at(1) })).toegestaan).toBe(false);
    // Moved to another organisation: the betrokkenheid no longer counts.
    expect(
      besluit({
        actor: actor([prof(ORG_B)]),
        relaties: team(),
        categorie: 'contact',
        actie: 'lezen',
        nu: NU,
      }).toegestaan,
    ).toBe(false);
  });

  it('consent lets an organisation read, not change, until it expires', () => {
    const r = leeg({
      toestemmingen: [
        {
          organisatieId: ORG_B,
          categorieen: ['contact'],
          doel: 'welzijn op recept',
          gegevenOp: at(-1),
          geldigTot: at(2),
          ingetrokkenOp: null,
        },
      ],
    });
    const vraag = (actie: 'lezen' | 'wijzigen', nu = NU) =>
      besluit({ actor: actor([prof(ORG_B)]), relaties: r, categorie: 'contact', actie, nu });
    expect(vraag('lezen')).toMatchObject({
      toegestaan: true,
      grondslag: 'toestemming',
      doel: 'welzijn op recept',
    });
    expect(vraag('wijzigen').toegestaan).toBe(false);
    expect(vraag('lezen', at(3)).toegestaan).toBe(false);
  });

  it('break-glass works for care staff with a reason, for a short time, and is flagged', () => {
    const r = leeg({
      doorbraken: [{ accountId: IK, reden: 'Acute situatie', op: at(-1), geldigTot: at(3) }],
    });
    expect(
      besluit({
        actor: actor([prof()]),
        relaties: r,
        categorie: 'gezondheid',
        actie: 'lezen',
        nu: NU,
      }),
    ).toMatchObject({
      toegestaan: true,
      grondslag: 'doorbraak',
      doorbraak: true,
    });
    expect(
      besluit({
        actor: actor([prof()]),
        relaties: r,
        categorie: 'gezondheid',
        actie: 'wijzigen',
        nu: NU,
      }).toegestaan,
    ).toBe(false);
    expect(
      besluit({
        actor: actor([prof()]),
        relaties: r,
        categorie: 'gezondheid',
        actie: 'lezen',
        nu: at(4),
      }).toegestaan,
    ).toBe(false);
    const fb = actor([{ rol: 'functioneel-beheerder', functie: null, organisatieId: null }]);
    expect(
      besluit({ actor: fb, relaties: r, categorie: 'contact', actie: 'lezen', nu: NU }).toegestaan,
    ).toBe(false);
  });

  it('only care staff with an organisation create persons; only the regisseur manages the team', () => {
    expect(magPersoonAanmaken(actor([prof()]))).toEqual({
      rol: 'professional',
      organisatieId: ORG_A,
    });
    expect(
      magPersoonAanmaken(
        actor([{ rol: 'professional', functie: 'wijkteam', organisatieId: null }]),
      ),
    ).toBeUndefined();
    expect(
      magPersoonAanmaken(
        actor([{ rol: 'beleidsmedewerker', functie: null, organisatieId: ORG_A }]),
      ),
    ).toBeUndefined();
    const teamRegel = {
      accountId: IK,
      organisatieId: ORG_A,
      rol: 'regisseur',
      sinds: at(-1),
      tot: null,
    };
    expect(magTeamBeheren(actor([prof()]), [teamRegel], 1, NU)).toBe(true);
    expect(magTeamBeheren(actor([prof()]), [{ ...teamRegel, rol: 'lid' }], 1, NU)).toBe(false);
    expect(magTeamBeheren(actor([prof()]), [teamRegel], 2, NU)).toBe(false);
  });
});
