import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { type Ronde, useCodebrieven } from '../../api/mantelzorg-consulent.ts';
import { KeuzeGroep } from '../../components/formulier/KeuzeGroep.tsx';
import { useFormulier } from '../../components/formulier/useFormulier.ts';
import { CoachFormulier, mislukt, vandaag } from '../welzijnsrecept/CoachOnderdelen.tsx';
import { uitlegOfMislukt, useMzcT } from './ConsulentOnderdelen.tsx';

const NAAM = 'mzc-codebrieven';

/**
 * "Brieven met code": for the carers of the steunpunt without a Kring account, a letter each
 * with a one-time code to apply with (one PDF to print; e-mailed too where the steunpunt has
 * the address). Only for a campaign in which carers apply.
 */
export function ConsulentCodebrieven({
  ronde,
  onMelding,
}: {
  ronde: Ronde;
  onMelding: (tekst: string) => void;
}) {
  const { t } = useMzcT();
  const brieven = useCodebrieven();
  const formulier = useFormulier();
  const [opnieuw, setOpnieuw] = useState(false);
  if (ronde.wieMagAanvragen === 'zorgvrager' || ronde.deadline < vandaag()) return null;
  const verstuur = () =>
    formulier.submit(
      () => [],
      async () => {
        await brieven.mutateAsync({ rondeId: ronde.id, opnieuw });
        setOpnieuw(false);
        onMelding(t('mantelzorgConsulent.codebrieven.gemaakt'));
      },
      (error) => uitlegOfMislukt(error, mislukt(NAAM, t('mantelzorgConsulent.algemeen.mislukt'))),
    );
  return (
    <section aria-labelledby={`${NAAM}-kop`}>
      <Heading2 id={`${NAAM}-kop`}>{t('mantelzorgConsulent.codebrieven.kop')}</Heading2>
      <Paragraph>{t('mantelzorgConsulent.codebrieven.uitleg')}</Paragraph>
      <Paragraph>{t('mantelzorgConsulent.codebrieven.email')}</Paragraph>
      <CoachFormulier
        naam={NAAM}
        labelledBy={`${NAAM}-kop`}
        formulier={formulier}
        onVerstuur={() => void verstuur()}
        knop={t('mantelzorgConsulent.codebrieven.knop')}
        hoofdknop={false}
      >
        <KeuzeGroep
          id={`${NAAM}-opnieuw`}
          soort="checkbox"
          legend={t('mantelzorgConsulent.codebrieven.opnieuwLegend')}
          hint={t('mantelzorgConsulent.codebrieven.opnieuwHint')}
          opties={[{ waarde: 'ja', label: t('mantelzorgConsulent.codebrieven.opnieuw') }]}
          gekozen={opnieuw ? ['ja'] : []}
          onChange={(g) => setOpnieuw(g.length > 0)}
        />
      </CoachFormulier>
    </section>
  );
}
