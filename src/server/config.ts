import { z } from 'zod';

/**
 * Every setting Kring reads from the environment, with its default.
 * The README's configuration table is written from this list; keep them together.
 */
const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  KRING_DATA_DIR: z.string().min(1).default('./data'),
  KRING_DEMO: booleanFromEnv.optional(),
  KRING_DEFAULT_GEMEENTE: z
    .string()
    .regex(/^GM\d{4}$/)
    .optional(),
  KRING_PUBLIC_URL: z.string().url().optional(),
  KRING_WEB_DIR: z.string().min(1).default('./dist/web'),
  KRING_JOBS: booleanFromEnv.default(true),
  KRING_METRICS_TOKEN: z.string().min(16).optional(),
  KRING_TRUST_PROXY: booleanFromEnv.default(false),
  KRING_SECRET_KEY: z.string().min(1).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  KRING_MAIL_FROM: z.string().min(3).default('Kring <kring@localhost>'),
  KRING_KAART_TEGELS: z
    .string()
    .regex(
      /^https:\/\/[^/\s]+\/\S*\{z\}\S*\{x\}\S*\{y\}/,
      'must be an https:// URL template with {z}, {x} and {y}',
    )
    .optional(),
  KRING_KAART_BRONVERMELDING: z.string().min(1).max(300).optional(),
  KRING_ZOEK_CACHE: z.coerce.number().int().min(0).max(100_000).default(500),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL server; when absent Kring runs on embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  databasePoolSize: number;
  /** PGlite data directory, or `memory://` for a throwaway database (tests). */
  dataDir: string;
  /** Create the demo gemeente with demo accounts when the database has no gemeente yet. */
  demo: boolean;
  /** CBS code of the gemeente that answers requests for host names no gemeente claims. */
  defaultGemeente: string | undefined;
  publicUrl: string | undefined;
  webDir: string;
  /** Run the in-process job worker. */
  jobs: boolean;
  /** When set, /metrics asks for this bearer token. */
  metricsToken: string | undefined;
  /** Behind a reverse proxy: take host and client address from X-Forwarded-* headers. */
  trustProxy: boolean;
  logLevel: string;
  /** Base64 key (32 bytes) for secrets at rest; see platform/crypto/secret-key.ts. */
  secretKey: string | undefined;
  /** SMTP server for mail; unset: mail is written to `<dataDir>/mail/`. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Map tiles for the sociale kaart (Leaflet URL template); see STANDAARD_KAART_TEGELS. */
  kaartTegels: string;
  /** The tile source's attribution, shown on the map. */
  kaartBronvermelding: string;
  /** Sociale kaart search answers kept per gemeente until its data changes (0: none). */
  zoekCache: number;
}

/** The Dutch government's base map (PDOK BRT-Achtergrondkaart), free to use with attribution. */
export const STANDAARD_KAART_TEGELS =
  'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png';
export const STANDAARD_KAART_BRONVERMELDING = 'Kaartgegevens © Kadaster (BRT-Achtergrondkaart)';

/**
 * The origin of a tile URL template, for the Content-Security-Policy `img-src`:
 * `https://{s}.tile.example.org/{z}/{x}/{y}.png` → `https://*.tile.example.org`.
 */
export function kaartTegelsBron(template: string): string {
  const match = /^(https?:\/\/[^/]+)/.exec(template);
  if (!match?.[1]) throw new ConfigError(`Not a tile URL: ${template}`);
  return match[1].replace(/\{[a-z]\}/g, '*').toLowerCase();
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL=`) means "not set", as in most deploy tools.
  const set = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir: e.KRING_DATA_DIR,
    // A demo on the embedded database by default; never by surprise on a real server.
    demo: e.KRING_DEMO ?? e.DATABASE_URL === undefined,
    defaultGemeente: e.KRING_DEFAULT_GEMEENTE,
    publicUrl: e.KRING_PUBLIC_URL,
    webDir: e.KRING_WEB_DIR,
    jobs: e.KRING_JOBS,
    metricsToken: e.KRING_METRICS_TOKEN,
    trustProxy: e.KRING_TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    secretKey: e.KRING_SECRET_KEY,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.KRING_MAIL_FROM,
    kaartTegels: e.KRING_KAART_TEGELS ?? STANDAARD_KAART_TEGELS,
    zoekCache: e.KRING_ZOEK_CACHE,
    kaartBronvermelding:
      e.KRING_KAART_BRONVERMELDING ?? (e.KRING_KAART_TEGELS ? '' : STANDAARD_KAART_BRONVERMELDING),
  };
}
