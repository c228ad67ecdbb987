import './mijn-kring.css';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router';
import { useGesprek, useStuurBericht } from '../../api/mijnKring.ts';
import { isIngelogd, useSessie } from '../../api/sessie.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import { Foutoverzicht, type Melding, TekstVak } from '../hulp-vragen/formulier.tsx';
import { InloggenNodig, Laadfout, useTijd } from './onderdelen.tsx';

function Gesprek({ id }: { id: string }) {
  const { t } = useDeelVertaling<'mijnKring'>();
  const { tijd } = useTijd();
  const gesprek = useGesprek(id);
  const stuur = useStuurBericht(id);
  const [tekst, setTekst] = useState('');
  const [meldingen, setMeldingen] = useState<Melding[]>([]);
  const [poging, setPoging] = useState(0);
  const [verstuurd, setVerstuurd] = useState('');
  const namen = gesprek.data?.deelnemers.join(', ') ?? '';
  useDocumentTitle(
    gesprek.data ? t('mijnKring.gesprek.title', { namen }) : t('mijnKring.gesprek.titleLeeg'),
  );

  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    setPoging((n) => n + 1);
    setVerstuurd('');
    const lengte = [...tekst.trim()].length;
    const fouten: Melding[] =
      lengte === 0
        ? [{ veld: 'bericht', tekst: t('mijnKring.gesprek.fout.leeg') }]
        : lengte > 4000
          ? [{ veld: 'bericht', tekst: t('mijnKring.gesprek.fout.lang') }]
          : [];
    setMeldingen(fouten);
    if (fouten.length > 0) return;
    stuur.mutate(tekst.trim(), {
      onSuccess: () => {
        setTekst('');
        setVerstuurd(t('mijnKring.gesprek.verstuurd', { namen }));
      },
      onError: () => setMeldingen([{ veld: 'bericht', tekst: t('mijnKring.mislukt') }]),
    });
  };

  if (gesprek.isPending) return <PageSkeleton />;
  if (gesprek.isError) {
    return (
      <>
        <PageHeading>{t('mijnKring.gesprek.titleLeeg')}</PageHeading>
        <Laadfout error={gesprek.error} onRetry={() => void gesprek.refetch()} />
      </>
    );
  }
  return (
    <>
      <PageHeading>{t('mijnKring.gesprek.heading', { namen })}</PageHeading>
      <Paragraph>{t('mijnKring.gesprek.intro')}</Paragraph>
      {gesprek.data.berichten.length === 0 ? (
        <Paragraph>{t('mijnKring.gesprek.leeg')}</Paragraph>
      ) : (
        <ol className="kring-mk-berichten" aria-label={t('mijnKring.gesprek.lijst')}>
          {gesprek.data.berichten.map((b) => (
            <li
              key={b.id}
              className={b.vanMij ? 'kring-mk-bericht kring-mk-bericht--mij' : 'kring-mk-bericht'}
            >
              <Paragraph className="kring-mk-klein">
                {t('mijnKring.gesprek.van', {
                  naam: b.vanMij ? t('mijnKring.gesprek.ik') : b.naam,
                  op: tijd(b.op),
                })}
              </Paragraph>
              <Paragraph className="kring-mk-tekst">{b.tekst}</Paragraph>
            </li>
          ))}
        </ol>
      )}
      <div role="status" className="kring-mk-melding">
        {verstuurd ? <Paragraph>{verstuurd}</Paragraph> : null}
      </div>
      <Foutoverzicht meldingen={meldingen} poging={poging} />
      <form noValidate onSubmit={verstuur} className="kring-hv-form">
        <TekstVak
          id="bericht"
          label={t('mijnKring.gesprek.label')}
          hint={t('mijnKring.gesprek.hint', { namen })}
          waarde={tekst}
          onChange={setTekst}
          fout={meldingen[0]?.tekst}
          rijen={4}
        />
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={stuur.isPending}
          disabled={stuur.isPending}
        >
          {t('mijnKring.gesprek.versturen')}
        </Button>
      </form>
    </>
  );
}

/** One message thread: the messages, and a form to write one. */
export function GesprekPagina() {
  const { t } = useDeelVertaling<'mijnKring'>();
  const { id = '' } = useParams();
  const sessie = useSessie();
  return (
    <>
      <Paragraph>
        <RouterLink to="/mijn-kring#berichten">{t('mijnKring.terug')}</RouterLink>
      </Paragraph>
      {sessie.isPending ? <PageSkeleton /> : null}
      {!sessie.isPending && !isIngelogd(sessie.data) ? (
        <>
          <PageHeading>{t('mijnKring.gesprek.titleLeeg')}</PageHeading>
          <InloggenNodig terug={`/mijn-kring/berichten/${id}`} />
        </>
      ) : null}
      {isIngelogd(sessie.data) ? <Gesprek id={id} /> : null}
    </>
  );
}
