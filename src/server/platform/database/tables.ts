import type { ColumnType, Generated } from 'kysely';

/**
 * The shape of every table, as Kysely sees it. Mirrors `src/server/migrations/*.sql`;
 * change both together. Column names are snake_case in SQL and here; the API maps them
 * to camelCase in each module's model.
 */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** Platform table (a Citus reference table): one row per tenant. */
export interface GemeentenTable {
  id: Generated<number>;
  code: string;
  naam: string;
  hostnamen: ColumnType<string[], string[] | undefined, string[]>;
  demo: ColumnType<boolean, boolean | undefined, boolean>;
  instellingen: ColumnType<unknown, string | undefined, string>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

/** Platform table: a login. One account may hold roles in several gemeenten. */
export interface AccountsTable {
  id: Generated<string>;
  /** Null for a resident who logged in through a broker that gives no e-mail (0005). */
  email: string | null;
  naam: string;
  wachtwoord_hash: string | null;
  platformbeheerder: ColumnType<boolean, boolean | undefined, boolean>;
  actief: ColumnType<boolean, boolean | undefined, boolean>;
  aangemaakt_op: Timestamp;
  email_geverifieerd_op: Date | null;
  wachtwoord_gewijzigd_op: Date | null;
  mfa_geheim: string | null;
  mfa_actief_sinds: Date | null;
  mislukte_pogingen: ColumnType<number, number | undefined, number>;
  geblokkeerd_tot: Date | null;
  mfa_laatste_stap: ColumnType<
    string | null,
    string | number | null | undefined,
    string | number | null
  >;
  mfa_herstelcodes: ColumnType<string[], string[] | undefined, string[]>;
}

/** Tenant table: an organisation staff work for. */
export interface OrganisatiesTable {
  gemeente_id: number;
  id: Generated<string>;
  naam: string;
  soort: string;
  aangemaakt_op: Timestamp;
  /** Public details for the sociale kaart (0006). */
  beschrijving: ColumnType<string | null, string | null | undefined, string | null>;
  website: ColumnType<string | null, string | null | undefined, string | null>;
  email: ColumnType<string | null, string | null | undefined, string | null>;
  telefoon: ColumnType<string | null, string | null | undefined, string | null>;
  op_kaart: ColumnType<boolean, boolean | undefined, boolean>;
  extern_id: ColumnType<string | null, string | null | undefined, string | null>;
  gewijzigd_op: Timestamp;
}

/** Tenant table: server-side sessions (only the token's hash is stored). */
export interface SessiesTable {
  gemeente_id: number;
  token_hash: string;
  account_id: string;
  csrf_token: string;
  mfa_voldaan: ColumnType<boolean, boolean | undefined, boolean>;
  methode: string;
  aangemaakt_op: Timestamp;
  laatst_actief_op: Timestamp;
  verloopt_op: Timestamp;
  publiek_id: Generated<string>;
}

/** Tenant table: single-use e-mail links (password reset, e-mail verification), hashed. */
export interface AanmeldTokensTable {
  gemeente_id: number;
  token_hash: string;
  account_id: string;
  doel: 'wachtwoord-herstel' | 'email-verificatie';
  verloopt_op: Timestamp;
  gebruikt_op: Date | null;
  aangemaakt_op: Timestamp;
}

export interface AuthenticatieGebeurtenissenTable {
  gemeente_id: number;
  id: Generated<string>;
  account_id: string | null;
  soort: string;
  uitkomst: 'gelukt' | 'mislukt' | 'geblokkeerd';
  ip: string | null;
  op: Timestamp;
}

/** Tenant table: what an account may do in one gemeente. */
export interface RollenTable {
  gemeente_id: number;
  account_id: string;
  rol: string;
  functie: string | null;
  organisatie_id: string | null;
  aangemaakt_op: Timestamp;
}

/** Tenant table: an OpenID Connect provider a gemeente connects (0005). */
export interface OidcProvidersTable {
  gemeente_id: number;
  id: Generated<string>;
  slug: string;
  naam: string;
  issuer: string;
  client_id: string;
  /** The NAME of the environment variable with the client secret; never the secret. */
  client_secret_env: string | null;
  scopes: ColumnType<string[], string[] | undefined, string[]>;
  doelgroep: 'inwoners' | 'medewerkers';
  acr_waarden: ColumnType<string[], string[] | undefined, string[]>;
  acr_tweede_factor: ColumnType<string[], string[] | undefined, string[]>;
  actief: ColumnType<boolean, boolean | undefined, boolean>;
  aangemaakt_op: Timestamp;
}

/** Tenant table: which account a provider's `sub` is. */
export interface OidcIdentiteitenTable {
  gemeente_id: number;
  provider_id: string;
  sub: string;
  account_id: string;
  aangemaakt_op: Timestamp;
  laatst_gebruikt_op: Timestamp;
}

/** Tenant table: an OIDC login on its way (state hash, nonce, PKCE verifier); single use. */
export interface OidcAutorisatiesTable {
  gemeente_id: number;
  state_hash: string;
  provider_id: string;
  nonce: string;
  code_verifier: string;
  redirect_uri: string;
  verloopt_op: Timestamp;
}

/** Tenant table: what the gemeente admin changed (ids only, no names). */
export interface BeheerGebeurtenissenTable {
  gemeente_id: number;
  id: Generated<string>;
  door_account_id: string | null;
  soort: string;
  account_id: string | null;
  organisatie_id: string | null;
  provider_id: string | null;
  details: ColumnType<unknown, string | undefined, string>;
  op: Timestamp;
}

export interface JobsTable {
  id: Generated<string>;
  gemeente_id: number | null;
  type: string;
  payload: ColumnType<unknown, string, string>;
  status: ColumnType<'queued' | 'running' | 'done' | 'failed', 'queued' | undefined, string>;
  run_at: Timestamp;
  attempts: ColumnType<number, number | undefined, number>;
  max_attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  idempotency_key: string | null;
  locked_by: string | null;
  locked_at: Date | null;
  aangemaakt_op: Timestamp;
  afgerond_op: Date | null;
}

export interface SchemaMigrationsTable {
  name: string;
  checksum: string;
  applied_at: Timestamp;
}

/** Tenant tables of migration 0004 (personen, toegang, privacy). */
export interface PersonenTable {
  gemeente_id: number;
  id: Generated<string>;
  account_id: string | null;
  naam: string | null;
  telefoonnummer: string | null;
  email: string | null;
  postcode: string | null;
  geboortedatum: ColumnType<string | null, string | null | undefined, string | null>;
  leeftijdsgroep: string | null;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
  wissen_gevraagd_op: Date | null;
  gewist_op: Date | null;
}

export interface VertegenwoordigersTable {
  gemeente_id: number;
  id: Generated<string>;
  persoon_id: string;
  account_id: string;
  soort: string;
  sinds: Timestamp;
  tot: Date | null;
}

export interface BetrokkenhedenTable {
  gemeente_id: number;
  id: Generated<string>;
  persoon_id: string;
  account_id: string;
  organisatie_id: string;
  rol: string;
  categorieen: string[];
  grondslag: string;
  sinds: Timestamp;
  tot: Date | null;
  aangemaakt_door: string;
  /** The life domains this member works on (0011), for the overlap warning. */
  levensdomeinen: ColumnType<string[], string[] | undefined, string[]>;
}

export interface ToestemmingenTable {
  gemeente_id: number;
  id: Generated<string>;
  persoon_id: string;
  organisatie_id: string;
  categorieen: string[];
  doel: string;
  geldig_tot: ColumnType<string | null, string | null | undefined, string | null>;
  gegeven_op: Timestamp;
  ingetrokken_op: Date | null;
}

export interface DoorbrakenTable {
  gemeente_id: number;
  id: Generated<string>;
  persoon_id: string;
  account_id: string;
  organisatie_id: string | null;
  rol: string;
  reden: string;
  op: Timestamp;
  geldig_tot: Date;
  beoordeeld_door: string | null;
  beoordeeld_op: Date | null;
  oordeel: string | null;
  toelichting: string | null;
}

export interface ToegangslogTable {
  gemeente_id: number;
  volgnummer: ColumnType<string, string | number, never>;
  op: Date;
  actie: string;
  uitkomst: string;
  account_id: string | null;
  namens_persoon_id: string | null;
  rol: string | null;
  organisatie_id: string | null;
  persoon_id: string | null;
  categorie: string | null;
  grondslag: string | null;
  doel: string | null;
  ip: string | null;
  doorbraak: boolean;
  vorige_hash: string;
  hash: string;
}

export interface ToegangslogKetenTable {
  gemeente_id: number;
  volgnummer: ColumnType<string, string | number, string | number>;
  hash: string;
}

export interface CorrectieverzoekenTable {
  gemeente_id: number;
  id: Generated<string>;
  persoon_id: string;
  categorie: string;
  toelichting: string;
  status: ColumnType<string, string | undefined, string>;
  reactie: string | null;
  ingediend_op: Timestamp;
  afgehandeld_op: Date | null;
  afgehandeld_door: string | null;
}

export interface WisverzoekenTable {
  gemeente_id: number;
  id: Generated<string>;
  persoon_id: string;
  ingediend_op: Timestamp;
  uitkomst: ColumnType<unknown, string | undefined, string>;
  afgerond_op: Date | null;
}

export interface BewaartermijnenTable {
  gemeente_id: number;
  categorie: string;
  jaren: number;
  gewijzigd_op: Timestamp;
  gewijzigd_door: string | null;
}

/** Tenant tables of migration 0006 (sociale kaart; HSDS 3.0 shape, see docs/sociale-kaart.md). */
type TekstLijst = ColumnType<string[], string[] | undefined, string[]>;
type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface TaxonomieenTable {
  gemeente_id: number;
  id: Generated<string>;
  code: string;
  naam: string;
  beschrijving: string;
  versie: ColumnType<string, string | undefined, string>;
}

export interface TaxonomieTermenTable {
  gemeente_id: number;
  id: Generated<string>;
  taxonomie_id: string;
  code: string;
  naam: string;
  naam_en: Nullable<string>;
  beschrijving: ColumnType<string, string | undefined, string>;
  bovenliggend_id: Nullable<string>;
  volgorde: ColumnType<number, number | undefined, number>;
}

export interface SynoniemenTable {
  gemeente_id: number;
  woord: string;
  alternatieven: string[];
}

export interface LocatiesTable {
  gemeente_id: number;
  id: Generated<string>;
  organisatie_id: string;
  extern_id: Nullable<string>;
  naam: string;
  adres: string;
  postcode: string;
  plaats: string;
  lat: number;
  lon: number;
  zoek_lat: number;
  zoek_lon: number;
  vertrouwelijk: ColumnType<boolean, boolean | undefined, boolean>;
  contactroute: Nullable<string>;
  route_omschrijving: Nullable<string>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

export interface AanbodTable {
  gemeente_id: number;
  id: Generated<string>;
  organisatie_id: string;
  locatie_id: Nullable<string>;
  extern_id: Nullable<string>;
  status: ColumnType<
    'concept' | 'gepubliceerd' | 'gearchiveerd',
    'concept' | 'gepubliceerd' | 'gearchiveerd' | undefined,
    'concept' | 'gepubliceerd' | 'gearchiveerd'
  >;
  soort: string;
  naam: string;
  naam_en: Nullable<string>;
  beschrijving: string;
  beschrijving_en: Nullable<string>;
  aanmelden: ColumnType<string, string | undefined, string>;
  kosten_soort: string;
  /** numeric: pg returns it as a string. */
  kosten_bedrag: ColumnType<
    string | null,
    string | number | null | undefined,
    string | number | null
  >;
  kosten_omschrijving: ColumnType<string, string | undefined, string>;
  toegankelijkheid: TekstLijst;
  talen: TekstLijst;
  levensdomeinen: TekstLijst;
  hulpvormen: TekstLijst;
  doelgroepen: TekstLijst;
  trefwoorden: TekstLijst;
  minimum_leeftijd: Nullable<number>;
  maximum_leeftijd: Nullable<number>;
  verwijzing_nodig: ColumnType<boolean, boolean | undefined, boolean>;
  diagnose_nodig: ColumnType<boolean, boolean | undefined, boolean>;
  telefoon: Nullable<string>;
  email: Nullable<string>;
  website: Nullable<string>;
  laatst_gecontroleerd_op: Timestamp;
  herinnerd_op: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
  zoekvector: ColumnType<string, never, never>;
  zoektekst: ColumnType<string, never, never>;
  /** Set by a trigger (0008): the kaart_zoekstand version of the last change (int8 as text). */
  zoekversie: ColumnType<string, never, number>;
}

/** Per gemeente: how far searchable sociale-kaart data has changed (0008, triggers only). */
export interface KaartZoekstandTable {
  gemeente_id: number;
  versie: ColumnType<string, never, never>;
  volledig_vanaf: ColumnType<string, never, never>;
}

export interface RoostersTable {
  gemeente_id: number;
  id: Generated<string>;
  aanbod_id: string;
  freq: Nullable<'WEEKLY' | 'MONTHLY'>;
  interval: ColumnType<number, number | undefined, number>;
  byday: Nullable<string>;
  /** date and time columns come back as text (the pg type parsers leave them alone). */
  dtstart: Nullable<string>;
  until: Nullable<string>;
  opens_at: Nullable<string>;
  closes_at: Nullable<string>;
  valid_from: Nullable<string>;
  valid_to: Nullable<string>;
  gesloten: ColumnType<boolean, boolean | undefined, boolean>;
  beschrijving: ColumnType<string, string | undefined, string>;
  volgorde: ColumnType<number, number | undefined, number>;
}

export interface SamenwerkingenTable {
  gemeente_id: number;
  id: Generated<string>;
  organisatie_id: string;
  partner_id: string;
  onderwerp: string;
  aangemaakt_op: Timestamp;
}

export interface AanbodVoorstellenTable {
  gemeente_id: number;
  id: Generated<string>;
  aanbod_id: string;
  status: 'concept' | 'ingediend' | 'teruggestuurd' | 'gepubliceerd' | 'ingetrokken';
  inhoud: ColumnType<unknown, string, string>;
  opmerking: Nullable<string>;
  gemaakt_door: string;
  gemaakt_op: Timestamp;
  ingediend_op: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  beoordeeld_door: Nullable<string>;
  beoordeeld_op: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface KaartHistorieTable {
  gemeente_id: number;
  id: Generated<string>;
  resource_id: string;
  resource_type: 'aanbod' | 'organisatie' | 'locatie';
  actie: string;
  veld: Nullable<string>;
  oude_waarde: Nullable<string>;
  nieuwe_waarde: Nullable<string>;
  opmerking: Nullable<string>;
  door_account_id: Nullable<string>;
  op: Timestamp;
}

export interface KaartHerinneringenTable {
  gemeente_id: number;
  id: Generated<string>;
  organisatie_id: string;
  aantal_aanbod: number;
  aantal_ontvangers: number;
  per_mail: boolean;
  op: Timestamp;
}

/** Tenant tables of migration 0010 (één loket). */
type Json = ColumnType<unknown, string | undefined, string>;
type Tekstlijst = ColumnType<string[], string[] | undefined, string[]>;
type Datum = ColumnType<string | null, string | null | undefined, string | null>;

export interface HulpvragenTable {
  gemeente_id: number;
  id: Generated<string>;
  persoon_id: string;
  status: string;
  antwoorden: Json;
  route: string | null;
  organisatie_id: string | null;
  routering: ColumnType<unknown, string | null | undefined, string | null>;
  ingediend_op: Date | null;
  reactie_voor: Datum;
  behandelaar_id: string | null;
  notitie: string | null;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
  afgerond_op: Date | null;
}

export interface VerhalenTable {
  gemeente_id: number;
  persoon_id: string;
  gaat_goed: ColumnType<string, string | undefined, string>;
  kan_bieden: Tekstlijst;
  kan_bieden_toelichting: ColumnType<string, string | undefined, string>;
  doet_graag: ColumnType<string, string | undefined, string>;
  gewijzigd_op: Timestamp;
}

export interface HulpaanbodTable {
  gemeente_id: number;
  id: Generated<string>;
  persoon_id: string;
  organisatie_id: string | null;
  status: ColumnType<string, string | undefined, string>;
  categorieen: string[];
  postcode: string;
  straal_km: number;
  tijdvakken: string[];
  uren_per_week: number;
  max_koppelingen: ColumnType<number, number | undefined, number>;
  talen: string[];
  soort: string;
  vog_status: string;
  vog_datum: Datum;
  geslacht: string | null;
  geboortejaar: number | null;
  toelichting: string | null;
  intake_notitie: string | null;
  beoordeeld_door: string | null;
  beoordeeld_op: Date | null;
  reden: string | null;
  aangemeld_op: Timestamp;
  gewijzigd_op: Timestamp;
}

export interface KoppelingenTable {
  gemeente_id: number;
  id: Generated<string>;
  hulpvraag_id: string;
  aanbod_id: string;
  status: string;
  toelichting: string;
  afstand_km: number | null;
  voorgesteld_door: string | null;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
  bron: ColumnType<string, string | undefined, string>;
  score: number | null;
  actief_sinds: Date | null;
  evaluatie_gevraagd_op: Date | null;
  einde_reden: string | null;
  herinnerd_op: Date | null;
}

/** 0012: how a running match goes, one answer per side. */
export interface KoppelingEvaluatiesTable {
  gemeente_id: number;
  koppeling_id: string;
  kant: string;
  oordeel: string;
  doorgaan: boolean;
  opmerking: string | null;
  door: string | null;
  op: Timestamp;
}

export interface KoppelingStappenTable {
  gemeente_id: number;
  id: Generated<string>;
  koppeling_id: string;
  status: string;
  door: string | null;
  reden: string | null;
  op: Timestamp;
}

export interface GesprekkenTable {
  gemeente_id: number;
  id: Generated<string>;
  persoon_id: string;
  hulpvraag_id: string | null;
  koppeling_id: string | null;
  aangemaakt_op: Timestamp;
}

export interface GesprekDeelnemersTable {
  gemeente_id: number;
  gesprek_id: string;
  account_id: string;
  gelezen_tot: Date | null;
}

export interface BerichtenTable {
  gemeente_id: number;
  id: Generated<string>;
  gesprek_id: string;
  van: string | null;
  tekst: string;
  op: Timestamp;
}

/** Tenant tables of migration 0011 (werkplek). */
export interface InstrumentenTable {
  gemeente_id: number;
  id: Generated<string>;
  code: string;
  naam: string;
  soort: string;
  schaal_min: number;
  schaal_max: number;
  schaal_labels: Json;
  onderdelen: Json;
  actief: ColumnType<boolean, boolean | undefined, boolean>;
  aangemaakt_op: Timestamp;
}

export interface KeukentafelgesprekkenTable {
  gemeente_id: number;
  id: Generated<string>;
  persoon_id: string;
  instrument: string;
  datum: ColumnType<string, string, string>;
  plaats: ColumnType<string, string | undefined, string>;
  deelnemers: Json;
  scores: Json;
  sterktes: ColumnType<string, string | undefined, string>;
  kan_bieden: ColumnType<string, string | undefined, string>;
  dromen: ColumnType<string, string | undefined, string>;
  ideale_dag: ColumnType<string, string | undefined, string>;
  door: string | null;
  aangemaakt_op: Timestamp;
}

export interface NetwerkledenTable {
  gemeente_id: number;
  id: Generated<string>;
  persoon_id: string;
  naam: string;
  sector: string;
  relatie: ColumnType<string, string | undefined, string>;
  nabijheid: number;
  kan_helpen_met: ColumnType<string, string | undefined, string>;
  account_id: string | null;
  aangemaakt_op: Timestamp;
}

export interface PlannenTable {
  gemeente_id: number;
  persoon_id: string;
  hoofddoel: string;
  gewijzigd_door: string | null;
  gewijzigd_op: Timestamp;
}

export interface PlanDoelenTable {
  gemeente_id: number;
  id: Generated<string>;
  persoon_id: string;
  titel: string;
  volgorde: number;
}

export interface PlanActiesTable {
  gemeente_id: number;
  id: Generated<string>;
  persoon_id: string;
  doel_id: string;
  omschrijving: string;
  eigenaar_soort: string;
  eigenaar: ColumnType<string, string | undefined, string>;
  netwerklid_id: string | null;
  aanbod_id: string | null;
  organisatie_id: string | null;
  deadline: Datum;
  status: ColumnType<string, string | undefined, string>;
  hulpvraag_id: string | null;
  volgorde: number;
}

export interface PlanReactiesTable {
  gemeente_id: number;
  id: Generated<string>;
  persoon_id: string;
  akkoord: boolean;
  tekst: ColumnType<string, string | undefined, string>;
  op: Timestamp;
}

export interface RegieOverdrachtenTable {
  gemeente_id: number;
  id: Generated<string>;
  persoon_id: string;
  van_account_id: string | null;
  naar_account_id: string;
  naar_organisatie_id: string;
  reden: string;
  op: Timestamp;
}

export interface CasusoverleggenTable {
  gemeente_id: number;
  id: Generated<string>;
  persoon_id: string;
  datum: ColumnType<string, string, string>;
  agenda: ColumnType<string, string | undefined, string>;
  notities: ColumnType<string, string | undefined, string>;
  deelnemers: Json;
  besluiten: Json;
  door: string | null;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

export interface ReceptOntvangersTable {
  gemeente_id: number;
  id: Generated<string>;
  organisatie_id: string;
  praktijk_id: string | null;
}

export interface ReceptInstellingenTable {
  gemeente_id: number;
  dimensies: string[];
}

export interface WelzijnsreceptenTable {
  gemeente_id: number;
  id: Generated<string>;
  persoon_id: string;
  praktijk_id: string;
  verwijzer_id: string;
  ontvanger_id: string;
  coach_id: string | null;
  bron: string;
  status: string;
  status_reden: Generated<string>;
  reden: string;
  wat_ik_belangrijk_vind: Generated<string>;
  contact_voorkeur: string;
  toestemming_op: Timestamp;
  verstuurd_op: Timestamp | null;
  eerste_contact_voor: ColumnType<string, string, string> | null;
  eerste_contact_op: ColumnType<string, string, string> | null;
  herinnerd_op: Timestamp | null;
  interesses: Generated<string>;
  mogelijkheden: Generated<string>;
  aanbod_id: string | null;
  aanbod_naam: string | null;
  aanbod_soort: string | null;
  activiteit_start: ColumnType<string, string, string> | null;
  meegegaan: Generated<boolean>;
  delen_met_huisarts: Generated<boolean>;
  vervolg_op: ColumnType<string, string, string> | null;
  samenvatting: Generated<string>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

export interface ReceptStappenTable {
  gemeente_id: number;
  id: Generated<string>;
  recept_id: string;
  van: string | null;
  naar: string;
  reden: Generated<string>;
  kant: string;
  door: string | null;
  op: Timestamp;
}

export interface ReceptContactmomentenTable {
  gemeente_id: number;
  id: Generated<string>;
  recept_id: string;
  datum: ColumnType<string, string, string>;
  soort: string;
  notitie: Generated<string>;
  door: string | null;
  aangemaakt_op: Timestamp;
}

export interface ReceptTerugkoppelingenTable {
  gemeente_id: number;
  id: Generated<string>;
  recept_id: string;
  moment: string;
  tekst: string;
  op: Timestamp;
}

export interface ReceptWelbevindenTable {
  gemeente_id: number;
  id: Generated<string>;
  recept_id: string;
  moment: string;
  datum: ColumnType<string, string, string>;
  scores: Json;
  ingevuld_door: string;
  door: string | null;
  aangemaakt_op: Timestamp;
}

export interface ReceptTakenTable {
  gemeente_id: number;
  id: Generated<string>;
  recept_id: string;
  soort: string;
  vervalt_op: ColumnType<string, string, string>;
  gedaan_op: Timestamp | null;
  gedaan_door: string | null;
  aangemaakt_op: Timestamp;
}

/** Respijtzorg (0018): a carer's request for a break; data of the carer, category intake. */
export interface RespijtverzoekenTable {
  gemeente_id: number;
  id: Generated<string>;
  persoon_id: string;
  aangevraagd_door: string | null;
  soort: string;
  route: 'matching' | 'aanbieder';
  voor_wie_naam: string;
  voor_wie_relatie: Generated<string>;
  datum: ColumnType<string, string, string>;
  dagdeel: string;
  hoe_vaak: string;
  toelichting: Generated<string>;
  postcode: string | null;
  hulpvraag_id: string | null;
  organisatie_id: string | null;
  aanbod_id: string | null;
  aanbod_naam: string | null;
  status: string;
  antwoord: Generated<string>;
  beantwoord_door: string | null;
  beantwoord_op: Timestamp | null;
  ingediend_op: Timestamp;
  gewijzigd_op: Timestamp;
}

/** Mantelzorg (0015): one carer caring for one person; data of the carer, category netwerk. */
export interface MantelzorgrelatiesTable {
  gemeente_id: number;
  id: Generated<string>;
  mantelzorger_id: string;
  zorgvrager_id: string | null;
  zorgvrager_naam: string;
  zorgvrager_email: string | null;
  zorgvrager_woont_in_gemeente: boolean;
  mantelzorger_woont_in_gemeente: boolean;
  relatie: string;
  wat_ik_doe: Generated<string>;
  uren_per_week: number;
  sinds: ColumnType<string, string, string>;
  samenwonend: boolean;
  anderen_betrokken: Generated<string>;
  geregistreerd_door: 'zelf' | 'consulent';
  organisatie_id: string | null;
  geregistreerd_op: Timestamp;
}

/** The yearly mantelzorgwaardering with the rules of the verordening (0015). */
export interface WaarderingsrondesTable {
  gemeente_id: number;
  id: Generated<string>;
  jaar: number;
  organisatie_id: string;
  min_uren_per_week: number;
  min_maanden_zorg: number;
  min_leeftijd: number;
  woonregel: string;
  wie_mag_aanvragen: string;
  bevestiging_nodig: boolean;
  max_per_zorgvrager: number | null;
  vorm: string;
  bedrag_cent: number | null;
  open_vanaf: ColumnType<string, string, string>;
  deadline: ColumnType<string, string, string>;
  peildatum: ColumnType<string, string, string>;
  aangemaakt_op: Timestamp;
}

export interface WaarderingsaanvragenTable {
  gemeente_id: number;
  id: Generated<string>;
  ronde_id: string;
  relatie_id: string;
  aangevraagd_door: string | null;
  /** Who applied: 'mantelzorger' or 'zorgvrager' (0020). */
  aanvrager: Generated<string>;
  /** Applied with a one-time code from a letter or e-mail (0021). */
  via_code: Generated<boolean>;
  status: string;
  regeluitkomst: ColumnType<unknown, string, string>;
  besluit_reden: Generated<string>;
  besloten_door: string | null;
  besloten_op: Date | null;
  ingediend_op: Timestamp;
}

export interface WaarderingsbevestigingenTable {
  gemeente_id: number;
  aanvraag_id: string;
  bevestigd: boolean;
  door: string | null;
  op: Timestamp;
}

/** Reminders before the waardering's deadline (0019): each sent once per carer and campaign. */
export interface WaarderingsherinneringenTable {
  gemeente_id: number;
  ronde_id: string;
  persoon_id: string;
  soort: string;
  verstuurd_op: Timestamp;
}

/** One-time codes for the mantelzorgwaardering (0021): only the hash, used once. */
export interface WaarderingscodesTable {
  gemeente_id: number;
  id: Generated<string>;
  ronde_id: string;
  persoon_id: string;
  code_hash: string;
  geldig_tot: ColumnType<string, string, string>;
  aangemaakt_door: string | null;
  aangemaakt_op: Timestamp;
  gebruikt_op: Date | null;
  ingetrokken_op: Date | null;
}

/** "Hoe gaat het met u?" (0017): the gemeente's own instrument; absent: the default. */
export interface DraaglastInstrumentenTable {
  gemeente_id: number;
  versie: number;
  vragen: ColumnType<unknown, string, string>;
  drempels: ColumnType<unknown, string, string>;
  gewijzigd_door: string | null;
  gewijzigd_op: Timestamp;
}

/** One check of a carer's load and capacity (0017); data of the carer, category gezondheid. */
export interface DraaglastChecksTable {
  gemeente_id: number;
  id: Generated<string>;
  persoon_id: string;
  instrument_versie: number;
  vragen: ColumnType<unknown, string, string>;
  antwoorden: ColumnType<unknown, string, string>;
  last: number;
  kracht: number;
  belasting: number;
  band: string;
  gedeeld_met: string | null;
  ingevuld_op: Timestamp;
}

/** The consulent's task after a heavy, shared check (0017). */
export interface DraaglastTakenTable {
  gemeente_id: number;
  id: Generated<string>;
  check_id: string;
  persoon_id: string;
  organisatie_id: string;
  status: string;
  notitie: Generated<string>;
  afgerond_door: string | null;
  afgerond_op: Timestamp | null;
  aangemaakt_op: Timestamp;
}

/** A practice's system that refers through FHIR (0014); acts as one huisarts account. */
export interface FhirClientsTable {
  gemeente_id: number;
  client_id: string;
  /** SHA-256 (base64url) of the secret; the secret itself is shown once and never stored. */
  geheim_hash: string;
  naam: string;
  praktijk_id: string;
  account_id: string;
  aangemaakt_op: Timestamp;
  ingetrokken_op: Timestamp | null;
}

/** An issued bearer token (0014): its SHA-256 only, valid until `verloopt_op`. */
export interface FhirTokensTable {
  gemeente_id: number;
  token_hash: string;
  client_id: string;
  verloopt_op: Timestamp;
  aangemaakt_op: Timestamp;
}

/** A care circle around the person a carer cares for (0016). */
export interface ZorgkringenTable {
  gemeente_id: number;
  id: Generated<string>;
  voor_wie: string;
  eigenaar_account_id: string;
  eigenaar_persoon_id: string;
  aangemaakt_op: Timestamp;
}

/** An active member of a care circle; leaving deletes the row (0016). */
export interface ZorgkringLedenTable {
  gemeente_id: number;
  kring_id: string;
  account_id: string;
  rol: string;
  sinds: Timestamp;
}

export interface ZorgkringUitnodigingenTable {
  gemeente_id: number;
  id: Generated<string>;
  kring_id: string;
  email: string;
  rol: string;
  bericht: Generated<string>;
  status: Generated<string>;
  uitgenodigd_op: Timestamp;
  beantwoord_op: Timestamp | null;
}

export interface ZorgkringAfsprakenTable {
  gemeente_id: number;
  id: Generated<string>;
  kring_id: string;
  titel: string;
  datum: ColumnType<string, string, string>;
  tijd: string | null;
  plaats: Generated<string>;
  herhaling: Generated<string>;
  tot: ColumnType<string | null, string | null | undefined, string | null>;
  door: string | null;
  aangemaakt_op: Timestamp;
}

export interface ZorgkringTakenTable {
  gemeente_id: number;
  id: Generated<string>;
  kring_id: string;
  titel: string;
  datum: ColumnType<string | null, string | null | undefined, string | null>;
  weekdag: number | null;
  status: Generated<string>;
  geclaimd_door: string | null;
  door: string | null;
  aangemaakt_op: Timestamp;
}

export interface ZorgkringBerichtenTable {
  gemeente_id: number;
  id: Generated<string>;
  kring_id: string;
  van: string | null;
  tekst: string;
  op: Timestamp;
}

export interface ZorgkringNotitiesTable {
  gemeente_id: number;
  id: Generated<string>;
  kring_id: string;
  tekst: string;
  zichtbaarheid: string;
  door: string | null;
  op: Timestamp;
}

export interface DB {
  fhir_clients: FhirClientsTable;
  fhir_tokens: FhirTokensTable;
  gemeenten: GemeentenTable;
  accounts: AccountsTable;
  rollen: RollenTable;
  organisaties: OrganisatiesTable;
  sessies: SessiesTable;
  authenticatie_gebeurtenissen: AuthenticatieGebeurtenissenTable;
  aanmeld_tokens: AanmeldTokensTable;
  oidc_providers: OidcProvidersTable;
  oidc_identiteiten: OidcIdentiteitenTable;
  oidc_autorisaties: OidcAutorisatiesTable;
  beheer_gebeurtenissen: BeheerGebeurtenissenTable;
  jobs: JobsTable;
  schema_migrations: SchemaMigrationsTable;
  personen: PersonenTable;
  hulpvragen: HulpvragenTable;
  verhalen: VerhalenTable;
  hulpaanbod: HulpaanbodTable;
  koppelingen: KoppelingenTable;
  koppeling_stappen: KoppelingStappenTable;
  koppeling_evaluaties: KoppelingEvaluatiesTable;
  gesprekken: GesprekkenTable;
  gesprek_deelnemers: GesprekDeelnemersTable;
  berichten: BerichtenTable;
  instrumenten: InstrumentenTable;
  keukentafelgesprekken: KeukentafelgesprekkenTable;
  netwerkleden: NetwerkledenTable;
  plannen: PlannenTable;
  plan_doelen: PlanDoelenTable;
  plan_acties: PlanActiesTable;
  plan_reacties: PlanReactiesTable;
  regie_overdrachten: RegieOverdrachtenTable;
  casusoverleggen: CasusoverleggenTable;
  vertegenwoordigers: VertegenwoordigersTable;
  betrokkenheden: BetrokkenhedenTable;
  toestemmingen: ToestemmingenTable;
  doorbraken: DoorbrakenTable;
  toegangslog: ToegangslogTable;
  toegangslog_keten: ToegangslogKetenTable;
  correctieverzoeken: CorrectieverzoekenTable;
  wisverzoeken: WisverzoekenTable;
  bewaartermijnen: BewaartermijnenTable;
  taxonomieen: TaxonomieenTable;
  taxonomie_termen: TaxonomieTermenTable;
  synoniemen: SynoniemenTable;
  locaties: LocatiesTable;
  aanbod: AanbodTable;
  roosters: RoostersTable;
  kaart_zoekstand: KaartZoekstandTable;
  samenwerkingen: SamenwerkingenTable;
  aanbod_voorstellen: AanbodVoorstellenTable;
  kaart_historie: KaartHistorieTable;
  kaart_herinneringen: KaartHerinneringenTable;
  recept_ontvangers: ReceptOntvangersTable;
  recept_instellingen: ReceptInstellingenTable;
  welzijnsrecepten: WelzijnsreceptenTable;
  recept_stappen: ReceptStappenTable;
  recept_contactmomenten: ReceptContactmomentenTable;
  recept_terugkoppelingen: ReceptTerugkoppelingenTable;
  recept_welbevinden: ReceptWelbevindenTable;
  recept_taken: ReceptTakenTable;
  mantelzorgrelaties: MantelzorgrelatiesTable;
  respijtverzoeken: RespijtverzoekenTable;
  waarderingsrondes: WaarderingsrondesTable;
  waarderingsaanvragen: WaarderingsaanvragenTable;
  waarderingsbevestigingen: WaarderingsbevestigingenTable;
  waarderingsherinneringen: WaarderingsherinneringenTable;
  waarderingscodes: WaarderingscodesTable;
  draaglast_instrumenten: DraaglastInstrumentenTable;
  draaglast_checks: DraaglastChecksTable;
  draaglast_taken: DraaglastTakenTable;
  zorgkringen: ZorgkringenTable;
  zorgkring_leden: ZorgkringLedenTable;
  zorgkring_uitnodigingen: ZorgkringUitnodigingenTable;
  zorgkring_afspraken: ZorgkringAfsprakenTable;
  zorgkring_taken: ZorgkringTakenTable;
  zorgkring_berichten: ZorgkringBerichtenTable;
  zorgkring_notities: ZorgkringNotitiesTable;
}

/** Tables that belong to one gemeente: `gemeente_id` leads their primary key. */
export type TenantTable = {
  [K in keyof DB]: DB[K] extends { gemeente_id: number } ? K : never;
}[keyof DB];
