import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Aangemeld } from '../../../server/modules/aanmelden/model.ts';
import { apiSend } from '../../api/client.ts';
import { ErrorSummary } from '../../components/formulier/ErrorSummary.tsx';
import { TextField } from '../../components/formulier/TextField.tsx';
import { gaatOver, statusVan, useFormulier } from '../../components/formulier/useFormulier.ts';
import { PageHeading } from '../../components/PageHeading.tsx';

/** The second factor: the 6-digit code from the app, or — without the phone — a recovery code. */
export function CodeStap({ onKlaar }: { onKlaar: (a: Aangemeld) => Promise<void> }) {
  const { t } = useTranslation();
  const form = useFormulier();
  const [herstel, setHerstel] = useState(false);
  const [waarde, setWaarde] = useState('');
  const veld = herstel ? 'herstelcode' : 'code';

  return (
    <>
      <PageHeading>{t('aanmelden.code.heading')}</PageHeading>
      <Paragraph lead>
        {herstel ? t('aanmelden.code.recoveryIntro') : t('aanmelden.code.intro')}
      </Paragraph>
      <ErrorSummary errors={form.errors} attempt={form.attempt} />
      <form
        noValidate
        className="kring-form"
        onSubmit={(event) => {
          event.preventDefault();
          void form.submit(
            () => (waarde.trim() ? [] : [{ field: veld, message: t('aanmelden.code.missing') }]),
            async () =>
              onKlaar(
                await apiSend<Aangemeld>('POST', '/sessies/huidige/tweede-factor', {
                  [veld]: waarde,
                }),
              ),
            (error) => {
              if (statusVan(error) === 429)
                return [{ field: veld, message: t('aanmelden.form.tooMany') }];
              if (gaatOver(error, veld))
                return [{ field: veld, message: t('aanmelden.code.wrong') }];
              return [{ field: veld, message: t('aanmelden.form.failed') }];
            },
          );
        }}
      >
        {herstel ? (
          <TextField
            key="herstelcode"
            id="herstelcode"
            label={t('aanmelden.code.recoveryLabel')}
            description={t('aanmelden.code.recoveryHint')}
            autoComplete="off"
            spellCheck={false}
            value={waarde}
            onChange={setWaarde}
            error={form.errorFor('herstelcode')}
          />
        ) : (
          <TextField
            key="code"
            id="code"
            label={t('aanmelden.code.label')}
            description={t('aanmelden.code.hint')}
            autoComplete="one-time-code"
            inputMode="numeric"
            value={waarde}
            onChange={setWaarde}
            error={form.errorFor('code')}
          />
        )}
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('aanmelden.code.submit')}
        </Button>
      </form>
      <Paragraph>
        <Button
          appearance="subtle-button"
          onClick={() => {
            setHerstel(!herstel);
            setWaarde('');
          }}
        >
          {herstel ? t('aanmelden.code.useApp') : t('aanmelden.code.useRecovery')}
        </Button>
      </Paragraph>
    </>
  );
}
