import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { Route, Routes, useNavigate } from 'react-router';
import { ApiError } from '../../api/client.ts';
import {
  type Uitnodiging,
  useAntwoord,
  useMaakKring,
  useMijnKringen,
} from '../../api/zorgkring.ts';
import { ErrorSummary } from '../../components/formulier/ErrorSummary.tsx';
import { TextField } from '../../components/formulier/TextField.tsx';
import { useFormulier } from '../../components/formulier/useFormulier.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { DeelSkeleton } from '../hulp-vragen/formulier.tsx';
import { InloggenNodig, Kaart, Laadfout } from '../mijn-kring/onderdelen.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { KringPagina } from './KringPagina.tsx';
import { BASIS, Melding, serverFouten, useZkT } from './onderdelen.tsx';

/** One invitation for me: who invites, as what, the personal note; yes or no. */
function UitnodigingKaart({ u, onMelding }: { u: Uitnodiging; onMelding: (t: string) => void }) {
  const { t } = useZkT();
  const navigate = useNavigate();
  const antwoord = useAntwoord();
  return (
    <Kaart id={`zk-uitn-${u.id}`} kop={t('zorgkring.uitnodigingen.kop', { voorWie: u.voorWie })}>
      <Paragraph>
        {t('zorgkring.uitnodigingen.door', {
          naam: u.uitgenodigdDoor,
          rol: t(`zorgkring.rol.${u.rol}`),
        })}
      </Paragraph>
      {u.bericht ? (
        <Paragraph>
          {t('zorgkring.uitnodigingen.bericht')} {u.bericht}
        </Paragraph>
      ) : null}
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          busy={antwoord.isPending}
          disabled={antwoord.isPending}
          onClick={() =>
            antwoord.mutate(
              { id: u.id, accepteren: true },
              { onSuccess: (r) => r.kringId && navigate(`${BASIS}/${r.kringId}`) },
            )
          }
        >
          {t('zorgkring.uitnodigingen.accepteren')}
        </Button>
        <Button
          appearance="secondary-action-button"
          disabled={antwoord.isPending}
          onClick={() =>
            antwoord.mutate(
              { id: u.id, accepteren: false },
              { onSuccess: () => onMelding(t('zorgkring.uitnodigingen.afgeslagen')) },
            )
          }
        >
          {t('zorgkring.uitnodigingen.afslaan')}
        </Button>
      </ButtonGroup>
      {antwoord.isError ? (
        <Alert type="error">
          <Paragraph>{t('zorgkring.mislukt')}</Paragraph>
        </Alert>
      ) : null}
    </Kaart>
  );
}

/** "Een zorgkring beginnen": one question, for whom. */
function BeginFormulier() {
  const { t } = useZkT();
  const navigate = useNavigate();
  const maak = useMaakKring();
  const form = useFormulier();
  const [voorWie, setVoorWie] = useState('');
  const veld = { id: 'zk-voorwie', tekst: t('zorgkring.begin.fout') };
  const opslaan = (e: FormEvent) => {
    e.preventDefault();
    void form.submit(
      () => (voorWie.trim() ? [] : [{ field: veld.id, message: veld.tekst }]),
      async () => {
        const k = await maak.mutateAsync(voorWie.trim());
        navigate(`${BASIS}/${k.id}`);
      },
      (err) => serverFouten(err, { voorWie: veld }, { id: veld.id, tekst: t('zorgkring.mislukt') }),
    );
  };
  return (
    <section aria-labelledby="zk-begin">
      <Heading2 id="zk-begin">{t('zorgkring.begin.heading')}</Heading2>
      <Paragraph>{t('zorgkring.begin.uitleg')}</Paragraph>
      <form noValidate onSubmit={opslaan}>
        <ErrorSummary errors={form.errors} attempt={form.attempt} id="zk-begin-fouten" />
        <TextField
          id={veld.id}
          label={t('zorgkring.begin.voorWie')}
          description={t('zorgkring.begin.voorWieHint')}
          value={voorWie}
          onChange={setVoorWie}
          error={form.errorFor(veld.id)}
        />
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={form.busy}
          disabled={form.busy}
        >
          {t('zorgkring.begin.knop')}
        </Button>
      </form>
    </section>
  );
}

/** My circles, the invitations for me, and starting a circle. */
function Overzicht() {
  const { t } = useZkT();
  useDocumentTitle(t('zorgkring.title'));
  const mijn = useMijnKringen();
  const [melding, setMelding] = useState<string | null>(null);
  const nietIngelogd = mijn.error instanceof ApiError && mijn.error.status === 401;
  return (
    <>
      <PageHeading>{t('zorgkring.title')}</PageHeading>
      <Paragraph>{t('zorgkring.intro')}</Paragraph>
      <Melding tekst={melding} />
      {mijn.isPending ? <DeelSkeleton /> : null}
      {nietIngelogd ? <InloggenNodig terug={BASIS} /> : null}
      {mijn.isError && !nietIngelogd ? (
        <Laadfout error={mijn.error} onRetry={() => void mijn.refetch()} />
      ) : null}
      {mijn.data ? (
        <>
          {mijn.data.uitnodigingen.length > 0 ? (
            <section aria-labelledby="zk-uitnodigingen">
              <Heading2 id="zk-uitnodigingen">{t('zorgkring.uitnodigingen.heading')}</Heading2>
              {mijn.data.uitnodigingen.map((u) => (
                <UitnodigingKaart key={u.id} u={u} onMelding={setMelding} />
              ))}
            </section>
          ) : null}
          <section aria-labelledby="zk-mijn">
            <Heading2 id="zk-mijn">{t('zorgkring.mijnKringen')}</Heading2>
            {mijn.data.kringen.length === 0 ? (
              <Paragraph>{t('zorgkring.geenKringen')}</Paragraph>
            ) : (
              <ul className="kring-zk-lijst">
                {mijn.data.kringen.map((k) => (
                  <li key={k.id}>
                    <RouterLink to={`${BASIS}/${k.id}`}>
                      {t('zorgkring.openen', { voorWie: k.voorWie })}
                    </RouterLink>{' '}
                    – {t('zorgkring.aantalLeden', { count: k.aantalLeden })},{' '}
                    {t('zorgkring.rolVanMij', { rol: t(`zorgkring.rol.${k.mijnRol}`) })}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <BeginFormulier />
        </>
      ) : null}
    </>
  );
}

/** `/mijn-kring/zorgkring/*`: the overview, and one circle. */
export function ZorgkringPaginas() {
  return (
    <Routes>
      <Route index element={<Overzicht />} />
      <Route path=":id" element={<KringPagina />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
