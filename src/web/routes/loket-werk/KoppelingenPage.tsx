import { TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useKoppelingen } from '../../api/loketWerk.ts';
import { RouterLink } from '../../components/RouterLink.tsx';
import { LijstPagina, Lijst as LoketLijst, useDatum, useLwT, wachtOpVan } from './onderdelen.tsx';

const KOLOMMEN = ['inwoner', 'vrijwilliger', 'status', 'wachtOp', 'afstand', 'gemaakt'] as const;

function Lijst() {
  const { t, i18n } = useLwT();
  const { moment } = useDatum();
  const lijst = useKoppelingen();
  const items = lijst.data?.koppelingen ?? [];
  const km = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (
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
          <TableCell>{t(`loketWerk.koppelingStatus.${k.status}`)}</TableCell>
          <TableCell>{t(`loketWerk.wachtOp.${wachtOpVan(k.status)}`)}</TableCell>
          <TableCell>
            {k.afstandKm === null
              ? t('loketWerk.kandidaten.afstandOnbekend')
              : k.afstandKm < 1
                ? t('loketWerk.koppelingen.dichtbij')
                : t('loketWerk.koppelingen.km', { km: km.format(k.afstandKm) })}
          </TableCell>
          <TableCell>{moment(k.aangemaaktOp)}</TableCell>
        </TableRow>
      ))}
    </LoketLijst>
  );
}

/** `/werkplek/loket/koppelingen`: proposals and matches, and whose answer each waits for. */
export function KoppelingenPage() {
  return (
    <LijstPagina soort="koppelingen">
      <Lijst />
    </LijstPagina>
  );
}
