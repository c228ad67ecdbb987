import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { isIngelogd, useSessie } from '../../api/sessie.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import { RegistratieFormulier } from './RegistratieFormulier.tsx';
import { metTerug, terugUit } from './terug.ts';

/**
 * "Account maken" for residents: name, e-mail and a password. Afterwards the resident goes
 * back where they came from (`?terug=`, a path on this site only) or to Mijn Kring.
 */
export function AccountMakenPagina() {
  const { t } = useDeelVertaling<'registreren'>();
  useDocumentTitle(t('registreren.title'));
  const navigate = useNavigate();
  const terug = terugUit(useLocation().search);
  const sessie = useSessie();
  const nieuw = useRef(false);

  if (sessie.isPending) return <PageSkeleton />;
  if (isIngelogd(sessie.data) && !nieuw.current) {
    return (
      <>
        <PageHeading>{t('registreren.heading')}</PageHeading>
        <Alert type="info">
          <Paragraph>{t('registreren.alIngelogd', { naam: sessie.data.account.naam })}</Paragraph>
        </Alert>
        <Paragraph>
          <RouterLink to={terug ?? '/mijn-kring'}>{t('registreren.verder')}</RouterLink>
        </Paragraph>
      </>
    );
  }
  return (
    <>
      <PageHeading>{t('registreren.heading')}</PageHeading>
      <Paragraph lead>{t('registreren.intro')}</Paragraph>
      <RegistratieFormulier
        knop={t('registreren.knop')}
        terug={terug}
        onBegin={() => {
          nieuw.current = true;
        }}
        onKlaar={async () => {
          await navigate(terug ?? '/mijn-kring');
        }}
      />
      <Paragraph>
        {t('registreren.alAccount')}{' '}
        <RouterLink to={metTerug('/inloggen', terug)}>{t('registreren.inloggen')}</RouterLink>
      </Paragraph>
    </>
  );
}
