import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../api/client.ts';
import { ErrorSummary } from '../../components/formulier/ErrorSummary.tsx';
import { TextField } from '../../components/formulier/TextField.tsx';
import { gaatOver, statusVan, useFormulier } from '../../components/formulier/useFormulier.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useTokenUitFragment } from './tokenUitFragment.ts';

/** The page the reset link opens: choose a new password. It does not log in. */
export function WachtwoordHerstellenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('aanmelden.herstellen.title'));
  const token = useTokenUitFragment();
  const form = useFormulier();
  const [nieuw, setNieuw] = useState('');
  const [herhaal, setHerhaal] = useState('');
  const [klaar, setKlaar] = useState(false);
  const [linkWerktNiet, setLinkWerktNiet] = useState(false);

  if (!token || linkWerktNiet) {
    return (
      <>
        <PageHeading>{t('aanmelden.herstellen.heading')}</PageHeading>
        <Alert type="warning">
          <Paragraph>{t('aanmelden.herstellen.badLink')}</Paragraph>
        </Alert>
        <Paragraph>
          <RouterLink to="/wachtwoord-vergeten">{t('aanmelden.herstellen.newLink')}</RouterLink>
        </Paragraph>
      </>
    );
  }
  if (klaar) {
    return (
      <>
        <PageHeading>{t('aanmelden.herstellen.heading')}</PageHeading>
        <Alert type="ok" role="status">
          <Paragraph>{t('aanmelden.herstellen.done')}</Paragraph>
        </Alert>
        <Paragraph>
          <RouterLink to="/inloggen">{t('aanmelden.herstellen.toLogin')}</RouterLink>
        </Paragraph>
      </>
    );
  }
  return (
    <>
      <PageHeading>{t('aanmelden.herstellen.heading')}</PageHeading>
      <Paragraph lead>{t('aanmelden.herstellen.intro')}</Paragraph>
      <ErrorSummary errors={form.errors} attempt={form.attempt} />
      <form
        noValidate
        className="kring-form"
        onSubmit={(event) => {
          event.preventDefault();
          void form.submit(
            () => [
              ...([...nieuw].length >= 12
                ? []
                : [{ field: 'nieuw-wachtwoord', message: t('aanmelden.wachtwoord.tooShort') }]),
              ...(herhaal === nieuw
                ? []
                : [{ field: 'herhaal-wachtwoord', message: t('aanmelden.wachtwoord.notSame') }]),
            ],
            async () => {
              await apiSend('POST', '/wachtwoord-herstel/bevestigen', {
                token,
                nieuwWachtwoord: nieuw,
              });
              setKlaar(true);
            },
            (error) => {
              if (gaatOver(error, 'token')) {
                setLinkWerktNiet(true);
                return [];
              }
              if (gaatOver(error, 'nieuwWachtwoord'))
                return [{ field: 'nieuw-wachtwoord', message: t('aanmelden.wachtwoord.weak') }];
              return [
                {
                  field: 'nieuw-wachtwoord',
                  message:
                    statusVan(error) === 429
                      ? t('aanmelden.form.tooMany')
                      : t('aanmelden.form.failed'),
                },
              ];
            },
          );
        }}
      >
        <TextField
          id="nieuw-wachtwoord"
          label={t('aanmelden.wachtwoord.new')}
          description={t('aanmelden.wachtwoord.hint')}
          type="password"
          autoComplete="new-password"
          value={nieuw}
          onChange={setNieuw}
          error={form.errorFor('nieuw-wachtwoord')}
        />
        <TextField
          id="herhaal-wachtwoord"
          label={t('aanmelden.wachtwoord.repeat')}
          type="password"
          autoComplete="new-password"
          value={herhaal}
          onChange={setHerhaal}
          error={form.errorFor('herhaal-wachtwoord')}
        />
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('aanmelden.herstellen.submit')}
        </Button>
      </form>
    </>
  );
}
