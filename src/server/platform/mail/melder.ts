import type { Logger } from 'pino';
import { escapeHtml } from '../html.ts';
import type { Mailer } from './mailer.ts';

/**
 * Short notifications by e-mail: "there is something new for you in Kring". They never
 * carry the content (a message, a name, a need) — only that there is something, and where
 * to log in — because e-mail is not a safe place for special-category data.
 * Dutch first (B1, "u"), then the same in English: Kring does not store a language per account.
 */
export type MeldingSoort =
  | 'voorstel'
  | 'antwoord'
  | 'koppeling'
  | 'bericht'
  | 'herinnering'
  | 'evaluatie'
  | 'gestopt'
  | 'verwijzing'
  | 'terugkoppeling'
  | 'waardering';

const TEKSTEN: Record<MeldingSoort, { onderwerp: string; nl: string; en: string }> = {
  voorstel: {
    onderwerp: 'Er is iemand die u misschien kan helpen / A possible match',
    nl: 'Er is een voorstel voor u in Kring. Kijk of het u past, en zeg ja of nee.',
    en: 'There is a proposal for you in Kring. See if it suits you, and say yes or no.',
  },
  antwoord: {
    onderwerp: 'Er is een antwoord op een voorstel / An answer to a proposal',
    nl: 'Iemand heeft geantwoord op een voorstel in Kring. Kijk wat de volgende stap is.',
    en: 'Someone answered a proposal in Kring. See what the next step is.',
  },
  koppeling: {
    onderwerp: 'U kunt kennismaken / You can meet',
    nl: 'U heeft allebei ja gezegd. In Kring ziet u nu hoe u elkaar kunt bereiken.',
    en: 'You both said yes. In Kring you can now see how to reach each other.',
  },
  herinnering: {
    onderwerp: 'Wij wachten op uw antwoord / We are waiting for your answer',
    nl: 'In Kring wacht iets op u. Wilt u kijken en de volgende stap zetten?',
    en: 'Something in Kring is waiting for you. Would you take a look and take the next step?',
  },
  evaluatie: {
    onderwerp: 'Hoe gaat het? / How is it going?',
    nl: 'U helpt elkaar nu een maand. Vertel in Kring in een minuut hoe het gaat.',
    en: 'You have been helping each other for a month. Tell us in Kring how it is going.',
  },
  gestopt: {
    onderwerp: 'Een koppeling is gestopt / A match has ended',
    nl: 'Een koppeling in Kring is gestopt. In Kring leest u meer.',
    en: 'A match in Kring has ended. You can read more in Kring.',
  },
  verwijzing: {
    onderwerp: 'Er is een nieuwe verwijzing / A new referral',
    nl: 'Er is een nieuw welzijnsrecept voor uw organisatie in Kring. Neemt u binnen vijf werkdagen contact op?',
    en: 'There is a new wellbeing referral for your organisation in Kring. Please make contact within five working days.',
  },
  terugkoppeling: {
    onderwerp: 'Nieuws over een welzijnsrecept / News about a wellbeing referral',
    nl: 'De welzijnscoach heeft iets laten weten over een verwijzing van u. In Kring leest u wat.',
    en: 'The wellbeing coach has sent news about one of your referrals. You can read it in Kring.',
  },
  waardering: {
    onderwerp: 'Vraag de mantelzorgwaardering aan / Apply for the carer appreciation',
    nl: 'U zorgt voor iemand. Daarom kunt u de mantelzorgwaardering van de gemeente aanvragen. Dat kan nog maar kort. In Kring doet u het in een paar minuten.',
    en: 'You care for someone, so you can apply for the gemeente’s carer appreciation. There is not much time left. In Kring it takes a few minutes.',
  },
  bericht: {
    onderwerp: 'U heeft een nieuw bericht in Kring / A new message in Kring',
    nl: 'Er is een nieuw bericht voor u. Log in bij Kring om het te lezen.',
    en: 'There is a new message for you. Log in to Kring to read it.',
  },
};

export interface MelderDeps {
  mailer: Mailer;
  logger: Logger;
  /** The site's address for the link (KRING_PUBLIC_URL); without it the mail says "log in". */
  publicUrl: string | undefined;
  /** The account's e-mail address, when it has one and it may receive mail. */
  emailVan(accountId: string): Promise<string | null>;
}

export function createMelder(deps: MelderDeps) {
  return {
    /** Sends in the background: a mail server that is down must not undo the action. */
    meld(accountId: string | null, soort: MeldingSoort, pad = '/mijn-kring'): void {
      if (!accountId) return;
      const t = TEKSTEN[soort];
      const link = deps.publicUrl ? `${deps.publicUrl}${pad}` : undefined;
      void deps
        .emailVan(accountId)
        .then(async (aan) => {
          if (!aan) return;
          const tekst = [t.nl, link ?? '', '', t.en, link ?? ''].filter((r, i) => r || i === 2);
          const html = [
            `<p lang="nl">${escapeHtml(t.nl)}</p>`,
            link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>` : '',
            `<p lang="en">${escapeHtml(t.en)}</p>`,
          ].join('');
          await deps.mailer.send({ aan, onderwerp: t.onderwerp, tekst: tekst.join('\n'), html });
        })
        .catch((err: unknown) => deps.logger.error({ err, soort }, 'notification not sent'));
    },
  };
}

export type Melder = ReturnType<typeof createMelder>;
