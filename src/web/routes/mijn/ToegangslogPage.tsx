import {
  Button,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Categorie } from '../../../server/modules/toegang/model.ts';
import { type ToegangslogPagina, useMijnToegangslog } from '../../api/privacy.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { LaadFout, useDatumTijd } from './MijnOnderdelen.tsx';

type Regel = ToegangslogPagina['regels'][number];

/** "Wie heeft mijn gegevens bekeken": who (role and organisation), when, what, why. */
export function ToegangslogPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('mijnGegevens.log.title'));
  const [pagina, setPagina] = useState(1);
  const log = useMijnToegangslog(pagina);
  const { tijd } = useDatumTijd();
  const kop = t('mijnGegevens.log.heading');

  const wie = (r: Regel) => {
    if (r.wie === 'uzelf') return t('mijnGegevens.log.wie.uzelf');
    if (r.wie === 'vertegenwoordiger') return t('mijnGegevens.log.wie.vertegenwoordiger');
    if (r.wie === 'onbekend' || !r.rol) return t('mijnGegevens.log.wie.systeem');
    const rol = t(`mijnGegevens.rol.${r.rol}`, { defaultValue: r.rol });
    return r.organisatie
      ? t('mijnGegevens.log.wie.rolVan', { rol, organisatie: r.organisatie })
      : rol;
  };
  const waarom = (r: Regel) => {
    const basis = r.grondslag ? t(`mijnGegevens.log.grondslag.${r.grondslag}`) : '';
    return [basis, r.doel && r.grondslag !== 'eigen-gegevens' ? r.doel : '']
      .filter(Boolean)
      .join(': ');
  };

  return (
    <>
      <PageHeading>{t('mijnGegevens.log.heading')}</PageHeading>
      <Paragraph lead>{t('mijnGegevens.log.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/mijn-gegevens">{t('mijnGegevens.terug')}</RouterLink>
      </Paragraph>
      <LoadingStatus loading={log.isPending} />
      {log.isError ? <LaadFout error={log.error} onRetry={() => void log.refetch()} /> : null}
      {log.data && log.data.regels.length === 0 ? (
        <Paragraph>{t('mijnGegevens.log.leeg')}</Paragraph>
      ) : null}
      {log.data && log.data.regels.length > 0 ? (
        <>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <section className="kring-privacy-scroll" aria-label={kop} tabIndex={0}>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">
                    {t('mijnGegevens.log.kolom.wanneer')}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">{t('mijnGegevens.log.kolom.wie')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('mijnGegevens.log.kolom.wat')}</TableHeaderCell>
                  <TableHeaderCell scope="col">
                    {t('mijnGegevens.log.kolom.gegevens')}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">
                    {t('mijnGegevens.log.kolom.waarom')}
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {log.data.regels.map((r) => (
                  <TableRow key={r.volgnummer}>
                    <TableCell>{tijd(r.op)}</TableCell>
                    <TableCell>{wie(r)}</TableCell>
                    <TableCell>
                      {t(`mijnGegevens.log.actie.${r.actie}`)}
                      {r.uitkomst === 'geweigerd' ? ` (${t('mijnGegevens.log.geweigerd')})` : ''}
                      {r.doorbraak ? ` (${t('mijnGegevens.log.spoed')})` : ''}
                    </TableCell>
                    <TableCell>
                      {r.categorie ? t(`mijnGegevens.categorie.${r.categorie as Categorie}`) : ''}
                    </TableCell>
                    <TableCell className="kring-privacy-breek">{waarom(r)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </section>
          <Paragraph>{t('mijnGegevens.log.aantal', { count: log.data.totaal })}</Paragraph>
          {pagina > 1 ? (
            <Button appearance="secondary-action-button" onClick={() => setPagina(pagina - 1)}>
              {t('mijnGegevens.log.nieuwer')}
            </Button>
          ) : null}
          {pagina * log.data.paginaGrootte < log.data.totaal ? (
            <Button appearance="secondary-action-button" onClick={() => setPagina(pagina + 1)}>
              {t('mijnGegevens.log.ouder')}
            </Button>
          ) : null}
        </>
      ) : null}
    </>
  );
}
