import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SLEUTEL_BYTES, sleutelUitBase64 } from './kluis.ts';

export interface SleutelBron {
  /** KRING_SECRET_KEY (base64), if set. */
  secretKey: string | undefined;
  databaseUrl: string | undefined;
  dataDir: string;
}

export class SecretKeyError extends Error {}

/**
 * The server key for secrets at rest:
 * - `KRING_SECRET_KEY` when set;
 * - on PGlite with a data directory: `<dataDir>/secret.key`, made once (mode 600), so a
 *   two-command install keeps working across restarts;
 * - on `memory://`: a random key for this process (the data is thrown away anyway);
 * - on a PostgreSQL server without the variable: refuse, because instances must share the
 *   key and a lost key makes every enrolled authenticator unusable.
 */
export function resolveSecretKey(bron: SleutelBron): Buffer {
  if (bron.secretKey) {
    try {
      return sleutelUitBase64(bron.secretKey);
    } catch (err) {
      throw new SecretKeyError((err as Error).message);
    }
  }
  if (bron.databaseUrl) {
    throw new SecretKeyError(
      'KRING_SECRET_KEY is required with DATABASE_URL: 32 random bytes in base64, the same on ' +
        'every instance (make one with: openssl rand -base64 32).',
    );
  }
  if (bron.dataDir.startsWith('memory://')) return randomBytes(SLEUTEL_BYTES);
  const file = join(bron.dataDir, 'secret.key');
  if (existsSync(file)) return sleutelUitBase64(readFileSync(file, 'utf8').trim());
  mkdirSync(bron.dataDir, { recursive: true });
  const key = randomBytes(SLEUTEL_BYTES);
  writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return key;
}
