import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Code,
  Heading2,
  OrderedList,
  OrderedListItem,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  Aangemeld,
  TweedeFactorActief,
  TweedeFactorInstellen,
} from '../../../server/modules/aanmelden/model.ts';
import { apiSend } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ErrorSummary } from '../../components/formulier/ErrorSummary.tsx';
import { TextField } from '../../components/formulier/TextField.tsx';
import { gaatOver, statusVan, useFormulier } from '../../components/formulier/useFormulier.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';

/** SVG as a data URL for an <img>: no inline markup, so the strict CSP stays as it is. */
const svgUrl = (svg: string) => `data:image/svg+xml;base64,${btoa(svg)}`;

/**
 * First login of a staff member: set up an authenticator app (scan the QR code or type the
 * key), confirm with a code, and save the recovery codes, shown only this once.
 */
export function InstellenStap({ onKlaar }: { onKlaar: (a: Aangemeld) => Promise<void> }) {
  const { t } = useTranslation();
  const form = useFormulier();
  const [code, setCode] = useState('');
  const [actief, setActief] = useState<TweedeFactorActief | undefined>();
  // A query, not an effect: React's development double render must not start twice.
  const start = useQuery({
    queryKey: ['tweede-factor-instellen'],
    queryFn: () => apiSend<TweedeFactorInstellen>('POST', '/account/tweede-factor'),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
    // Once active, never again (a refetch after login would be refused).
    enabled: actief === undefined,
  });

  if (actief) {
    return (
      <>
        <PageHeading>{t('aanmelden.instellen.codesHeading')}</PageHeading>
        <Paragraph lead>{t('aanmelden.instellen.codesIntro')}</Paragraph>
        <OrderedList
          className="kring-herstelcodes"
          aria-label={t('aanmelden.instellen.codesLabel')}
        >
          {actief.herstelcodes.map((c) => (
            <OrderedListItem key={c}>
              <Code>{c}</Code>
            </OrderedListItem>
          ))}
        </OrderedList>
        <Paragraph>{t('aanmelden.instellen.codesKeep')}</Paragraph>
        <Button
          appearance="primary-action-button"
          onClick={() => {
            // The codes stay in this component only: not in the shared cache.
            const { herstelcodes: _getoond, ...aangemeld } = actief;
            void onKlaar(aangemeld);
          }}
        >
          {t('aanmelden.instellen.codesDone')}
        </Button>
      </>
    );
  }

  return (
    <>
      <PageHeading>{t('aanmelden.instellen.heading')}</PageHeading>
      <Paragraph lead>{t('aanmelden.instellen.intro')}</Paragraph>
      <LoadingStatus loading={start.isPending} />
      {start.isError ? <ErrorAlert /> : null}
      {start.data ? (
        <>
          <Heading2>{t('aanmelden.instellen.step1')}</Heading2>
          <Paragraph>{t('aanmelden.instellen.step1Text')}</Paragraph>
          <Heading2>{t('aanmelden.instellen.step2')}</Heading2>
          <img
            className="kring-qr"
            src={svgUrl(start.data.qrSvg)}
            alt={t('aanmelden.instellen.qrAlt')}
            width={200}
            height={200}
          />
          <Paragraph>{t('aanmelden.instellen.keyText')}</Paragraph>
          <Paragraph>
            <Code className="kring-sleutel" data-testid="totp-sleutel">
              {start.data.sleutel}
            </Code>
          </Paragraph>
          <Heading2>{t('aanmelden.instellen.step3')}</Heading2>
          <ErrorSummary errors={form.errors} attempt={form.attempt} />
          <form
            noValidate
            className="kring-form"
            onSubmit={(event) => {
              event.preventDefault();
              void form.submit(
                () =>
                  code.trim() ? [] : [{ field: 'code', message: t('aanmelden.code.missing') }],
                async () =>
                  setActief(
                    await apiSend<TweedeFactorActief>(
                      'POST',
                      '/account/tweede-factor/bevestiging',
                      {
                        code,
                      },
                    ),
                  ),
                (error) => {
                  if (statusVan(error) === 429)
                    return [{ field: 'code', message: t('aanmelden.form.tooMany') }];
                  if (gaatOver(error, 'code'))
                    return [{ field: 'code', message: t('aanmelden.code.wrong') }];
                  return [{ field: 'code', message: t('aanmelden.form.failed') }];
                },
              );
            }}
          >
            <TextField
              id="code"
              label={t('aanmelden.code.label')}
              description={t('aanmelden.code.hint')}
              autoComplete="one-time-code"
              inputMode="numeric"
              value={code}
              onChange={setCode}
              error={form.errorFor('code')}
            />
            <Button type="submit" appearance="primary-action-button" busy={form.busy}>
              {t('aanmelden.instellen.submit')}
            </Button>
          </form>
        </>
      ) : null}
    </>
  );
}
