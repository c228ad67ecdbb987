import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../api/client.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useTokenUitFragment } from './tokenUitFragment.ts';

/**
 * The page the verification link opens. Confirming is a button, not automatic: a mail
 * scanner that opens links must not confirm on the person's behalf.
 */
export function EmailBevestigenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('aanmelden.bevestigen.title'));
  const token = useTokenUitFragment();
  const [uitkomst, setUitkomst] = useState<'klaar' | 'fout' | undefined>();
  const [busy, setBusy] = useState(false);

  return (
    <>
      <PageHeading>{t('aanmelden.bevestigen.heading')}</PageHeading>
      <div role="status">
        {uitkomst === 'klaar' ? (
          <Alert type="ok">
            <Paragraph>{t('aanmelden.bevestigen.done')}</Paragraph>
          </Alert>
        ) : null}
        {uitkomst === 'fout' || !token ? (
          <Alert type="warning">
            <Paragraph>{t('aanmelden.bevestigen.badLink')}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {token && !uitkomst ? (
        <>
          <Paragraph lead>{t('aanmelden.bevestigen.intro')}</Paragraph>
          <Button
            appearance="primary-action-button"
            busy={busy}
            onClick={() => {
              setBusy(true);
              apiSend('POST', '/email-verificatie/bevestigen', { token })
                .then(
                  () => setUitkomst('klaar'),
                  () => setUitkomst('fout'),
                )
                .finally(() => setBusy(false));
            }}
          >
            {t('aanmelden.bevestigen.submit')}
          </Button>
        </>
      ) : null}
      <Paragraph>
        <RouterLink to="/account">{t('aanmelden.bevestigen.toAccount')}</RouterLink>
      </Paragraph>
    </>
  );
}
