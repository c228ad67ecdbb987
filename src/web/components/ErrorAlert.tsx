import { Alert, Button, Paragraph, Strong } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/**
 * What a user sees when the server cannot give us data: plain words in their language,
 * never a status code or server text, and a way to try again. The Alert's role="alert"
 * makes screen readers announce it at once. No heading: it can sit under any heading level.
 */
export function ErrorAlert({ onRetry }: { onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert type="error">
      <Paragraph>
        <Strong>{t('status.error.title')}</Strong>
      </Paragraph>
      <Paragraph>{t('status.error.text')}</Paragraph>
      {onRetry ? (
        <Button appearance="secondary-action-button" onClick={onRetry}>
          {t('status.error.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}
