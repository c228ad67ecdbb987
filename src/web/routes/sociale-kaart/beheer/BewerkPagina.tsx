import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { ErrorSummary, type FieldError } from '../../../components/formulier/ErrorSummary.tsx';
import type { Invoer } from '../../../components/formulier/invoer.ts';
import { TextField } from '../../../components/formulier/TextField.tsx';
import { Veld } from '../../../components/formulier/Veld.tsx';
import { LoadingStatus } from '../../../components/LoadingStatus.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import {
  type Bewerking,
  useBewerking,
  useSlaBewerkingOp,
  useTaxonomieen,
  useTrekIn,
} from '../api.ts';
import { useTaalNaam, Vinkje } from '../onderdelen.tsx';
import { useKaartVertaling } from '../vertaling.ts';
import { DAG_CODES, KOSTEN_CODES, TOEGANKELIJKHEID_CODES } from '../zoekStaat.ts';
import {
  controleer,
  type Formulier,
  type FormulierRooster,
  type FoutCode,
  INTERVALLEN,
  naarFormulier,
  naarInhoud,
  nieuweRij,
  RANGORDES,
  ROOSTER_SOORTEN,
  type RoosterRij,
  type RoosterSoort,
  rijInWoorden,
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
  return (
    <Veld id={id} label={label} description={description} error={error}>
      {(describedBy) => (
        <Textarea
          id={id}
          name={id}
          value={value}
          lang={lang}
          invalid={!!error}
          rows={5}
          aria-describedby={describedBy}
          onChange={(e: Invoer) => onChange(e.currentTarget.value)}
        />
      )}
    </Veld>
  );
}

/**
 * A labelled input in the same pattern as TextField, also for dates (the browser's date
 * picker, value YYYY-MM-DD) and for text in another language (`lang`).
 */
export function Invoerveld({
  id,
  label,
  value,
  onChange,
  description,
  error,
  type = 'text',
  lang,
  inputMode,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: string | undefined;
  error?: string | undefined;
  type?: 'text' | 'date';
  lang?: string;
  inputMode?: 'numeric' | 'text';
}) {
  return (
    <Veld id={id} label={label} description={description} error={error}>
      {(describedBy) => (
        <Textbox
          id={id}
          name={id}
          type={type}
          value={value}
          lang={lang}
          inputMode={inputMode}
          invalid={!!error}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e: Invoer) => onChange(e.currentTarget.value)}
        />
      )}
    </Veld>
  );
}

/** A labelled select in the same pattern. */
export function Keuze({
  id,
  label,
  value,
  onChange,
  opties,
  error,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  opties: { waarde: string; tekst: string }[];
  error?: string | undefined;
}) {
  return (
    <Veld id={id} label={label} error={error}>
      {(describedBy) => (
        <Select
          id={id}
          value={value}
          invalid={!!error}
          aria-describedby={describedBy}
          onChange={(e: Invoer) => onChange(e.currentTarget.value)}
        >
          {opties.map((o) => (
            <SelectOption key={o.waarde} value={o.waarde}>
              {o.tekst}
            </SelectOption>
          ))}
        </Select>
      )}
    </Veld>
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

/** The fields of one schedule row, by its kind, with the row in words below them. */
function RoosterVelden({
  rij,
  i,
  fout,
  onChange,
  onWeg,
}: {
  rij: FormulierRooster;
  i: number;
  fout: (veld: string) => string | undefined;
  onChange: (rij: FormulierRooster) => void;
  onWeg: () => void;
}) {
  const { t, i18n } = useKaartVertaling();
  const id = (veld: string) => `bw-rooster-${i}-${veld}`;
  const taal = i18n.language === 'en' ? 'en' : 'nl';
  const nummer = i + 1;
  const woorden = rijInWoorden(rij, taal);
  const weg = (
    <Button appearance="subtle-button" type="button" onClick={onWeg}>
      {t('socialeKaart.beheer.bewerk.rooster.weg', { nummer })}
    </Button>
  );
  if (rij.soort === 'anders') {
    return (
      <Fieldset className="kring-sk-rooster" id={id('soort')} tabIndex={-1}>
        <FieldsetLegend>
          {t('socialeKaart.beheer.bewerk.rooster.nummer', { nummer })}
        </FieldsetLegend>
        <Paragraph className="kring-sk-rooster-woorden">{woorden}</Paragraph>
        <Paragraph>{t('socialeKaart.beheer.bewerk.rooster.anders')}</Paragraph>
        {weg}
      </Fieldset>
    );
  }
  const zet = (deel: Partial<RoosterRij>) => onChange({ ...rij, ...deel });
  const dagen = DAG_CODES.map((d) => ({ waarde: d, tekst: t(`socialeKaart.dagen.${d}`) }));
  const tijden = (
    <>
      <Invoerveld
        id={id('van')}
        label={t('socialeKaart.bewerken.van')}
        description={t('socialeKaart.bewerken.tijdHint')}
        value={rij.van}
        error={fout(id('van'))}
        inputMode="numeric"
        onChange={(van) => zet({ van })}
      />
      <Invoerveld
        id={id('tot')}
        label={t('socialeKaart.bewerken.tot')}
        description={t('socialeKaart.bewerken.tijdHint')}
        value={rij.tot}
        error={fout(id('tot'))}
        inputMode="numeric"
        onChange={(tot) => zet({ tot })}
      />
    </>
  );
  const periode = (
    <>
      <Invoerveld
        id={id('datum')}
        type="date"
        label={t('socialeKaart.beheer.bewerk.rooster.eersteKeer')}
        description={
          rij.soort === 'wekelijks'
            ? t('socialeKaart.beheer.bewerk.rooster.eersteKeerHint')
            : undefined
        }
        value={rij.datum}
        error={fout(id('datum'))}
        onChange={(datum) => zet({ datum })}
      />
      <Invoerveld
        id={id('totdatum')}
        type="date"
        label={t('socialeKaart.beheer.bewerk.rooster.laatsteKeer')}
        value={rij.totDatum}
        error={fout(id('totdatum'))}
        onChange={(totDatum) => zet({ totDatum })}
      />
    </>
  );
  return (
    <Fieldset className="kring-sk-rooster">
      <FieldsetLegend>{t('socialeKaart.beheer.bewerk.rooster.nummer', { nummer })}</FieldsetLegend>
      <Keuze
        id={id('soort')}
        label={t('socialeKaart.beheer.bewerk.rooster.soort')}
        value={rij.soort}
        onChange={(soort) => zet({ soort: soort as RoosterSoort })}
        opties={ROOSTER_SOORTEN.map((s) => ({
          waarde: s,
          tekst: t(`socialeKaart.beheer.bewerk.rooster.soorten.${s}`),
        }))}
      />
      {rij.soort === 'wekelijks' ? (
        <>
          <Keuze
            id={id('interval')}
            label={t('socialeKaart.beheer.bewerk.rooster.hoeVaak')}
            value={rij.interval}
            error={fout(id('interval'))}
            onChange={(interval) => zet({ interval })}
            opties={INTERVALLEN.map((n) => ({
              waarde: n,
              tekst:
                n === '1'
                  ? t('socialeKaart.beheer.bewerk.rooster.elkeWeek')
                  : n === '2'
                    ? t('socialeKaart.beheer.bewerk.rooster.omDeWeek')
                    : t('socialeKaart.beheer.bewerk.rooster.elkeWeken', { aantal: n }),
            }))}
          />
          <Keuze
            id={id('dag')}
            label={t('socialeKaart.bewerken.dag')}
            value={rij.dag}
            error={fout(id('dag'))}
            onChange={(dag) => zet({ dag })}
            opties={dagen}
          />
          {tijden}
          {periode}
        </>
      ) : null}
      {rij.soort === 'maandelijks' ? (
        <>
          <Keuze
            id={id('rangorde')}
            label={t('socialeKaart.beheer.bewerk.rooster.welkeWeek')}
            value={rij.rangorde}
            error={fout(id('rangorde'))}
            onChange={(rangorde) => zet({ rangorde })}
            opties={RANGORDES.map((r) => ({
              waarde: r,
              tekst: t(
                `socialeKaart.beheer.bewerk.rooster.rangorde.${r === '-1' ? 'laatste' : r}` as 'socialeKaart.beheer.bewerk.rooster.rangorde.1',
              ),
            }))}
          />
          <Keuze
            id={id('dag')}
            label={t('socialeKaart.bewerken.dag')}
            value={rij.dag}
            error={fout(id('dag'))}
            onChange={(dag) => zet({ dag })}
            opties={dagen}
          />
          {tijden}
          {periode}
        </>
      ) : null}
      {rij.soort === 'eenmalig' ? (
        <>
          <Invoerveld
            id={id('datum')}
            type="date"
            label={t('socialeKaart.beheer.bewerk.rooster.datum')}
            value={rij.datum}
            error={fout(id('datum'))}
            onChange={(datum) => zet({ datum })}
          />
          {tijden}
        </>
      ) : null}
      {rij.soort === 'gesloten' ? (
        <>
          <Invoerveld
            id={id('datum')}
            type="date"
            label={t('socialeKaart.beheer.bewerk.rooster.geslotenVan')}
            value={rij.datum}
            error={fout(id('datum'))}
            onChange={(datum) => zet({ datum })}
          />
          <Invoerveld
            id={id('totdatum')}
            type="date"
            label={t('socialeKaart.beheer.bewerk.rooster.geslotenTot')}
            description={t('socialeKaart.beheer.bewerk.rooster.geslotenTotHint')}
            value={rij.totDatum}
            error={fout(id('totdatum'))}
            onChange={(totDatum) => zet({ totDatum })}
          />
        </>
      ) : null}
      <Invoerveld
        id={id('toelichting')}
        label={
          rij.soort === 'gesloten'
            ? t('socialeKaart.beheer.bewerk.rooster.reden')
            : t('socialeKaart.beheer.bewerk.rooster.toelichting')
        }
        description={
          rij.soort === 'gesloten' ? t('socialeKaart.beheer.bewerk.rooster.redenHint') : undefined
        }
        value={rij.toelichting}
        error={fout(id('toelichting'))}
        onChange={(toelichting) => zet({ toelichting })}
      />
      <Paragraph className="kring-sk-rooster-woorden">
        {woorden
          ? t('socialeKaart.beheer.bewerk.rooster.inWoorden', { woorden })
          : t('socialeKaart.beheer.bewerk.rooster.nietKlaar')}
      </Paragraph>
      {weg}
    </Fieldset>
  );
}

/**
 * Withdraw a change that waits for the editor, after a confirmation in the page (not a
 * browser dialog): the question takes focus, and "Nee" puts focus back on the button.
 */
function Intrekken({
  aanbodId,
  onKlaar,
}: {
  aanbodId: string;
  onKlaar: (melding: string) => void;
}) {
  const { t } = useKaartVertaling();
  const trekIn = useTrekIn();
  const [vragen, setVragen] = useState(false);
  const vraagRef = useRef<HTMLDivElement>(null);
  const knopRef = useRef<HTMLButtonElement>(null);
  const eerder = useRef(false);
  useEffect(() => {
    if (vragen) vraagRef.current?.focus();
    else if (eerder.current) knopRef.current?.focus();
    eerder.current = true;
  }, [vragen]);
  if (!vragen) {
    return (
      <Button
        ref={knopRef}
        type="button"
        appearance="secondary-action-button"
        onClick={() => setVragen(true)}
      >
        {t('socialeKaart.beheer.bewerk.intrekken.knop')}
      </Button>
    );
  }
  return (
    <div ref={vraagRef} tabIndex={-1} className="kring-sk-bevestig">
      <Paragraph id="bw-intrekken-vraag">
        {t('socialeKaart.beheer.bewerk.intrekken.vraag')}
      </Paragraph>
      {trekIn.isError ? (
        <Paragraph className="kring-sk-fout">{t('socialeKaart.beheer.mislukt')}</Paragraph>
      ) : null}
      <ButtonGroup>
        <Button
          type="button"
          appearance="primary-action-button"
          disabled={trekIn.isPending}
          onClick={() =>
            // mutateAsync: the answer also arrives after this part of the page is gone (the
            // refreshed entry has no change waiting any more).
            trekIn.mutateAsync(aanbodId).then(
              () => onKlaar(t('socialeKaart.beheer.bewerk.intrekken.klaar')),
              () => undefined,
            )
          }
        >
          {t('socialeKaart.beheer.bewerk.intrekken.ja')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={() => setVragen(false)}>
          {t('socialeKaart.beheer.bewerk.intrekken.nee')}
        </Button>
      </ButtonGroup>
    </div>
  );
}

const OUDE_FOUTEN = [
  'naam',
  'beschrijving',
  'bedrag',
  'leeftijd',
  'leeftijdVolgorde',
  'email',
  'website',
  'tijd',
  'tijdVolgorde',
] as const;
type OudeFout = (typeof OUDE_FOUTEN)[number];

/** The message for a mistake the form found (bewerkFormulier.ts gives the code). */
export function useFoutTekst(): (code: FoutCode) => string {
  const { t } = useKaartVertaling();
  return (code) =>
    (OUDE_FOUTEN as readonly string[]).includes(code)
      ? t(`socialeKaart.bewerken.fout.${code as OudeFout}`)
      : t(`socialeKaart.beheer.bewerk.fout.${code as Exclude<FoutCode, OudeFout>}`);
}

function Bewerkformulier({
  bewerking,
  beginMelding = '',
}: {
  bewerking: Bewerking;
  beginMelding?: string;
}) {
  const { t, i18n } = useKaartVertaling();
  const taxonomieen = useTaxonomieen();
  const taalNaam = useTaalNaam();
  const opslaan = useSlaBewerkingOp();
  const statusTekst = useStatusTekst();
  const [f, setF] = useState<Formulier>(() => naarFormulier(bewerking.inhoud));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [melding, setMelding] = useState(beginMelding);
  const meldingRef = useRef<HTMLDivElement>(null);
  const zet = (deel: Partial<Formulier>) => setF((huidig) => ({ ...huidig, ...deel }));
  const foutTekst = useFoutTekst();
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
      {voorstel?.status === 'ingediend' ? (
        <div className="kring-sk-intrekken">
          <Paragraph>{t('socialeKaart.beheer.bewerk.intrekken.uitleg')}</Paragraph>
          <Intrekken aanbodId={bewerking.aanbodId} onKlaar={setMelding} />
        </div>
      ) : null}
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
        <Invoerveld
          id="bw-naamEn"
          label={t('socialeKaart.beheer.bewerk.naamEn')}
          value={f.naamEn}
          onChange={(naamEn) => zet({ naamEn })}
          error={fout('bw-naamEn')}
          description={t('socialeKaart.beheer.bewerk.engelsHint')}
          lang="en"
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
          label={t('socialeKaart.beheer.bewerk.beschrijvingEn')}
          description={t('socialeKaart.beheer.bewerk.engelsHint')}
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
        <Paragraph>{t('socialeKaart.beheer.bewerk.rooster.uitleg')}</Paragraph>
        {f.roosters.map((rij, i) => (
          <RoosterVelden
            key={rij.sleutel}
            rij={rij}
            i={i}
            fout={fout}
            onChange={(nieuw) => zet({ roosters: f.roosters.map((x, j) => (j === i ? nieuw : x)) })}
            onWeg={() => zet({ roosters: f.roosters.filter((_, j) => j !== i) })}
          />
        ))}
        <ButtonGroup>
          <Button
            appearance="secondary-action-button"
            type="button"
            onClick={() =>
              zet({ roosters: [...f.roosters, nieuweRij(`nieuw-${Date.now()}`, 'wekelijks')] })
            }
          >
            {t('socialeKaart.beheer.bewerk.rooster.erbij')}
          </Button>
          <Button
            appearance="secondary-action-button"
            type="button"
            onClick={() =>
              zet({ roosters: [...f.roosters, nieuweRij(`nieuw-${Date.now()}`, 'gesloten')] })
            }
          >
            {t('socialeKaart.beheer.bewerk.rooster.geslotenErbij')}
          </Button>
        </ButtonGroup>

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
  // Just made on the "Nieuw aanbod" page: say so, and that the rest comes now.
  const { state } = useLocation() as { state: { melding?: string } | null };
  const beginMelding = state?.melding === 'gemaakt' ? t('socialeKaart.beheer.bewerk.gemaakt') : '';
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
          <Bewerkformulier
            key={bewerking.data.aanbodId}
            bewerking={bewerking.data}
            beginMelding={beginMelding}
          />
        </>
      ) : null}
    </>
  );
}
