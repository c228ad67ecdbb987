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
import { useState } from 'react';
import { useCaseload } from '../../api/dossier.ts';
import { KeuzeGroep } from '../../components/formulier/KeuzeGroep.tsx';
import { TextField } from '../../components/formulier/TextField.tsx';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { ScrollTabel } from '../../components/ScrollTabel.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { AlleenProfessional, useDatum } from '../loket-werk/onderdelen.tsx';
import { WelzijnscoachLink } from '../welzijnsrecept/CoachWerkplek.tsx';
import { DeelFout, useDosT } from './onderdelen.tsx';

/** Lower case without accents, so "Jose" finds "José". */
const gewoon = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

function Caseload() {
  const { t } = useDosT();
  const { dag } = useDatum();
  const caseload = useCaseload();
  const [naam, setNaam] = useState('');
  const [alleenRegie, setAlleenRegie] = useState(false);
  const personen = (caseload.data?.personen ?? []).filter(
    (p) => (!alleenRegie || p.regisseur) && gewoon(p.naam).includes(gewoon(naam.trim())),
  );
  const teLaat = caseload.data?.teLaat ?? [];
  return (
    <>
      <section aria-labelledby="dos-personen">
        <Heading2 id="dos-personen">{t('dossier.caseload.personen')}</Heading2>
        {/* Filtered in the browser: the name never travels in an address or a query. */}
        <div className="kring-dos-filter">
          <TextField
            id="dos-filter-naam"
            label={t('dossier.caseload.zoekNaam')}
            value={naam}
            onChange={setNaam}
            autoComplete="off"
          />
          <KeuzeGroep
            id="dos-filter-regie"
            soort="checkbox"
            legend={t('dossier.caseload.welke')}
            opties={[{ waarde: 'regie', label: t('dossier.caseload.alleenRegie') }]}
            gekozen={alleenRegie ? ['regie'] : []}
            onChange={(g) => setAlleenRegie(g.includes('regie'))}
          />
        </div>
        <LoadingStatus loading={caseload.isPending} />
        {caseload.isError ? (
          <DeelFout error={caseload.error} onRetry={() => void caseload.refetch()} />
        ) : null}
        {caseload.data ? (
          <Paragraph role="status">
            {caseload.data.personen.length === 0
              ? t('dossier.caseload.leeg')
              : t('dossier.caseload.aantal', {
                  count: personen.length,
                  totaal: caseload.data.personen.length,
                })}
          </Paragraph>
        ) : null}
        {personen.length > 0 ? (
          <ScrollTabel labelledBy="dos-personen">
            <Table className="kring-lw-tabel">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('dossier.caseload.kolom.naam')}</TableHeaderCell>
                  <TableHeaderCell scope="col">
                    {t('dossier.caseload.kolom.postcode')}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">{t('dossier.caseload.kolom.rol')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {personen.map((p) => (
                  <TableRow key={p.id}>
                    <TableHeaderCell scope="row">
                      <RouterLink to={`/werkplek/personen/${p.id}`}>{p.naam}</RouterLink>
                    </TableHeaderCell>
                    <TableCell>{p.postcode ?? t('dossier.algemeen.leeg')}</TableCell>
                    <TableCell>
                      {p.regisseur ? (
                        <span className="kring-lw-signaal">{t('dossier.caseload.regisseur')}</span>
                      ) : (
                        t('dossier.caseload.lid')
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollTabel>
        ) : null}
      </section>

      <section aria-labelledby="dos-te-laat">
        <Heading2 id="dos-te-laat">{t('dossier.caseload.teLaat')}</Heading2>
        {caseload.data && teLaat.length === 0 ? (
          <Paragraph>{t('dossier.caseload.nietsTeLaat')}</Paragraph>
        ) : null}
        {teLaat.length > 0 ? (
          <ScrollTabel labelledBy="dos-te-laat">
            <Table className="kring-lw-tabel">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('dossier.caseload.kolom.naam')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('dossier.caseload.kolom.actie')}</TableHeaderCell>
                  <TableHeaderCell scope="col">
                    {t('dossier.caseload.kolom.deadline')}
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {teLaat.map((a) => (
                  <TableRow key={a.actieId}>
                    <TableHeaderCell scope="row">
                      <RouterLink to={`/werkplek/personen/${a.persoonId}/plan`}>
                        {a.naam}
                      </RouterLink>
                    </TableHeaderCell>
                    <TableCell>{a.omschrijving}</TableCell>
                    <TableCell>
                      {dag(a.deadline)}{' '}
                      <span className="kring-lw-te-laat">{t('dossier.plan.teLaat')}</span>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollTabel>
        ) : null}
      </section>
    </>
  );
}

/** `/werkplek/personen`: my persons (regisseur marked), overdue plan actions, new requests. */
export function CaseloadPagina() {
  const { t } = useDosT();
  useDocumentTitle(t('dossier.caseload.titel'));
  return (
    <AlleenProfessional kop={<PageHeading>{t('dossier.caseload.heading')}</PageHeading>}>
      <PageHeading>{t('dossier.caseload.heading')}</PageHeading>
      <Paragraph lead>{t('dossier.caseload.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/werkplek/loket?route=wijkteam">
          {t('dossier.caseload.nieuweVragen')}
        </RouterLink>
      </Paragraph>
      <WelzijnscoachLink />
      <Caseload />
    </AlleenProfessional>
  );
}
