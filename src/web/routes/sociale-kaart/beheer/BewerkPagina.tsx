import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { ErrorSummary, type FieldError } from '../../../components/formulier/ErrorSummary.tsx';
import type { Invoer } from '../../../components/formulier/invoer.ts';
import { TextField } from '../../../components/formulier/TextField.tsx';
import { LoadingStatus } from '../../../components/LoadingStatus.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { type Bewerking, useBewerking, useSlaBewerkingOp, useTaxonomieen } from '../api.ts';
import { useTaalNaam, Vinkje } from '../onderdelen.tsx';
import { useKaartVertaling } from '../vertaling.ts';
import { DAG_CODES, KOSTEN_CODES, TOEGANKELIJKHEID_CODES } from '../zoekStaat.ts';
import {
  controleer,
  type Formulier,
  type FoutCode,
  naarFormulier,
  naarInhoud,
  veldVanServer,
} from './bewerkFormulier.ts';
import { AlleenVoor, KaartbeheerMenu } from './Kaartbeheer.tsx';
import { useStatusTekst } from './MijnAanbodPagina.tsx';

const SOORTEN = ['dienst', 'activiteit', 'groep', 'evenement'] as const;
const TALEN = ['nl', 'en', 'de', 'fr', 'ar', 'tr', 'pl', 'uk', 'es', 'ti'] as const;

/** A labelled textarea in the same pattern as TextField. */
export function Tekstvak({
  id,
  label,
  value,
  onChange,
  description,
  error,
  lang,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: string;
  error?: string | undefined;
  lang?: string;
}) {
  const describedBy = [description ? `${id}-hint` : '', error ? `${id}-fout` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <FormField invalid={!!error} className="kring-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description ? (
        <FormFieldDescription id={`${id}-hint`} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      ) : null}
      {error ? (
        <FormFieldErrorMessage id={`${id}-fout`} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      ) : null}
      <div className="utrecht-form-field__input">
        <Textarea
          id={id}
          name={id}
          value={value}
          lang={lang}
          invalid={!!error}
          rows={5}
          aria-describedby={describedBy || undefined}
          onChange={(e: Invoer) => onChange(e.currentTarget.value)}
        />
      </div>
    </FormField>
  );
}

/** A labelled select in the same pattern. */
function Keuze({
  id,
  label,
  value,
  onChange,
  opties,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  opties: { waarde: string; tekst: string }[];
}) {
  return (
    <FormField className="kring-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <div className="utrecht-form-field__input">
        <Select id={id} value={value} onChange={(e: Invoer) => onChange(e.currentTarget.value)}>
          {opties.map((o) => (
            <SelectOption key={o.waarde} value={o.waarde}>
              {o.tekst}
            </SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );
}

function Vinkjes({
  id,
  legend,
  opties,
  gekozen,
  onChange,
}: {
  id: string;
  legend: string;
  opties: { code: string; tekst: string }[];
  gekozen: string[];
  onChange: (gekozen: string[]) => void;
}) {
  return (
    <Fieldset className="kring-sk-facet">
      <FieldsetLegend>{legend}</FieldsetLegend>
      <div className="kring-sk-vinkjes">
        {opties.map((o) => (
          <Vinkje
            key={o.code}
            id={`${id}-${o.code}`}
            label={o.tekst}
            checked={gekozen.includes(o.code)}
            onChange={(aan) =>
              onChange(aan ? [...gekozen, o.code] : gekozen.filter((c) => c !== o.code))
            }
          />
        ))}
      </div>
    </Fieldset>
  );
}

function Bewerkformulier({ bewerking }: { bewerking: Bewerking }) {
  const { t, i18n } = useKaartVertaling();
  const taxonomieen = useTaxonomieen();
  const taalNaam = useTaalNaam();
  const opslaan = useSlaBewerkingOp();
  const statusTekst = useStatusTekst();
  const [f, setF] = useState<Formulier>(() => naarFormulier(bewerking.inhoud));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [melding, setMelding] = useState('');
  const meldingRef = useRef<HTMLDivElement>(null);
  const zet = (deel: Partial<Formulier>) => setF((huidig) => ({ ...huidig, ...deel }));
  const foutTekst = (code: FoutCode) => t(`socialeKaart.bewerken.fout.${code}`);
  const fout = (veld: string) => errors.find((e) => e.field === veld)?.message;

  useEffect(() => {
    if (melding) meldingRef.current?.focus();
  }, [melding]);

  const termen = (code: string) =>
    (taxonomieen.data?.taxonomieen.find((x) => x.code === code)?.termen ?? []).map((term) => ({
      code: term.code,
      tekst: i18n.language === 'en' ? (term.naamEn ?? term.naam) : term.naam,
    }));

  const verstuur = (indienen: boolean) => async (event?: FormEvent) => {
    event?.preventDefault();
    setAttempt((n) => n + 1);
    setMelding('');
    const lokaal = controleer(f).map((c) => ({ field: c.veld, message: foutTekst(c.fout) }));
    setErrors(lokaal);
    if (lokaal.length > 0) return;
    try {
      await opslaan.mutateAsync({ id: bewerking.aanbodId, inhoud: naarInhoud(f), indienen });
      setMelding(
        indienen ? t('socialeKaart.bewerken.ingediend') : t('socialeKaart.bewerken.opgeslagen'),
      );
    } catch (error) {
      const velden =
        error instanceof ApiError
          ? (error.problem?.invalidParams ?? []).map((p) => ({
              field: veldVanServer(p.name),
              message: t('socialeKaart.bewerken.fout.server'),
            }))
          : [];
      setErrors(
        velden.length > 0
          ? [...new Map(velden.map((v) => [v.field, v])).values()]
          : [{ field: 'bw-naam', message: t('socialeKaart.bewerken.fout.mislukt') }],
      );
    }
  };

  const voorstel = bewerking.voorstel;
  return (
    <>
      <div ref={meldingRef} tabIndex={-1} role="status" className="kring-sk-melding-blok">
        {melding ? (
          <div className="kring-sk-gelukt">
            <Paragraph>{melding}</Paragraph>
            <Paragraph>
              <RouterLink to="/werkplek/sociale-kaart">
                {t('socialeKaart.bewerken.terugNaarLijst')}
              </RouterLink>
            </Paragraph>
          </div>
        ) : null}
      </div>
      <Paragraph>
        {t('socialeKaart.bewerken.status', {
          status: statusTekst({
            gepubliceerd: bewerking.gepubliceerd,
            voorstelStatus: voorstel?.status ?? null,
          }),
        })}
      </Paragraph>
      {voorstel?.status === 'teruggestuurd' && voorstel.opmerking ? (
        <Alert type="warning">
          <Paragraph>{t('socialeKaart.bewerken.opmerkingRedactie')}</Paragraph>
          <Paragraph>{voorstel.opmerking}</Paragraph>
        </Alert>
      ) : null}
      <form onSubmit={verstuur(true)} noValidate className="kring-sk-bewerkformulier">
        <ErrorSummary errors={errors} attempt={attempt} />

        <Heading2>{t('socialeKaart.bewerken.kopWat')}</Heading2>
        <TextField
          id="bw-naam"
          label={t('socialeKaart.bewerken.naam')}
          value={f.naam}
          onChange={(naam) => zet({ naam })}
          error={fout('bw-naam')}
        />
        <TextField
          id="bw-naamEn"
          label={t('socialeKaart.bewerken.naamEn')}
          value={f.naamEn}
          onChange={(naamEn) => zet({ naamEn })}
          error={fout('bw-naamEn')}
          description={t('socialeKaart.bewerken.engelsHint')}
        />
        <Keuze
          id="bw-soort"
          label={t('socialeKaart.bewerken.soort')}
          value={f.soort}
          onChange={(soort) => zet({ soort: soort as Formulier['soort'] })}
          opties={SOORTEN.map((s) => ({ waarde: s, tekst: t(`socialeKaart.soort.${s}`) }))}
        />
        <Tekstvak
          id="bw-beschrijving"
          label={t('socialeKaart.bewerken.beschrijving')}
          description={t('socialeKaart.bewerken.beschrijvingHint')}
          value={f.beschrijving}
          onChange={(beschrijving) => zet({ beschrijving })}
          error={fout('bw-beschrijving')}
          lang="nl"
        />
        <Tekstvak
          id="bw-beschrijvingEn"
          label={t('socialeKaart.bewerken.beschrijvingEn')}
          value={f.beschrijvingEn}
          onChange={(beschrijvingEn) => zet({ beschrijvingEn })}
          error={fout('bw-beschrijvingEn')}
          lang="en"
        />
        <TextField
          id="bw-trefwoorden"
          label={t('socialeKaart.bewerken.trefwoorden')}
          description={t('socialeKaart.bewerken.trefwoordenHint')}
          value={f.trefwoorden}
          onChange={(trefwoorden) => zet({ trefwoorden })}
          error={fout('bw-trefwoorden')}
        />

        <Heading2>{t('socialeKaart.bewerken.kopWanneer')}</Heading2>
        <Paragraph>{t('socialeKaart.bewerken.roosterUitleg')}</Paragraph>
        {f.wekelijks.map((w, i) => (
          <Fieldset key={w.sleutel} className="kring-sk-rooster">
            <FieldsetLegend>
              {t('socialeKaart.bewerken.roosterNummer', { nummer: i + 1 })}
            </FieldsetLegend>
            <Keuze
              id={`bw-rooster-${i}-dag`}
              label={t('socialeKaart.bewerken.dag')}
              value={w.dag}
              onChange={(dag) =>
                zet({ wekelijks: f.wekelijks.map((x, j) => (j === i ? { ...x, dag } : x)) })
              }
              opties={DAG_CODES.map((d) => ({ waarde: d, tekst: t(`socialeKaart.dagen.${d}`) }))}
            />
            <TextField
              id={`bw-rooster-${i}-van`}
              label={t('socialeKaart.bewerken.van')}
              description={t('socialeKaart.bewerken.tijdHint')}
              value={w.van}
              error={fout(`bw-rooster-${i}-van`)}
              inputMode="numeric"
              onChange={(van) =>
                zet({ wekelijks: f.wekelijks.map((x, j) => (j === i ? { ...x, van } : x)) })
              }
            />
            <TextField
              id={`bw-rooster-${i}-tot`}
              label={t('socialeKaart.bewerken.tot')}
              description={t('socialeKaart.bewerken.tijdHint')}
              value={w.tot}
              error={fout(`bw-rooster-${i}-tot`)}
              inputMode="numeric"
              onChange={(tot) =>
                zet({ wekelijks: f.wekelijks.map((x, j) => (j === i ? { ...x, tot } : x)) })
              }
            />
            <Button
              appearance="subtle-button"
              type="button"
              onClick={() => zet({ wekelijks: f.wekelijks.filter((_, j) => j !== i) })}
            >
              {t('socialeKaart.bewerken.roosterWeg', { nummer: i + 1 })}
            </Button>
          </Fieldset>
        ))}
        <Button
          appearance="secondary-action-button"
          type="button"
          onClick={() =>
            zet({
              wekelijks: [
                ...f.wekelijks,
                { sleutel: `nieuw-${Date.now()}`, dag: 'MO', van: '', tot: '' },
              ],
            })
          }
        >
          {t('socialeKaart.bewerken.roosterErbij')}
        </Button>
        {f.overigeRoosters.length > 0 ? (
          <Paragraph>
            {t('socialeKaart.bewerken.overigeRoosters', { count: f.overigeRoosters.length })}
          </Paragraph>
        ) : null}

        <Heading2>{t('socialeKaart.bewerken.kopWaar')}</Heading2>
        <Keuze
          id="bw-locatie"
          label={t('socialeKaart.bewerken.locatie')}
          value={f.locatieId}
          onChange={(locatieId) => zet({ locatieId })}
          opties={[
            { waarde: '', tekst: t('socialeKaart.bewerken.geenLocatie') },
            ...bewerking.locaties.map((l) => ({ waarde: l.id, tekst: `${l.naam}, ${l.plaats}` })),
          ]}
        />

        <Heading2>{t('socialeKaart.bewerken.kopVoorWie')}</Heading2>
        <Keuze
          id="bw-kosten-soort"
          label={t('socialeKaart.bewerken.kosten')}
          value={f.kostenSoort}
          onChange={(k) => zet({ kostenSoort: k as Formulier['kostenSoort'] })}
          opties={KOSTEN_CODES.map((k) => ({ waarde: k, tekst: t(`socialeKaart.kosten.${k}`) }))}
        />
        {f.kostenSoort === 'vast' ? (
          <TextField
            id="bw-kosten-bedrag"
            label={t('socialeKaart.bewerken.bedrag')}
            value={f.kostenBedrag}
            inputMode="decimal"
            error={fout('bw-kosten-bedrag')}
            onChange={(kostenBedrag) => zet({ kostenBedrag })}
          />
        ) : null}
        <TextField
          id="bw-kosten-omschrijving"
          label={t('socialeKaart.bewerken.kostenUitleg')}
          value={f.kostenOmschrijving}
          error={fout('bw-kosten-omschrijving')}
          onChange={(kostenOmschrijving) => zet({ kostenOmschrijving })}
        />
        <TextField
          id="bw-min"
          label={t('socialeKaart.bewerken.minLeeftijd')}
          value={f.minimumLeeftijd}
          inputMode="numeric"
          error={fout('bw-min')}
          onChange={(minimumLeeftijd) => zet({ minimumLeeftijd })}
        />
        <TextField
          id="bw-max"
          label={t('socialeKaart.bewerken.maxLeeftijd')}
          value={f.maximumLeeftijd}
          inputMode="numeric"
          error={fout('bw-max')}
          onChange={(maximumLeeftijd) => zet({ maximumLeeftijd })}
        />
        <Fieldset className="kring-sk-facet">
          <FieldsetLegend>{t('socialeKaart.bewerken.voorwaarden')}</FieldsetLegend>
          <Vinkje
            id="bw-verwijzing"
            label={t('socialeKaart.bewerken.verwijzingNodig')}
            checked={f.verwijzingNodig}
            onChange={(verwijzingNodig) => zet({ verwijzingNodig })}
          />
          <Vinkje
            id="bw-diagnose"
            label={t('socialeKaart.bewerken.diagnoseNodig')}
            checked={f.diagnoseNodig}
            onChange={(diagnoseNodig) => zet({ diagnoseNodig })}
          />
        </Fieldset>
        <Vinkjes
          id="bw-toegankelijk"
          legend={t('socialeKaart.filters.toegankelijkheid')}
          gekozen={f.toegankelijkheid}
          onChange={(g) => zet({ toegankelijkheid: g as Formulier['toegankelijkheid'] })}
          opties={TOEGANKELIJKHEID_CODES.map((c) => ({
            code: c,
            tekst: t(`socialeKaart.toegankelijkheid.${c}`),
          }))}
        />
        <Vinkjes
          id="bw-talen"
          legend={t('socialeKaart.bewerken.talen')}
          gekozen={f.talen}
          onChange={(talen) => zet({ talen })}
          opties={[...new Set([...TALEN, ...f.talen])].map((c) => ({
            code: c,
            tekst: taalNaam(c),
          }))}
        />
        <Vinkjes
          id="bw-levensdomein"
          legend={t('socialeKaart.filters.levensdomein')}
          gekozen={f.levensdomeinen}
          onChange={(levensdomeinen) => zet({ levensdomeinen })}
          opties={termen('levensdomein')}
        />
        <Vinkjes
          id="bw-hulpvorm"
          legend={t('socialeKaart.filters.hulpvorm')}
          gekozen={f.hulpvormen}
          onChange={(hulpvormen) => zet({ hulpvormen })}
          opties={termen('hulpvorm')}
        />
        <Vinkjes
          id="bw-doelgroep"
          legend={t('socialeKaart.filters.doelgroep')}
          gekozen={f.doelgroepen}
          onChange={(doelgroepen) => zet({ doelgroepen })}
          opties={termen('doelgroep')}
        />
        <Tekstvak
          id="bw-aanmelden"
          label={t('socialeKaart.bewerken.aanmelden')}
          value={f.aanmelden}
          onChange={(aanmelden) => zet({ aanmelden })}
          error={fout('bw-aanmelden')}
          lang="nl"
        />

        <Heading2>{t('socialeKaart.bewerken.kopContact')}</Heading2>
        <TextField
          id="bw-telefoon"
          label={t('socialeKaart.detail.telefoon')}
          value={f.telefoon}
          onChange={(telefoon) => zet({ telefoon })}
          error={fout('bw-telefoon')}
          autoComplete="off"
        />
        <TextField
          id="bw-email"
          label={t('socialeKaart.detail.email')}
          value={f.email}
          type="email"
          onChange={(email) => zet({ email })}
          error={fout('bw-email')}
          autoComplete="off"
        />
        <TextField
          id="bw-website"
          label={t('socialeKaart.detail.website')}
          value={f.website}
          description={t('socialeKaart.bewerken.websiteHint')}
          onChange={(website) => zet({ website })}
          error={fout('bw-website')}
          autoComplete="off"
        />

        <Paragraph>{t('socialeKaart.bewerken.naRedactie')}</Paragraph>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={opslaan.isPending}>
            {t('socialeKaart.bewerken.indienen')}
          </Button>
          <Button
            type="button"
            appearance="secondary-action-button"
            disabled={opslaan.isPending}
            onClick={() => void verstuur(false)()}
          >
            {t('socialeKaart.bewerken.alleenOpslaan')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

/** The organisation admin edits an entry; the change waits for the editor (moderation). */
export function BewerkPagina() {
  const { t } = useKaartVertaling();
  const { id = '' } = useParams();
  useDocumentTitle(t('socialeKaart.bewerken.titel'));
  return (
    <>
      <PageHeading>{t('socialeKaart.bewerken.titel')}</PageHeading>
      <AlleenVoor rollen={['organisatiebeheerder', 'redacteur']}>
        <KaartbeheerMenu />
        <Laden id={id} />
      </AlleenVoor>
    </>
  );
}

function Laden({ id }: { id: string }) {
  const { t } = useKaartVertaling();
  const bewerking = useBewerking(id);
  return (
    <>
      <LoadingStatus loading={bewerking.isPending} />
      {bewerking.isError ? (
        bewerking.error instanceof ApiError && bewerking.error.status < 500 ? (
          <Paragraph>{t('socialeKaart.beheer.geenToegang')}</Paragraph>
        ) : (
          <ErrorAlert onRetry={() => void bewerking.refetch()} />
        )
      ) : null}
      {bewerking.data ? (
        <>
          <Paragraph lead>
            {t('socialeKaart.bewerken.intro', {
              naam: bewerking.data.inhoud.naam,
              organisatie: bewerking.data.organisatie.naam,
            })}
          </Paragraph>
          <Bewerkformulier key={bewerking.data.aanbodId} bewerking={bewerking.data} />
        </>
      ) : null}
    </>
  );
}
