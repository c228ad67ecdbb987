import {
  Alert,
  Button,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { ErrorSummary, type FieldError } from '../../../components/formulier/ErrorSummary.tsx';
import { LoadingStatus } from '../../../components/LoadingStatus.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { usePubliceer, useStuurTerug, useVoorstel, type Voorstel } from '../api.ts';
import { useDatumTijd } from '../onderdelen.tsx';
import { useKaartVertaling } from '../vertaling.ts';
import { Tekstvak } from './BewerkPagina.tsx';
import { AlleenVoor, KaartbeheerMenu } from './Kaartbeheer.tsx';

const NAAR_WACHTRIJ = '/werkplek/sociale-kaart/moderatie';

/** The field-by-field difference: what it was, what it becomes. */
function Verschillen({ voorstel }: { voorstel: Voorstel }) {
  const { t } = useKaartVertaling();
  if (voorstel.verschillen.length === 0) {
    return <Paragraph>{t('socialeKaart.beheer.voorstel.geenVerschil')}</Paragraph>;
  }
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="kring-sk-tabel" aria-labelledby="sk-verschillen" tabIndex={0}>
      <Table className="kring-sk-verschil">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('socialeKaart.beheer.voorstel.veld')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('socialeKaart.beheer.voorstel.oud')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('socialeKaart.beheer.voorstel.nieuw')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {voorstel.verschillen.map((v) => (
            <TableRow key={v.veld}>
              <TableHeaderCell scope="row" lang="nl">
                {v.label}
              </TableHeaderCell>
              <TableCell lang="nl">
                <del>{v.oud || t('socialeKaart.beheer.voorstel.leeg')}</del>
              </TableCell>
              <TableCell lang="nl">
                <ins>{v.nieuw || t('socialeKaart.beheer.voorstel.leeg')}</ins>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

function Beoordelen({ voorstel }: { voorstel: Voorstel }) {
  const { t } = useKaartVertaling();
  const navigate = useNavigate();
  const tijd = useDatumTijd();
  const publiceer = usePubliceer();
  const stuurTerug = useStuurTerug();
  const [opmerking, setOpmerking] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const bezig = publiceer.isPending || stuurTerug.isPending;
  const open = voorstel.status === 'ingediend';

  const terug = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (opmerking.trim() === '') {
      setErrors([
        { field: 'sk-opmerking', message: t('socialeKaart.beheer.voorstel.fout.opmerking') },
      ]);
      return;
    }
    setErrors([]);
    stuurTerug.mutate(
      { id: voorstel.id, opmerking },
      {
        onSuccess: () =>
          void navigate(NAAR_WACHTRIJ, {
            state: {
              melding: t('socialeKaart.beheer.voorstel.teruggestuurd', {
                naam: voorstel.aanbodNaam,
              }),
            },
          }),
      },
    );
  };

  return (
    <>
      <Paragraph lead>
        {t('socialeKaart.beheer.voorstel.intro', {
          organisatie: voorstel.organisatie.naam,
          op: voorstel.ingediendOp ? tijd(voorstel.ingediendOp) : '',
        })}
      </Paragraph>
      {voorstel.nieuwAanbod ? (
        <Paragraph>{t('socialeKaart.beheer.voorstel.nieuw')}</Paragraph>
      ) : null}
      <Heading2 id="sk-verschillen">{t('socialeKaart.beheer.voorstel.verschillen')}</Heading2>
      <Verschillen voorstel={voorstel} />
      <Paragraph>
        <RouterLink to={`/werkplek/sociale-kaart/aanbod/${voorstel.aanbodId}/historie`}>
          {t('socialeKaart.beheer.historie')}
        </RouterLink>
      </Paragraph>

      {!open ? (
        <Alert type="info">
          <Paragraph>{t('socialeKaart.beheer.voorstel.nietOpen')}</Paragraph>
        </Alert>
      ) : (
        <>
          {publiceer.isError || stuurTerug.isError ? (
            <Alert type="error">
              <Paragraph>{t('socialeKaart.beheer.mislukt')}</Paragraph>
            </Alert>
          ) : null}
          <section aria-labelledby="sk-publiceren">
            <Heading2 id="sk-publiceren">
              {t('socialeKaart.beheer.voorstel.publicerenKop')}
            </Heading2>
            <Paragraph>{t('socialeKaart.beheer.voorstel.publicerenUitleg')}</Paragraph>
            <Button
              appearance="primary-action-button"
              disabled={bezig}
              onClick={() =>
                publiceer.mutate(voorstel.id, {
                  onSuccess: () =>
                    void navigate(NAAR_WACHTRIJ, {
                      state: {
                        melding: t('socialeKaart.beheer.voorstel.gepubliceerd', {
                          naam: voorstel.aanbodNaam,
                        }),
                      },
                    }),
                })
              }
            >
              {t('socialeKaart.beheer.voorstel.publiceren')}
            </Button>
          </section>
          <section aria-labelledby="sk-terugsturen">
            <Heading2 id="sk-terugsturen">{t('socialeKaart.beheer.voorstel.terugKop')}</Heading2>
            <form onSubmit={terug} noValidate>
              <ErrorSummary errors={errors} attempt={attempt} />
              <Tekstvak
                id="sk-opmerking"
                label={t('socialeKaart.beheer.voorstel.opmerking')}
                description={t('socialeKaart.beheer.voorstel.opmerkingHint')}
                value={opmerking}
                onChange={setOpmerking}
                error={errors[0]?.message}
              />
              <Button type="submit" appearance="secondary-action-button" disabled={bezig}>
                {t('socialeKaart.beheer.voorstel.terugsturen')}
              </Button>
            </form>
          </section>
        </>
      )}
    </>
  );
}

function Laden({ id }: { id: string }) {
  const { t } = useKaartVertaling();
  const voorstel = useVoorstel(id);
  return (
    <>
      <KaartbeheerMenu />
      <LoadingStatus loading={voorstel.isPending} />
      {voorstel.isError ? (
        voorstel.error instanceof ApiError && voorstel.error.status < 500 ? (
          <Paragraph>{t('socialeKaart.beheer.geenToegang')}</Paragraph>
        ) : (
          <ErrorAlert onRetry={() => void voorstel.refetch()} />
        )
      ) : null}
      {voorstel.data ? (
        <>
          <Paragraph className="kring-sk-voorstel-naam">
            {t('socialeKaart.beheer.voorstel.aanbod', { naam: voorstel.data.aanbodNaam })}
          </Paragraph>
          <Beoordelen voorstel={voorstel.data} />
        </>
      ) : null}
    </>
  );
}

/** One submitted change: the difference, publish, or return with a comment. */
export function VoorstelPagina() {
  const { t } = useKaartVertaling();
  const { id = '' } = useParams();
  useDocumentTitle(t('socialeKaart.beheer.voorstel.titel'));
  return (
    <>
      <PageHeading>{t('socialeKaart.beheer.voorstel.titel')}</PageHeading>
      <AlleenVoor rollen={['redacteur']}>
        <Laden id={id} />
      </AlleenVoor>
    </>
  );
}
