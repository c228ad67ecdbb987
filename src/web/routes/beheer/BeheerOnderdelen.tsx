import '../../theme/beheer.css';
import { Alert, LinkList, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useBeheerSessie } from '../../api/beheer.ts';
import { ApiError } from '../../api/client.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { RouterLinkListLink } from '../../components/RouterLink.tsx';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';

/** Links to the admin's pages (on the beheer start page and above each admin page). */
export function BeheerMenu() {
  const { t } = useTranslation();
  const deel = useDeelVertaling<'mantelzorgConsulent'>().t;
  return (
    <nav aria-label={t('gebruikersbeheer.menu.label')}>
      <LinkList>
        <RouterLinkListLink to="/beheer/accounts">
          {t('gebruikersbeheer.menu.accounts')}
        </RouterLinkListLink>
        <RouterLinkListLink to="/beheer/organisaties">
          {t('gebruikersbeheer.menu.organisaties')}
        </RouterLinkListLink>
        <RouterLinkListLink to="/beheer/inlogdiensten">
          {t('gebruikersbeheer.menu.inlogdiensten')}
        </RouterLinkListLink>
        <RouterLinkListLink to="/beheer/loket">{t('voordeur.beheer.heading')}</RouterLinkListLink>
        <RouterLinkListLink to="/werkplek/mantelzorg/waarderingsrondes">
          {deel('mantelzorgConsulent.beheerLink')}
        </RouterLinkListLink>
        <RouterLinkListLink to="/werkplek/draaglast/instrument">
          {deel('mantelzorgConsulent.draaglastBeheerLink')}
        </RouterLinkListLink>
      </LinkList>
    </nav>
  );
}

/**
 * Shows the page only to a logged-in functioneel-beheerder (or platform admin); otherwise
 * says in words what is needed. The server checks again on every request.
 */
export function AlleenBeheerder({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const sessie = useBeheerSessie();
  if (sessie.isPending) return <LoadingStatus loading />;
  const magHet =
    sessie.data &&
    (sessie.data.account.platformbeheerder ||
      sessie.data.rollen.some((r) => r.rol === 'functioneel-beheerder')) &&
    (!sessie.data.mfaNodig || sessie.data.mfaVoldaan);
  if (!magHet) {
    const nietIngelogd = sessie.error instanceof ApiError && sessie.error.status === 401;
    return (
      <Alert type="warning">
        <Paragraph>
          {nietIngelogd
            ? t('gebruikersbeheer.toegang.inloggen')
            : t('gebruikersbeheer.toegang.geen')}
        </Paragraph>
      </Alert>
    );
  }
  return <>{children}</>;
}

/** The error summary of a form: what is wrong, in the user's language. */
export function FormFouten({ fouten }: { fouten: string[] }) {
  const { t } = useTranslation();
  if (fouten.length === 0) return null;
  return (
    <Alert type="error">
      <Paragraph>{t('gebruikersbeheer.fout.titel')}</Paragraph>
      <ul>
        {fouten.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
    </Alert>
  );
}
