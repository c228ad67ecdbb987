import './voordeur.css';
import { useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiSend } from '../../api/client.ts';
import { type Gemeente, useGemeente } from '../../api/gemeente.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ErrorSummary, type FieldError } from '../../components/formulier/ErrorSummary.tsx';
import type { Invoer } from '../../components/formulier/invoer.ts';
import { TextField } from '../../components/formulier/TextField.tsx';
import { useFormulier } from '../../components/formulier/useFormulier.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { AlleenBeheerder, BeheerMenu } from '../beheer/BeheerOnderdelen.tsx';
import { type Dag, WEEK } from './inloop.ts';

type Loket = Gemeente['loket'];
interface Rij {
  sleutel: number;
  dag: Dag;
  van: string;
  tot: string;
}

const TIJD = /^([01]\d|2[0-3]):[0-5]\d$/;
const TELEFOON = /^\+?[0-9][0-9 ()-]{5,}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
let volgende = 0;
const nieuweRij = (dag: Dag = 'MO', van = '09:00', tot = '12:00'): Rij => ({
  sleutel: ++volgende,
  dag,
  van,
  tot,
});

/** Where a server problem (`body.inloop.2.tot`) points to in this form. */
function veldVan(naam: string): string | undefined {
  const m = /^body\.(\w+)(?:\.(\d+)\.(\w+))?$/.exec(naam);
  if (!m) return undefined;
  if (m[1] === 'inloop') return m[2] !== undefined ? `inloop-${m[2]}-${m[3]}` : 'inloop-erbij';
  return {
    telefoonnummer: 'loket-telefoon',
    eMailadres: 'loket-email',
    bezoekadres: 'loket-adres',
    toelichting: 'loket-toelichting',
  }[m[1]!];
}

function LoketFormulier({ loket }: { loket: Loket }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const formulier = useFormulier();
  const [telefoon, setTelefoon] = useState(loket.telefoonnummer ?? '');
  const [email, setEmail] = useState(loket.eMailadres ?? '');
  const [adres, setAdres] = useState(loket.bezoekadres ?? '');
  const [toelichting, setToelichting] = useState(loket.toelichting ?? '');
  const [rijen, setRijen] = useState<Rij[]>(() =>
    loket.inloop.map((m) => nieuweRij(m.dag, m.van, m.tot)),
  );
  const [melding, setMelding] = useState('');

  const wijzig = (sleutel: number, deel: Partial<Rij>) =>
    setRijen((oud) => oud.map((r) => (r.sleutel === sleutel ? { ...r, ...deel } : r)));

  const controleer = (): FieldError[] => {
    const fouten: FieldError[] = [];
    if (!TELEFOON.test(telefoon.trim()) || telefoon.trim().length > 40) {
      fouten.push({ field: 'loket-telefoon', message: t('voordeur.beheer.fout.phone') });
    }
    if (email.trim() && !EMAIL.test(email.trim())) {
      fouten.push({ field: 'loket-email', message: t('voordeur.beheer.fout.email') });
    }
    if (adres.trim().length > 200) {
      fouten.push({ field: 'loket-adres', message: t('voordeur.beheer.fout.address') });
    }
    if (toelichting.trim().length > 300) {
      fouten.push({ field: 'loket-toelichting', message: t('voordeur.beheer.fout.toelichting') });
    }
    rijen.forEach((r, i) => {
      const van = TIJD.test(r.van);
      const tot = TIJD.test(r.tot);
      if (!van) fouten.push({ field: `inloop-${i}-van`, message: t('voordeur.beheer.fout.tijd') });
      if (!tot) fouten.push({ field: `inloop-${i}-tot`, message: t('voordeur.beheer.fout.tijd') });
      if (van && tot && r.van >= r.tot) {
        fouten.push({ field: `inloop-${i}-tot`, message: t('voordeur.beheer.fout.volgorde') });
      }
    });
    if (rijen.length > 14) {
      fouten.push({ field: 'inloop-erbij', message: t('voordeur.beheer.fout.teVeel') });
    }
    return fouten;
  };

  /** The server's reasons, by field, in the user's language (its own words stay Dutch). */
  const vanServer = (error: unknown): FieldError[] => {
    const velden =
      error instanceof ApiError
        ? (error.problem?.invalidParams ?? []).flatMap((p) => veldVan(p.name) ?? [])
        : [];
    if (velden.length === 0)
      return [{ field: 'loket-telefoon', message: t('voordeur.beheer.fout.server') }];
    const tekst: Record<string, string> = {
      'loket-telefoon': t('voordeur.beheer.fout.phone'),
      'loket-email': t('voordeur.beheer.fout.email'),
      'loket-adres': t('voordeur.beheer.fout.address'),
      'loket-toelichting': t('voordeur.beheer.fout.toelichting'),
      'inloop-erbij': t('voordeur.beheer.fout.teVeel'),
    };
    return [...new Set(velden)].map((field) => ({
      field,
      message: tekst[field] ?? t('voordeur.beheer.fout.tijd'),
    }));
  };

  const opslaan = (event: FormEvent) => {
    event.preventDefault();
    setMelding('');
    void formulier.submit(
      controleer,
      async () => {
        const leeg = (v: string) => v.trim() || undefined;
        const nieuw = await apiSend<Loket>('PUT', '/gemeente/loket', {
          telefoonnummer: telefoon.trim(),
          eMailadres: leeg(email),
          bezoekadres: leeg(adres),
          toelichting: leeg(toelichting),
          inloop: rijen.map(({ dag, van, tot }) => ({ dag, van, tot })),
        });
        client.setQueryData<Gemeente>(['gemeente'], (oud) =>
          oud ? { ...oud, loket: nieuw } : oud,
        );
        setMelding(t('voordeur.beheer.opgeslagen'));
      },
      vanServer,
    );
  };

  const fout = formulier.errorFor;
  return (
    <form onSubmit={opslaan} noValidate>
      <ErrorSummary errors={formulier.errors} attempt={formulier.attempt} />
      {/* Always in the page, so screen readers announce the message when it appears. */}
      <p role="status" className="kring-loket-melding">
        {melding}
      </p>
      <TextField
        id="loket-telefoon"
        label={t('voordeur.beheer.phone')}
        description={t('voordeur.beheer.phoneHint')}
        value={telefoon}
        onChange={setTelefoon}
        error={fout('loket-telefoon')}
        autoComplete="off"
        inputMode="tel"
      />
      <TextField
        id="loket-email"
        type="email"
        label={t('voordeur.beheer.email')}
        value={email}
        onChange={setEmail}
        error={fout('loket-email')}
        autoComplete="off"
      />
      <TextField
        id="loket-adres"
        label={t('voordeur.beheer.address')}
        description={t('voordeur.beheer.addressHint')}
        value={adres}
        onChange={setAdres}
        error={fout('loket-adres')}
        autoComplete="off"
      />
      <TextField
        id="loket-toelichting"
        label={t('voordeur.beheer.toelichting')}
        description={t('voordeur.beheer.toelichtingHint')}
        value={toelichting}
        onChange={setToelichting}
        error={fout('loket-toelichting')}
        autoComplete="off"
      />

      <Fieldset aria-describedby="inloop-hint">
        <FieldsetLegend>{t('voordeur.beheer.inloop')}</FieldsetLegend>
        <Paragraph id="inloop-hint">{t('voordeur.beheer.inloopHint')}</Paragraph>
        {rijen.map((rij, i) => {
          const nummer = i + 1;
          return (
            <Fieldset key={rij.sleutel} className="kring-inloop-rij">
              <FieldsetLegend>{t('voordeur.beheer.moment', { nummer })}</FieldsetLegend>
              <FormField className="kring-field">
                <div className="utrecht-form-field__label">
                  <FormLabel htmlFor={`inloop-${i}-dag`}>{t('voordeur.beheer.dag')}</FormLabel>
                </div>
                <div className="utrecht-form-field__input">
                  <Select
                    id={`inloop-${i}-dag`}
                    value={rij.dag}
                    onChange={(e: Invoer) =>
                      wijzig(rij.sleutel, { dag: e.currentTarget.value as Dag })
                    }
                  >
                    {WEEK.map((d) => (
                      <SelectOption key={d} value={d}>
                        {t(`voordeur.dagen.${d}`)}
                      </SelectOption>
                    ))}
                  </Select>
                </div>
              </FormField>
              <TextField
                id={`inloop-${i}-van`}
                label={t('voordeur.beheer.van')}
                value={rij.van}
                onChange={(van) => wijzig(rij.sleutel, { van })}
                error={fout(`inloop-${i}-van`)}
                inputMode="numeric"
                autoComplete="off"
              />
              <TextField
                id={`inloop-${i}-tot`}
                label={t('voordeur.beheer.tot')}
                value={rij.tot}
                onChange={(tot) => wijzig(rij.sleutel, { tot })}
                error={fout(`inloop-${i}-tot`)}
                inputMode="numeric"
                autoComplete="off"
              />
              <Button
                appearance="subtle-button"
                type="button"
                onClick={() => setRijen((oud) => oud.filter((r) => r.sleutel !== rij.sleutel))}
              >
                {t('voordeur.beheer.weg', { nummer })}
              </Button>
            </Fieldset>
          );
        })}
        <FormField invalid={!!fout('inloop-erbij')}>
          {fout('inloop-erbij') ? (
            <FormFieldErrorMessage>{fout('inloop-erbij')}</FormFieldErrorMessage>
          ) : null}
          <Button
            id="inloop-erbij"
            appearance="secondary-action-button"
            type="button"
            onClick={() => setRijen((oud) => [...oud, nieuweRij()])}
          >
            {t('voordeur.beheer.erbij')}
          </Button>
        </FormField>
      </Fieldset>

      <Button type="submit" appearance="primary-action-button" disabled={formulier.busy}>
        {t('voordeur.beheer.opslaan')}
      </Button>
    </form>
  );
}

function LoketBeheer() {
  const gemeente = useGemeente();
  if (gemeente.isPending) return <LoadingStatus loading />;
  if (gemeente.isError) return <ErrorAlert onRetry={() => void gemeente.refetch()} />;
  return <LoketFormulier loket={gemeente.data.loket} />;
}

/** The functioneel beheerder sets how residents reach the front door without a website. */
export function LoketBeheerPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('voordeur.beheer.title'));
  return (
    <>
      <PageHeading>{t('voordeur.beheer.heading')}</PageHeading>
      <Paragraph lead>{t('voordeur.beheer.intro')}</Paragraph>
      <BeheerMenu />
      <AlleenBeheerder>
        <LoketBeheer />
      </AlleenBeheerder>
    </>
  );
}
