import {
  Heading2,
  Paragraph,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useLocation } from 'react-router';
import { type ReceptRegel, type Terugkoppeling, useRecepten } from '../../api/welzijnsrecept.ts';
import { KolomTabel } from '../../components/KolomTabel.tsx';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { Statusmelding, useDatum } from '../loket-werk/onderdelen.tsx';
import { HuisartsPagina, LaadFout, useStatusTekst, useWrhT } from './HuisartsOnderdelen.tsx';

const KOLOMMEN = ['persoon', 'status', 'datum', 'coach', 'terugkoppeling'] as const;

/** A report back of the coach: when, which moment, and the words the person agreed to share. */
export function TerugkoppelingTekst({ terugkoppeling }: { terugkoppeling: Terugkoppeling }) {
  const { t } = useWrhT();
  const { moment } = useDatum();
  return (
    <>
      <span className="kring-wrh-moment">
        {t(`welzijnsreceptHuisarts.moment.${terugkoppeling.moment}`)} ({moment(terugkoppeling.op)})
      </span>
      {terugkoppeling.tekst ? (
        <span className="kring-wrh-terugkoppeling">{terugkoppeling.tekst}</span>
      ) : null}
    </>
  );
}

function Rij({ recept }: { recept: ReceptRegel }) {
  const { t } = useWrhT();
  const status = useStatusTekst();
  const { moment } = useDatum();
  return (
    <TableRow>
      <TableHeaderCell scope="row">
        <RouterLink to={`/werkplek/welzijnsrecept/${recept.id}`}>{recept.persoon.naam}</RouterLink>
      </TableHeaderCell>
      <TableCell>
        {status(recept.status)}
        {recept.teLaat ? (
          <>
            {' '}
            <span className="kring-lw-te-laat">{t('welzijnsreceptHuisarts.lijst.teLaat')}</span>
          </>
        ) : null}
      </TableCell>
      <TableCell>{moment(recept.aangemaaktOp)}</TableCell>
      <TableCell>{recept.coach ?? t('welzijnsreceptHuisarts.lijst.geenCoach')}</TableCell>
      <TableCell>
        {recept.laatsteTerugkoppeling ? (
          <TerugkoppelingTekst terugkoppeling={recept.laatsteTerugkoppeling} />
        ) : (
          t('welzijnsreceptHuisarts.lijst.geenTerugkoppeling')
        )}
      </TableCell>
    </TableRow>
  );
}

function Lijst() {
  const { t } = useWrhT();
  const lijst = useRecepten('verwijzer');
  const recepten = lijst.data?.recepten ?? [];
  return (
    <section aria-labelledby="wrh-lijst">
      <Heading2 id="wrh-lijst">{t('welzijnsreceptHuisarts.lijst.kop')}</Heading2>
      <LoadingStatus loading={lijst.isPending} />
      {lijst.isError ? <LaadFout error={lijst.error} onRetry={() => void lijst.refetch()} /> : null}
      {lijst.data ? (
        <Paragraph>
          {recepten.length === 0
            ? t('welzijnsreceptHuisarts.lijst.leeg')
            : t('welzijnsreceptHuisarts.lijst.aantal', { count: recepten.length })}
        </Paragraph>
      ) : null}
      {recepten.length > 0 ? (
        <KolomTabel
          id="wrh-lijst"
          kolommen={KOLOMMEN.map((k) => t(`welzijnsreceptHuisarts.lijst.kolom.${k}`))}
        >
          {recepten.map((r) => (
            <Rij key={r.id} recept={r} />
          ))}
        </KolomTabel>
      ) : null}
    </section>
  );
}

/** `/werkplek/welzijnsrecept`: the practice's referrals, their status and the reports back. */
export function HuisartsLijstPage() {
  const { t } = useWrhT();
  const melding = (useLocation().state as { melding?: string } | null)?.melding ?? '';
  return (
    <HuisartsPagina
      titel={t('welzijnsreceptHuisarts.lijst.titel')}
      kop={t('welzijnsreceptHuisarts.lijst.heading')}
      intro={t('welzijnsreceptHuisarts.lijst.intro')}
      boven={<Statusmelding tekst={melding} />}
    >
      <Lijst />
    </HuisartsPagina>
  );
}
