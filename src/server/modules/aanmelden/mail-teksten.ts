import { escapeHtml } from '../../platform/html.ts';
import type { TokenDoel } from './e-mail-tokens.ts';

export type Taal = 'nl' | 'en';

interface Tekst {
  onderwerp: string;
  aanhef: (naam: string) => string;
  uitleg: string;
  knop: string;
  geldig: string;
  nietGevraagd: string;
}

/** Dutch at B1: short sentences, common words, active voice. English for who prefers it. */
const TEKSTEN: Record<TokenDoel, Record<Taal, Tekst>> = {
  'wachtwoord-herstel': {
    nl: {
      onderwerp: 'Nieuw wachtwoord voor Kring',
      aanhef: (naam) => `Beste ${naam},`,
      uitleg:
        'U vroeg om een nieuw wachtwoord voor Kring. Kies een nieuw wachtwoord via deze link:',
      knop: 'Kies een nieuw wachtwoord',
      geldig: 'De link werkt 30 minuten en maar één keer.',
      nietGevraagd:
        'Vroeg u niet om een nieuw wachtwoord? Dan hoeft u niets te doen. Uw wachtwoord blijft hetzelfde.',
    },
    en: {
      onderwerp: 'New password for Kring',
      aanhef: (naam) => `Dear ${naam},`,
      uitleg: 'You asked for a new password for Kring. Choose a new password with this link:',
      knop: 'Choose a new password',
      geldig: 'The link works for 30 minutes and only once.',
      nietGevraagd:
        'Did you not ask for a new password? Then you do not need to do anything. Your password stays the same.',
    },
  },
  'email-verificatie': {
    nl: {
      onderwerp: 'Bevestig uw e-mailadres voor Kring',
      aanhef: (naam) => `Beste ${naam},`,
      uitleg: 'Bevestig dat dit uw e-mailadres is. Dat doet u via deze link:',
      knop: 'Bevestig mijn e-mailadres',
      geldig: 'De link werkt 24 uur en maar één keer.',
      nietGevraagd: 'Kent u Kring niet? Dan hoeft u niets te doen.',
    },
    en: {
      onderwerp: 'Confirm your e-mail address for Kring',
      aanhef: (naam) => `Dear ${naam},`,
      uitleg: 'Please confirm that this is your e-mail address. Use this link:',
      knop: 'Confirm my e-mail address',
      geldig: 'The link works for 24 hours and only once.',
      nietGevraagd: 'Do you not know Kring? Then you do not need to do anything.',
    },
  },
};

/** Plain text for every mail program, and a simple HTML version with the same words. */
export function mailVoor(
  doel: TokenDoel,
  taal: Taal,
  naam: string,
  link: string,
): { onderwerp: string; tekst: string; html: string } {
  const t = TEKSTEN[doel][taal];
  const tekst = [
    t.aanhef(naam),
    '',
    t.uitleg,
    '',
    link,
    '',
    t.geldig,
    '',
    t.nietGevraagd,
    '',
    'Kring',
  ].join('\n');
  const html = `<!doctype html><html lang="${taal}"><body>
<p>${escapeHtml(t.aanhef(naam))}</p>
<p>${escapeHtml(t.uitleg)}</p>
<p><a href="${escapeHtml(link)}">${escapeHtml(t.knop)}</a></p>
<p>${escapeHtml(t.geldig)}</p>
<p>${escapeHtml(t.nietGevraagd)}</p>
<p>Kring</p>
</body></html>`;
  return { onderwerp: t.onderwerp, tekst, html };
}

export function taalUit(acceptLanguage: string | undefined): Taal {
  return acceptLanguage?.trim().toLowerCase().startsWith('en') ? 'en' : 'nl';
}
