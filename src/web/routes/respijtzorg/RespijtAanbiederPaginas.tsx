import {
  Alert,
  Button,
  Heading2,
  Paragraph,
  TableCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { Route, Routes, useParams } from 'react-router';
import {
  type AanbiederVerzoek,
  useBeantwoordRespijt,
  useRespijtInbox,
  useRespijtVerzoek,
} from '../../api/respijtzorg.ts';
import { ErrorSummary, type FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { KeuzeGroep } from '../../components/formulier/KeuzeGroep.tsx';
import { Tekstvak } from '../../components/formulier/Tekstvak.tsx';
import { useFormulier } from '../../components/formulier/useFormulier.ts';
import { KolomTabel } from '../../components/KolomTabel.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { DeelSkeleton } from '../hulp-vragen/formulier.tsx';
import { Laadfout } from '../mijn-kring/onderdelen.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { Melding, serverFouten, useRzT, wanneer } from './onderdelen.tsx';

const BASIS = '/werkplek/respijtzorg';

/** The requests sent to my organisation. */
function Inbox() {
  const { t, i18n } = useRzT();
  useDocumentTitle(t('respijtzorg.aanbieder.title'));
  const q = useRespijtInbox();
  return (
    <>
      <PageHeading>{t('respijtzorg.aanbieder.title')}</PageHeading>
      <Paragraph>{t('respijtzorg.aanbieder.intro')}</Paragraph>
      {q.isPending ? <DeelSkeleton /> : null}
      {q.isError ? <Laadfout error={q.error} onRetry={() => void q.refetch()} /> : null}
      {q.data && q.data.verzoeken.length === 0 ? (
        <Paragraph>{t('respijtzorg.aanbieder.geen')}</Paragraph>
      ) : null}
      {q.data && q.data.verzoeken.length > 0 ? (
        <KolomTabel
          id="rz-inbox"
          bijschrift={t('respijtzorg.aanbieder.title')}
          kolommen={[
            t('respijtzorg.aanbieder.kolomWie'),
            t('respijtzorg.aanbieder.kolomWat'),
            t('respijtzorg.aanbieder.kolomWanneer'),
            t('respijtzorg.aanbieder.kolomStatus'),
          ]}
        >
          {q.data.verzoeken.map((v) => (
            <TableRow key={v.id}>
              <TableCell>
                <RouterLink to={`${BASIS}/${v.id}`}>
                  {t('respijtzorg.aanbieder.openen', { naam: v.mantelzorger.naam })}
                </RouterLink>
              </TableCell>
              <TableCell>{t(`respijtzorg.soort.${v.soort}`)}</TableCell>
              <TableCell>{wanneer(t, i18n.language, v)}</TableCell>
              <TableCell>{t(`respijtzorg.aanbieder.status.${v.status}`)}</TableCell>
            </TableRow>
          ))}
        </KolomTabel>
      ) : null}
    </>
  );
}

/** Yes with a note, or no with a reason. */
function AntwoordFormulier({ v, onKlaar }: { v: AanbiederVerzoek; onKlaar: () => void }) {
  const { t } = useRzT();
  const beantwoord = useBeantwoordRespijt();
  const form = useFormulier();
  const [besluit, setBesluit] = useState<'toezeggen' | 'afwijzen' | undefined>();
  const [toelichting, setToelichting] = useState('');
  const velden = {
    besluit: { id: 'rz-besluit', tekst: t('respijtzorg.aanbieder.foutBesluit') },
    toelichting: { id: 'rz-antwoord', tekst: t('respijtzorg.aanbieder.foutReden') },
  };
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    void form.submit(
      () => {
        const f: FieldError[] = [];
        if (!besluit) f.push({ field: velden.besluit.id, message: velden.besluit.tekst });
        if (besluit === 'afwijzen' && !toelichting.trim()) {
          f.push({ field: velden.toelichting.id, message: velden.toelichting.tekst });
        }
        return f;
      },
      async () => {
        await beantwoord.mutateAsync({ id: v.id, antwoord: { besluit: besluit!, toelichting } });
        onKlaar();
      },
      (err) =>
        serverFouten(err, velden, {
          id: velden.besluit.id,
          tekst: t('respijtzorg.aanbieder.foutAlgemeen'),
        }),
    );
  };
  return (
    <section aria-labelledby="rz-antwoord-kop">
      <Heading2 id="rz-antwoord-kop">{t('respijtzorg.aanbieder.besluitLegend')}</Heading2>
      <form noValidate onSubmit={verstuur}>
        <ErrorSummary errors={form.errors} attempt={form.attempt} id="rz-antwoord-fouten" />
        <KeuzeGroep
          id={velden.besluit.id}
          soort="radio"
          legend={t('respijtzorg.aanbieder.besluitLegend')}
          opties={[
            { waarde: 'toezeggen' as const, label: t('respijtzorg.aanbieder.toezeggen') },
            { waarde: 'afwijzen' as const, label: t('respijtzorg.aanbieder.afwijzen') },
          ]}
          gekozen={besluit ? [besluit] : []}
          onChange={(k) => setBesluit(k[0])}
          fout={form.errorFor(velden.besluit.id)}
        />
        <Tekstvak
          id={velden.toelichting.id}
          label={t('respijtzorg.aanbieder.toelichtingVeld')}
          hint={t('respijtzorg.aanbieder.toelichtingHint')}
          waarde={toelichting}
          onChange={setToelichting}
          rijen={3}
          fout={form.errorFor(velden.toelichting.id)}
        />
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={form.busy}
          disabled={form.busy}
        >
          {t('respijtzorg.aanbieder.knop')}
        </Button>
      </form>
    </section>
  );
}

function Detail() {
  const { t, i18n } = useRzT();
  const { id = '' } = useParams();
  const q = useRespijtVerzoek(id);
  const [melding, setMelding] = useState<string | null>(null);
  useDocumentTitle(
    q.data
      ? t('respijtzorg.aanbieder.detailHeading', { naam: q.data.mantelzorger.naam })
      : t('respijtzorg.aanbieder.title'),
  );
  if (q.isPending) return <DeelSkeleton />;
  if (q.isError) {
    return (
      <>
        <PageHeading>{t('respijtzorg.aanbieder.title')}</PageHeading>
        <Laadfout error={q.error} onRetry={() => void q.refetch()} />
        <RouterLink to={BASIS}>{t('respijtzorg.aanbieder.terug')}</RouterLink>
      </>
    );
  }
  const v = q.data;
  return (
    <>
      <PageHeading>
        {t('respijtzorg.aanbieder.detailHeading', { naam: v.mantelzorger.naam })}
      </PageHeading>
      <Melding tekst={melding} />
      <dl className="kring-rz-gegevens">
        <dt>{t('respijtzorg.aanbieder.kolomStatus')}</dt>
        <dd>{t(`respijtzorg.aanbieder.status.${v.status}`)}</dd>
        <dt>{t('respijtzorg.aanbieder.kolomWat')}</dt>
        <dd>{t(`respijtzorg.soort.${v.soort}`)}</dd>
        <dt>{t('respijtzorg.aanbieder.aanbod')}</dt>
        <dd>{v.aanbieder?.aanbod ?? ''}</dd>
        <dt>{t('respijtzorg.aanbieder.kolomWanneer')}</dt>
        <dd>{wanneer(t, i18n.language, v)}</dd>
        <dt>{t('respijtzorg.aanbieder.voorWie')}</dt>
        <dd>
          {v.voorWie.naam}
          {v.voorWie.relatie ? ` (${v.voorWie.relatie})` : ''}
        </dd>
        <dt>{t('respijtzorg.aanbieder.contact')}</dt>
        <dd>
          {v.mantelzorger.telefoonnummer
            ? t('respijtzorg.aanbieder.telefoon', { nummer: v.mantelzorger.telefoonnummer })
            : ''}{' '}
          {v.mantelzorger.eMailadres
            ? t('respijtzorg.aanbieder.email', { adres: v.mantelzorger.eMailadres })
            : ''}
        </dd>
        {v.toelichting ? (
          <>
            <dt>{t('respijtzorg.aanbieder.toelichting')}</dt>
            <dd>{v.toelichting}</dd>
          </>
        ) : null}
        {v.antwoord ? (
          <>
            <dt>{t('respijtzorg.aanbieder.toelichtingVeld')}</dt>
            <dd>{v.antwoord}</dd>
          </>
        ) : null}
      </dl>
      {v.status === 'bij-aanbieder' ? (
        <AntwoordFormulier v={v} onKlaar={() => setMelding(t('respijtzorg.aanbieder.verstuurd'))} />
      ) : (
        <Alert type="info">
          <Paragraph>{t('respijtzorg.aanbieder.al')}</Paragraph>
        </Alert>
      )}
      <Paragraph>
        <RouterLink to={BASIS}>{t('respijtzorg.aanbieder.terug')}</RouterLink>
      </Paragraph>
    </>
  );
}

/** `/werkplek/respijtzorg/*`: the provider's inbox and one request. */
export function RespijtAanbiederPaginas() {
  return (
    <Routes>
      <Route index element={<Inbox />} />
      <Route path=":id" element={<Detail />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
