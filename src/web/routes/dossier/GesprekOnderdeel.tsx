import { Heading3 } from '@utrecht/component-library-react';
import type { Instrument } from '../../api/dossier.ts';
import type { FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { KeuzeGroep } from '../../components/formulier/KeuzeGroep.tsx';
import { Tekstvak } from '../../components/formulier/Tekstvak.tsx';
import { foutVoor, useDosT } from './onderdelen.tsx';
import { useInstrumentTekst } from './Scores.tsx';

/** What is said about one part of the instrument in a kitchen-table conversation. */
export interface ScoreStaat {
  /** A step of the scale as text, or 'geen': not discussed. */
  score: string;
  notitie: string;
  zelf: string;
  netwerk: string;
}

export const LEEG: ScoreStaat = { score: 'geen', notitie: '', zelf: '', netwerk: '' };

/** The ids of a part's fields (the error summary links to them). */
export const scoreVeld = (code: string) => `kg-score-${code}`;
export const tekstVeld = (code: string, deel: 'notitie' | 'zelf' | 'netwerk') =>
  `kg-${deel}-${code}`;

/** One part of the instrument: the score as a radio group with the scale's words, and notes. */
export function Onderdeel({
  instrument,
  onderdeel,
  staat,
  fouten,
  onChange,
}: {
  instrument: Instrument;
  onderdeel: Instrument['onderdelen'][number];
  staat: ScoreStaat;
  fouten: FieldError[];
  onChange: (deel: Partial<ScoreStaat>) => void;
}) {
  const { t } = useDosT();
  const woorden = useInstrumentTekst();
  const naam = woorden.onderdeel(instrument, onderdeel);
  const stappen = Array.from(
    { length: instrument.schaal.max - instrument.schaal.min + 1 },
    (_, i) => instrument.schaal.min + i,
  );
  const verborgen = <span className="kring-visually-hidden"> ({naam})</span>;
  return (
    <section aria-labelledby={`kg-kop-${onderdeel.code}`} className="kring-lw-kaart">
      <Heading3 id={`kg-kop-${onderdeel.code}`} lang={woorden.lang(instrument)}>
        {naam}
      </Heading3>
      <KeuzeGroep
        id={scoreVeld(onderdeel.code)}
        soort="radio"
        legend={t('dossier.gesprek.score', { onderdeel: naam })}
        hint={woorden.uitleg(instrument, onderdeel) || undefined}
        fout={foutVoor(fouten, scoreVeld(onderdeel.code))}
        opties={[
          ...stappen.map((s) => ({ waarde: String(s), label: woorden.score(instrument, s) })),
          { waarde: 'geen', label: t('dossier.gesprek.nietBesproken') },
        ]}
        gekozen={[staat.score]}
        onChange={([score]) => score && onChange({ score })}
      />
      <Tekstvak
        id={tekstVeld(onderdeel.code, 'notitie')}
        label={
          <>
            {t('dossier.gesprek.notitie')}
            {verborgen}
          </>
        }
        fout={foutVoor(fouten, tekstVeld(onderdeel.code, 'notitie'))}
        waarde={staat.notitie}
        onChange={(notitie) => onChange({ notitie })}
        rijen={2}
      />
      <Tekstvak
        id={tekstVeld(onderdeel.code, 'zelf')}
        label={
          <>
            {t('dossier.gesprek.zelf')}
            {verborgen}
          </>
        }
        fout={foutVoor(fouten, tekstVeld(onderdeel.code, 'zelf'))}
        waarde={staat.zelf}
        onChange={(zelf) => onChange({ zelf })}
        rijen={2}
      />
      <Tekstvak
        id={tekstVeld(onderdeel.code, 'netwerk')}
        label={
          <>
            {t('dossier.gesprek.netwerk')}
            {verborgen}
          </>
        }
        fout={foutVoor(fouten, tekstVeld(onderdeel.code, 'netwerk'))}
        waarde={staat.netwerk}
        onChange={(netwerk) => onChange({ netwerk })}
        rijen={2}
      />
    </section>
  );
}
