import {
  Alert,
  Button,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { Route, Routes, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { type Taak, useRondAf, useTaken, useTrend } from '../../api/draaglast.ts';
import { ErrorSummary } from '../../components/formulier/ErrorSummary.tsx';
import { Tekstvak } from '../../components/formulier/KeuzeGroep.tsx';
import { useFormulier } from '../../components/formulier/useFormulier.ts';
import { KolomTabel } from '../../components/KolomTabel.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { ScrollTabel } from '../../components/ScrollTabel.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { DeelSkeleton } from '../hulp-vragen/formulier.tsx';
import { Laadfout } from '../mijn-kring/onderdelen.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { InstrumentPagina } from './InstrumentPagina.tsx';
import { BandGrafiek, UitslagTabel, useDatum, useDlT } from './onderdelen.tsx';

const BASIS = '/werkplek/draaglast';

function Geweigerd({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useDlT();
  if (error instanceof ApiError && error.status === 403) {
    return (
      <Alert type="warning">
        <Paragraph>{t('draaglast.consulent.geenToegang')}</Paragraph>
      </Alert>
    );
  }
  return <Laadfout error={error} onRetry={onRetry} />;
}

function TakenTabel({ status }: { status: Taak['status'] }) {
  const { t } = useDlT();
  const datum = useDatum();
  const q = useTaken(status);
  const kop = `dl-taken-${status}`;
  return (
    <section aria-labelledby={kop}>
      <Heading2 id={kop}>{t(`draaglast.consulent.${status}`)}</Heading2>
      {q.isPending ? <DeelSkeleton /> : null}
      {q.isError ? <Geweigerd error={q.error} onRetry={() => void q.refetch()} /> : null}
      {q.data?.taken.length === 0 ? (
        <Paragraph>
          {t(
            status === 'open' ? 'draaglast.consulent.geenOpen' : 'draaglast.consulent.geenAfgerond',
          )}
        </Paragraph>
      ) : null}
      {q.data && q.data.taken.length > 0 ? (
        <KolomTabel
          id={kop}
          kolommen={[
            t('draaglast.consulent.naam'),
            t('draaglast.consulent.datum'),
            t('draaglast.consulent.uitslag'),
            ...(status === 'afgerond'
              ? [t('draaglast.consulent.afgerondOp'), t('draaglast.consulent.notitie')]
              : []),
            t('draaglast.consulent.actie'),
          ]}
        >
          {q.data.taken.map((taak) => (
            <TableRow key={taak.id}>
              <TableHeaderCell scope="row">{taak.naam}</TableHeaderCell>
              <TableCell>{datum(taak.ingevuldOp)}</TableCell>
              <TableCell>{t(`draaglast.band.${taak.band}`)}</TableCell>
              {status === 'afgerond' ? (
                <>
                  <TableCell>{taak.afgerondOp ? datum(taak.afgerondOp) : ''}</TableCell>
                  <TableCell>{taak.notitie}</TableCell>
                </>
              ) : null}
              <TableCell>
                {status === 'open' ? (
                  <RouterLink to={`${BASIS}/taken/${taak.id}`}>
                    {t('draaglast.consulent.afronden')}
                    <span className="kring-visually-hidden">
                      {' '}
                      {t('draaglast.consulent.van', { naam: taak.naam })}
                    </span>
                  </RouterLink>
                ) : null}{' '}
                <RouterLink to={`${BASIS}/personen/${taak.persoonId}`}>
                  {t('draaglast.consulent.uitslagen')}
                  <span className="kring-visually-hidden">
                    {' '}
                    {t('draaglast.consulent.van', { naam: taak.naam })}
                  </span>
                </RouterLink>
              </TableCell>
            </TableRow>
          ))}
        </KolomTabel>
      ) : null}
    </section>
  );
}

/** The tasks from heavy, shared results: open first, then the finished ones. */
function Taken() {
  const { t } = useDlT();
  const melding = (useLocation().state as { melding?: string } | null)?.melding;
  useDocumentTitle(t('draaglast.consulent.titel'));
  return (
    <>
      <PageHeading>{t('draaglast.consulent.titel')}</PageHeading>
      <div role="status">
        {melding ? (
          <Alert type="ok">
            <Paragraph>{melding}</Paragraph>
          </Alert>
        ) : null}
      </div>
      <Paragraph>{t('draaglast.consulent.intro')}</Paragraph>
      <TakenTabel status="open" />
      <TakenTabel status="afgerond" />
      <Paragraph>
        <RouterLink to={`${BASIS}/instrument`}>{t('draaglast.consulent.instellen')}</RouterLink>
      </Paragraph>
    </>
  );
}

/** Finish one task with a note. */
function Afronden() {
  const { t } = useDlT();
  const { id } = useParams();
  const navigate = useNavigate();
  const q = useTaken('open');
  const rondAf = useRondAf();
  const form = useFormulier();
  const [notitie, setNotitie] = useState('');
  const taak = q.data?.taken.find((x) => x.id === id);
  const titel = t('draaglast.consulent.afrondTitel', { naam: taak?.naam ?? '' });
  useDocumentTitle(titel);
  if (q.isPending) return <DeelSkeleton />;
  if (q.isError) return <Geweigerd error={q.error} onRetry={() => void q.refetch()} />;
  if (!taak) {
    return (
      <>
        <PageHeading>{t('draaglast.consulent.titel')}</PageHeading>
        <Alert type="warning">
          <Paragraph>{t('draaglast.consulent.taakWeg')}</Paragraph>
        </Alert>
        <Paragraph>
          <RouterLink to={BASIS}>{t('draaglast.consulent.terug')}</RouterLink>
        </Paragraph>
      </>
    );
  }
  const opslaan = () =>
    form.submit(
      () =>
        notitie.trim()
          ? []
          : [{ field: 'dl-notitie', message: t('draaglast.consulent.notitieFout') }],
      async () => {
        await rondAf.mutateAsync({ id: taak.id, notitie: notitie.trim() });
        navigate(BASIS, {
          state: { melding: t('draaglast.consulent.klaar', { naam: taak.naam }) },
        });
      },
      () => [{ field: 'dl-notitie', message: t('draaglast.consulent.mislukt') }],
    );
  return (
    <>
      <PageHeading>{titel}</PageHeading>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void opslaan();
        }}
      >
        <ErrorSummary errors={form.errors} attempt={form.attempt} />
        <Tekstvak
          id="dl-notitie"
          label={t('draaglast.consulent.notitieLabel')}
          hint={t('draaglast.consulent.notitieHint')}
          fout={form.errorFor('dl-notitie')}
          waarde={notitie}
          onChange={setNotitie}
        />
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {t('draaglast.consulent.opslaan')}
        </Button>
      </form>
      <Paragraph>
        <RouterLink to={BASIS}>{t('draaglast.consulent.terug')}</RouterLink>
      </Paragraph>
    </>
  );
}

/** A carer's shared results over time, with their answers. */
function PersoonTrend() {
  const { t } = useDlT();
  const { id = '' } = useParams();
  const datum = useDatum();
  const q = useTrend(id);
  const titel = t('draaglast.consulent.trendTitel', { naam: q.data?.naam ?? '' });
  useDocumentTitle(titel);
  if (q.isPending) return <DeelSkeleton />;
  if (q.isError) return <Geweigerd error={q.error} onRetry={() => void q.refetch()} />;
  const checks = q.data.checks;
  const laatste = checks.at(-1);
  return (
    <>
      <PageHeading>{titel}</PageHeading>
      <Paragraph>{t('draaglast.consulent.trendIntro')}</Paragraph>
      {checks.length === 0 ? <Paragraph>{t('draaglast.consulent.geenUitslagen')}</Paragraph> : null}
      <BandGrafiek
        id="dl-c-grafiek"
        checks={checks}
        titel={t('draaglast.consulent.grafiekTitel')}
        uitleg={t('draaglast.consulent.grafiekUitleg')}
      />
      {checks.length > 0 ? (
        <UitslagTabel
          id="dl-c-tabel"
          bijschrift={t('draaglast.consulent.tabel')}
          checks={checks}
          gedeeld={false}
        />
      ) : null}
      {laatste ? (
        <section aria-labelledby="dl-c-antwoorden">
          <Heading2 id="dl-c-antwoorden">{t('draaglast.consulent.antwoorden')}</Heading2>
          <ScrollTabel labelledBy="dl-c-antwoorden-tabel">
            <Table className="kring-lw-tabel">
              <TableCaption id="dl-c-antwoorden-tabel" className="kring-dos-bijschrift">
                {t('draaglast.consulent.antwoorden')}
              </TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('draaglast.consulent.vraag')}</TableHeaderCell>
                  {[...checks].reverse().map((c) => (
                    <TableHeaderCell scope="col" key={c.id}>
                      {datum(c.ingevuldOp)}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {laatste.vragen.map((v) => (
                  <TableRow key={v.id}>
                    <TableHeaderCell scope="row" lang="nl">
                      {v.tekst}
                    </TableHeaderCell>
                    {[...checks].reverse().map((c) => {
                      const a = c.vragen.find((x) => x.id === v.id)?.antwoord;
                      return (
                        <TableCell key={c.id}>
                          {a === undefined ? '–' : t(`draaglast.antwoord.${a as 0 | 1 | 2 | 3}`)}
                        </TableCell>
                      );
                    })}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollTabel>
        </section>
      ) : null}
      <Paragraph>
        <RouterLink to={BASIS}>{t('draaglast.consulent.terug')}</RouterLink>
      </Paragraph>
    </>
  );
}

/** `/werkplek/draaglast/*`: the mantelzorgconsulent's tasks and a carer's trend. */
export function DraaglastConsulentPaginas() {
  return (
    <Routes>
      <Route index element={<Taken />} />
      <Route path="taken/:id" element={<Afronden />} />
      <Route path="personen/:id" element={<PersoonTrend />} />
      <Route path="instrument" element={<InstrumentPagina />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
