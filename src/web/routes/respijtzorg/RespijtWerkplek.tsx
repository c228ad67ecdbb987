import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { isIngelogd, useSessie } from '../../api/sessie.ts';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';

/**
 * On the werkplek's start page: where staff of a day-activity or short-stay provider find the
 * carers' requests sent to their organisation. For every professional of an organisation: the
 * web does not know which ones offer respite (the server shows each only its own requests).
 */
export function RespijtWerkplek() {
  const { t } = useDeelVertaling<'respijtzorg'>();
  const sessie = useSessie();
  const bijOrganisatie =
    isIngelogd(sessie.data) &&
    sessie.data.rollen.some((r) => r.rol === 'professional' && r.organisatieId);
  if (!bijOrganisatie) return null;
  return (
    <section aria-labelledby="respijtzorg-werkplek">
      <Heading2 id="respijtzorg-werkplek">{t('respijtzorg.werkplek.heading')}</Heading2>
      <Paragraph>{t('respijtzorg.werkplek.text')}</Paragraph>
      <Paragraph>
        <RouterLink to="/werkplek/respijtzorg">{t('respijtzorg.werkplek.link')}</RouterLink>
      </Paragraph>
    </section>
  );
}
