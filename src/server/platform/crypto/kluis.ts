import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/** AES-256-GCM needs exactly this many key bytes. */
export const SLEUTEL_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const VERSIE = 'v1';

/**
 * Encryption at rest for small secrets (the TOTP secret) and keyed hashes (recovery codes),
 * under one server key (`KRING_SECRET_KEY`). AES-256-GCM: a random 96-bit IV per value and
 * the authentication tag, so a changed ciphertext is refused instead of decrypting to
 * garbage. The record (e.g. the account id) is bound as additional data, so a ciphertext
 * copied to another account does not decrypt there.
 */
export interface Kluis {
  versleutel(tekst: string, context: string): string;
  ontsleutel(versleuteld: string, context: string): string;
  /** HMAC-SHA-256 under a key derived from the server key, base64url. */
  hmac(waarde: string): string;
}

export function createKluis(sleutel: Buffer): Kluis {
  if (sleutel.length !== SLEUTEL_BYTES) {
    throw new TypeError(`The secret key must be ${SLEUTEL_BYTES} bytes`);
  }
  // Separate keys per use: the encryption key never doubles as a MAC key.
  const afgeleid = (doel: string) => createHmac('sha256', sleutel).update(doel).digest();
  const encKey = afgeleid('kring:versleutelen');
  const macKey = afgeleid('kring:hmac');
  return {
    versleutel(tekst, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      cipher.setAAD(Buffer.from(context));
      const body = Buffer.concat([cipher.update(tekst, 'utf8'), cipher.final()]);
      return `${VERSIE}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
    },
    ontsleutel(versleuteld, context) {
      const [versie, data] = versleuteld.split(':');
      if (versie !== VERSIE || !data) throw new Error('Unknown ciphertext format');
      const raw = Buffer.from(data, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(context));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([
        decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    },
    hmac(waarde) {
      return createHmac('sha256', macKey).update(waarde).digest('base64url');
    },
  };
}

/** Reads a base64 key and checks its length; throws a plain message (never the key). */
export function sleutelUitBase64(base64: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== SLEUTEL_BYTES) {
    throw new TypeError(
      `KRING_SECRET_KEY must be ${SLEUTEL_BYTES} bytes in base64 (openssl rand -base64 32)`,
    );
  }
  return key;
}
