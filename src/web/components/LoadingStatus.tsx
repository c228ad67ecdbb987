import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/**
 * A polite live region that is always in the page, so screen readers notice when the
 * loading text appears and disappears (a live region added together with its text is
 * often not announced). Empty when nothing is loading.
 */
export function LoadingStatus({ loading }: { loading: boolean }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="kring-loading-status">
      {loading ? <Paragraph className="kring-loading">{t('status.loading')}</Paragraph> : null}
    </div>
  );
}
