import '../loket-werk/loket-werk.css';
import './huisarts.css';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import type { TaakStatus } from '../../../shared/welzijnsrecept.ts';
import { ApiError } from '../../api/client.ts';
import { isIngelogd, useSessie } from '../../api/sessie.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import { Links } from './HuisartsWerkplek.tsx';

/**
 * The typed `t` of the GP's Welzijn op Recept pages and the evaluation. The section also
 * holds the words both sides share: the status labels (`welzijnsreceptHuisarts.status.<code>`),
 * the contact preferences and the wellbeing dimensions.
 */
export const useWrhT = () => useDeelVertaling<'welzijnsreceptHuisarts'>();

/** The status of a referral in words (Dutch B1): "Verstuurd", "Bezig", "Afgerond" … */
export function useStatusTekst(): (status: TaakStatus) => string {
  const { t } = useWrhT();
  return (status) => t(`welzijnsreceptHuisarts.status.${status}`);
}

/** The roles that use these pages, with what the others are told. */
type Publiek = 'huisarts' | 'evaluatie';
const ROLLEN: Record<Publiek, readonly string[]> = {
  huisarts: ['huisarts'],
  evaluatie: ['huisarts', 'beleidsmedewerker'],
};

/** The roles of who is logged in (empty without a full session). */
export function useRollen(): { laden: boolean; rollen: readonly string[] } {
  const sessie = useSessie();
  if (sessie.isPending) return { laden: true, rollen: [] };
  return {
    laden: false,
    rollen: isIngelogd(sessie.data) ? sessie.data.rollen.map((r) => r.rol) : [],
  };
}

/**
 * The page for its audience only (the GP; the evaluation also the beleidsmedewerker);
 * anyone else reads in words what is needed. The server checks again on every request.
 */
function AlleenVoor({ publiek, children }: { publiek: Publiek; children: ReactNode }) {
  const { t } = useWrhT();
  const sessie = useSessie();
  const { pathname } = useLocation();
  if (sessie.isPending) return <LoadingStatus loading />;
  if (!isIngelogd(sessie.data)) {
    return (
      <Alert type="warning">
        <Paragraph>{t('welzijnsreceptHuisarts.toegang.inloggen')}</Paragraph>
        <Paragraph>
          <RouterLink to={`/inloggen?terug=${pathname}`}>
            {t('welzijnsreceptHuisarts.toegang.link')}
          </RouterLink>
        </Paragraph>
      </Alert>
    );
  }
  if (!sessie.data.rollen.some((r) => ROLLEN[publiek].includes(r.rol))) {
    return (
      <Alert type="warning">
        <Paragraph>{t(`welzijnsreceptHuisarts.toegang.${publiek}`)}</Paragraph>
      </Alert>
    );
  }
  return <>{children}</>;
}

/** A failed load: no access or not found in words, anything else with a retry. */
export function LaadFout({
  error,
  onRetry,
  publiek = 'huisarts',
}: {
  error: unknown;
  onRetry: () => void;
  publiek?: Publiek;
}) {
  const { t } = useWrhT();
  const status = error instanceof ApiError ? error.status : 0;
  if (status === 401 || status === 403 || status === 404) {
    return (
      <Alert type="warning">
        <Paragraph>
          {status === 404
            ? t('welzijnsreceptHuisarts.detail.nietGevonden')
            : t(`welzijnsreceptHuisarts.toegang.${publiek}`)}
        </Paragraph>
      </Alert>
    );
  }
  return <ErrorAlert onRetry={onRetry} />;
}

/** Links between the GP's pages; the beleidsmedewerker has only the evaluation. */
export function HuisartsMenu() {
  const { t } = useWrhT();
  const { rollen } = useRollen();
  if (!rollen.includes('huisarts')) return null;
  return (
    <nav aria-label={t('welzijnsreceptHuisarts.menu.label')}>
      <Links huisarts />
    </nav>
  );
}

/**
 * The frame of the GP's pages and the evaluation: the document title, the h1, the
 * introduction and the menu, and the content for the page's audience only.
 */
export function HuisartsPagina({
  titel,
  kop = titel,
  intro,
  publiek = 'huisarts',
  boven,
  children,
}: {
  titel: string;
  kop?: string;
  intro?: ReactNode;
  publiek?: Publiek;
  /** Between the h1 and the menu: a way back, a confirmation. */
  boven?: ReactNode;
  children: ReactNode;
}) {
  useDocumentTitle(titel);
  return (
    <>
      <PageHeading>{kop}</PageHeading>
      {boven}
      {intro ? <Paragraph lead>{intro}</Paragraph> : null}
      <HuisartsMenu />
      <AlleenVoor publiek={publiek}>{children}</AlleenVoor>
    </>
  );
}
