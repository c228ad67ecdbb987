import { DataList, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import {
  type Gesprek,
  type Instrument,
  useGesprekken,
  useInstrumenten,
} from '../../api/dossier.ts';
import { KnopLink } from '../../components/formulier/KnopLink.tsx';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { Gegeven, useDatum } from '../loket-werk/onderdelen.tsx';
import { DeelFout, useDosT } from './onderdelen.tsx';
import { Radar, ScoreTabel, useInstrumentTekst } from './Scores.tsx';

/** One conversation in full: who took part, the story, and per part what was said. */
function GesprekDetails({ g, instrument }: { g: Gesprek; instrument: Instrument | undefined }) {
  const { t } = useDosT();
  const { dag } = useDatum();
  const woorden = useInstrumentTekst();
  const metTekst = g.scores.filter((s) => s.notitie || s.zelf || s.netwerk);
  return (
    <details className="kring-dos-details">
      <summary>
        {t('dossier.gesprekken.samenvatting', {
          datum: dag(g.datum),
          plaats: g.plaats || t('dossier.algemeen.leeg'),
        })}
      </summary>
      <DataList className="kring-lw-gegevens" appearance="rows">
        <Gegeven label={t('dossier.gesprek.deelnemers')}>
          {g.deelnemers.map((d) => (d.rol ? `${d.naam} (${d.rol})` : d.naam)).join('\n')}
        </Gegeven>
        <Gegeven label={t('dossier.gesprek.sterktes')}>{g.sterktes}</Gegeven>
        <Gegeven label={t('dossier.gesprek.kanBieden')}>{g.kanBieden}</Gegeven>
        <Gegeven label={t('dossier.gesprek.dromen')}>{g.dromen}</Gegeven>
        <Gegeven label={t('dossier.gesprek.idealeDag')}>{g.idealeDag}</Gegeven>
        <Gegeven label={t('dossier.gesprekken.door')}>{g.door}</Gegeven>
      </DataList>
      {instrument && metTekst.length > 0 ? (
        <DataList className="kring-lw-gegevens" appearance="rows">
          {metTekst.map((s) => {
            const o = instrument.onderdelen.find((x) => x.code === s.onderdeel);
            return (
              <Gegeven key={s.onderdeel} label={o ? woorden.onderdeel(instrument, o) : s.onderdeel}>
                {[
                  woorden.score(instrument, s.score),
                  s.notitie,
                  s.zelf ? t('dossier.gesprekken.zelf', { tekst: s.zelf }) : '',
                  s.netwerk ? t('dossier.gesprekken.netwerk', { tekst: s.netwerk }) : '',
                ]
                  .filter(Boolean)
                  .join('\n')}
              </Gegeven>
            );
          })}
        </DataList>
      ) : null}
    </details>
  );
}

/**
 * The kitchen-table conversations of a person: scores over time per instrument (chart and
 * table), each conversation in full, and the way to record a new one.
 */
export function Gesprekken({ id }: { id: string }) {
  const { t } = useDosT();
  const gesprekken = useGesprekken(id);
  const instrumenten = useInstrumenten();
  const woorden = useInstrumentTekst();
  const lijst = gesprekken.data?.gesprekken ?? [];
  // One chart and table per instrument that was used, in the order of the instrument list.
  const gebruikt = (instrumenten.data?.instrumenten ?? []).filter((i) =>
    lijst.some((g) => g.instrument === i.id),
  );
  return (
    <section aria-labelledby="dos-gesprekken" id="gesprekken">
      <Heading2 id="dos-gesprekken">{t('dossier.gesprekken.heading')}</Heading2>
      <LoadingStatus loading={gesprekken.isPending} />
      {gesprekken.isError ? (
        <DeelFout error={gesprekken.error} onRetry={() => void gesprekken.refetch()} />
      ) : null}
      {instrumenten.isError ? (
        <DeelFout error={instrumenten.error} onRetry={() => void instrumenten.refetch()} />
      ) : null}
      {gesprekken.data && lijst.length === 0 ? (
        <Paragraph>{t('dossier.gesprekken.geen')}</Paragraph>
      ) : null}
      {gebruikt.map((instrument) => {
        const metDit = lijst.filter((g) => g.instrument === instrument.id);
        const sleutel = `dos-scores-${instrument.id}`;
        return (
          <div key={instrument.id}>
            <Heading3 id={`${sleutel}-kop`}>{woorden.naam(instrument)}</Heading3>
            <Radar id={`${sleutel}-grafiek`} instrument={instrument} gesprekken={metDit} />
            <ScoreTabel id={`${sleutel}-tabel`} instrument={instrument} gesprekken={metDit} />
          </div>
        );
      })}
      {lijst.length > 0 ? (
        <>
          <Heading3>{t('dossier.gesprekken.alle')}</Heading3>
          {[...lijst].reverse().map((g) => (
            <GesprekDetails
              key={g.id}
              g={g}
              instrument={instrumenten.data?.instrumenten.find((i) => i.id === g.instrument)}
            />
          ))}
        </>
      ) : null}
      {gesprekken.isSuccess ? (
        <div className="kring-lw-acties">
          <KnopLink to={`/werkplek/personen/${id}/keukentafelgesprek`}>
            {t('dossier.gesprekken.nieuw')}
          </KnopLink>
        </div>
      ) : null}
    </section>
  );
}
