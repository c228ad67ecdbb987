import type { Logger } from 'pino';
import { type Actor, heeftRol } from '../../platform/auth/actor.ts';
import { escapeHtml } from '../../platform/html.ts';
import { KringError, veldFout } from '../../platform/http/problem.ts';
import { dagenNa, dagenTussen, datumInNederland } from '../../platform/kalender.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import type { Melder } from '../../platform/mail/melder.ts';
import type { GemeenteScope, ScopeFactory } from '../../platform/tenancy/gemeente-scope.ts';
import { INWONER_ROLLEN } from '../accounts/model.ts';
import type { AccountsService } from '../accounts/service.ts';
import type { PrivacyService } from '../privacy/service.ts';
import type { Logregel, ToegangService } from '../toegang/service.ts';
import { datumsInVenster, type Herhaling } from './herhaling.ts';
import {
  type Afspraak,
  type Kring,
  type KringSamenvatting,
  type MijnKringen,
  type NieuweAfspraak,
  type NieuweKring,
  type NieuweNotitie,
  type NieuweTaak,
  type NieuweUitnodiging,
  nieuweAfspraakSchema,
  nieuweKringSchema,
  nieuweNotitieSchema,
  nieuweTaakSchema,
  nieuweUitnodigingSchema,
  type Taak,
} from './model.ts';
import {
  type Handeling,
  type Kringrol,
  type Lidmaatschap,
  mag,
  magNotitieMaken,
  magNotitieZien,
  type Taakstap,
  taakNa,
  ZICHTBAARHEDEN,
  type Zichtbaarheid,
} from './rechten.ts';
import type { ZorgkringRepository } from './repository.ts';

export interface ZorgkringDeps {
  scopeOf: ScopeFactory;
  repository: ZorgkringRepository;
  toegang: Pick<ToegangService, 'vastleggen'>;
  privacy: Pick<PrivacyService, 'eigenPersoonMaken'>;
  accounts: Pick<AccountsService, 'findById'>;
  mailer: Mailer;
  melder: Melder;
  logger: Logger;
  /** The site's address for the link in the invitation (KRING_PUBLIC_URL). */
  publicUrl: string | undefined;
}

/** Why members see the circle (the purpose in the owner's access log). */
export const DOEL_ZORGKRING = 'Zorgkring: u deelt dit met de mensen in uw kring';
/** The longest agenda window one request may ask for. */
export const MAX_VENSTER_DAGEN = 366;

const nietGevonden = () =>
  new KringError('KRING_NIET_GEVONDEN', 'Deze zorgkring is niet gevonden.');

const ACTIE: Record<Handeling, Logregel['actie']> = {
  lezen: 'lezen',
  uitnodigen: 'wijzigen',
  'lid-verwijderen': 'wijzigen',
  verlaten: 'wijzigen',
  'kring-verwijderen': 'verwijderen',
  'afspraak-maken': 'aanmaken',
  'afspraak-verwijderen': 'verwijderen',
  'taak-maken': 'aanmaken',
  'taak-claimen': 'wijzigen',
  'taak-verwijderen': 'verwijderen',
  'bericht-schrijven': 'aanmaken',
  'notitie-maken': 'aanmaken',
};

const ALLEEN_EIGENAAR_TEKST: Partial<Record<Handeling, string>> = {
  uitnodigen: 'Alleen wie de zorgkring begon kan mensen uitnodigen.',
  'lid-verwijderen': 'Alleen wie de zorgkring begon kan iemand uit de kring halen.',
  'kring-verwijderen': 'Alleen wie de zorgkring begon kan de kring verwijderen.',
  'afspraak-verwijderen': 'Alleen wie de zorgkring begon kan een afspraak verwijderen.',
  'taak-verwijderen': 'Alleen wie de zorgkring begon kan een taak verwijderen.',
  verlaten: 'U heeft deze zorgkring begonnen. U kunt de kring verwijderen, niet verlaten.',
};

interface KringRij {
  id: string;
  voor_wie: string;
  eigenaar_account_id: string;
  eigenaar_persoon_id: string;
  aangemaakt_op: Date;
}

type InKring = { kring: KringRij; lid: { rol: Kringrol }; eigenaar: boolean };

/**
 * Zorgkring: a carer's circle around the person they care for — members, a shared agenda
 * with recurring appointments, tasks to claim, messages and notes with visibility levels.
 * Membership is the access rule: every request re-reads the active membership inside its own
 * transaction, so leaving or removal ends access at once. Every read and change of the
 * circle's content writes a row in the owner's access log (category netwerk) in the same
 * transaction; a non-member's attempt is logged as refused and answered 404.
 */
export function createZorgkringService(deps: ZorgkringDeps) {
  const { scopeOf, repository, toegang, privacy, accounts, mailer, melder, logger } = deps;

  function logregel(
    actor: Actor,
    kring: Pick<KringRij, 'eigenaar_persoon_id'>,
    rol: Kringrol | null,
    actie: Logregel['actie'],
    uitkomst: Logregel['uitkomst'],
  ): Logregel {
    const eigen = rol === 'mantelzorger';
    return {
      actie,
      uitkomst,
      accountId: actor.accountId,
      namensPersoonId: null,
      rol: eigen ? 'inwoner' : (actor.rollen[0]?.rol ?? null),
      organisatieId: eigen ? null : (actor.rollen[0]?.organisatieId ?? null),
      persoonId: kring.eigenaar_persoon_id,
      categorie: 'netwerk',
      grondslag: uitkomst !== 'toegestaan' ? null : eigen ? 'eigen-gegevens' : 'toestemming',
      doel: rol ? `${DOEL_ZORGKRING} (lid als ${rol})` : DOEL_ZORGKRING,
      ip: actor.ip,
      doorbraak: false,
    };
  }

  /**
   * The one door to a circle: in one transaction, the active membership is read (locked),
   * the role's right checked, `work` run and the access-log row written. Not a member: a
   * refused row (in its own transaction) and 404 that names nothing.
   */
  async function inKring<R>(
    actor: Actor,
    kringId: string,
    handeling: Handeling,
    work: (scope: GemeenteScope, k: InKring) => Promise<R>,
  ): Promise<R> {
    const uitkomst = await scopeOf(actor.gemeenteId).transaction(async (scope) => {
      const kring = await repository.kring(scope, kringId);
      if (!kring) return { soort: 'onbekend' as const };
      const rij = await repository.lidmaatschap(scope, kringId, actor.accountId);
      const lid: Lidmaatschap = rij ? { rol: rij.rol as Kringrol } : null;
      if (!lid) return { soort: 'geen-lid' as const, kring };
      if (!mag(lid, handeling)) return { soort: 'verboden' as const, kring, lid };
      const waarde = await work(scope, { kring, lid, eigenaar: lid.rol === 'mantelzorger' });
      await toegang.vastleggen(scope, [
        logregel(actor, kring, lid.rol, ACTIE[handeling], 'toegestaan'),
      ]);
      return { soort: 'ok' as const, waarde };
    });
    if (uitkomst.soort === 'ok') return uitkomst.waarde;
    if (uitkomst.soort === 'onbekend') throw nietGevonden();
    const rol = uitkomst.soort === 'verboden' ? uitkomst.lid.rol : null;
    await scopeOf(actor.gemeenteId).transaction((scope) =>
      toegang.vastleggen(scope, [
        logregel(actor, uitkomst.kring, rol, ACTIE[handeling], 'geweigerd'),
      ]),
    );
    if (uitkomst.soort === 'geen-lid') throw nietGevonden();
    throw new KringError(
      'KRING_GEEN_TOEGANG',
      ALLEEN_EIGENAAR_TEKST[handeling] ?? 'Dit mag u niet in deze zorgkring.',
    );
  }

  async function eigenEmail(actor: Actor): Promise<string | null> {
    return (await accounts.findById(actor.accountId))?.email?.toLowerCase() ?? null;
  }

  /** The invitation e-mail: that there is one and where to log in — no names, no content. */
  function stuurUitnodiging(aan: string): void {
    const link = `${deps.publicUrl ?? ''}/mijn-kring/zorgkring`;
    const nl =
      'U bent uitgenodigd voor een zorgkring in Kring: een groep mensen die samen helpen. Log in met dit e-mailadres om de uitnodiging te zien.';
    const en =
      'You have been invited to a care circle in Kring: a group of people who help together. Log in with this e-mail address to see the invitation.';
    void mailer
      .send({
        aan,
        onderwerp: 'U bent uitgenodigd voor een zorgkring / An invitation to a care circle',
        tekst: [nl, link, '', en, link].join('\n'),
        html: [
          `<p lang="nl">${escapeHtml(nl)}</p>`,
          `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
          `<p lang="en">${escapeHtml(en)}</p>`,
        ].join(''),
      })
      .catch((err: unknown) => logger.error({ err }, 'zorgkring invitation not sent'));
  }

  function toAfspraak(a: {
    id: string;
    titel: string;
    datum: string;
    tijd: string | null;
    plaats: string;
    herhaling: string;
    tot: string | null;
  }): Afspraak {
    return {
      id: a.id,
      titel: a.titel,
      datum: a.datum,
      tijd: a.tijd,
      plaats: a.plaats,
      herhaling: a.herhaling as Herhaling,
      tot: a.tot,
    };
  }

  async function taken(scope: GemeenteScope, actor: Actor, kringId: string): Promise<Taak[]> {
    return (await repository.taken(scope, kringId)).map((t) => ({
      id: t.id,
      titel: t.titel,
      datum: t.datum,
      weekdag: t.weekdag,
      status: t.status as Taak['status'],
      geclaimdDoor: t.geclaimd_door ? (t.geclaimd_naam ?? '') : null,
      doorMij: t.geclaimd_door === actor.accountId,
    }));
  }

  return {
    /** My circles, and the open invitations for my account's e-mail address. */
    async mijn(actor: Actor): Promise<MijnKringen> {
      const scope = scopeOf(actor.gemeenteId);
      const email = await eigenEmail(actor);
      const kringen: KringSamenvatting[] = (
        await repository.kringenVan(scope, actor.accountId)
      ).map((k) => ({
        id: k.id,
        voorWie: k.voor_wie,
        mijnRol: k.rol as Kringrol,
        aantalLeden: Number(k.aantal ?? 0),
      }));
      const lid = new Set(kringen.map((k) => k.id));
      const uitnodigingen = email
        ? (await repository.uitnodigingenVoor(scope, email))
            .filter((u) => !lid.has(u.kring_id))
            .map((u) => ({
              id: u.id,
              voorWie: u.voor_wie,
              uitgenodigdDoor: u.eigenaar_naam,
              rol: u.rol as NieuweUitnodiging['rol'],
              bericht: u.bericht,
              uitgenodigdOp: u.uitgenodigd_op.toISOString(),
            }))
        : [];
      return { kringen, uitnodigingen };
    },

    /** A resident starts a circle and is its owner (rol mantelzorger). */
    async maak(actor: Actor, input: NieuweKring): Promise<KringSamenvatting> {
      const v = nieuweKringSchema.parse(input);
      if (!heeftRol(actor, ...INWONER_ROLLEN)) {
        throw new KringError(
          'KRING_GEEN_TOEGANG',
          'Een zorgkring begint u als inwoner, voor iemand voor wie u zorgt.',
        );
      }
      // Before the transaction: it may make (and log) the owner's person record.
      const persoonId = await privacy.eigenPersoonMaken(actor);
      return scopeOf(actor.gemeenteId).transaction(async (scope) => {
        const id = await repository.maakKring(scope, {
          voorWie: v.voorWie,
          accountId: actor.accountId,
          persoonId,
        });
        await toegang.vastleggen(scope, [
          logregel(
            actor,
            { eigenaar_persoon_id: persoonId },
            'mantelzorger',
            'aanmaken',
            'toegestaan',
          ),
        ]);
        return { id, voorWie: v.voorWie, mijnRol: 'mantelzorger', aantalLeden: 1 };
      });
    },

    async kring(actor: Actor, id: string): Promise<Kring> {
      return inKring(actor, id, 'lezen', async (scope, { kring, lid, eigenaar }) => ({
        id: kring.id,
        voorWie: kring.voor_wie,
        mijnRol: lid.rol,
        leden: (await repository.leden(scope, id)).map((l) => ({
          accountId: l.account_id,
          naam: l.naam,
          rol: l.rol as Kringrol,
          ikZelf: l.account_id === actor.accountId,
        })),
        uitnodigingen: eigenaar
          ? (await repository.openUitnodigingen(scope, id)).map((u) => ({
              id: u.id,
              eMailadres: u.email,
              rol: u.rol as NieuweUitnodiging['rol'],
              uitgenodigdOp: u.uitgenodigd_op.toISOString(),
            }))
          : [],
        aangemaaktOp: kring.aangemaakt_op.toISOString(),
      }));
    },

    /** The owner deletes the circle with everything in it; everyone's access ends. */
    async verwijder(actor: Actor, id: string): Promise<void> {
      await inKring(actor, id, 'kring-verwijderen', (scope) =>
        repository.verwijderKring(scope, id),
      );
    },

    /** The owner invites someone by e-mail address; the e-mail names no one. */
    async nodigUit(actor: Actor, id: string, input: NieuweUitnodiging) {
      const v = nieuweUitnodigingSchema.parse(input);
      const email = v.eMailadres.toLowerCase();
      const uitnodiging = await inKring(actor, id, 'uitnodigen', async (scope) => {
        if (await repository.isLidMetEmail(scope, id, email)) {
          throw new KringError('KRING_CONFLICT', 'Deze persoon is al lid van de zorgkring.');
        }
        const uid = await repository.nodigUit(scope, {
          kringId: id,
          email,
          rol: v.rol,
          bericht: v.bericht,
        });
        if (!uid) throw new KringError('KRING_CONFLICT', 'Deze persoon is al uitgenodigd.');
        return { id: uid, eMailadres: email, rol: v.rol, uitgenodigdOp: new Date().toISOString() };
      });
      stuurUitnodiging(email);
      return uitnodiging;
    },

    /**
     * The invitee answers: only the account whose e-mail address was invited (matched
     * case-insensitively). An invitation as professional needs a care-staff account.
     */
    async beantwoord(
      actor: Actor,
      uitnodigingId: string,
      accepteren: boolean,
    ): Promise<{ kringId: string | null }> {
      const email = await eigenEmail(actor);
      return scopeOf(actor.gemeenteId).transaction(async (scope) => {
        const u = await repository.vergrendelUitnodiging(scope, uitnodigingId);
        if (!u || !email || u.email.toLowerCase() !== email || u.status !== 'open') {
          throw new KringError('KRING_NIET_GEVONDEN', 'Deze uitnodiging is niet gevonden.');
        }
        if (!accepteren) {
          await repository.beantwoord(scope, u.id, 'afgeslagen');
          return { kringId: null };
        }
        if (u.rol === 'professional' && !heeftRol(actor, 'professional', 'huisarts')) {
          throw new KringError(
            'KRING_CONFLICT',
            'Deze uitnodiging is voor een hulpverlener. Log in met uw werkaccount.',
          );
        }
        const kring = (await repository.kring(scope, u.kring_id))!;
        await repository.voegLidToe(scope, u.kring_id, actor.accountId, u.rol);
        await repository.beantwoord(scope, u.id, 'geaccepteerd');
        await toegang.vastleggen(scope, [
          logregel(actor, kring, u.rol as Kringrol, 'wijzigen', 'toegestaan'),
        ]);
        return { kringId: u.kring_id };
      });
    },

    /** A member leaves (their own account) or the owner removes someone; access ends now. */
    async verwijderLid(actor: Actor, id: string, accountId: string): Promise<void> {
      const zelf = accountId === actor.accountId;
      await inKring(actor, id, zelf ? 'verlaten' : 'lid-verwijderen', async (scope, { kring }) => {
        if (accountId === kring.eigenaar_account_id) {
          throw new KringError('KRING_CONFLICT', 'Wie de zorgkring begon blijft lid.');
        }
        if (!(await repository.verwijderLid(scope, id, accountId))) {
          throw new KringError('KRING_NIET_GEVONDEN', 'Deze persoon is geen lid van de zorgkring.');
        }
        await repository.geefTakenTerug(scope, id, accountId);
      });
    },

    // --- agenda ---------------------------------------------------------------------------
    /** Every occurrence in the window (default: today and the next eight weeks). */
    async agenda(actor: Actor, id: string, venster: { van?: string; tot?: string }) {
      const van = venster.van ?? datumInNederland(new Date());
      const tot = venster.tot ?? dagenNa(van, 56);
      if (dagenTussen(van, tot) > MAX_VENSTER_DAGEN) {
        throw veldFout('query.tot', 'Vraag hoogstens een jaar tegelijk op.');
      }
      return inKring(actor, id, 'lezen', async (scope) => {
        const keren = (await repository.afspraken(scope, id, tot)).flatMap((a) =>
          datumsInVenster(
            { datum: a.datum, herhaling: a.herhaling as Herhaling, tot: a.tot },
            van,
            tot,
          ).map((op) => ({ ...toAfspraak(a), op })),
        );
        keren.sort(
          (a, b) => a.op.localeCompare(b.op) || (a.tijd ?? '').localeCompare(b.tijd ?? ''),
        );
        return { van, tot, keren };
      });
    },

    async maakAfspraak(actor: Actor, id: string, input: NieuweAfspraak): Promise<Afspraak> {
      const v = nieuweAfspraakSchema.parse(input);
      return inKring(actor, id, 'afspraak-maken', async (scope) => {
        const aid = await repository.maakAfspraak(scope, id, actor.accountId, v);
        return toAfspraak({ id: aid, ...v, tot: v.herhaling === 'geen' ? null : v.tot });
      });
    },

    async verwijderAfspraak(actor: Actor, id: string, afspraakId: string): Promise<void> {
      await inKring(actor, id, 'afspraak-verwijderen', async (scope) => {
        if (!(await repository.verwijderAfspraak(scope, id, afspraakId))) {
          throw new KringError('KRING_NIET_GEVONDEN', 'Deze afspraak is niet gevonden.');
        }
      });
    },

    // --- tasks ----------------------------------------------------------------------------
    async taken(actor: Actor, id: string) {
      return inKring(actor, id, 'lezen', async (scope) => ({
        taken: await taken(scope, actor, id),
      }));
    },

    async maakTaak(actor: Actor, id: string, input: NieuweTaak): Promise<Taak> {
      const v = nieuweTaakSchema.parse(input);
      return inKring(actor, id, 'taak-maken', async (scope) => {
        const tid = await repository.maakTaak(scope, id, actor.accountId, v);
        return (await taken(scope, actor, id)).find((t) => t.id === tid)!;
      });
    },

    /** "Ik doe het", give it back, done, open again (see rechten.taakNa). */
    async taakstap(actor: Actor, id: string, taakId: string, stap: Taakstap): Promise<Taak> {
      return inKring(actor, id, 'taak-claimen', async (scope, { eigenaar }) => {
        const t = await repository.vergrendelTaak(scope, id, taakId);
        if (!t) throw new KringError('KRING_NIET_GEVONDEN', 'Deze taak is niet gevonden.');
        const na = taakNa(
          { status: t.status as Taak['status'], geclaimdDoor: t.geclaimd_door },
          stap,
          { accountId: actor.accountId, eigenaar },
        );
        if (!na) {
          throw new KringError(
            'KRING_CONFLICT',
            t.status === 'geclaimd' && stap === 'claimen'
              ? 'Iemand anders doet deze taak al.'
              : 'Dit kan niet met deze taak.',
          );
        }
        await repository.zetTaak(scope, taakId, na);
        return (await taken(scope, actor, id)).find((x) => x.id === taakId)!;
      });
    },

    async verwijderTaak(actor: Actor, id: string, taakId: string): Promise<void> {
      await inKring(actor, id, 'taak-verwijderen', async (scope) => {
        if (!(await repository.verwijderTaak(scope, id, taakId))) {
          throw new KringError('KRING_NIET_GEVONDEN', 'Deze taak is niet gevonden.');
        }
      });
    },

    // --- messages -------------------------------------------------------------------------
    async berichten(actor: Actor, id: string) {
      return inKring(actor, id, 'lezen', async (scope) => ({
        berichten: (await repository.berichten(scope, id)).map((b) => ({
          id: b.id,
          naam: b.naam ?? '',
          vanMij: b.van === actor.accountId,
          tekst: b.tekst,
          op: b.op.toISOString(),
        })),
      }));
    },

    /** A message to the circle; the other members get a notification without the text. */
    async schrijf(actor: Actor, id: string, tekst: string) {
      const { bericht, anderen } = await inKring(actor, id, 'bericht-schrijven', async (scope) => {
        const b = await repository.schrijfBericht(scope, id, actor.accountId, tekst);
        const leden = await repository.leden(scope, id);
        return {
          bericht: { id: b.id, naam: actor.naam, vanMij: true, tekst, op: b.op.toISOString() },
          anderen: leden.map((l) => l.account_id).filter((a) => a !== actor.accountId),
        };
      });
      for (const a of anderen) melder.meld(a, 'bericht', `/mijn-kring/zorgkring/${id}`);
      return bericht;
    },

    // --- notes ----------------------------------------------------------------------------
    /** Only the notes the member's role may read (rechten.magNotitieZien). */
    async notities(actor: Actor, id: string) {
      return inKring(actor, id, 'lezen', async (scope, { lid }) => {
        const zichtbaar = ZICHTBAARHEDEN.filter((z) => magNotitieZien(lid, z));
        return {
          notities: (await repository.notities(scope, id, zichtbaar)).map((n) => ({
            id: n.id,
            tekst: n.tekst,
            zichtbaarheid: n.zichtbaarheid as Zichtbaarheid,
            naam: n.naam ?? '',
            op: n.op.toISOString(),
          })),
        };
      });
    },

    async maakNotitie(actor: Actor, id: string, input: NieuweNotitie) {
      const v = nieuweNotitieSchema.parse(input);
      return inKring(actor, id, 'notitie-maken', async (scope, { lid }) => {
        if (!magNotitieMaken(lid, v.zichtbaarheid)) {
          throw veldFout(
            'body.zichtbaarheid',
            'U kunt alleen een notitie maken die u zelf ook mag lezen.',
          );
        }
        const n = await repository.schrijfNotitie(scope, id, actor.accountId, v);
        return { id: n.id, ...v, naam: actor.naam, op: n.op.toISOString() };
      });
    },

    /** For inzage and erasure: the circles the person owns, with their content (netwerk). */
    bron: {
      naam: 'zorgkring',
      categorie: 'netwerk' as const,
      inzage: async (scope: GemeenteScope, persoonId: string) => {
        const uit = [];
        for (const k of await repository.kringenVanPersoon(scope, persoonId)) {
          uit.push({
            voorWie: k.voor_wie,
            aangemaaktOp: k.aangemaakt_op.toISOString(),
            leden: (await repository.leden(scope, k.id)).map((l) => ({ naam: l.naam, rol: l.rol })),
            afspraken: (await repository.afspraken(scope, k.id, '9999-12-31')).map(toAfspraak),
            taken: (await repository.taken(scope, k.id)).map((t) => ({
              titel: t.titel,
              status: t.status,
            })),
            berichten: (await repository.berichten(scope, k.id)).map((b) => ({
              van: b.naam,
              tekst: b.tekst,
              op: b.op.toISOString(),
            })),
            notities: (await repository.notities(scope, k.id, ZICHTBAARHEDEN)).map((n) => ({
              tekst: n.tekst,
              zichtbaarheid: n.zichtbaarheid,
              op: n.op.toISOString(),
            })),
          });
        }
        return uit;
      },
      wis: (scope: GemeenteScope, persoonId: string) => repository.wis(scope, persoonId),
    },
  };
}

export type ZorgkringService = ReturnType<typeof createZorgkringService>;
