import { Button, DataList, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router';
import type { TaakStatus } from '../../../shared/welzijnsrecept.ts';
import { type Recept, useRecept, useStatuswijziging } from '../../api/welzijnsrecept.ts';
import { ErrorSummary } from '../../components/formulier/ErrorSummary.tsx';
import { Tekstvak } from '../../components/formulier/KeuzeGroep.tsx';
import { gaatOver, useFormulier } from '../../components/formulier/useFormulier.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { Gegeven, Statusmelding, useDatum } from '../loket-werk/onderdelen.tsx';
import { TerugkoppelingTekst } from './HuisartsLijstPage.tsx';
import { HuisartsPagina, LaadFout, useStatusTekst, useWrhT } from './HuisartsOnderdelen.tsx';

function Stand({ recept }: { recept: Recept }) {
  const { t } = useWrhT();
  const status = useStatusTekst();
  const { dag } = useDatum();
  return (
    <section aria-labelledby="wrh-stand">
      <Heading2 id="wrh-stand">{t('welzijnsreceptHuisarts.detail.stand')}</Heading2>
      <DataList className="kring-lw-gegevens" appearance="rows">
        <Gegeven label={t('welzijnsreceptHuisarts.detail.status')}>{status(recept.status)}</Gegeven>
        {recept.statusReden ? (
          <Gegeven label={t('welzijnsreceptHuisarts.detail.statusReden')}>
            {recept.statusReden}
          </Gegeven>
        ) : null}
        <Gegeven label={t('welzijnsreceptHuisarts.detail.ontvanger')}>
          {recept.ontvanger.naam}
        </Gegeven>
        <Gegeven label={t('welzijnsreceptHuisarts.detail.coach')}>
          {recept.coach ?? t('welzijnsreceptHuisarts.lijst.geenCoach')}
        </Gegeven>
        {recept.eersteContactVoor ? (
          <Gegeven label={t('welzijnsreceptHuisarts.detail.eersteContactVoor')}>
            {dag(recept.eersteContactVoor)}
            {recept.teLaat ? (
              <>
                {' '}
                <span className="kring-lw-te-laat">{t('welzijnsreceptHuisarts.lijst.teLaat')}</span>
              </>
            ) : null}
          </Gegeven>
        ) : null}
        <Gegeven label={t('welzijnsreceptHuisarts.detail.eersteContactOp')}>
          {recept.eersteContactOp
            ? dag(recept.eersteContactOp)
            : t('welzijnsreceptHuisarts.detail.nogGeenContact')}
        </Gegeven>
      </DataList>
    </section>
  );
}

function Terugkoppelingen({ recept }: { recept: Recept }) {
  const { t } = useWrhT();
  // Newest first, as in the list.
  const lijst = [...recept.terugkoppelingen].sort((a, b) => b.op.localeCompare(a.op));
  return (
    <section aria-labelledby="wrh-terugkoppelingen">
      <Heading2 id="wrh-terugkoppelingen">
        {t('welzijnsreceptHuisarts.detail.terugkoppelingen')}
      </Heading2>
      {lijst.length === 0 ? (
        <Paragraph>{t('welzijnsreceptHuisarts.detail.geenTerugkoppelingen')}</Paragraph>
      ) : (
        <ul className="kring-wrh-berichten">
          {lijst.map((k) => (
            <li key={`${k.moment}-${k.op}`}>
              <TerugkoppelingTekst terugkoppeling={k} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function HetRecept({ recept }: { recept: Recept }) {
  const { t } = useWrhT();
  const { moment } = useDatum();
  return (
    <section aria-labelledby="wrh-recept">
      <Heading2 id="wrh-recept">{t('welzijnsreceptHuisarts.detail.recept')}</Heading2>
      <DataList className="kring-lw-gegevens" appearance="rows">
        <Gegeven label={t('welzijnsreceptHuisarts.detail.verwijzer')}>
          {recept.verwijzer ? `${recept.verwijzer}, ${recept.praktijk.naam}` : recept.praktijk.naam}
        </Gegeven>
        <Gegeven label={t('welzijnsreceptHuisarts.detail.geschreven')}>
          {moment(recept.aangemaaktOp)}
        </Gegeven>
        <Gegeven label={t('welzijnsreceptHuisarts.detail.reden')}>{recept.reden}</Gegeven>
        <Gegeven label={t('welzijnsreceptHuisarts.detail.belangrijk')}>
          {recept.watIkBelangrijkVind}
        </Gegeven>
        <Gegeven label={t('welzijnsreceptHuisarts.detail.contactVoorkeur')}>
          {t(`welzijnsreceptHuisarts.contactVoorkeur.${recept.contactVoorkeur}`)}
        </Gegeven>
        <Gegeven label={t('welzijnsreceptHuisarts.detail.telefoon')}>
          {recept.persoon.telefoonnummer}
        </Gegeven>
        <Gegeven label={t('welzijnsreceptHuisarts.detail.email')}>
          {recept.persoon.eMailadres}
        </Gegeven>
      </DataList>
    </section>
  );
}

/** A status change the GP gives a reason for: withdraw, or mark as entered in error. */
function MetReden({
  id,
  recept,
  naar,
  onKlaar,
}: {
  id: string;
  recept: Recept;
  naar: 'cancelled' | 'entered-in-error';
  onKlaar: (status: TaakStatus) => void;
}) {
  const { t } = useWrhT();
  const wijzig = useStatuswijziging(recept.id);
  const formulier = useFormulier();
  const [reden, setReden] = useState('');
  const woorden =
    naar === 'cancelled'
      ? ({ kop: 'intrekkenKop', label: 'intrekkenReden', knop: 'intrekken' } as const)
      : ({ kop: 'foutiefKop', label: 'foutiefReden', knop: 'foutief' } as const);
  const veld = `${id}-reden`;
  const foutReden = { field: veld, message: t('welzijnsreceptHuisarts.detail.fout.reden') };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void formulier.submit(
      () => (reden.trim() ? [] : [foutReden]),
      async () => {
        const nieuw = await wijzig.mutateAsync({ status: naar, reden: reden.trim() });
        onKlaar(nieuw.status);
      },
      (error) =>
        gaatOver(error, 'reden')
          ? [foutReden]
          : [
              {
                field: `${id}-knop`,
                message: t('welzijnsreceptHuisarts.detail.fout.mislukt'),
              },
            ],
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-kop`} className="kring-lw-kaart">
      <Heading3 id={`${id}-kop`}>{t(`welzijnsreceptHuisarts.detail.${woorden.kop}`)}</Heading3>
      <ErrorSummary errors={formulier.errors} attempt={formulier.attempt} id={`${id}-fouten`} />
      <Tekstvak
        id={veld}
        label={t(`welzijnsreceptHuisarts.detail.${woorden.label}`)}
        hint={t('welzijnsreceptHuisarts.detail.intrekkenHint')}
        fout={formulier.errorFor(veld)}
        waarde={reden}
        onChange={setReden}
        rijen={3}
      />
      <Button
        id={`${id}-knop`}
        type="submit"
        appearance="secondary-action-button"
        disabled={formulier.busy}
      >
        {t(`welzijnsreceptHuisarts.detail.${woorden.knop}`)}
      </Button>
    </form>
  );
}

/** What the GP may do now (`mogelijk`): send a draft, withdraw, mark as entered in error. */
function Acties({ recept, onKlaar }: { recept: Recept; onKlaar: (status: TaakStatus) => void }) {
  const { t } = useWrhT();
  const wijzig = useStatuswijziging(recept.id);
  const formulier = useFormulier();
  const mag = (s: TaakStatus) => recept.mogelijk.includes(s);
  if (!mag('requested') && !mag('cancelled') && !mag('entered-in-error')) return null;
  const verstuur = () =>
    void formulier.submit(
      () => [],
      async () => {
        const nieuw = await wijzig.mutateAsync({ status: 'requested' });
        onKlaar(nieuw.status);
      },
      () => [{ field: 'wrh-versturen', message: t('welzijnsreceptHuisarts.detail.fout.mislukt') }],
    );
  return (
    <section aria-labelledby="wrh-acties">
      <Heading2 id="wrh-acties">{t('welzijnsreceptHuisarts.detail.acties')}</Heading2>
      {mag('requested') ? (
        <div className="kring-lw-acties">
          <ErrorSummary
            errors={formulier.errors}
            attempt={formulier.attempt}
            id="wrh-versturen-fouten"
          />
          <Button
            id="wrh-versturen"
            appearance="primary-action-button"
            disabled={formulier.busy}
            onClick={verstuur}
          >
            {t('welzijnsreceptHuisarts.detail.versturen')}
          </Button>
        </div>
      ) : null}
      {mag('cancelled') ? (
        <MetReden id="wrh-intrekken" recept={recept} naar="cancelled" onKlaar={onKlaar} />
      ) : null}
      {mag('entered-in-error') ? (
        <MetReden id="wrh-foutief" recept={recept} naar="entered-in-error" onKlaar={onKlaar} />
      ) : null}
    </section>
  );
}

/** `/werkplek/welzijnsrecept/:id`: one referral, its status, the reports back, the GP's steps. */
export function HuisartsDetailPage() {
  const { id = '' } = useParams();
  const { t } = useWrhT();
  const status = useStatusTekst();
  const recept = useRecept(id);
  const [melding, setMelding] = useState('');
  const naam = recept.data?.persoon.naam;
  const kop = naam
    ? t('welzijnsreceptHuisarts.detail.titel', { naam })
    : t('welzijnsreceptHuisarts.detail.heading');
  const klaar = (nieuw: TaakStatus) =>
    setMelding(
      nieuw === 'requested'
        ? t('welzijnsreceptHuisarts.detail.verstuurd')
        : t('welzijnsreceptHuisarts.detail.gewijzigd', { status: status(nieuw) }),
    );
  return (
    <HuisartsPagina
      // The title stays without the name: the browser's history and tabs keep no person data.
      titel={t('welzijnsreceptHuisarts.detail.heading')}
      kop={kop}
      boven={
        <Paragraph>
          <RouterLink to="/werkplek/welzijnsrecept">
            {t('welzijnsreceptHuisarts.detail.terug')}
          </RouterLink>
        </Paragraph>
      }
    >
      <Statusmelding tekst={melding} />
      <LoadingStatus loading={recept.isPending} />
      {recept.isError ? (
        <LaadFout error={recept.error} onRetry={() => void recept.refetch()} />
      ) : null}
      {recept.data ? (
        <>
          <Stand recept={recept.data} />
          <Terugkoppelingen recept={recept.data} />
          <HetRecept recept={recept.data} />
          <Acties recept={recept.data} onKlaar={klaar} />
        </>
      ) : null}
    </HuisartsPagina>
  );
}
