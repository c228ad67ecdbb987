import type { Logger } from 'pino';
import QRCode from 'qrcode';
import { type Actor, moetMfa } from '../../platform/auth/actor.ts';
import { hashToken, isLocalHost, newToken } from '../../platform/auth/session-cookie.ts';
import type { Kluis } from '../../platform/crypto/kluis.ts';
import { KringError } from '../../platform/http/problem.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import type { ScopeFactory } from '../../platform/tenancy/gemeente-scope.ts';
import type { TenantRef } from '../../platform/tenancy/request-gemeente.ts';
import type { AccountRow, AccountsService } from '../accounts/service.ts';
import type { GemeentenService } from '../gemeenten/service.ts';
import type { NieuweSessie, SessiesService } from '../sessies/service.ts';
import { blokkeerTot, isGeblokkeerd } from './blokkade.ts';
import { linkNaar, MAX_PER_UUR, type TokenDoel, verlooptOp } from './e-mail-tokens.ts';
import { nieuweHerstelcodes, normaliseerHerstelcode } from './herstelcodes.ts';
import { mailVoor, type Taal } from './mail-teksten.ts';
import type {
  Aangemeld,
  Aanmelding as AanmeldingStatus,
  HerstelBevestiging,
  Inloggen,
  MijnAccount,
  Registratie,
  TweedeFactorActief,
  TweedeFactorInstellen,
  TweedeFactorInvoer,
  WachtwoordWijzigen,
} from './model.ts';
import type { AanmeldenRepository } from './repository.ts';
import { controleerTotp, inGroepen, nieuwGeheim, otpauthUri } from './totp.ts';

/** Where a request came from, for events and for the links in mail. */
export interface Herkomst {
  gemeente: TenantRef;
  ip: string;
  /** Host with port, as the browser sent it. */
  host: string;
  taal: Taal;
}

export interface AanmeldenDeps {
  scopeOf: ScopeFactory;
  repository: AanmeldenRepository;
  accounts: AccountsService;
  sessies: SessiesService;
  gemeenten: GemeentenService;
  kluis: Kluis;
  mailer: Mailer;
  logger: Logger;
  publicUrl: string | undefined;
}

const ONJUIST = 'E-mailadres of wachtwoord klopt niet.';
const CODE_ONJUIST = 'De code klopt niet. Probeer het opnieuw.';

/** Sessions and answers after the first or second factor, with the cookie to set. */
export interface Aanmelding<T> {
  sessie: NieuweSessie;
  body: T;
}

export function createAanmeldenService(deps: AanmeldenDeps) {
  const { scopeOf, repository, accounts, sessies, kluis } = deps;
  const { controleerWachtwoord, hashWachtwoord, wachtwoordProblemen } = accounts;
  /** Verified against when there is no account, so an unknown address costs the same time. */
  let dummy: Promise<string> | undefined;
  const dummyHash = () => {
    dummy ??= hashWachtwoord('kring-bestaat-niet-dummy-wachtwoord');
    return dummy;
  };

  const onjuist = () => new KringError('KRING_NIET_INGELOGD', ONJUIST);
  const codeFout = (veld: string) =>
    new KringError('KRING_VALIDATIE', CODE_ONJUIST, [
      { name: `body.${veld}`, code: 'onjuist', reason: CODE_ONJUIST },
    ]);

  async function account(id: string): Promise<AccountRow> {
    const row = await accounts.findById(id);
    if (!row) throw new KringError('KRING_NIET_INGELOGD', 'Log in om verder te gaan.');
    return row;
  }

  function stapVoor(
    actor: Pick<Actor, 'rollen' | 'platformbeheerder' | 'mfaVoldaan'>,
    row: AccountRow,
  ) {
    if (!moetMfa(actor)) return 'niet-nodig' as const;
    if (actor.mfaVoldaan) return 'voldaan' as const;
    return row.mfa_actief_sinds ? ('invoeren' as const) : ('instellen' as const);
  }

  /** Counts a failure on the account and writes the events (a lockout gets its own). */
  async function mislukt(gemeenteId: number, row: AccountRow, soort: string, ip: string) {
    const { geblokkeerdTot } = await accounts.registreerMislukking(row.id, (n) =>
      blokkeerTot(n, new Date()),
    );
    await sessies.registreer(gemeenteId, { accountId: row.id, soort, uitkomst: 'mislukt', ip });
    if (geblokkeerdTot) {
      await sessies.registreer(gemeenteId, {
        accountId: row.id,
        soort: 'blokkade',
        uitkomst: 'geblokkeerd',
        ip,
      });
    }
  }

  /** Ends the account's sessions in every gemeente (after a password change or reset). */
  async function beeindigAlleSessies(accountId: string, behalve?: Actor): Promise<void> {
    for (const gemeenteId of await deps.gemeenten.alleIds()) {
      await sessies.endAllOf(
        gemeenteId,
        accountId,
        behalve?.gemeenteId === gemeenteId ? behalve : undefined,
      );
    }
  }

  /**
   * The site links in mail point to. Only a host that is local or that the gemeente claims
   * itself is trusted; otherwise KRING_PUBLIC_URL. A forged Host header (with a default
   * gemeente every host name reaches one) must not send a reset link to another site.
   */
  async function basisUrl(herkomst: Herkomst): Promise<string | undefined> {
    const hostname = herkomst.host.replace(/:\d+$/, '');
    if (isLocalHost(hostname)) return `http://${herkomst.host}`;
    if (await deps.gemeenten.claimsHost(herkomst.gemeente.id, hostname))
      return `https://${herkomst.host}`;
    return deps.publicUrl;
  }

  async function stuurLink(herkomst: Herkomst, row: AccountRow, doel: TokenDoel): Promise<void> {
    const aan = row.email;
    if (!aan) return;
    const scope = scopeOf(herkomst.gemeente.id);
    const recent = await repository.tokensSinds(
      scope,
      row.id,
      doel,
      new Date(Date.now() - 3_600_000),
    );
    if (recent >= MAX_PER_UUR) return;
    const basis = await basisUrl(herkomst);
    if (!basis) {
      deps.logger.warn({ doel }, 'no trusted site address for a mail link; set KRING_PUBLIC_URL');
      return;
    }
    const token = newToken();
    await repository.insertToken(scope, {
      tokenHash: hashToken(token),
      accountId: row.id,
      doel,
      verlooptOp: verlooptOp(doel, new Date()),
    });
    const mail = mailVoor(doel, herkomst.taal, row.naam, linkNaar(basis, doel, token));
    // Sent in the background: the answer must not take longer for a known address than for
    // an unknown one (no account enumeration by timing).
    void deps.mailer
      .send({ aan, ...mail })
      .catch((err: unknown) => deps.logger.error({ err, doel }, 'mail not sent'));
  }

  function wachtwoordFout(veld: string, problemen: string[]): KringError {
    return new KringError(
      'KRING_VALIDATIE',
      problemen.join(' '),
      problemen.map((reason) => ({ name: `body.${veld}`, code: 'wachtwoord', reason })),
    );
  }

  return {
    /**
     * First factor. Every failure gives the same answer and takes about the same time:
     * unknown address, wrong password, locked account, disabled account, or no role in this
     * gemeente. A new session token every time (no fixation).
     */
    async inloggen(
      herkomst: Herkomst,
      input: Inloggen,
      vorige: Actor | undefined,
    ): Promise<Aanmelding<Aangemeld>> {
      const { gemeente, ip } = herkomst;
      const row = await accounts.findByEmail(input.email);
      if (!row?.wachtwoord_hash || !row.actief) {
        await controleerWachtwoord(await dummyHash(), input.wachtwoord);
        await sessies.registreer(gemeente.id, {
          accountId: row?.id ?? null,
          soort: 'inloggen',
          uitkomst: 'mislukt',
          ip,
        });
        throw onjuist();
      }
      if (isGeblokkeerd(row.geblokkeerd_tot, new Date())) {
        await controleerWachtwoord(await dummyHash(), input.wachtwoord);
        await sessies.registreer(gemeente.id, {
          accountId: row.id,
          soort: 'inloggen',
          uitkomst: 'geblokkeerd',
          ip,
        });
        throw onjuist();
      }
      if (!(await controleerWachtwoord(row.wachtwoord_hash, input.wachtwoord))) {
        await mislukt(gemeente.id, row, 'inloggen', ip);
        throw onjuist();
      }
      const rollen = (await accounts.rolesOf(scopeOf(gemeente.id), row.id)).map((r) => ({
        rol: r.rol,
        functie: r.functie,
        organisatieId: r.organisatie_id,
      }));
      if (rollen.length === 0 && !row.platformbeheerder) {
        await sessies.registreer(gemeente.id, {
          accountId: row.id,
          soort: 'inloggen',
          uitkomst: 'mislukt',
          ip,
        });
        throw onjuist();
      }
      await accounts.resetMislukkingen(row.id);
      // The browser's previous session (if any) ends: one login, one session token.
      if (vorige) await sessies.end(vorige);
      const sessie = await sessies.start(gemeente.id, row.id, 'wachtwoord', false);
      await sessies.registreer(gemeente.id, {
        accountId: row.id,
        soort: 'inloggen',
        uitkomst: 'gelukt',
        ip,
      });
      const actor = { rollen, platformbeheerder: row.platformbeheerder, mfaVoldaan: false };
      return {
        sessie,
        body: {
          account: { naam: row.naam, platformbeheerder: row.platformbeheerder },
          rollen,
          mfaVoldaan: false,
          mfaNodig: moetMfa(actor),
          csrfToken: sessie.csrfToken,
          methode: 'wachtwoord',
          tweedeFactor: stapVoor(actor, row),
        },
      };
    },

    /**
     * A resident makes their own account in this gemeente (role `inwoner`) and is logged in
     * at once; a link to confirm the e-mail address is sent. The password policy is the same
     * as everywhere (12+ characters, not common, not the e-mail address). An address that
     * has an account already gets 409: residents must be able to understand why (the rate
     * limit on this route slows down anyone trying addresses).
     */
    async registreer(
      herkomst: Herkomst,
      input: Registratie,
      vorige: Actor | undefined,
    ): Promise<Aanmelding<Aangemeld>> {
      const { gemeente, ip } = herkomst;
      const { id } = await accounts.create({
        email: input.email,
        naam: input.naam,
        wachtwoord: input.wachtwoord,
      });
      const scope = scopeOf(gemeente.id);
      await accounts.grantRole(scope, id, { rol: 'inwoner' });
      if (vorige) await sessies.end(vorige);
      const sessie = await sessies.start(gemeente.id, id, 'wachtwoord', false);
      await sessies.registreer(gemeente.id, {
        accountId: id,
        soort: 'registratie',
        uitkomst: 'gelukt',
        ip,
      });
      const row = await account(id);
      await stuurLink(herkomst, row, 'email-verificatie');
      const rollen = [{ rol: 'inwoner', functie: null, organisatieId: null }];
      return {
        sessie,
        body: {
          account: { naam: row.naam, platformbeheerder: false },
          rollen,
          mfaVoldaan: false,
          mfaNodig: false,
          csrfToken: sessie.csrfToken,
          methode: 'wachtwoord',
          tweedeFactor: 'niet-nodig',
        },
      };
    },

    /** The login state of the request: no session, or the session and what it still needs. */
    async aanmelding(actor: Actor | undefined): Promise<AanmeldingStatus> {
      if (!actor) return { sessie: null, tweedeFactor: null };
      return {
        sessie: sessies.huidige(actor),
        tweedeFactor: stapVoor(actor, await account(actor.accountId)),
      };
    },

    /** Second factor: a TOTP code (each time step once) or a recovery code (each once). */
    async tweedeFactor(
      actor: Actor | undefined,
      input: TweedeFactorInvoer,
    ): Promise<Aanmelding<Aangemeld>> {
      if (!actor) throw new KringError('KRING_NIET_INGELOGD', 'U bent niet ingelogd.');
      const row = await account(actor.accountId);
      const stap = stapVoor(actor, row);
      if (stap !== 'invoeren') {
        throw new KringError(
          'KRING_CONFLICT',
          stap === 'instellen'
            ? 'Stel eerst de app voor de tweede stap in.'
            : 'De tweede stap is niet nodig of al gedaan.',
        );
      }
      const veld = input.code ? 'code' : 'herstelcode';
      const soort = input.code ? 'tweede-factor' : 'herstelcode';
      if (isGeblokkeerd(row.geblokkeerd_tot, new Date())) {
        await sessies.registreer(actor.gemeenteId, {
          accountId: row.id,
          soort,
          uitkomst: 'geblokkeerd',
          ip: actor.ip,
        });
        throw codeFout(veld);
      }
      let goed = false;
      if (input.code && row.mfa_geheim) {
        const geheim = kluis.ontsleutel(row.mfa_geheim, row.id);
        const laatste = row.mfa_laatste_stap === null ? null : Number(row.mfa_laatste_stap);
        const gevonden = controleerTotp(geheim, input.code, Date.now(), laatste);
        goed = gevonden !== undefined && (await accounts.gebruikTotpStap(row.id, gevonden));
      } else if (input.herstelcode) {
        const hash = kluis.hmac(normaliseerHerstelcode(input.herstelcode));
        goed = await accounts.gebruikHerstelcode(row.id, hash);
      }
      if (!goed) {
        await mislukt(actor.gemeenteId, row, soort, actor.ip);
        throw codeFout(veld);
      }
      await accounts.resetMislukkingen(row.id);
      await sessies.registreer(actor.gemeenteId, {
        accountId: row.id,
        soort,
        uitkomst: 'gelukt',
        ip: actor.ip,
      });
      const sessie = await sessies.vernieuw(actor, true);
      const body = {
        ...sessies.huidige({ ...actor, mfaVoldaan: true }),
        csrfToken: sessie.csrfToken,
      };
      return { sessie, body: { ...body, tweedeFactor: 'voldaan' } };
    },

    /**
     * Starts setting up the authenticator app: a new secret, stored encrypted and not yet
     * active. Allowed only while MFA is not active, so a stolen password cannot replace
     * an enrolled app.
     */
    async startInstellen(
      actor: Actor | undefined,
      uitgever: string,
    ): Promise<TweedeFactorInstellen> {
      if (!actor) throw new KringError('KRING_NIET_INGELOGD', 'U bent niet ingelogd.');
      if (!moetMfa(actor)) {
        throw new KringError('KRING_GEEN_TOEGANG', 'Een tweede stap is voor uw rol niet nodig.');
      }
      const row = await account(actor.accountId);
      const geheim = nieuwGeheim();
      if (
        row.mfa_actief_sinds ||
        !(await accounts.setMfaGeheim(row.id, kluis.versleutel(geheim, row.id)))
      ) {
        throw new KringError('KRING_CONFLICT', 'De tweede stap is al ingesteld.');
      }
      const uri = otpauthUri(geheim, row.email ?? row.naam, uitgever);
      const qrSvg = await QRCode.toString(uri, {
        type: 'svg',
        margin: 2,
        errorCorrectionLevel: 'M',
      });
      return { otpauthUri: uri, qrSvg, sleutel: inGroepen(geheim) };
    },

    /** Confirms the app with a first code: MFA becomes active, the session counts fully. */
    async bevestigInstellen(
      actor: Actor | undefined,
      code: string,
    ): Promise<Aanmelding<TweedeFactorActief>> {
      if (!actor) throw new KringError('KRING_NIET_INGELOGD', 'U bent niet ingelogd.');
      if (!moetMfa(actor)) {
        throw new KringError('KRING_GEEN_TOEGANG', 'Een tweede stap is voor uw rol niet nodig.');
      }
      const row = await account(actor.accountId);
      if (row.mfa_actief_sinds || !row.mfa_geheim) {
        throw new KringError('KRING_CONFLICT', 'Begin opnieuw met het instellen van de app.');
      }
      if (isGeblokkeerd(row.geblokkeerd_tot, new Date())) throw codeFout('code');
      const geheim = kluis.ontsleutel(row.mfa_geheim, row.id);
      const stap = controleerTotp(geheim, code, Date.now(), null);
      const codes = nieuweHerstelcodes();
      if (
        stap === undefined ||
        !(await accounts.activeerMfa(
          row.id,
          codes.map((c) => kluis.hmac(c)),
          stap,
        ))
      ) {
        await mislukt(actor.gemeenteId, row, 'tweede-factor-instellen', actor.ip);
        throw codeFout('code');
      }
      await accounts.resetMislukkingen(row.id);
      await sessies.registreer(actor.gemeenteId, {
        accountId: row.id,
        soort: 'tweede-factor-instellen',
        uitkomst: 'gelukt',
        ip: actor.ip,
      });
      const sessie = await sessies.vernieuw(actor, true);
      const body = {
        ...sessies.huidige({ ...actor, mfaVoldaan: true }),
        csrfToken: sessie.csrfToken,
      };
      return { sessie, body: { ...body, tweedeFactor: 'voldaan', herstelcodes: codes } };
    },

    async mijnAccount(actor: Actor): Promise<MijnAccount> {
      const row = await account(actor.accountId);
      return {
        naam: row.naam,
        email: row.email,
        emailGeverifieerd: row.email_geverifieerd_op !== null,
        tweedeFactor: {
          actief: row.mfa_actief_sinds !== null,
          actiefSinds: row.mfa_actief_sinds?.toISOString() ?? null,
          herstelcodesOver: row.mfa_actief_sinds ? row.mfa_herstelcodes.length : 0,
        },
        rollen: actor.rollen,
      };
    },

    mijnSessies: (actor: Actor) => sessies.lijstVan(actor),

    async beeindigSessie(actor: Actor, id: string): Promise<void> {
      if (!(await sessies.endEigen(actor, id))) {
        throw new KringError('KRING_NIET_GEVONDEN', 'Deze sessie bestaat niet (meer).');
      }
      await sessies.registreer(actor.gemeenteId, {
        accountId: actor.accountId,
        soort: 'sessie-beeindigd',
        uitkomst: 'gelukt',
        ip: actor.ip,
      });
    },

    mijnGebeurtenissen: (actor: Actor) => sessies.gebeurtenissenVan(actor),

    /** Change one's own password: needs the current one; ends every other session. */
    async wijzigWachtwoord(
      actor: Actor,
      input: WachtwoordWijzigen,
      herkomst: Herkomst,
    ): Promise<void> {
      const row = await account(actor.accountId);
      const problemen = wachtwoordProblemen(input.nieuwWachtwoord, {
        email: row.email ?? undefined,
      });
      const juist =
        !isGeblokkeerd(row.geblokkeerd_tot, new Date()) &&
        row.wachtwoord_hash !== null &&
        (await controleerWachtwoord(row.wachtwoord_hash, input.huidigWachtwoord));
      if (!juist) {
        await mislukt(actor.gemeenteId, row, 'wachtwoord-wijzigen', actor.ip);
        const reason = 'Uw huidige wachtwoord klopt niet.';
        throw new KringError('KRING_VALIDATIE', reason, [
          { name: 'body.huidigWachtwoord', code: 'onjuist', reason },
          ...problemen.map((r) => ({
            name: 'body.nieuwWachtwoord',
            code: 'wachtwoord',
            reason: r,
          })),
        ]);
      }
      if (problemen.length > 0) throw wachtwoordFout('nieuwWachtwoord', problemen);
      await accounts.setWachtwoordHash(row.id, await hashWachtwoord(input.nieuwWachtwoord));
      await beeindigAlleSessies(row.id, actor);
      await sessies.registreer(actor.gemeenteId, {
        accountId: row.id,
        soort: 'wachtwoord-wijzigen',
        uitkomst: 'gelukt',
        ip: actor.ip,
      });
      if (!row.email_geverifieerd_op) await stuurLink(herkomst, row, 'email-verificatie');
    },

    /** Always the same answer; a mail goes out only for an active account of this gemeente. */
    async vraagHerstelAan(herkomst: Herkomst, email: string): Promise<void> {
      const row = await accounts.findByEmail(email);
      const magHier =
        row?.actief === true &&
        (row.platformbeheerder ||
          (await accounts.rolesOf(scopeOf(herkomst.gemeente.id), row.id)).length > 0);
      await sessies.registreer(herkomst.gemeente.id, {
        accountId: row && magHier ? row.id : null,
        soort: 'wachtwoord-herstel-aanvraag',
        uitkomst: row && magHier ? 'gelukt' : 'mislukt',
        ip: herkomst.ip,
      });
      if (row && magHier) await stuurLink(herkomst, row, 'wachtwoord-herstel');
    },

    /**
     * Sets a new password with a reset link. Single use; ends every session; verifies the
     * address (the link arrived there). It does not log in: the next login asks for the
     * second factor as always.
     */
    async bevestigHerstel(herkomst: Herkomst, input: HerstelBevestiging): Promise<void> {
      const scope = scopeOf(herkomst.gemeente.id);
      const tokenHash = hashToken(input.token);
      const linkFout = () =>
        new KringError('KRING_VALIDATIE', 'Deze link werkt niet meer. Vraag een nieuwe link aan.', [
          { name: 'body.token', code: 'verlopen', reason: 'De link is verlopen of al gebruikt.' },
        ]);
      const gevonden = await repository.findToken(scope, tokenHash, 'wachtwoord-herstel');
      const row = gevonden ? await accounts.findById(gevonden.account_id) : undefined;
      if (!row) throw linkFout();
      const problemen = wachtwoordProblemen(input.nieuwWachtwoord, {
        email: row.email ?? undefined,
      });
      if (problemen.length > 0) throw wachtwoordFout('nieuwWachtwoord', problemen);
      const hash = await hashWachtwoord(input.nieuwWachtwoord);
      const nu = new Date();
      if ((await repository.gebruikToken(scope, tokenHash, 'wachtwoord-herstel', nu)) !== row.id) {
        throw linkFout();
      }
      await repository.vervalOpenTokens(scope, row.id, 'wachtwoord-herstel', nu);
      await accounts.setWachtwoordHash(row.id, hash);
      await accounts.markEmailGeverifieerd(row.id);
      await beeindigAlleSessies(row.id);
      await sessies.registreer(herkomst.gemeente.id, {
        accountId: row.id,
        soort: 'wachtwoord-herstel',
        uitkomst: 'gelukt',
        ip: herkomst.ip,
      });
    },

    async vraagVerificatieAan(actor: Actor, herkomst: Herkomst): Promise<void> {
      const row = await account(actor.accountId);
      if (row.email_geverifieerd_op) return;
      await stuurLink(herkomst, row, 'email-verificatie');
    },

    async bevestigEmail(herkomst: Herkomst, token: string): Promise<void> {
      const accountId = await repository.gebruikToken(
        scopeOf(herkomst.gemeente.id),
        hashToken(token),
        'email-verificatie',
        new Date(),
      );
      if (!accountId) {
        throw new KringError(
          'KRING_VALIDATIE',
          'Deze link werkt niet meer. Vraag een nieuwe link aan.',
          [{ name: 'body.token', code: 'verlopen', reason: 'De link is verlopen of al gebruikt.' }],
        );
      }
      await accounts.markEmailGeverifieerd(accountId);
      await sessies.registreer(herkomst.gemeente.id, {
        accountId,
        soort: 'email-verificatie',
        uitkomst: 'gelukt',
        ip: herkomst.ip,
      });
    },
  };
}

export type AanmeldenService = ReturnType<typeof createAanmeldenService>;
