import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Aangemeld } from '../../../server/modules/aanmelden/model.ts';
import type { PubliekeProvider } from '../../../server/modules/oidc/model.ts';
import { apiGet, apiSend } from '../../api/client.ts';
import { isIngelogd, useAanmelding, useSessieVernieuwd } from '../../api/sessie.ts';
import { ErrorSummary } from '../../components/formulier/ErrorSummary.tsx';
import { TextField } from '../../components/formulier/TextField.tsx';
import { gaatOver, statusVan, useFormulier } from '../../components/formulier/useFormulier.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { metTerug, onthoudTerug, terugNaInlogdienst, terugUit } from '../registreren/terug.ts';
import { CodeStap } from './CodeStap.tsx';
import { InstellenStap } from './InstellenStap.tsx';

type Stap = 'wachtwoord' | 'invoeren' | 'instellen';

/**
 * Login in steps: e-mail and password; then, for staff, the code from the app — or, the
 * first time, setting up the app. A reload in the middle continues at the open step.
 * `?terug=/hulp-vragen/controleren` says where to go afterwards: a path on this site only
 * (registreren/terug.ts), never a full address; without it, the account page. The same page
 * is `/inloggen/klaar`, where the server sends the browser back after a login at an identity
 * provider (DigiD-like); the return path waited in the tab (`?fout=oidc`: it failed).
 */
export function InloggenPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search, pathname } = useLocation();
  const naInlogdienst = pathname === '/inloggen/klaar';
  const [terug] = useState(
    () => terugUit(search) ?? (naInlogdienst ? terugNaInlogdienst() : undefined),
  );
  const inlogdienstMislukt = naInlogdienst && new URLSearchParams(search).get('fout') === 'oidc';
  const aanmelding = useAanmelding();
  const vernieuwd = useSessieVernieuwd();
  // Known at once when the header already asked (the usual case after a link in the app):
  // then the form's h1 is there from the start and the layout can move focus to it.
  const [stap, setStap] = useState<Stap | undefined>(() => {
    const bekend = aanmelding.data;
    if (!bekend || isIngelogd(bekend.sessie)) return undefined;
    const { tweedeFactor } = bekend;
    return tweedeFactor === 'invoeren' || tweedeFactor === 'instellen'
      ? tweedeFactor
      : 'wachtwoord';
  });

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
    if (isIngelogd(sessie)) {
      if (naInlogdienst) onthoudTerug(undefined);
      void navigate(terug ?? '/account', { replace: true });
    } else if (tweedeFactor === 'invoeren' || tweedeFactor === 'instellen') setStap(tweedeFactor);
    else setStap('wachtwoord');
  }, [stap, aanmelding.data, navigate, terug, naInlogdienst]);
  // Without an answer from the server, the password form still works.
  useEffect(() => {
    if (stap === undefined && aanmelding.isError) setStap('wachtwoord');
  }, [stap, aanmelding.isError]);

  const klaar = async (aangemeld: Aangemeld) => {
    const { tweedeFactor, ...sessie } = aangemeld;
    await vernieuwd({ sessie, tweedeFactor });
    await navigate(terug ?? '/account');
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
  return <WachtwoordStap onKlaar={naWachtwoord} terug={terug} mislukt={inlogdienstMislukt} />;
}

/**
 * The gemeente's identity providers (a DigiD-like broker for residents, the employer's for
 * staff): a plain link per provider — the server redirects to it, and back to /inloggen/klaar.
 */
function Inlogdiensten({ terug }: { terug: string | undefined }) {
  const { t } = useTranslation();
  const lijst = useQuery({
    queryKey: ['oidc-providers'],
    queryFn: ({ signal }) => apiGet<{ providers: PubliekeProvider[] }>('/oidc-providers', signal),
    staleTime: 5 * 60_000,
  });
  const providers = [...(lijst.data?.providers ?? [])].sort((a, b) =>
    a.doelgroep === b.doelgroep ? 0 : a.doelgroep === 'inwoners' ? -1 : 1,
  );
  if (providers.length === 0) return null;
  return (
    <section aria-labelledby="inlogdiensten">
      <Heading2 id="inlogdiensten">{t('aanmelden.login.inlogdiensten')}</Heading2>
      {providers.map((p) => (
        <Paragraph key={p.id}>
          <a
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
            href={`/api/v1/oidc-providers/${p.id}/autorisatie`}
            onClick={() => onthoudTerug(terug)}
          >
            {t('aanmelden.login.inlogdienst', { naam: p.naam })}
          </a>
        </Paragraph>
      ))}
    </section>
  );
}

function WachtwoordStap({
  onKlaar,
  terug,
  mislukt,
}: {
  onKlaar: (a: Aangemeld) => Promise<void>;
  terug: string | undefined;
  mislukt: boolean;
}) {
  const { t } = useTranslation();
  const form = useFormulier();
  const [email, setEmail] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');

  return (
    <>
      <PageHeading>{t('aanmelden.login.heading')}</PageHeading>
      <Paragraph lead>{t('aanmelden.login.intro')}</Paragraph>
      {mislukt ? (
        <Alert type="error">
          <Paragraph>{t('aanmelden.login.inlogdienstMislukt')}</Paragraph>
        </Alert>
      ) : null}
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
      <Inlogdiensten terug={terug} />
      <Paragraph>
        {t('aanmelden.login.geenAccount')}{' '}
        <RouterLink to={metTerug('/account-maken', terug)}>
          {t('aanmelden.login.accountMaken')}
        </RouterLink>
      </Paragraph>
    </>
  );
}
