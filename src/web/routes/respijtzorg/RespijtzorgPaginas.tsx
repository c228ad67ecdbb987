import {
  Alert,
  Button,
  Heading2,
  Paragraph,
  TableCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { Route, Routes } from 'react-router';
import { ApiError } from '../../api/client.ts';
import {
  DAGDELEN,
  type Dagdeel,
  FREQUENTIES,
  type HoeVaak,
  naarAanbieder,
  SOORTEN,
  type Soort,
  useAnnuleerRespijt,
  useMijnRespijt,
  useRespijtAanbieders,
  useVraagRespijt,
  type Verzoek,
} from '../../api/respijtzorg.ts';
import { ErrorSummary, type FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { KeuzeGroep } from '../../components/formulier/KeuzeGroep.tsx';
import { Tekstvak } from '../../components/formulier/Tekstvak.tsx';
import { TextField } from '../../components/formulier/TextField.tsx';
import { useFormulier } from '../../components/formulier/useFormulier.ts';
import { KolomTabel } from '../../components/KolomTabel.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { DeelSkeleton } from '../hulp-vragen/formulier.tsx';
import { InloggenNodig, Laadfout } from '../mijn-kring/onderdelen.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { Melding, serverFouten, useRzT, wanneer } from './onderdelen.tsx';

const BASIS = '/mijn-kring/respijtzorg';
const vandaag = () => new Date().toISOString().slice(0, 10);

/** "Even vrij van zorg": what kind, for whom, when, how often, a provider, and the yes. */
function Formulier({ onVerstuurd }: { onVerstuurd: () => void }) {
  const { t } = useRzT();
  const vraag = useVraagRespijt();
  const form = useFormulier();
  const [soort, setSoort] = useState<Soort | undefined>();
  const [naam, setNaam] = useState('');
  const [relatie, setRelatie] = useState('');
  const [datum, setDatum] = useState('');
  const [dagdeel, setDagdeel] = useState<Dagdeel | undefined>();
  const [hoeVaak, setHoeVaak] = useState<HoeVaak | undefined>();
  const [postcode, setPostcode] = useState('');
  const [aanbodId, setAanbodId] = useState<string | undefined>();
  const [telefoon, setTelefoon] = useState('');
  const [toelichting, setToelichting] = useState('');
  const [toestemming, setToestemming] = useState(false);
  const aanbieders = useRespijtAanbieders(soort);
  const bijAanbieder = soort !== undefined && naarAanbieder(soort);

  const v = {
    soort: { id: 'rz-soort', tekst: t('respijtzorg.fout.soort') },
    naam: { id: 'rz-naam', tekst: t('respijtzorg.fout.voorWie') },
    datum: { id: 'rz-datum', tekst: t('respijtzorg.fout.datum') },
    dagdeel: { id: 'rz-dagdeel', tekst: t('respijtzorg.fout.dagdeel') },
    hoeVaak: { id: 'rz-hoevaak', tekst: t('respijtzorg.fout.hoeVaak') },
    postcode: { id: 'rz-postcode', tekst: t('respijtzorg.fout.postcode') },
    aanbieder: { id: 'rz-aanbieder', tekst: t('respijtzorg.fout.aanbieder') },
    telefoon: { id: 'rz-telefoon', tekst: t('respijtzorg.fout.telefoon') },
    toelichting: { id: 'rz-toelichting', tekst: t('respijtzorg.fout.toelichting') },
    toestemming: { id: 'rz-toestemming', tekst: t('respijtzorg.fout.toestemming') },
  };

  const controleer = (): FieldError[] => {
    const f: FieldError[] = [];
    const mis = (x: { id: string; tekst: string }) => f.push({ field: x.id, message: x.tekst });
    if (!soort) mis(v.soort);
    if (!naam.trim()) mis(v.naam);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(datum.trim()) || datum.trim() < vandaag()) mis(v.datum);
    if (!dagdeel) mis(v.dagdeel);
    if (!hoeVaak) mis(v.hoeVaak);
    if (soort && !bijAanbieder && !/^[1-9][0-9]{3} ?[A-Za-z]{2}$/.test(postcode.trim())) {
      mis(v.postcode);
    }
    if (bijAanbieder && !aanbodId) mis(v.aanbieder);
    if (toelichting.length > 1000) mis(v.toelichting);
    if (!toestemming) mis(v.toestemming);
    return f;
  };

  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    void form.submit(
      controleer,
      async () => {
        await vraag.mutateAsync({
          soort: soort!,
          voorWie: { naam: naam.trim(), relatie: relatie.trim() },
          datum: datum.trim(),
          dagdeel: dagdeel!,
          hoeVaak: hoeVaak!,
          toelichting,
          ...(bijAanbieder ? { aanbodId } : { postcode: postcode.trim() }),
          ...(telefoon.trim() ? { telefoonnummer: telefoon.trim() } : {}),
          toestemming: true,
        });
        setSoort(undefined);
        setNaam('');
        setRelatie('');
        setDatum('');
        setDagdeel(undefined);
        setHoeVaak(undefined);
        setPostcode('');
        setAanbodId(undefined);
        setToelichting('');
        setToestemming(false);
        onVerstuurd();
      },
      (err) =>
        serverFouten(
          err,
          {
            soort: v.soort,
            'voorWie.naam': v.naam,
            datum: v.datum,
            dagdeel: v.dagdeel,
            hoeVaak: v.hoeVaak,
            postcode: v.postcode,
            aanbodId: v.aanbieder,
            telefoonnummer: v.telefoon,
            toelichting: v.toelichting,
            toestemming: v.toestemming,
          },
          { id: v.soort.id, tekst: t('respijtzorg.fout.algemeen') },
        ),
    );
  };

  return (
    <section aria-labelledby="rz-form-kop">
      <Heading2 id="rz-form-kop">{t('respijtzorg.form.heading')}</Heading2>
      <form noValidate onSubmit={verstuur}>
        <ErrorSummary errors={form.errors} attempt={form.attempt} id="rz-fouten" />
        <KeuzeGroep
          id={v.soort.id}
          soort="radio"
          legend={t('respijtzorg.form.soortLegend')}
          opties={SOORTEN.map((s) => ({ waarde: s, label: t(`respijtzorg.soort.${s}`) }))}
          gekozen={soort ? [soort] : []}
          onChange={(k) => {
            setSoort(k[0]);
            setAanbodId(undefined);
          }}
          fout={form.errorFor(v.soort.id)}
        />
        <TextField
          id={v.naam.id}
          label={t('respijtzorg.form.voorWie')}
          description={t('respijtzorg.form.voorWieHint')}
          value={naam}
          onChange={setNaam}
          error={form.errorFor(v.naam.id)}
        />
        <TextField
          id="rz-relatie"
          label={t('respijtzorg.form.relatie')}
          description={t('respijtzorg.form.relatieHint')}
          value={relatie}
          onChange={setRelatie}
        />
        <TextField
          id={v.datum.id}
          label={t('respijtzorg.form.datum')}
          description={t('respijtzorg.form.datumHint')}
          value={datum}
          onChange={setDatum}
          inputMode="numeric"
          error={form.errorFor(v.datum.id)}
        />
        <KeuzeGroep
          id={v.dagdeel.id}
          soort="radio"
          legend={t('respijtzorg.form.dagdeelLegend')}
          opties={DAGDELEN.map((d) => ({ waarde: d, label: t(`respijtzorg.dagdeel.${d}`) }))}
          gekozen={dagdeel ? [dagdeel] : []}
          onChange={(k) => setDagdeel(k[0])}
          fout={form.errorFor(v.dagdeel.id)}
        />
        <KeuzeGroep
          id={v.hoeVaak.id}
          soort="radio"
          legend={t('respijtzorg.form.hoeVaakLegend')}
          opties={FREQUENTIES.map((f) => ({ waarde: f, label: t(`respijtzorg.hoeVaak.${f}`) }))}
          gekozen={hoeVaak ? [hoeVaak] : []}
          onChange={(k) => setHoeVaak(k[0])}
          fout={form.errorFor(v.hoeVaak.id)}
        />
        {soort && !bijAanbieder ? (
          <TextField
            id={v.postcode.id}
            label={t('respijtzorg.form.postcode')}
            description={t('respijtzorg.form.postcodeHint')}
            value={postcode}
            onChange={setPostcode}
            autoComplete="postal-code"
            error={form.errorFor(v.postcode.id)}
          />
        ) : null}
        {bijAanbieder && aanbieders.isPending ? (
          <Paragraph role="status">{t('respijtzorg.form.aanbiedersLaden')}</Paragraph>
        ) : null}
        {bijAanbieder && aanbieders.data && aanbieders.data.aanbieders.length === 0 ? (
          <Alert type="info">
            <Paragraph>{t('respijtzorg.form.geenAanbieders')}</Paragraph>
          </Alert>
        ) : null}
        {bijAanbieder && aanbieders.data && aanbieders.data.aanbieders.length > 0 ? (
          <KeuzeGroep
            id={v.aanbieder.id}
            soort="radio"
            legend={t('respijtzorg.form.aanbiederLegend')}
            hint={t('respijtzorg.form.aanbiederHint')}
            opties={aanbieders.data.aanbieders.map((a) => ({
              waarde: a.aanbodId,
              label: `${a.organisatie.naam}: ${a.naam}${a.plaats ? ` (${a.plaats})` : ''}`,
              hint: a.samenvatting,
            }))}
            gekozen={aanbodId ? [aanbodId] : []}
            onChange={(k) => setAanbodId(k[0])}
            fout={form.errorFor(v.aanbieder.id)}
          />
        ) : null}
        <TextField
          id={v.telefoon.id}
          label={t('respijtzorg.form.telefoon')}
          description={t('respijtzorg.form.telefoonHint')}
          value={telefoon}
          onChange={setTelefoon}
          autoComplete="tel"
          inputMode="tel"
          error={form.errorFor(v.telefoon.id)}
        />
        <Tekstvak
          id={v.toelichting.id}
          label={t('respijtzorg.form.toelichting')}
          hint={t('respijtzorg.form.toelichtingHint')}
          waarde={toelichting}
          onChange={setToelichting}
          rijen={3}
          fout={form.errorFor(v.toelichting.id)}
        />
        <KeuzeGroep
          id={v.toestemming.id}
          soort="checkbox"
          legend={t('respijtzorg.form.toestemmingLegend')}
          hint={t('respijtzorg.form.toestemmingHint')}
          opties={[{ waarde: 'ja', label: t('respijtzorg.form.toestemming') }]}
          gekozen={toestemming ? ['ja'] : []}
          onChange={(k) => setToestemming(k.length > 0)}
          fout={form.errorFor(v.toestemming.id)}
        />
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={form.busy}
          disabled={form.busy}
        >
          {t('respijtzorg.form.knop')}
        </Button>
      </form>
    </section>
  );
}

function StatusCel({ v, onGeannuleerd }: { v: Verzoek; onGeannuleerd: () => void }) {
  const { t } = useRzT();
  const annuleer = useAnnuleerRespijt();
  const open = ['bij-aanbieder', 'in-matching', 'toegezegd'].includes(v.status);
  return (
    <TableCell>
      <Paragraph>{t(`respijtzorg.weergave.${v.weergave}`)}</Paragraph>
      {v.aanbieder ? (
        <Paragraph>{t('respijtzorg.lijst.bij', { naam: v.aanbieder.naam })}</Paragraph>
      ) : null}
      {v.antwoord ? (
        <Paragraph>{t('respijtzorg.lijst.antwoord', { tekst: v.antwoord })}</Paragraph>
      ) : null}
      {open ? (
        <Button
          appearance="secondary-action-button"
          busy={annuleer.isPending}
          disabled={annuleer.isPending}
          onClick={() => annuleer.mutate(v.id, { onSuccess: onGeannuleerd })}
        >
          {t('respijtzorg.lijst.annuleren')}
        </Button>
      ) : null}
      {annuleer.isError ? (
        <Alert type="error">
          <Paragraph>{t('respijtzorg.lijst.annulerenMislukt')}</Paragraph>
        </Alert>
      ) : null}
    </TableCell>
  );
}

function Overzicht() {
  const { t, i18n } = useRzT();
  useDocumentTitle(t('respijtzorg.title'));
  const mijn = useMijnRespijt();
  const [melding, setMelding] = useState<string | null>(null);
  const nietIngelogd = mijn.error instanceof ApiError && mijn.error.status === 401;
  return (
    <>
      <PageHeading>{t('respijtzorg.title')}</PageHeading>
      <Paragraph>{t('respijtzorg.intro')}</Paragraph>
      <Melding tekst={melding} />
      {mijn.isPending ? <DeelSkeleton /> : null}
      {nietIngelogd ? <InloggenNodig terug={BASIS} /> : null}
      {mijn.isError && !nietIngelogd ? (
        <Laadfout error={mijn.error} onRetry={() => void mijn.refetch()} />
      ) : null}
      {mijn.data ? (
        <>
          <section aria-labelledby="rz-lijst-kop">
            <Heading2 id="rz-lijst-kop">{t('respijtzorg.lijst.heading')}</Heading2>
            {mijn.data.verzoeken.length === 0 ? (
              <Paragraph>{t('respijtzorg.lijst.geen')}</Paragraph>
            ) : (
              <KolomTabel
                id="rz-lijst-kop"
                kolommen={[
                  t('respijtzorg.lijst.kolomWat'),
                  t('respijtzorg.lijst.kolomVoorWie'),
                  t('respijtzorg.lijst.kolomWanneer'),
                  t('respijtzorg.lijst.kolomStatus'),
                ]}
              >
                {mijn.data.verzoeken.map((v) => (
                  <TableRow key={v.id}>
                    <TableCell>{t(`respijtzorg.soort.${v.soort}`)}</TableCell>
                    <TableCell>{v.voorWie.naam}</TableCell>
                    <TableCell>{wanneer(t, i18n.language, v)}</TableCell>
                    <StatusCel
                      v={v}
                      onGeannuleerd={() => setMelding(t('respijtzorg.lijst.geannuleerd'))}
                    />
                  </TableRow>
                ))}
              </KolomTabel>
            )}
          </section>
          <Formulier onVerstuurd={() => setMelding(t('respijtzorg.form.verstuurd'))} />
        </>
      ) : null}
    </>
  );
}

/** `/mijn-kring/respijtzorg/*`: the carer's requests and the form. */
export function RespijtzorgPaginas() {
  return (
    <Routes>
      <Route index element={<Overzicht />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
