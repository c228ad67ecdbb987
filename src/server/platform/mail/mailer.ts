import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';

/** One message: plain text for every mail client, and a simple HTML version. */
export interface MailBericht {
  aan: string;
  onderwerp: string;
  tekst: string;
  html: string;
  /** Files sent along, e.g. the information package as PDF. */
  bijlagen?: { bestandsnaam: string; type: string; inhoud: Uint8Array }[];
}

export interface Mailer {
  send(bericht: MailBericht): Promise<void>;
  /** Only without SMTP on `memory://`: the messages sent, for a look in development tests. */
  readonly outbox: readonly string[] | undefined;
}

export interface MailerOptions {
  /** `smtp://user:pass@host:587` or `smtps://…`; unset: messages are written to files. */
  smtpUrl: string | undefined;
  from: string;
  /** Where `.eml` files go without SMTP (`<dataDir>/mail/`); `memory://` keeps them in memory. */
  dataDir: string;
  logger: Logger;
}

/**
 * Sends mail through SMTP, or — without `SMTP_URL` — writes each message as an `.eml` file
 * (or, on `memory://`, keeps it in memory) so a demo or development install works without a
 * mail server. The log says only that a message went out: never the address, subject or
 * body, which hold personal data and single-use links.
 */
export function createMailer(options: MailerOptions): Mailer {
  const outbox: string[] | undefined =
    !options.smtpUrl && options.dataDir.startsWith('memory://') ? [] : undefined;
  const transport = options.smtpUrl
    ? nodemailer.createTransport(options.smtpUrl)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const mailDir = join(options.dataDir, 'mail');

  return {
    outbox,
    async send(bericht) {
      const info = await transport.sendMail({
        from: options.from,
        to: bericht.aan,
        subject: bericht.onderwerp,
        text: bericht.tekst,
        html: bericht.html,
        attachments: bericht.bijlagen?.map((b) => ({
          filename: b.bestandsnaam,
          contentType: b.type,
          content: Buffer.from(b.inhoud),
        })),
      });
      if (options.smtpUrl) {
        options.logger.info({ mail: 'smtp' }, 'mail sent');
        return;
      }
      const raw = String((info as { message: Buffer }).message);
      if (outbox) {
        outbox.push(raw);
      } else {
        mkdirSync(mailDir, { recursive: true, mode: 0o700 });
        const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.eml`;
        writeFileSync(join(mailDir, name), raw, { mode: 0o600 });
      }
      options.logger.info({ mail: outbox ? 'memory' : 'file' }, 'mail written');
    },
  };
}
