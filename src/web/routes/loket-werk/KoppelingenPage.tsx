import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useKoppelingen } from '../../api/loketWerk.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { ScrollTabel } from '../../components/ScrollTabel.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import {
  AlleenProfessional,
  LaadFout,
  LoketWerkMenu,
  useDatum,
  useLwT,
  wachtOpVan,
} from './onderdelen.tsx';

function Lijst() {
  const { t, i18n } = useLwT();
  const { moment } = useDatum();
  const lijst = useKoppelingen();
  const items = lijst.data?.koppelingen ?? [];
  const km = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (
    <section aria-labelledby="lw-koppelingen">
      <Heading2 id="lw-koppelingen">{t('loketWerk.koppelingen.lijst')}</Heading2>
      <LoadingStatus loading={lijst.isPending} />
      {lijst.isError ? <LaadFout error={lijst.error} onRetry={() => void lijst.refetch()} /> : null}
      {lijst.data ? (
        <Paragraph role="status">
          {items.length === 0
            ? t('loketWerk.koppelingen.leeg')
            : t('loketWerk.koppelingen.aantal', { count: items.length })}
        </Paragraph>
      ) : null}
      {items.length > 0 ? (
        <ScrollTabel labelledBy="lw-koppelingen">
          <Table className="kring-lw-tabel">
            <TableHeader>
              <TableRow>
                {(
                  ['inwoner', 'vrijwilliger', 'status', 'wachtOp', 'afstand', 'gemaakt'] as const
                ).map((k) => (
                  <TableHeaderCell scope="col" key={k}>
                    {t(`loketWerk.koppelingen.kolom.${k}`)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
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
            </TableBody>
          </Table>
        </ScrollTabel>
      ) : null}
    </section>
  );
}

/** `/werkplek/loket/koppelingen`: proposals and matches, and whose answer each waits for. */
export function KoppelingenPage() {
  const { t } = useLwT();
  useDocumentTitle(t('loketWerk.koppelingen.titel'));
  return (
    <>
      <PageHeading>{t('loketWerk.koppelingen.heading')}</PageHeading>
      <Paragraph lead>{t('loketWerk.koppelingen.intro')}</Paragraph>
      <LoketWerkMenu />
      <AlleenProfessional>
        <Lijst />
      </AlleenProfessional>
    </>
  );
}
