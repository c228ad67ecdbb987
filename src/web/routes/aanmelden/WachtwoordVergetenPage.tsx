import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../api/client.ts';
import { ErrorSummary } from '../../components/formulier/ErrorSummary.tsx';
import { TextField } from '../../components/formulier/TextField.tsx';
import { statusVan, useFormulier } from '../../components/formulier/useFormulier.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';

/** Ask for a reset link. The answer is the same whether the address is known or not. */
export function WachtwoordVergetenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('aanmelden.vergeten.title'));
  const form = useFormulier();
  const [email, setEmail] = useState('');
  const [verstuurd, setVerstuurd] = useState(false);

  return (
    <>
      <PageHeading>{t('aanmelden.vergeten.heading')}</PageHeading>
      {verstuurd ? (
        <>
          <Alert type="info" role="status">
            <Paragraph>{t('aanmelden.vergeten.sent')}</Paragraph>
          </Alert>
          <Paragraph>{t('aanmelden.vergeten.sentMore')}</Paragraph>
          <Paragraph>
            <RouterLink to="/inloggen">{t('aanmelden.vergeten.back')}</RouterLink>
          </Paragraph>
        </>
      ) : (
        <>
          <Paragraph lead>{t('aanmelden.vergeten.intro')}</Paragraph>
          <ErrorSummary errors={form.errors} attempt={form.attempt} />
          <form
            noValidate
            className="kring-form"
            onSubmit={(event) => {
              event.preventDefault();
              void form.submit(
                () =>
                  /^[^\s@]+@[^\s@]+$/.test(email.trim())
                    ? []
                    : [{ field: 'email', message: t('aanmelden.vergeten.emailInvalid') }],
                async () => {
                  await apiSend('POST', '/wachtwoord-herstel', { email });
                  setVerstuurd(true);
                },
                (error) => [
                  {
                    field: 'email',
                    message:
                      statusVan(error) === 429
                        ? t('aanmelden.form.tooMany')
                        : t('aanmelden.form.failed'),
                  },
                ],
              );
            }}
          >
            <TextField
              id="email"
              label={t('aanmelden.login.email')}
              type="email"
              autoComplete="email"
              spellCheck={false}
              value={email}
              onChange={setEmail}
              error={form.errorFor('email')}
            />
            <Button type="submit" appearance="primary-action-button" busy={form.busy}>
              {t('aanmelden.vergeten.submit')}
            </Button>
          </form>
        </>
      )}
    </>
  );
}
