import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isIngelogd, useSessie, useUitloggen } from '../api/sessie.ts';
import { RouterLink } from './RouterLink.tsx';

/** The residents' roles (accounts/model.ts INWONER_ROLLEN): they have a Mijn Kring. */
const INWONER_ROLLEN = new Set(['inwoner', 'vrijwilliger', 'mantelzorger']);

/**
 * In the header: "Inloggen", or who is logged in with a link to the account, "Mijn Kring"
 * for residents, and "Uitloggen".
 */
export function SessieLinks() {
  const { t } = useTranslation();
  const sessie = useSessie();
  const uitloggen = useUitloggen();
  const navigate = useNavigate();
  if (sessie.isPending) return null;
  if (!isIngelogd(sessie.data)) {
    return (
      <div className="kring-sessie-links">
        <RouterLink to="/inloggen">{t('aanmelden.header.login')}</RouterLink>
      </div>
    );
  }
  return (
    <div className="kring-sessie-links">
      {sessie.data.rollen.some((r) => INWONER_ROLLEN.has(r.rol)) ? (
        <RouterLink to="/mijn-kring">{t('aanmelden.header.mijnKring')}</RouterLink>
      ) : null}
      <RouterLink to="/account">{sessie.data.account.naam}</RouterLink>
      <Button appearance="subtle-button" onClick={() => void uitloggen().then(() => navigate('/'))}>
        {t('aanmelden.header.logout')}
      </Button>
    </div>
  );
}
