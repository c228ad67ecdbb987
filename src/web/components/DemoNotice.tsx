import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useGemeente } from '../api/gemeente.ts';

/** On a demo environment everyone must know the data is made up and not to enter real data. */
export function DemoNotice() {
  const { t } = useTranslation();
  const { data } = useGemeente();
  if (!data?.demo) return null;
  return (
    <Alert type="warning" role="note" className="kring-demo-notice">
      <Paragraph>{t('demo.notice')}</Paragraph>
    </Alert>
  );
}
