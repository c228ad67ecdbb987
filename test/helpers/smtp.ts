import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface OntvangenMail {
  aan: string[];
  /** The raw message as it arrived, with quoted-printable soft breaks undone. */
  tekst: string;
}

export interface TestSmtp {
  url: string;
  mails: OntvangenMail[];
  /** Waits for the next mail to this address (that was not taken before). */
  wachtOpMail(aan: string, timeoutMs?: number): Promise<OntvangenMail>;
  close(): Promise<void>;
}

/** Undoes quoted-printable: soft line breaks and =XX escapes (enough for our ASCII links). */
function decodeQp(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** A real SMTP server on 127.0.0.1 (a free port), keeping every message it receives. */
export async function startTestSmtp(): Promise<TestSmtp> {
  const mails: OntvangenMail[] = [];
  const genomen = new Set<OntvangenMail>();
  const wachtenden: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({
          aan: session.envelope.rcptTo.map((r) => r.address),
          tekst: decodeQp(Buffer.concat(chunks).toString('utf8')),
        });
        for (const w of wachtenden.splice(0)) w();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    async wachtOpMail(aan, timeoutMs = 10_000) {
      const eind = Date.now() + timeoutMs;
      for (;;) {
        const mail = mails.find((m) => !genomen.has(m) && m.aan.includes(aan));
        if (mail) {
          genomen.add(mail);
          return mail;
        }
        const rest = eind - Date.now();
        if (rest <= 0) throw new Error(`no mail to ${aan} within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.min(rest, 200));
          wachtenden.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The token from a Kring link in a mail (`…/wachtwoord-herstellen#token=…`). */
export function tokenUit(mail: OntvangenMail, pad: string): string {
  const match = mail.tekst.match(new RegExp(`${pad}#token=([A-Za-z0-9_-]+)`));
  if (!match?.[1]) throw new Error(`no ${pad} link in the mail`);
  return match[1];
}
