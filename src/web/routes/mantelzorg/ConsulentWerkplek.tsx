import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { isIngelogd, useSessie } from '../../api/sessie.ts';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';

/**
 * On the werkplek's start page: the way to mantelzorg, only for a professional with functie
 * mantelzorgconsulent (a small file: the start page does not load the consulent's pages).
 */
export function MantelzorgConsulentWerkplek() {
  const { t } = useDeelVertaling<'mantelzorgConsulent'>();
  const sessie = useSessie();
  const consulent =
    isIngelogd(sessie.data) &&
    sessie.data.rollen.some((r) => r.rol === 'professional' && r.functie === 'mantelzorgconsulent');
  if (!consulent) return null;
  return (
    <section aria-labelledby="mantelzorg-consulent">
      <Heading2 id="mantelzorg-consulent">{t('mantelzorgConsulent.werkplek.heading')}</Heading2>
      <Paragraph>{t('mantelzorgConsulent.werkplek.text')}</Paragraph>
      <Paragraph>
        <RouterLink to="/werkplek/mantelzorg">{t('mantelzorgConsulent.werkplek.link')}</RouterLink>
      </Paragraph>
      <Paragraph>
        <RouterLink to="/werkplek/draaglast">
          {t('mantelzorgConsulent.werkplek.draaglast')}
        </RouterLink>
      </Paragraph>
    </section>
  );
}
