import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../src/server/config.ts';
import { startKring } from '../src/server/main.ts';
import { resolveSecretKey } from '../src/server/platform/crypto/secret-key.ts';
import { createLogger } from '../src/server/platform/logging.ts';
import { createMailer } from '../src/server/platform/mail/mailer.ts';

const dir = mkdtempSync(join(tmpdir(), 'kring-geheim-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bericht = {
  aan: 'ans@example.nl',
  onderwerp: 'Nieuw wachtwoord voor Kring',
  tekst: 'Beste Ans,\n\nhttps://stein.example.nl/wachtwoord-herstellen#token=abc',
  html: '<p>Beste Ans,</p>',
};

describe('KRING_SECRET_KEY', () => {
  it('takes the variable when set, and refuses a key of the wrong length', () => {
    const key = randomBytes(32);
    expect(
      resolveSecretKey({
        secretKey: key.toString('base64'),
        databaseUrl: 'postgres://x',
        dataDir: dir,
      }),
    ).toEqual(key);
    expect(() =>
      resolveSecretKey({ secretKey: 'a2V5', databaseUrl: undefined, dataDir: dir }),
    ).toThrow(/32 bytes/);
  });

  it('on PGlite makes <dataDir>/secret.key once (mode 600) and reads it back after a restart', () => {
    const data = join(dir, 'data');
    const eerste = resolveSecretKey({
      secretKey: undefined,
      databaseUrl: undefined,
      dataDir: data,
    });
    const file = join(data, 'secret.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(
      resolveSecretKey({ secretKey: undefined, databaseUrl: undefined, dataDir: data }),
    ).toEqual(eerste);
  });

  it('on memory:// uses a random key per process', () => {
    const a = resolveSecretKey({
      secretKey: undefined,
      databaseUrl: undefined,
      dataDir: 'memory://',
    });
    const b = resolveSecretKey({
      secretKey: undefined,
      databaseUrl: undefined,
      dataDir: 'memory://',
    });
    expect(a).toHaveLength(32);
    expect(a).not.toEqual(b);
  });

  it('refuses to start on a PostgreSQL server without it, with a clear message', async () => {
    await expect(
      startKring({
        databaseUrl: 'postgres://nobody@127.0.0.1:1/none',
        secretKey: undefined,
        port: 0,
        logLevel: 'silent',
      }),
    ).rejects.toThrow(ConfigError);
    await expect(
      startKring({
        databaseUrl: 'postgres://nobody@127.0.0.1:1/none',
        secretKey: undefined,
        port: 0,
      }),
    ).rejects.toThrow(/KRING_SECRET_KEY is required with DATABASE_URL/);
  });
});

describe('mail without SMTP', () => {
  it('writes an .eml file to <dataDir>/mail and logs no address', async () => {
    const lines: string[] = [];
    const logger = createLogger(
      'info',
      new Writable({
        write(chunk, _e, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    const mailer = createMailer({
      smtpUrl: undefined,
      from: 'Kring <kring@localhost>',
      dataDir: dir,
      logger,
    });
    await mailer.send(bericht);
    const files = readdirSync(join(dir, 'mail'));
    expect(files).toHaveLength(1);
    const eml = readFileSync(join(dir, 'mail', files[0] ?? ''), 'utf8');
    expect(eml).toContain('To: ans@example.nl');
    expect(eml).toContain('Subject: Nieuw wachtwoord voor Kring');
    expect(lines.join('')).toContain('mail written');
    expect(lines.join('')).not.toContain('ans@example.nl');
  });

  it('keeps messages in memory on memory://', async () => {
    const mailer = createMailer({
      smtpUrl: undefined,
      from: 'Kring <kring@localhost>',
      dataDir: 'memory://',
      logger: createLogger('silent'),
    });
    await mailer.send(bericht);
    expect(mailer.outbox).toHaveLength(1);
    expect(mailer.outbox?.[0]).toContain('To: ans@example.nl');
  });
});
