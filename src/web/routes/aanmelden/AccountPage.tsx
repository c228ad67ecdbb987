import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  Gebeurtenis,
  MijnAccount,
  SessieInfo,
} from '../../../server/modules/aanmelden/model.ts';
import { apiGet, apiSend } from '../../api/client.ts';
import { isIngelogd, useSessie } from '../../api/sessie.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';

function useTijd() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage, {
    dateStyle: 'long',
    timeStyle: 'short',
  });
  return (iso: string) => format.format(new Date(iso));
}

/** The own account: details, second factor, open sessions (end one), recent logins. */
export function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('aanmelden.account.title'));
  const sessie = useSessie();
  const ingelogd = isIngelogd(sessie.data);

  return (
    <>
      <PageHeading>{t('aanmelden.account.heading')}</PageHeading>
      <LoadingStatus loading={sessie.isPending} />
      {sessie.isError ? <ErrorAlert onRetry={() => void sessie.refetch()} /> : null}
      {!sessie.isPending && !ingelogd ? (
        <Paragraph>
          {t('aanmelden.account.loginFirst')}{' '}
          <RouterLink to="/inloggen">{t('aanmelden.header.login')}</RouterLink>
        </Paragraph>
      ) : null}
      {ingelogd ? <AccountInhoud /> : null}
    </>
  );
}

function AccountInhoud() {
  const { t } = useTranslation();
  const account = useQuery({
    queryKey: ['account'],
    queryFn: ({ signal }) => apiGet<MijnAccount>('/account', signal),
  });
  const [verificatie, setVerificatie] = useState<'verstuurd' | 'fout' | undefined>();
  const data = account.data;

  return (
    <>
      <LoadingStatus loading={account.isPending} />
      {account.isError ? <ErrorAlert onRetry={() => void account.refetch()} /> : null}
      {data ? (
        <section aria-labelledby="gegevens">
          <Heading2 id="gegevens">{t('aanmelden.account.details')}</Heading2>
          <DataList appearance="rows">
            <DataListItem>
              <DataListKey>{t('aanmelden.account.name')}</DataListKey>
              <DataListValue notranslate>{data.naam}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('aanmelden.account.email')}</DataListKey>
              <DataListValue notranslate>
                {data.email ?? t('aanmelden.account.noEmail')}
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('aanmelden.account.verified')}</DataListKey>
              <DataListValue>
                {data.emailGeverifieerd
                  ? t('aanmelden.account.yes')
                  : t('aanmelden.account.notYet')}
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('aanmelden.account.mfa')}</DataListKey>
              <DataListValue>
                {data.tweedeFactor.actief
                  ? t('aanmelden.account.mfaOn', { count: data.tweedeFactor.herstelcodesOver })
                  : t('aanmelden.account.mfaOff')}
              </DataListValue>
            </DataListItem>
          </DataList>
          {!data.emailGeverifieerd && data.email ? (
            <>
              <div role="status">
                {verificatie === 'verstuurd' ? (
                  <Paragraph>{t('aanmelden.account.verifySent')}</Paragraph>
                ) : null}
                {verificatie === 'fout' ? (
                  <Paragraph>{t('aanmelden.form.failed')}</Paragraph>
                ) : null}
              </div>
              <Button
                appearance="secondary-action-button"
                onClick={() =>
                  apiSend('POST', '/email-verificatie').then(
                    () => setVerificatie('verstuurd'),
                    () => setVerificatie('fout'),
                  )
                }
              >
                {t('aanmelden.account.verifySend')}
              </Button>
            </>
          ) : null}
        </section>
      ) : null}
      <Sessies />
      <Gebeurtenissen />
    </>
  );
}

function Sessies() {
  const { t } = useTranslation();
  const tijd = useTijd();
  const client = useQueryClient();
  const sessies = useQuery({
    queryKey: ['account', 'sessies'],
    queryFn: ({ signal }) => apiGet<{ sessies: SessieInfo[] }>('/account/sessies', signal),
  });
  const [melding, setMelding] = useState('');

  const beeindig = async (id: string) => {
    try {
      await apiSend('DELETE', `/account/sessies/${id}`);
      setMelding(t('aanmelden.account.sessionEnded'));
    } catch {
      setMelding(t('aanmelden.form.failed'));
    }
    await client.invalidateQueries({ queryKey: ['account'] });
  };

  return (
    <section aria-labelledby="sessies">
      <Heading2 id="sessies">{t('aanmelden.account.sessions')}</Heading2>
      <Paragraph>{t('aanmelden.account.sessionsIntro')}</Paragraph>
      <div role="status">{melding ? <Paragraph>{melding}</Paragraph> : null}</div>
      <LoadingStatus loading={sessies.isPending} />
      {sessies.isError ? <ErrorAlert onRetry={() => void sessies.refetch()} /> : null}
      {sessies.data ? (
        <UnorderedList className="kring-sessies">
          {sessies.data.sessies.map((s) => (
            <UnorderedListItem key={s.id}>
              <Paragraph>
                {s.huidige
                  ? t('aanmelden.account.thisSession')
                  : t('aanmelden.account.otherSession')}{' '}
                {t('aanmelden.account.since', {
                  start: tijd(s.aangemaaktOp),
                  last: tijd(s.laatstActiefOp),
                })}
              </Paragraph>
              {s.huidige ? null : (
                <Button appearance="secondary-action-button" onClick={() => void beeindig(s.id)}>
                  {t('aanmelden.account.end', { start: tijd(s.aangemaaktOp) })}
                </Button>
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
    </section>
  );
}

const SOORTEN = [
  'inloggen',
  'uitloggen',
  'tweede-factor',
  'herstelcode',
  'tweede-factor-instellen',
  'blokkade',
  'wachtwoord-wijzigen',
  'wachtwoord-herstel-aanvraag',
  'wachtwoord-herstel',
  'email-verificatie',
  'sessie-beeindigd',
] as const;

function Gebeurtenissen() {
  const { t } = useTranslation();
  const tijd = useTijd();
  const lijst = useQuery({
    queryKey: ['account', 'gebeurtenissen'],
    queryFn: ({ signal }) =>
      apiGet<{ gebeurtenissen: Gebeurtenis[] }>('/account/authenticatie-gebeurtenissen', signal),
  });
  const soort = (s: string) =>
    (SOORTEN as readonly string[]).includes(s)
      ? t(`aanmelden.soort.${s as (typeof SOORTEN)[number]}`)
      : s;

  return (
    <section aria-labelledby="gebeurtenissen">
      <Heading2 id="gebeurtenissen">{t('aanmelden.account.events')}</Heading2>
      <Paragraph>{t('aanmelden.account.eventsIntro')}</Paragraph>
      <LoadingStatus loading={lijst.isPending} />
      {lijst.isError ? <ErrorAlert onRetry={() => void lijst.refetch()} /> : null}
      {lijst.data ? (
        <UnorderedList className="kring-gebeurtenissen">
          {lijst.data.gebeurtenissen.map((g) => (
            <UnorderedListItem key={g.id}>
              {t('aanmelden.account.event', {
                when: tijd(g.op),
                what: soort(g.soort),
                outcome: t(`aanmelden.uitkomst.${g.uitkomst}`),
              })}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
    </section>
  );
}
