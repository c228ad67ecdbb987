import pino, { type Logger } from 'pino';
import type { Config } from './config.ts';
import { createAanmeldenRepository } from './modules/aanmelden/repository.ts';
import { createAanmeldenService } from './modules/aanmelden/service.ts';
import { createAccountsRepository } from './modules/accounts/repository.ts';
import { createAccountsService } from './modules/accounts/service.ts';
import { createBerichtenRepository } from './modules/berichten/repository.ts';
import { createBerichtenService } from './modules/berichten/service.ts';
import { createCasusoverlegRepository } from './modules/casusoverleg/repository.ts';
import { createCasusoverlegService } from './modules/casusoverleg/service.ts';
import { createDraaglastRepository } from './modules/draaglast/repository.ts';
import { createDraaglastService } from './modules/draaglast/service.ts';
import { createGebruikersbeheerRepository } from './modules/gebruikersbeheer/repository.ts';
import { createGebruikersbeheerService } from './modules/gebruikersbeheer/service.ts';
import { createGemeentenRepository } from './modules/gemeenten/repository.ts';
import { createGemeentenService } from './modules/gemeenten/service.ts';
import { createHsdsRepository } from './modules/hsds/repository.ts';
import { createHsdsService } from './modules/hsds/service.ts';
import { createHulpaanbodRepository } from './modules/hulpaanbod/repository.ts';
import { createHulpaanbodService } from './modules/hulpaanbod/service.ts';
import { createHulpvragenRepository } from './modules/hulpvragen/repository.ts';
import { createHulpvragenService } from './modules/hulpvragen/service.ts';
import { createKeukentafelRepository } from './modules/keukentafel/repository.ts';
import { createKeukentafelService } from './modules/keukentafel/service.ts';
import { createKoppelingenRepository } from './modules/koppelingen/repository.ts';
import { createKoppelingenService } from './modules/koppelingen/service.ts';
import { createMantelzorgRepository } from './modules/mantelzorg/repository.ts';
import { createMantelzorgService } from './modules/mantelzorg/service.ts';
import { createWaarderingscodeRepository } from './modules/mantelzorg/waarderingscode-repository.ts';
import { createNetwerkkaartRepository } from './modules/netwerkkaart/repository.ts';
import { createNetwerkkaartService } from './modules/netwerkkaart/service.ts';
import { createOidcRepository } from './modules/oidc/repository.ts';
import { createOidcService } from './modules/oidc/service.ts';
import { createPersonenRepository } from './modules/personen/repository.ts';
import { createPersonenService } from './modules/personen/service.ts';
import { createPlannenRepository } from './modules/plannen/repository.ts';
import { createPlannenService } from './modules/plannen/service.ts';
import { createPrivacyRepository } from './modules/privacy/repository.ts';
import { createPrivacyService } from './modules/privacy/service.ts';
import { createRegieRepository } from './modules/regie/repository.ts';
import { createRegieService } from './modules/regie/service.ts';
import { createRespijtzorgRepository } from './modules/respijtzorg/repository.ts';
import { createRespijtzorgService } from './modules/respijtzorg/service.ts';
import { createSessiesRepository } from './modules/sessies/repository.ts';
import { createSessiesService } from './modules/sessies/service.ts';
import { createSocialeKaartRepository } from './modules/sociale-kaart/repository.ts';
import { createSocialeKaartService } from './modules/sociale-kaart/service.ts';
import { createToegangRepository } from './modules/toegang/repository.ts';
import { createToegangService } from './modules/toegang/service.ts';
import { createFhirRepository } from './modules/welzijnsrecept/fhir-repository.ts';
import { createFhirService } from './modules/welzijnsrecept/fhir-service.ts';
import { createWelzijnsreceptRepository } from './modules/welzijnsrecept/repository.ts';
import { createWelzijnsreceptService } from './modules/welzijnsrecept/service.ts';
import { createWerkplekRepository } from './modules/werkplek/repository.ts';
import { createWerkplekService } from './modules/werkplek/service.ts';
import { createZorgkringRepository } from './modules/zorgkring/repository.ts';
import { createZorgkringService } from './modules/zorgkring/service.ts';
import type { Kluis } from './platform/crypto/kluis.ts';
import type { Database } from './platform/database/connection.ts';
import type { Mailer } from './platform/mail/mailer.ts';
import { createMelder } from './platform/mail/melder.ts';
import { scopeFactory } from './platform/tenancy/gemeente-scope.ts';

/** Secrets and mail: the app gets real ones; CLI commands that never log in may leave them out. */
export interface PlatformDeps {
  kluis: Kluis;
  mailer: Mailer;
  logger: Logger;
}

const zonder = (wat: string) => () => {
  throw new Error(`${wat} was not given to createServices (only the app and tests log in)`);
};
const GEEN_PLATFORM: PlatformDeps = {
  kluis: {
    versleutel: zonder('A secret key'),
    ontsleutel: zonder('A secret key'),
    hmac: zonder('A secret key'),
  },
  mailer: { send: zonder('A mailer'), outbox: undefined },
  logger: pino({ level: 'silent' }),
};

/** Wires every module's service to its repository. Shared by the HTTP app and the CLI. */
export function createServices(
  database: Database,
  config: Pick<Config, 'defaultGemeente'> &
    Partial<Pick<Config, 'publicUrl' | 'kaartTegels' | 'kaartBronvermelding' | 'zoekCache'>>,
  platform: PlatformDeps = GEEN_PLATFORM,
) {
  const scopeOf = scopeFactory(database.db);
  const gemeenten = createGemeentenService(createGemeentenRepository(database.db), {
    defaultGemeente: config.defaultGemeente,
    kaart: config.kaartTegels
      ? { tegels: config.kaartTegels, bronvermelding: config.kaartBronvermelding ?? '' }
      : undefined,
  });
  const accounts = createAccountsService(createAccountsRepository(database.db));
  const sessies = createSessiesService(scopeOf, createSessiesRepository(), accounts);
  const oidc = createOidcService(
    scopeOf,
    createOidcRepository(),
    { accounts, sessies },
    { env: process.env },
  );
  const gebruikersbeheer = createGebruikersbeheerService(
    scopeOf,
    createGebruikersbeheerRepository(),
    { accounts, sessies, gemeenten },
  );
  const aanmelden = createAanmeldenService({
    scopeOf,
    repository: createAanmeldenRepository(),
    accounts,
    sessies,
    gemeenten,
    ...platform,
    publicUrl: config.publicUrl,
  });
  // Person data: every access through toegang (policy + NEN 7513 log in one transaction).
  const toegang = createToegangService(scopeOf, createToegangRepository());
  const personen = createPersonenService(createPersonenRepository(), toegang);
  const privacy = createPrivacyService(
    scopeOf,
    createPrivacyRepository(),
    toegang,
    personen,
    gemeenten,
    {
      anonimiseer: (id) => accounts.anonimiseer(id),
      trekRollenIn: (scope, id) => accounts.revokeAllRoles(scope, id),
      async beeindigSessies(id) {
        for (const g of await gemeenten.alleIds()) await sessies.endAllOf(g, id);
      },
    },
  );
  const socialeKaart = createSocialeKaartService(scopeOf, createSocialeKaartRepository(), {
    mailer: platform.mailer,
    logger: platform.logger,
    publicUrl: config.publicUrl,
    zoekCache: config.zoekCache,
  });
  const hsds = createHsdsService(scopeOf, createHsdsRepository(), socialeKaart);
  // Eén loket (issue 5): requests, offers, matches and messages; person data via toegang.
  const melder = createMelder({
    mailer: platform.mailer,
    logger: platform.logger,
    publicUrl: config.publicUrl,
    async emailVan(id) {
      const a = await accounts.findById(id);
      return a?.actief ? a.email : null;
    },
  });
  const hulpvragen = createHulpvragenService({
    scopeOf,
    repository: createHulpvragenRepository(),
    toegang,
    personen,
    privacy,
    gemeenten,
    accounts,
  });
  const hulpaanbod = createHulpaanbodService({
    scopeOf,
    repository: createHulpaanbodRepository(),
    toegang,
    personen,
    privacy,
    hulpvragen,
    accounts,
  });
  const koppelingen = createKoppelingenService({
    scopeOf,
    repository: createKoppelingenRepository(),
    toegang,
    personen,
    hulpvragen,
    hulpaanbod,
    socialeKaart,
    melder,
  });
  const berichten = createBerichtenService({
    scopeOf,
    repository: createBerichtenRepository(),
    toegang,
    personen,
    hulpvragen,
    koppelingen,
    melder,
  });
  // Werkplek (issue 6): the kitchen-table conversation, network, plan, regie, conferences.
  const keukentafel = createKeukentafelService(scopeOf, createKeukentafelRepository(), toegang);
  const netwerkkaart = createNetwerkkaartService(createNetwerkkaartRepository(), toegang);
  const plannen = createPlannenService({
    repository: createPlannenRepository(),
    toegang,
    personen,
    hulpvragen,
  });
  const regie = createRegieService({
    repository: createRegieRepository(),
    toegang,
    personen,
    keukentafel,
  });
  const casusoverleg = createCasusoverlegService({
    repository: createCasusoverlegRepository(),
    toegang,
    personen,
    netwerkkaart,
    plannen,
  });
  const werkplek = createWerkplekService({
    scopeOf,
    repository: createWerkplekRepository(),
    toegang,
    personen,
    hulpvragen,
    keukentafel,
    plannen,
    casusoverleg,
    regie,
  });
  // Welzijn op Recept (issue 8): GP → welzijnscoach → activity → back to the GP.
  const welzijnsrecept = createWelzijnsreceptService({
    scopeOf,
    repository: createWelzijnsreceptRepository(),
    toegang,
    personen,
    privacy,
    socialeKaart,
    melder,
    gemeenten,
  });
  // The FHIR R4 endpoint for GP systems: clients per practice, acting as a huisarts account.
  const welzijnsreceptFhir = createFhirService({
    scopeOf,
    repository: createFhirRepository(),
    accounts,
    recepten: welzijnsrecept,
  });
  // Mantelzorg (issue 9): who cares for whom, and the yearly mantelzorgwaardering.
  const mantelzorg = createMantelzorgService({
    scopeOf,
    repository: createMantelzorgRepository(),
    codes: createWaarderingscodeRepository(),
    toegang,
    personen,
    privacy,
    accounts,
    socialeKaart,
    melder,
    gemeenten,
    mailer: platform.mailer,
    logger: platform.logger,
    publicUrl: config.publicUrl,
  });
  // "Hoe gaat het met u?" (issue 9): the carer's check of load and capacity.
  const draaglast = createDraaglastService({
    scopeOf,
    repository: createDraaglastRepository(),
    toegang,
    personen,
    privacy,
  });
  // Zorgkring (issue 9): the carer's circle around the person they care for.
  const zorgkring = createZorgkringService({
    scopeOf,
    repository: createZorgkringRepository(),
    toegang,
    privacy,
    accounts,
    mailer: platform.mailer,
    melder,
    logger: platform.logger,
    publicUrl: config.publicUrl,
  });
  // Respijtzorg (issue 9): a break for the carer — volunteers via the loket, or a provider.
  const respijtzorg = createRespijtzorgService({
    scopeOf,
    repository: createRespijtzorgRepository(),
    toegang,
    personen,
    privacy,
    hulpvragen,
    socialeKaart,
    accounts,
    melder,
  });
  // Inzage and erasure cover what these modules keep (privacy knows no module's tables).
  // Respite requests before the help requests they point at.
  privacy.registreerBron(respijtzorg.bron);
  privacy.registreerBron(berichten.bron);
  privacy.registreerBron(hulpvragen.bron);
  privacy.registreerBron(hulpaanbod.bron);
  privacy.registreerBron(koppelingen.bron);
  // Plans and conferences before the conversations: plan actions may point at requests.
  privacy.registreerBron(casusoverleg.bron);
  privacy.registreerBron(plannen.bron);
  privacy.registreerBron(keukentafel.bron);
  privacy.registreerBron(netwerkkaart.bron);
  privacy.registreerBron(welzijnsrecept.bron);
  privacy.registreerBron(mantelzorg.bron);
  privacy.registreerBron(zorgkring.bron);
  privacy.registreerBron(draaglast.bron);
  return {
    gemeenten,
    accounts,
    sessies,
    oidc,
    gebruikersbeheer,
    aanmelden,
    toegang,
    personen,
    privacy,
    socialeKaart,
    hsds,
    hulpvragen,
    hulpaanbod,
    koppelingen,
    berichten,
    keukentafel,
    netwerkkaart,
    plannen,
    regie,
    casusoverleg,
    werkplek,
    welzijnsrecept,
    welzijnsreceptFhir,
    mantelzorg,
    respijtzorg,
    zorgkring,
    draaglast,
  };
}

export type Services = ReturnType<typeof createServices>;
