import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { isIngelogd, useSessie } from '../../api/sessie.ts';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';

/** A welzijnscoach: a professional with that functie (the server checks per referral). */
function useIsWelzijnscoach(): boolean {
  const sessie = useSessie();
  return (
    isIngelogd(sessie.data) &&
    sessie.data.rollen.some((r) => r.rol === 'professional' && r.functie === 'welzijnscoach')
  );
}

/**
 * On the werkplek's start page: where the welzijnscoach finds the referrals from GPs. Only
 * for a welzijnscoach (a small file: the start page does not load the coach's pages for it).
 */
export function WelzijnscoachWerkplek() {
  const { t } = useDeelVertaling<'welzijnsreceptCoach'>();
  if (!useIsWelzijnscoach()) return null;
  return (
    <section aria-labelledby="welzijnsrecept-coach">
      <Heading2 id="welzijnsrecept-coach">{t('welzijnsreceptCoach.werkplek.heading')}</Heading2>
      <Paragraph>{t('welzijnsreceptCoach.werkplek.text')}</Paragraph>
      <Paragraph>
        <RouterLink to="/werkplek/welzijnsrecepten">
          {t('welzijnsreceptCoach.werkplek.link')}
        </RouterLink>
      </Paragraph>
    </section>
  );
}

/** On the caseload page, beside "new requests for the wijkteam": the coach's inbox. */
export function WelzijnscoachLink() {
  const { t } = useDeelVertaling<'welzijnsreceptCoach'>();
  if (!useIsWelzijnscoach()) return null;
  return (
    <Paragraph>
      <RouterLink to="/werkplek/welzijnsrecepten">
        {t('welzijnsreceptCoach.caseload.link')}
      </RouterLink>
    </Paragraph>
  );
}
