import { TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { type Koppeling, useKoppelingen } from '../../api/loketWerk.ts';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import { KoppelingStappen } from './KoppelingStappen.tsx';
import {
  LijstPagina,
  Lijst as LoketLijst,
  Statusmelding,
  useDatum,
  useLwT,
  wachtOpVan,
} from './onderdelen.tsx';

const KOLOMMEN = [
  'inwoner',
  'vrijwilliger',
  'status',
  'wachtOp',
  'afstand',
  'gemaakt',
  'acties',
] as const;

/** The status with what needs attention in words: stuck, ended why, the evaluations. */
function StatusCel({ k }: { k: Koppeling }) {
  const { t } = useDeelVertaling<'loketWerk' | 'loket' | 'koppelingVervolg'>();
  return (
    <TableCell>
      {t(`loketWerk.koppelingStatus.${k.status}`)}
      {k.bron === 'optimalisatie' ? ` (${t('loketWerk.koppelingen.optimalisatie')})` : ''}
      {k.looptVast ? (
        <>
          <br />
          <span className="kring-lw-signaal">
            {t('loketWerk.koppelingen.looptVast', { dagen: k.wachtDagen })}
          </span>
        </>
      ) : null}
      {k.eindeReden ? (
        <>
          <br />
          {t('loketWerk.koppelingen.einde', {
            reden: t(`koppelingVervolg.eindeReden.${k.eindeReden}`),
          })}
        </>
      ) : null}
      {k.evaluatieGevraagdOp && k.evaluaties.length === 0 ? (
        <>
          <br />
          {t('loketWerk.koppelingen.evaluatieGevraagd')}
        </>
      ) : null}
      {k.evaluaties.map((e) => (
        <span key={e.kant}>
          <br />
          {t('loketWerk.koppelingen.evaluatie', {
            kant: t(`loketWerk.koppelingen.kant.${e.kant}`),
            oordeel: t(`koppelingVervolg.oordeel.${e.oordeel}`),
            doorgaan: e.doorgaan
              ? t('loketWerk.koppelingen.wilDoor')
              : t('loketWerk.koppelingen.wilStoppen'),
          })}
        </span>
      ))}
    </TableCell>
  );
}

function Lijst() {
  const { t, i18n } = useLwT();
  const { moment } = useDatum();
  const lijst = useKoppelingen();
  const [melding, setMelding] = useState('');
  const items = lijst.data?.koppelingen ?? [];
  const km = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (
    <>
      <Statusmelding tekst={melding} />
      <LoketLijst
        id="lw-koppelingen"
        soort="koppelingen"
        kop={t('loketWerk.koppelingen.lijst')}
        lijst={lijst}
        aantal={items.length}
        kolommen={KOLOMMEN.map((k) => t(`loketWerk.koppelingen.kolom.${k}`))}
      >
        {items.map((k) => (
          <TableRow key={k.id}>
            <TableHeaderCell scope="row">
              <RouterLink
                to={`/werkplek/loket/hulpvragen/${k.hulpvraagId}`}
                aria-label={t('loketWerk.koppelingen.naarHulpvraag', { naam: k.inwoner })}
              >
                {k.inwoner}
              </RouterLink>
            </TableHeaderCell>
            <TableCell>{k.vrijwilliger}</TableCell>
            <StatusCel k={k} />
            <TableCell>
              {t(`loketWerk.wachtOp.${wachtOpVan(k.status)}`)}
              {k.wachtDagen > 0 && !k.looptVast
                ? ` (${t('loketWerk.koppelingen.wachtDagen', { dagen: k.wachtDagen })})`
                : ''}
            </TableCell>
            <TableCell>
              {k.afstandKm === null
                ? t('loketWerk.kandidaten.afstandOnbekend')
                : k.afstandKm < 1
                  ? t('loketWerk.koppelingen.dichtbij')
                  : t('loketWerk.koppelingen.km', { km: km.format(k.afstandKm) })}
            </TableCell>
            <TableCell>{moment(k.aangemaaktOp)}</TableCell>
            <TableCell>
              <KoppelingStappen k={k} onMelding={setMelding} />
            </TableCell>
          </TableRow>
        ))}
      </LoketLijst>
    </>
  );
}

/** `/werkplek/loket/koppelingen`: proposals and matches, whose answer each waits for, steps. */
export function KoppelingenPage() {
  return (
    <LijstPagina soort="koppelingen">
      <Lijst />
    </LijstPagina>
  );
}

export { MatchbordPage } from './MatchbordPage.tsx';
