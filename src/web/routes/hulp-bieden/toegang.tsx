import type { ReactNode } from 'react';
import { isIngelogd, useSessie } from '../../api/sessie.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { Melding, useHbT } from './onderdelen.tsx';

/**
 * Signing up needs an account: the coordinator must be able to reach the volunteer, and the
 * volunteer sees proposals in Mijn Kring. Logged out, the page says so with both ways in.
 */
export function AlleenIngelogd({ terug, children }: { terug: string; children: ReactNode }) {
  const { t } = useHbT();
  const sessie = useSessie();
  if (sessie.isPending) {
    return (
      <>
        <PageHeading>{t('hulpBieden.start.heading')}</PageHeading>
        <LoadingStatus loading />
      </>
    );
  }
  if (!isIngelogd(sessie.data)) {
    return (
      <>
        <PageHeading>{t('hulpBieden.start.accountHeading')}</PageHeading>
        <Melding>{t('hulpBieden.algemeen.nietIngelogd')}</Melding>
        <InloggenLinks terug={terug} />
      </>
    );
  }
  return <>{children}</>;
}

/** Make an account or log in, and come back here afterwards (`?terug=`, a path only). */
export function InloggenLinks({ terug }: { terug: string }) {
  const { t } = useHbT();
  return (
    <ul className="kring-hb-acties kring-hb-linklijst">
      <li>
        <RouterLink to={`/account-maken?terug=${terug}`}>
          {t('hulpBieden.start.accountMaken')}
        </RouterLink>
      </li>
      <li>
        <RouterLink to={`/inloggen?terug=${terug}`}>{t('hulpBieden.start.inloggen')}</RouterLink>
      </li>
    </ul>
  );
}
