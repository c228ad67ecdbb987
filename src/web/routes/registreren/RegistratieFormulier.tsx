import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { Aangemeld } from '../../../server/modules/aanmelden/model.ts';
import { ApiError, apiSend } from '../../api/client.ts';
import { useSessieVernieuwd } from '../../api/sessie.ts';
import { ErrorSummary, type FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { TextField } from '../../components/formulier/TextField.tsx';
import { statusVan, useFormulier } from '../../components/formulier/useFormulier.ts';
import { RouterLink } from '../../components/RouterLink.tsx';
import { type DeelT, useDeelVertaling } from '../../i18n/deelVertaling.ts';
import { metTerug } from './terug.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const WACHTWOORD_MIN = 12;

/**
 * The server's reasons for a password (accounts/wachtwoord.ts), in the reader's language.
 * The Dutch texts are the server's words; an unknown reason is shown as the server gave it.
 */
function wachtwoordReden(reden: string, t: DeelT<'registreren'>): string {
  if (/minstens/i.test(reden)) return t('registreren.fout.wachtwoordKort');
  if (/hoogstens/i.test(reden)) return t('registreren.fout.wachtwoordLang');
  if (/veel gebruikt/i.test(reden)) return t('registreren.fout.wachtwoordBekend');
  if (/e-?mail/i.test(reden)) return t('registreren.fout.wachtwoordEmail');
  return reden;
}

/**
 * Make a resident's account: name, e-mail, password (12+ characters). On success the
 * browser is logged in (the server set the session) and `onKlaar` continues.
 * `onBegin` is called just before the account is asked for, so a page can tell a
 * fresh login from one that was already there.
 */
export function RegistratieFormulier({
  beginEmail = '',
  knop,
  terug,
  onBegin,
  onKlaar,
}: {
  beginEmail?: string;
  knop: string;
  terug?: string | undefined;
  onBegin?: () => void;
  onKlaar: () => Promise<void>;
}) {
  const { t } = useDeelVertaling<'registreren'>();
  const vernieuwd = useSessieVernieuwd();
  const form = useFormulier();
  const [naam, setNaam] = useState('');
  const [email, setEmail] = useState(beginEmail);
  const [wachtwoord, setWachtwoord] = useState('');
  const [bestaat, setBestaat] = useState(false);

  const controleer = (): FieldError[] => [
    ...(naam.trim() ? [] : [{ field: 'reg-naam', message: t('registreren.fout.naam') }]),
    ...(EMAIL.test(email.trim())
      ? []
      : [{ field: 'reg-email', message: t('registreren.fout.email') }]),
    ...([...wachtwoord].length >= WACHTWOORD_MIN
      ? []
      : [{ field: 'reg-wachtwoord', message: t('registreren.fout.wachtwoordKort') }]),
  ];

  const vanServer = (error: unknown): FieldError[] => {
    const status = statusVan(error);
    if (status === 409) {
      setBestaat(true);
      return [{ field: 'reg-email', message: t('registreren.fout.bestaat') }];
    }
    if (status === 429) return [{ field: 'reg-email', message: t('registreren.fout.teVaak') }];
    const params = error instanceof ApiError ? (error.problem?.invalidParams ?? []) : [];
    const fouten = params.flatMap((p): FieldError[] => {
      if (p.name === 'body.naam')
        return [{ field: 'reg-naam', message: t('registreren.fout.naam') }];
      if (p.name === 'body.email')
        return [{ field: 'reg-email', message: t('registreren.fout.email') }];
      if (p.name === 'body.wachtwoord')
        return [{ field: 'reg-wachtwoord', message: wachtwoordReden(p.reason, t) }];
      return [];
    });
    return fouten.length > 0
      ? fouten
      : [{ field: 'reg-naam', message: t('registreren.fout.mislukt') }];
  };

  return (
    <>
      <ErrorSummary errors={form.errors} attempt={form.attempt} />
      <form
        noValidate
        className="kring-form"
        onSubmit={(event) => {
          event.preventDefault();
          setBestaat(false);
          void form.submit(
            controleer,
            async () => {
              onBegin?.();
              const aangemeld = await apiSend<Aangemeld>('POST', '/registraties', {
                naam: naam.trim(),
                email: email.trim(),
                wachtwoord,
              });
              const { tweedeFactor, ...sessie } = aangemeld;
              await vernieuwd({ sessie, tweedeFactor });
              await onKlaar();
            },
            vanServer,
          );
        }}
      >
        <TextField
          id="reg-naam"
          label={t('registreren.naam')}
          value={naam}
          onChange={setNaam}
          error={form.errorFor('reg-naam')}
          autoComplete="name"
        />
        <TextField
          id="reg-email"
          type="email"
          label={t('registreren.email')}
          description={t('registreren.emailHint')}
          value={email}
          onChange={setEmail}
          error={form.errorFor('reg-email')}
          autoComplete="email"
          spellCheck={false}
        />
        {bestaat ? (
          <Paragraph>
            <RouterLink to={metTerug('/inloggen', terug)}>
              {t('registreren.naarInloggen')}
            </RouterLink>
          </Paragraph>
        ) : null}
        <TextField
          id="reg-wachtwoord"
          type="password"
          label={t('registreren.wachtwoord')}
          description={t('registreren.wachtwoordHint')}
          value={wachtwoord}
          onChange={setWachtwoord}
          error={form.errorFor('reg-wachtwoord')}
          autoComplete="new-password"
        />
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={form.busy}
          disabled={form.busy}
        >
          {knop}
        </Button>
      </form>
    </>
  );
}
