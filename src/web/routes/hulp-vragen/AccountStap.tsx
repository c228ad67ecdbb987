import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { lazy, Suspense, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import { metTerug } from '../registreren/terug.ts';
import { useVerzendFouten } from './ControlerenPagina.tsx';
import { DeelSkeleton } from './DeelSkeleton.tsx';
import { useHulpVragen } from './HulpVragenPagina.tsx';

const TERUG = '/hulp-vragen/controleren';

// Only a resident without an account gets here: its form loads with this page, not before.
const RegistratieFormulier = lazy(() =>
  import('../registreren/RegistratieFormulier.tsx').then((m) => ({
    default: m.RegistratieFormulier,
  })),
);

/**
 * Without a login, sending needs an account: make one here (the answers are sent at once)
 * or log in — with a password or, when the gemeente offers it, DigiD-like login — and come
 * back to the check page, where the answers of this tab are waiting.
 */
export function AccountStap() {
  const { t } = useDeelVertaling<'hulpVragen'>();
  useDocumentTitle(t('hulpVragen.account.title'));
  const staat = useHulpVragen();
  const navigate = useNavigate();
  const verzendFouten = useVerzendFouten();
  const [registreert, setRegistreert] = useState(false);

  // Consent is given on the check page, in this visit; logged in, the check page sends.
  if (!staat.toestemming || (staat.ingelogd && !registreert)) {
    return <Navigate to={TERUG} replace />;
  }
  if (staat.ingelogd) {
    return (
      <>
        <PageHeading>{t('hulpVragen.account.bezig')}</PageHeading>
        <DeelSkeleton />
      </>
    );
  }
  return (
    <>
      <Paragraph>
        <RouterLink to={TERUG} className="kring-hv-terug">
          {t('hulpVragen.terug')}
        </RouterLink>
      </Paragraph>
      <PageHeading>{t('hulpVragen.account.heading')}</PageHeading>
      <Paragraph lead>{t('hulpVragen.account.intro')}</Paragraph>
      <Paragraph>{t('hulpVragen.account.waarom')}</Paragraph>
      <section aria-labelledby="hv-account-maken">
        <Heading2 id="hv-account-maken">{t('hulpVragen.account.maken')}</Heading2>
        <Suspense fallback={<DeelSkeleton />}>
          <RegistratieFormulier
            beginEmail={staat.invul.eMailadres}
            knop={t('hulpVragen.account.knop')}
            terug={TERUG}
            onBegin={() => setRegistreert(true)}
            onKlaar={async () => {
              try {
                await staat.verstuur();
                await navigate('/hulp-vragen/verstuurd');
              } catch (error) {
                // The account is there; the check page shows what is missing.
                verzendFouten(error);
                setRegistreert(false);
              }
            }}
          />
        </Suspense>
      </section>
      <section aria-labelledby="hv-inloggen">
        <Heading2 id="hv-inloggen">{t('hulpVragen.account.alAccount')}</Heading2>
        <Paragraph>{t('hulpVragen.account.inloggenTekst')}</Paragraph>
        <Paragraph>
          <RouterLink to={metTerug('/inloggen', TERUG)}>
            {t('hulpVragen.account.inloggen')}
          </RouterLink>
        </Paragraph>
      </section>
    </>
  );
}
