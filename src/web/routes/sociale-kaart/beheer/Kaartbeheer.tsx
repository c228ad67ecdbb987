import { Alert, LinkList, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { isIngelogd, useSessie } from '../../../api/sessie.ts';
import { LoadingStatus } from '../../../components/LoadingStatus.tsx';
import { RouterLink, RouterLinkListLink } from '../../../components/RouterLink.tsx';
import { useKaartVertaling } from '../vertaling.ts';
import '../sociale-kaart.css';

export type KaartRol = 'organisatiebeheerder' | 'redacteur';

/** The roles this session has on the sociale kaart. */
export function useKaartRollen(): { laden: boolean; rollen: KaartRol[] } {
  const sessie = useSessie();
  if (sessie.isPending) return { laden: true, rollen: [] };
  if (!isIngelogd(sessie.data)) return { laden: false, rollen: [] };
  const rollen = sessie.data.rollen
    .map((r) => r.rol)
    .filter((r): r is KaartRol => r === 'organisatiebeheerder' || r === 'redacteur');
  return { laden: false, rollen: [...new Set(rollen)] };
}

/** Links between the editing pages, above each of them. */
export function KaartbeheerMenu() {
  const { t } = useKaartVertaling();
  const { rollen } = useKaartRollen();
  return (
    <nav aria-label={t('socialeKaart.beheer.menu')}>
      <LinkList>
        <RouterLinkListLink to="/werkplek/sociale-kaart">
          {t('socialeKaart.beheer.mijnAanbod.titel')}
        </RouterLinkListLink>
        {rollen.includes('redacteur') ? (
          <RouterLinkListLink to="/werkplek/sociale-kaart/moderatie">
            {t('socialeKaart.beheer.moderatie.titel')}
          </RouterLinkListLink>
        ) : null}
        {rollen.includes('redacteur') ? (
          <RouterLinkListLink to="/werkplek/sociale-kaart/import">
            {t('socialeKaart.beheer.import.titel')}
          </RouterLinkListLink>
        ) : null}
      </LinkList>
    </nav>
  );
}

/**
 * Shows the page only to an organisation admin or the editor (as asked); otherwise says in
 * words what is needed. The server checks again on every request.
 */
export function AlleenVoor({ rollen, children }: { rollen: KaartRol[]; children: ReactNode }) {
  const { t } = useKaartVertaling();
  const mijn = useKaartRollen();
  if (mijn.laden) return <LoadingStatus loading />;
  if (!mijn.rollen.some((r) => rollen.includes(r))) {
    return (
      <Alert type="warning">
        <Paragraph>{t('socialeKaart.beheer.geenToegang')}</Paragraph>
        <Paragraph>
          <RouterLink to="/inloggen">{t('socialeKaart.beheer.inloggen')}</RouterLink>
        </Paragraph>
      </Alert>
    );
  }
  return <>{children}</>;
}
