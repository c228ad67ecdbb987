import { Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Aangemeld } from '../../../server/modules/aanmelden/model.ts';
import { apiSend } from '../../api/client.ts';
import { isIngelogd, useAanmelding, useSessieVernieuwd } from '../../api/sessie.ts';
import { ErrorSummary } from '../../components/formulier/ErrorSummary.tsx';
import { TextField } from '../../components/formulier/TextField.tsx';
import { gaatOver, statusVan, useFormulier } from '../../components/formulier/useFormulier.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { CodeStap } from './CodeStap.tsx';
import { InstellenStap } from './InstellenStap.tsx';

type Stap = 'wachtwoord' | 'invoeren' | 'instellen';

/**
 * Login in steps: e-mail and password; then, for staff, the code from the app — or, the
 * first time, setting up the app. A reload in the middle continues at the open step.
 */
export function InloggenPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const aanmelding = useAanmelding();
  const vernieuwd = useSessieVernieuwd();
  const [stap, setStap] = useState<Stap | undefined>(undefined);

  useDocumentTitle(
    stap === 'invoeren'
      ? t('aanmelden.code.title')
      : stap === 'instellen'
        ? t('aanmelden.instellen.title')
        : t('aanmelden.login.title'),
  );

  // Where to start: an open session that still needs a second factor continues there.
  useEffect(() => {
    if (stap !== undefined || !aanmelding.data) return;
    const { sessie, tweedeFactor } = aanmelding.data;
    if (isIngelogd(sessie)) void navigate('/account', { replace: true });
    else if (tweedeFactor === 'invoeren' || tweedeFactor === 'instellen') setStap(tweedeFactor);
    else setStap('wachtwoord');
  }, [stap, aanmelding.data, navigate]);
  // Without an answer from the server, the password form still works.
  useEffect(() => {
    if (stap === undefined && aanmelding.isError) setStap('wachtwoord');
  }, [stap, aanmelding.isError]);

  const klaar = async (aangemeld: Aangemeld) => {
    const { tweedeFactor, ...sessie } = aangemeld;
    await vernieuwd({ sessie, tweedeFactor });
    await navigate('/account');
  };

  const naWachtwoord = async (aangemeld: Aangemeld) => {
    if (aangemeld.tweedeFactor === 'invoeren' || aangemeld.tweedeFactor === 'instellen') {
      const { tweedeFactor, ...sessie } = aangemeld;
      // Set the step before the login state changes, so the effect above does not redirect.
      setStap(tweedeFactor);
      await vernieuwd({ sessie, tweedeFactor });
      return;
    }
    await klaar(aangemeld);
  };

  if (stap === undefined) {
    return (
      <>
        <PageHeading>{t('aanmelden.login.heading')}</PageHeading>
        <LoadingStatus loading />
      </>
    );
  }
  if (stap === 'invoeren') return <CodeStap onKlaar={klaar} />;
  if (stap === 'instellen') return <InstellenStap onKlaar={klaar} />;
  return <WachtwoordStap onKlaar={naWachtwoord} />;
}

function WachtwoordStap({ onKlaar }: { onKlaar: (a: Aangemeld) => Promise<void> }) {
  const { t } = useTranslation();
  const form = useFormulier();
  const [email, setEmail] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');

  return (
    <>
      <PageHeading>{t('aanmelden.login.heading')}</PageHeading>
      <Paragraph lead>{t('aanmelden.login.intro')}</Paragraph>
      <ErrorSummary errors={form.errors} attempt={form.attempt} />
      <form
        noValidate
        className="kring-form"
        onSubmit={(event) => {
          event.preventDefault();
          void form.submit(
            () => [
              ...(email.trim()
                ? []
                : [{ field: 'email', message: t('aanmelden.login.emailMissing') }]),
              ...(wachtwoord
                ? []
                : [{ field: 'wachtwoord', message: t('aanmelden.login.passwordMissing') }]),
            ],
            async () =>
              onKlaar(await apiSend<Aangemeld>('POST', '/sessies', { email, wachtwoord })),
            (error) => {
              const status = statusVan(error);
              if (status === 429) return [{ field: 'email', message: t('aanmelden.form.tooMany') }];
              if (status === 401) return [{ field: 'email', message: t('aanmelden.login.wrong') }];
              if (gaatOver(error, 'email'))
                return [{ field: 'email', message: t('aanmelden.login.emailMissing') }];
              return [{ field: 'email', message: t('aanmelden.form.failed') }];
            },
          );
        }}
      >
        <TextField
          id="email"
          label={t('aanmelden.login.email')}
          type="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          onChange={setEmail}
          error={form.errorFor('email')}
        />
        <TextField
          id="wachtwoord"
          label={t('aanmelden.login.password')}
          type="password"
          autoComplete="current-password"
          value={wachtwoord}
          onChange={setWachtwoord}
          error={form.errorFor('wachtwoord')}
        />
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('aanmelden.login.submit')}
        </Button>
      </form>
      <Paragraph>
        <RouterLink to="/wachtwoord-vergeten">{t('aanmelden.login.forgot')}</RouterLink>
      </Paragraph>
    </>
  );
}
