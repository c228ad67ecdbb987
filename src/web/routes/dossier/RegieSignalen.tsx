import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { Levensdomein } from '../../../shared/loket.ts';
import type { Regie } from '../../api/dossier.ts';
import { useDatum } from '../loket-werk/onderdelen.tsx';
import { useDosT } from './onderdelen.tsx';

/** A life domain in words (the server sends codes). */
export function useDomein() {
  const { t } = useDosT();
  return (code: string) => t(`loket.levensdomein.${code as Levensdomein}`);
}

/**
 * Who has regie, and the two signals in words: three or more domains scoring 1–2 (complex,
 * with the advice for professional regie when nobody has it) and two or more professional
 * organisations on one life domain (overlap). Warnings are alerts, not colour alone.
 */
export function RegieSignalen({ regie }: { regie: Regie }) {
  const { t } = useDosT();
  const { dag } = useDatum();
  const domein = useDomein();
  const c = regie.complexiteit;
  return (
    <>
      <Paragraph>
        {regie.regisseur
          ? t('dossier.regie.regisseurIs', regie.regisseur)
          : t('dossier.regie.geenRegisseur')}
      </Paragraph>
      {c === null ? <Paragraph>{t('dossier.regie.nogGeenGesprek')}</Paragraph> : null}
      {c && !c.complex ? (
        <Paragraph>{t('dossier.regie.nietComplex', { datum: dag(c.datum) })}</Paragraph>
      ) : null}
      {c?.complex ? (
        <Alert type="warning">
          <Paragraph>
            <strong>{t('dossier.regie.complexKop')}</strong>{' '}
            {t('dossier.regie.complex', {
              count: c.domeinen.length,
              domeinen: c.domeinen.map(domein).join(', '),
              datum: dag(c.datum),
            })}
          </Paragraph>
          {regie.adviesProfessioneleRegie ? (
            <Paragraph>{t('dossier.regie.advies')}</Paragraph>
          ) : null}
        </Alert>
      ) : null}
      {regie.overlap.length > 0 ? (
        <Alert type="warning">
          <Paragraph>
            <strong>{t('dossier.regie.overlapKop')}</strong> {t('dossier.regie.overlap')}
          </Paragraph>
          <ul className="kring-lw-lijst">
            {regie.overlap.map((o) => (
              <li key={o.levensdomein}>
                {t('dossier.regie.overlapRegel', {
                  domein: domein(o.levensdomein),
                  organisaties: o.organisaties.join(', '),
                })}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </>
  );
}
