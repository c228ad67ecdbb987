import '../../theme/privacy.css';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

/** Not logged in → say so in words; any other failure → the common error with retry. */
export function LaadFout({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 401) {
    return (
      <Alert type="warning">
        <Paragraph>{t('mijnGegevens.inloggen')}</Paragraph>
      </Alert>
    );
  }
  if (error instanceof ApiError && error.status === 403) {
    return (
      <Alert type="warning">
        <Paragraph>{t('mijnGegevens.geenToegang')}</Paragraph>
      </Alert>
    );
  }
  return <ErrorAlert onRetry={onRetry} />;
}

/** Date and time in the reader's language and time zone. */
export function useDatumTijd() {
  const { i18n } = useTranslation();
  const vorm = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const datum = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    tijd: (iso: string) => vorm.format(new Date(iso)),
    datum: (isoDatum: string) => datum.format(new Date(`${isoDatum}T00:00:00Z`)),
  };
}
