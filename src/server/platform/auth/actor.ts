import type { FastifyRequest } from 'fastify';
import { KringError } from '../http/problem.ts';

/** One role an account holds in the request's gemeente. */
export interface ActorRol {
  rol: string;
  functie: string | null;
  organisatieId: string | null;
}

/**
 * Who is making a request: the logged-in account, acting in the request's gemeente.
 * Services take an Actor and decide access from it; routes never decide access.
 */
export interface Actor {
  accountId: string;
  gemeenteId: number;
  naam: string;
  rollen: ActorRol[];
  platformbeheerder: boolean;
  /** False while a staff member has given a password but not yet the MFA code. */
  mfaVoldaan: boolean;
  sessie: { tokenHash: string; csrfToken: string; methode: string };
  /** The client address, for the access log. */
  ip: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when the request carries a valid session cookie for this gemeente. */
    actor: Actor | undefined;
  }
}

export const MEDEWERKER_ROLLEN = new Set([
  'professional',
  'huisarts',
  'organisatiebeheerder',
  'redacteur',
  'beleidsmedewerker',
  'functioneel-beheerder',
]);

/** Staff (and platform admins) must complete MFA before their session counts. */
export function moetMfa(actor: Pick<Actor, 'rollen' | 'platformbeheerder'>): boolean {
  return actor.platformbeheerder || actor.rollen.some((r) => MEDEWERKER_ROLLEN.has(r.rol));
}

export function heeftRol(actor: Actor, ...rollen: string[]): boolean {
  return actor.rollen.some((r) => rollen.includes(r.rol));
}

/** The logged-in actor, with MFA done where required; 401 otherwise. */
export function requireActor(request: FastifyRequest): Actor {
  const actor = request.actor;
  if (!actor || (moetMfa(actor) && !actor.mfaVoldaan)) {
    throw new KringError('KRING_NIET_INGELOGD', 'Log in om verder te gaan.');
  }
  return actor;
}

/** 403 unless the actor holds one of the roles. */
export function requireRol(actor: Actor, ...rollen: string[]): void {
  if (!heeftRol(actor, ...rollen)) {
    throw new KringError('KRING_GEEN_TOEGANG', 'U heeft geen toegang tot dit onderdeel.');
  }
}
