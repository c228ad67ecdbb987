import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Paragraph,
  Strong,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { type Readiness, useReadiness } from '../api/ready.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

function Checks({ readiness }: { readiness: Readiness }) {
  const { t } = useTranslation();
  if (!readiness.ready) {
    const detail = readiness.problem?.detail;
    return detail ? <Paragraph>{t('beheer.ready.serverSays', { detail })}</Paragraph> : null;
  }
  const word = (value: string | undefined) =>
    value === 'ok' ? t('beheer.ready.ok') : t('beheer.ready.notOk');
  return (
    <DataList appearance="rows">
      <DataListItem>
        <DataListKey>{t('beheer.ready.database')}</DataListKey>
        <DataListValue>{word(readiness.body.database)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('beheer.ready.migrations')}</DataListKey>
        <DataListValue>{word(readiness.body.migraties)}</DataListValue>
      </DataListItem>
    </DataList>
  );
}

/**
 * Live readiness from `GET /api/v1/ready`, in words — never only a colour or an icon.
 * The sentence sits in a polite live region, so a change (ready ↔ not ready) is announced;
 * the time of the last check stays outside it, or it would be read out every 30 seconds.
 */
export function ReadyStatus() {
  const { t, i18n } = useTranslation();
  const ready = useReadiness();
  const time = new Intl.DateTimeFormat(i18n.resolvedLanguage, { timeStyle: 'medium' });

  let sentence = t('beheer.ready.checking');
  if (ready.data)
    sentence = ready.data.ready ? t('beheer.ready.ready') : t('beheer.ready.notReady');

  return (
    <>
      <div role="status" className="kring-ready">
        <Paragraph className={ready.data?.ready === false ? 'kring-ready--not' : undefined}>
          <Strong>{sentence}</Strong>
        </Paragraph>
      </div>
      {ready.isError ? <ErrorAlert onRetry={() => void ready.refetch()} /> : null}
      {ready.data ? <Checks readiness={ready.data} /> : null}
      {ready.dataUpdatedAt > 0 ? (
        <Paragraph small>
          {t('beheer.ready.checkedAt', { time: time.format(ready.dataUpdatedAt) })}
        </Paragraph>
      ) : null}
      <Button
        appearance="secondary-action-button"
        busy={ready.isFetching}
        onClick={() => void ready.refetch()}
      >
        {t('beheer.ready.checkAgain')}
      </Button>
    </>
  );
}
