import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMijnMantelzorg } from '../../api/mantelzorg.ts';
import { RouterLink } from '../../components/RouterLink.tsx';
import { BASIS, useMzT } from './MijnOnderdelen.tsx';

/**
 * "Zorgt u voor iemand?" in Mijn Kring: the way in to "Ik zorg voor iemand". It never calls
 * the reader a mantelzorger. When someone says they care for the reader and asks them to
 * confirm, it says so here: the person cared for seldom looks for "Zorgt u voor iemand?".
 * A failed or slow answer just leaves that line out.
 */
export function MijnMantelzorgSectie() {
  const { t } = useMzT();
  const mijn = useMijnMantelzorg();
  const vraag = (mijn.data?.teBevestigen.length ?? 0) > 0;
  return (
    <section aria-labelledby="mk-mantelzorg" id="mantelzorg">
      <Heading2 id="mk-mantelzorg">{t('mantelzorg.sectie.heading')}</Heading2>
      {vraag ? (
        <Paragraph>
          {t('mantelzorg.sectie.vraag')}{' '}
          <RouterLink to={BASIS}>{t('mantelzorg.sectie.vraagLink')}</RouterLink>
        </Paragraph>
      ) : null}
      <Paragraph>{t('mantelzorg.sectie.tekst')}</Paragraph>
      <Paragraph>
        <RouterLink to={BASIS}>{t('mantelzorg.sectie.link')}</RouterLink>
      </Paragraph>
    </section>
  );
}
