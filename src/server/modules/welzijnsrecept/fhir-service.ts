import { randomBytes } from 'node:crypto';
import type { TaakStatus } from '../../../shared/welzijnsrecept.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { hashToken, newToken, sameSecret } from '../../platform/auth/session-cookie.ts';
import { KringError } from '../../platform/http/problem.ts';
import type { ScopeFactory } from '../../platform/tenancy/gemeente-scope.ts';
import type { AccountsService } from '../accounts/service.ts';
import type { ProbleemSoort } from './fhir.ts';
import type { FhirRepository } from './fhir-repository.ts';
import type { NieuwReceptInvoer, Recept } from './model.ts';
import type { WelzijnsreceptService } from './service.ts';

/** How long an access token lives (RFC 6749 `expires_in`). */
export const TOKEN_SECONDEN = 3600;

/** An error of the FHIR endpoint: answered as an OperationOutcome with this status. */
export class FhirFout extends Error {
  readonly status: number;
  readonly soort: ProbleemSoort;
  readonly problemen: { tekst: string; waar?: string }[];

  constructor(
    status: number,
    soort: ProbleemSoort,
    problemen: string | { tekst: string; waar?: string }[],
  ) {
    const lijst = typeof problemen === 'string' ? [{ tekst: problemen }] : problemen;
    super(lijst.map((p) => p.tekst).join(' '));
    this.name = 'FhirFout';
    this.status = status;
    this.soort = soort;
    this.problemen = lijst;
  }
}

/** An error of the token endpoint, answered as RFC 6749 §5.2 says (`{error, error_description}`). */
export class OAuthFout extends Error {
  readonly status: number;
  readonly fout: 'invalid_request' | 'invalid_client' | 'unsupported_grant_type';

  constructor(fout: OAuthFout['fout'], beschrijving: string) {
    super(beschrijving);
    this.name = 'OAuthFout';
    this.fout = fout;
    this.status = fout === 'invalid_client' ? 401 : 400;
  }
}

/** What the FHIR endpoint needs of the welzijnsrecept service (the same rules as the web form). */
export type ReceptenVoorFhir = Pick<
  WelzijnsreceptService,
  'verwijs' | 'recept' | 'fhirTaak' | 'fhirTaken' | 'ontvangers'
>;

export interface FhirDeps {
  scopeOf: ScopeFactory;
  repository: FhirRepository;
  accounts: Pick<AccountsService, 'findByEmail' | 'findById' | 'rolesOf'>;
  recepten: ReceptenVoorFhir;
  klok?: () => Date;
}

const NIET_GELDIG =
  'Het toegangstoken ontbreekt, is verlopen of is ingetrokken. Vraag een nieuw token aan.';

/**
 * The FHIR clients of the practices (OAuth2 client credentials, RFC 6749 §4.4) and the
 * bearer tokens they get. A client acts as one huisarts account of one practice: the actor
 * of every FHIR request holds only that account's huisarts role at that practice, so the
 * welzijnsrecept service applies its usual rules and writes the NEN 7513 access log as that
 * account and practice.
 */
export function createFhirService({ scopeOf, repository, accounts, recepten, klok }: FhirDeps) {
  const nu = () => klok?.() ?? new Date();

  async function huisartsRollen(gemeenteId: number, accountId: string, praktijkId: string) {
    return (await accounts.rolesOf(scopeOf(gemeenteId), accountId))
      .filter((r) => r.rol === 'huisarts' && r.organisatie_id === praktijkId)
      .map((r) => ({ rol: r.rol, functie: r.functie, organisatieId: r.organisatie_id }));
  }

  return {
    /**
     * Registers a client for a practice (CLI). The secret is returned once and only its
     * SHA-256 is kept: it is 256 random bits, so a slow hash would add nothing.
     */
    async registreerClient(
      gemeenteId: number,
      input: { praktijkId: string; accountEmail: string; naam: string },
    ): Promise<{ clientId: string; geheim: string }> {
      const naam = input.naam.trim();
      if (naam.length < 1 || naam.length > 100) {
        throw new KringError('KRING_VALIDATIE', 'Geef de koppeling een naam van 1 tot 100 tekens.');
      }
      const account = await accounts.findByEmail(input.accountEmail);
      if (!account?.actief) {
        throw new KringError(
          'KRING_NIET_GEVONDEN',
          'Er is geen actief account met dit e-mailadres.',
        );
      }
      if ((await huisartsRollen(gemeenteId, account.id, input.praktijkId)).length === 0) {
        throw new KringError(
          'KRING_VALIDATIE',
          'Dit account heeft in deze gemeente geen rol huisarts bij deze praktijk.',
        );
      }
      const clientId = `kring-${randomBytes(12).toString('hex')}`;
      const geheim = newToken();
      await repository.insertClient(scopeOf(gemeenteId), {
        clientId,
        geheimHash: hashToken(geheim),
        naam,
        praktijkId: input.praktijkId,
        accountId: account.id,
      });
      return { clientId, geheim };
    },

    /** Revokes a client: no new tokens, and its tokens stop working at once. */
    async trekClientIn(gemeenteId: number, clientId: string): Promise<void> {
      if (!(await repository.trekIn(scopeOf(gemeenteId), clientId, nu()))) {
        throw new KringError(
          'KRING_NIET_GEVONDEN',
          'Er is geen actieve koppeling met deze client_id.',
        );
      }
    },

    /** The client credentials grant: a bearer token for an hour, or `invalid_client`. */
    async geefToken(
      gemeenteId: number,
      { clientId, geheim }: { clientId: string; geheim: string },
    ): Promise<{ access_token: string; token_type: 'Bearer'; expires_in: number }> {
      const scope = scopeOf(gemeenteId);
      const client = clientId.length <= 64 ? await repository.client(scope, clientId) : undefined;
      // Hash and compare also for an unknown client, so the answer takes as long.
      const gegeven = hashToken(geheim);
      const klopt = sameSecret(gegeven, client?.geheimHash ?? hashToken(newToken()));
      if (!client || !klopt || client.ingetrokkenOp) {
        throw new OAuthFout('invalid_client', 'De client_id of het client_secret klopt niet.');
      }
      const token = newToken();
      const moment = nu();
      await repository.insertToken(
        scope,
        {
          tokenHash: hashToken(token),
          clientId: client.clientId,
          verlooptOp: new Date(moment.getTime() + TOKEN_SECONDEN * 1000),
        },
        moment,
      );
      return { access_token: token, token_type: 'Bearer', expires_in: TOKEN_SECONDEN };
    },

    /**
     * The actor of a bearer token: the client's huisarts account, with only its huisarts
     * role at the client's practice. 401 for an unknown, expired or revoked token; 403 when
     * the account is off or no longer huisarts there.
     */
    async actorVan(gemeenteId: number, token: string, ip: string): Promise<Actor> {
      const tokenHash = hashToken(token);
      const houder = await repository.houder(scopeOf(gemeenteId), tokenHash, nu());
      if (!houder) throw new FhirFout(401, 'security', NIET_GELDIG);
      const account = await accounts.findById(houder.accountId);
      const rollen = await huisartsRollen(gemeenteId, houder.accountId, houder.praktijkId);
      if (!account?.actief || rollen.length === 0) {
        throw new FhirFout(
          403,
          'forbidden',
          'Het account van deze koppeling mag niet (meer) verwijzen voor deze praktijk. Neem contact op met de beheerder.',
        );
      }
      return {
        accountId: account.id,
        gemeenteId,
        naam: account.naam,
        rollen,
        platformbeheerder: false,
        // The client proved itself with a 256-bit secret held by the practice's system;
        // the second factor is for people who log in (see docs/security.md).
        mfaVoldaan: true,
        sessie: { tokenHash, csrfToken: '', methode: `fhir:${houder.clientId}` },
        ip,
      };
    },

    /** A new referral, by the same rules as the web form (source `fhir`). */
    verwijs: (actor: Actor, invoer: NieuwReceptInvoer): Promise<Recept> =>
      recepten.verwijs(actor, invoer, 'fhir'),

    recept: (actor: Actor, id: string) => recepten.recept(actor, id),
    taak: (actor: Actor, id: string) => recepten.fhirTaak(actor, id),
    taken: (actor: Actor, filter: { status?: TaakStatus[]; gewijzigdNa?: Date }) =>
      recepten.fhirTaken(actor, filter),
    ontvangers: (actor: Actor) => recepten.ontvangers(actor),
  };
}

export type FhirService = ReturnType<typeof createFhirService>;
