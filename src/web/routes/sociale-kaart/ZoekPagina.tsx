import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { type FormEvent, lazy, Suspense, useEffect, useId, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { FacetWaarde, ZoekResultaat } from '../../../server/modules/sociale-kaart/model.ts';
import { useGemeente } from '../../api/gemeente.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ErrorSummary, type FieldError } from '../../components/formulier/ErrorSummary.tsx';
import type { Invoer } from '../../components/formulier/invoer.ts';
import { TextField } from '../../components/formulier/TextField.tsx';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useZoekAanbod } from './api.ts';
import { onthoudZoekUrl, useEngels, useTermNaam, Vinkje } from './onderdelen.tsx';
import { useKaartVertaling } from './vertaling.ts';
import {
  apiQuery,
  bewaarPersoonlijk,
  DAG_CODES,
  type Dag,
  type Filters,
  filtersNaarUrl,
  filtersUitUrl,
  formatAfstand,
  isPostcode,
  leesPersoonlijk,
  PAGINA_GROOTTE,
  type Persoonlijk,
  STRALEN_KM,
} from './zoekStaat.ts';

// The map (Leaflet, ~150 kB) loads only when someone opens it.
const KaartWeergave = lazy(() =>
  import('../../components/kaart/KaartWeergave.tsx').then((m) => ({ default: m.KaartWeergave })),
);

function sessie(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The search form: the personal part (text, postcode or location, age) and the radius. */
function Zoekformulier({
  persoonlijk,
  straalKm,
  onZoek,
}: {
  persoonlijk: Persoonlijk;
  straalKm: number;
  onZoek: (persoonlijk: Persoonlijk, straalKm: number) => void;
}) {
  const { t } = useKaartVertaling();
  const [tekst, setTekst] = useState(persoonlijk.tekst);
  const [postcode, setPostcode] = useState(persoonlijk.postcode);
  const [leeftijd, setLeeftijd] = useState(persoonlijk.leeftijd);
  const [punt, setPunt] = useState(persoonlijk.punt);
  const [straal, setStraal] = useState(straalKm);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [locatieMelding, setLocatieMelding] = useState('');

  const controleer = (): FieldError[] => {
    const fouten: FieldError[] = [];
    if (!punt && postcode.trim() !== '' && !isPostcode(postcode)) {
      fouten.push({ field: 'zoek-postcode', message: t('socialeKaart.zoeken.fout.postcode') });
    }
    const jaar = Number(leeftijd);
    if (leeftijd.trim() !== '' && !(Number.isInteger(jaar) && jaar >= 0 && jaar <= 120)) {
      fouten.push({ field: 'zoek-leeftijd', message: t('socialeKaart.zoeken.fout.leeftijd') });
    }
    return fouten;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const fouten = controleer();
    setErrors(fouten);
    if (fouten.length === 0) onZoek({ tekst, postcode, leeftijd, punt }, straal);
  };

  const gebruikLocatie = () => {
    if (!('geolocation' in navigator)) {
      setLocatieMelding(t('socialeKaart.zoeken.locatie.kanNiet'));
      return;
    }
    setLocatieMelding(t('socialeKaart.zoeken.locatie.bezig'));
    navigator.geolocation.getCurrentPosition(
      (positie) => {
        const nieuw = { lat: positie.coords.latitude, lon: positie.coords.longitude };
        setPunt(nieuw);
        setLocatieMelding(t('socialeKaart.zoeken.locatie.gebruikt'));
        onZoek({ tekst, postcode, leeftijd, punt: nieuw }, straal);
      },
      () => setLocatieMelding(t('socialeKaart.zoeken.locatie.kanNiet')),
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 },
    );
  };

  const vergeetLocatie = () => {
    setPunt(null);
    setLocatieMelding(t('socialeKaart.zoeken.locatie.vergeten'));
    onZoek({ tekst, postcode, leeftijd, punt: null }, straal);
  };

  const fout = (veld: string) => errors.find((e) => e.field === veld)?.message;

  return (
    <search aria-label={t('socialeKaart.zoeken.formulier')}>
      <form onSubmit={submit} noValidate className="kring-sk-zoekformulier">
        <ErrorSummary errors={errors} attempt={attempt} />
        <TextField
          id="zoek-tekst"
          label={t('socialeKaart.zoeken.tekst')}
          description={t('socialeKaart.zoeken.tekstHint')}
          value={tekst}
          onChange={setTekst}
          autoComplete="off"
        />
        <div className="kring-sk-plaats">
          {punt ? (
            <Paragraph className="kring-sk-locatie">
              {t('socialeKaart.zoeken.locatie.inGebruik')}{' '}
              <Button appearance="subtle-button" type="button" onClick={vergeetLocatie}>
                {t('socialeKaart.zoeken.locatie.vergeet')}
              </Button>
            </Paragraph>
          ) : (
            <>
              <TextField
                id="zoek-postcode"
                label={t('socialeKaart.zoeken.postcode')}
                description={t('socialeKaart.zoeken.postcodeHint')}
                value={postcode}
                onChange={setPostcode}
                error={fout('zoek-postcode')}
                autoComplete="off"
              />
              <Button appearance="secondary-action-button" type="button" onClick={gebruikLocatie}>
                {t('socialeKaart.zoeken.locatie.gebruik')}
              </Button>
            </>
          )}
          <p role="status" className="kring-sk-melding">
            {locatieMelding}
          </p>
          <FormField className="kring-field">
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor="zoek-straal">{t('socialeKaart.zoeken.straal')}</FormLabel>
            </div>
            <div className="utrecht-form-field__input">
              <Select
                id="zoek-straal"
                value={String(straal)}
                onChange={(e: Invoer) => setStraal(Number(e.currentTarget.value))}
              >
                {STRALEN_KM.map((km) => (
                  <SelectOption key={km} value={String(km)}>
                    {t('socialeKaart.zoeken.straalKm', { km })}
                  </SelectOption>
                ))}
              </Select>
            </div>
          </FormField>
        </div>
        <TextField
          id="zoek-leeftijd"
          label={t('socialeKaart.zoeken.leeftijd')}
          description={t('socialeKaart.zoeken.leeftijdHint')}
          value={leeftijd}
          onChange={setLeeftijd}
          error={fout('zoek-leeftijd')}
          inputMode="numeric"
          autoComplete="off"
        />
        <Paragraph className="kring-sk-privacy">{t('socialeKaart.zoeken.privacy')}</Paragraph>
        <Button type="submit" appearance="primary-action-button">
          {t('socialeKaart.zoeken.zoeken')}
        </Button>
      </form>
    </search>
  );
}

/** One group of checkboxes with the number of results each would give. */
function FacetGroep({
  id,
  legend,
  waarden,
  gekozen,
  naam,
  onChange,
}: {
  id: string;
  legend: string;
  waarden: FacetWaarde[];
  gekozen: string[];
  naam: (w: FacetWaarde) => string;
  onChange: (gekozen: string[]) => void;
}) {
  const { t } = useKaartVertaling();
  return (
    <Fieldset className="kring-sk-facet">
      <FieldsetLegend>{legend}</FieldsetLegend>
      {waarden.map((w) => (
        <Vinkje
          key={w.code}
          id={`${id}-${w.code}`}
          label={t('socialeKaart.filters.metAantal', { naam: naam(w), aantal: w.aantal })}
          checked={gekozen.includes(w.code)}
          onChange={(aan) =>
            onChange(aan ? [...gekozen, w.code] : gekozen.filter((c) => c !== w.code))
          }
        />
      ))}
    </Fieldset>
  );
}

function Filterpaneel({
  filters,
  facetten,
  onChange,
}: {
  filters: Filters;
  facetten: ZoekResultaat['facetten'] | undefined;
  onChange: (filters: Filters) => void;
}) {
  const { t } = useKaartVertaling();
  const termNaam = useTermNaam();
  const [open] = useState(() => window.matchMedia?.('(min-width: 48em)').matches ?? true);
  const zet = (deel: Partial<Filters>) => onChange({ ...filters, ...deel, pagina: 1 });
  const aantalGekozen =
    filters.kosten.length +
    filters.toegankelijkheid.length +
    filters.levensdomein.length +
    filters.hulpvorm.length +
    filters.doelgroep.length +
    (filters.nuOpen ? 1 : 0) +
    (filters.dag ? 1 : 0) +
    (filters.zonderVerwijzing ? 1 : 0);
  const taxonomie = (code: 'levensdomein' | 'hulpvorm' | 'doelgroep') =>
    facetten ? (
      <details className="kring-sk-uitklap" open={filters[code].length > 0}>
        <summary>{t(`socialeKaart.filters.${code}`)}</summary>
        <FacetGroep
          id={`filter-${code}`}
          legend={t(`socialeKaart.filters.${code}`)}
          waarden={facetten[code]}
          gekozen={filters[code]}
          naam={(w) => termNaam(code, w.code, w.naam)}
          onChange={(gekozen) => zet({ [code]: gekozen })}
        />
      </details>
    ) : null;

  return (
    <details className="kring-sk-filters" open={open}>
      <summary>
        <Heading2 className="kring-sk-filters__kop">
          {aantalGekozen > 0
            ? t('socialeKaart.filters.kopGekozen', { aantal: aantalGekozen })
            : t('socialeKaart.filters.kop')}
        </Heading2>
      </summary>
      {facetten ? (
        <>
          <FacetGroep
            id="filter-kosten"
            legend={t('socialeKaart.filters.kosten')}
            waarden={facetten.kosten}
            gekozen={filters.kosten}
            naam={(w) => t(`socialeKaart.kosten.${w.code as 'gratis'}`)}
            onChange={(kosten) => zet({ kosten })}
          />
          <FacetGroep
            id="filter-toegankelijk"
            legend={t('socialeKaart.filters.toegankelijkheid')}
            waarden={facetten.toegankelijkheid}
            gekozen={filters.toegankelijkheid}
            naam={(w) => t(`socialeKaart.toegankelijkheid.${w.code as 'rolstoel'}`)}
            onChange={(toegankelijkheid) => zet({ toegankelijkheid })}
          />
          <Fieldset className="kring-sk-facet">
            <FieldsetLegend>{t('socialeKaart.filters.verwijzing')}</FieldsetLegend>
            <Vinkje
              id="filter-zonder-verwijzing"
              label={t('socialeKaart.filters.metAantal', {
                naam: t('socialeKaart.filters.zonderVerwijzing'),
                aantal: facetten.zonderVerwijzing,
              })}
              checked={filters.zonderVerwijzing}
              onChange={(zonderVerwijzing) => zet({ zonderVerwijzing })}
            />
          </Fieldset>
          <Fieldset className="kring-sk-facet">
            <FieldsetLegend>{t('socialeKaart.filters.wanneer')}</FieldsetLegend>
            <Vinkje
              id="filter-nu-open"
              label={t('socialeKaart.filters.nuOpen')}
              checked={filters.nuOpen}
              onChange={(nuOpen) => zet({ nuOpen })}
            />
            <FormField className="kring-field">
              <div className="utrecht-form-field__label">
                <FormLabel htmlFor="filter-dag">{t('socialeKaart.filters.dag')}</FormLabel>
              </div>
              <div className="utrecht-form-field__input">
                <Select
                  id="filter-dag"
                  value={filters.dag ?? ''}
                  onChange={(e: Invoer) => zet({ dag: (e.currentTarget.value || null) as Dag })}
                >
                  <SelectOption value="">{t('socialeKaart.filters.elkeDag')}</SelectOption>
                  {DAG_CODES.map((d) => (
                    <SelectOption key={d} value={d}>
                      {t(`socialeKaart.dagen.${d}`)}
                    </SelectOption>
                  ))}
                </Select>
              </div>
            </FormField>
          </Fieldset>
          {taxonomie('levensdomein')}
          {taxonomie('hulpvorm')}
          {taxonomie('doelgroep')}
        </>
      ) : null}
    </details>
  );
}

function Treffers({ resultaat }: { resultaat: ZoekResultaat }) {
  const { t, i18n } = useKaartVertaling();
  const engels = useEngels();
  return (
    <ol className="kring-sk-treffers">
      {resultaat.treffers.map((treffer) => {
        const plaats =
          treffer.afstandKm !== null
            ? t('socialeKaart.treffer.afstand', {
                afstand: formatAfstand(treffer.afstandKm, i18n.language),
                plaats: treffer.plaats ?? '',
              })
            : (treffer.plaats ?? t('socialeKaart.treffer.geenPlaats'));
        // In English: the English name and summary when the organisation gave them.
        const naamEn = engels ? treffer.naamEn : null;
        const samenvattingEn = engels ? treffer.samenvattingEn : null;
        return (
          <li key={treffer.id} className="kring-sk-treffer">
            <Heading3 className="kring-sk-treffer__naam">
              <RouterLink
                to={`/sociale-kaart/aanbod/${treffer.id}`}
                lang={engels ? (naamEn ? 'en' : 'nl') : undefined}
              >
                {naamEn ?? treffer.naam}
              </RouterLink>
            </Heading3>
            <Paragraph className="kring-sk-treffer__org">{treffer.organisatie.naam}</Paragraph>
            <Paragraph lang={engels ? (samenvattingEn ? 'en' : 'nl') : undefined}>
              {samenvattingEn ?? treffer.samenvatting}
            </Paragraph>
            <ul className="kring-sk-kenmerken">
              <li>{plaats}</li>
              <li>{t(`socialeKaart.kosten.${treffer.kosten}`)}</li>
              {treffer.zonderVerwijzing ? (
                <li>{t('socialeKaart.filters.zonderVerwijzing')}</li>
              ) : null}
              {treffer.toegankelijkheid.includes('rolstoel') ? (
                <li>{t('socialeKaart.toegankelijkheid.rolstoel')}</li>
              ) : null}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}

function Paginering({
  filters,
  totaal,
  onPagina,
}: {
  filters: Filters;
  totaal: number;
  onPagina: () => void;
}) {
  const { t } = useKaartVertaling();
  const paginas = Math.max(1, Math.ceil(totaal / PAGINA_GROOTTE));
  if (paginas <= 1) return null;
  const naar = (pagina: number) =>
    `/sociale-kaart?${filtersNaarUrl({ ...filters, pagina }).toString()}`;
  return (
    <nav aria-label={t('socialeKaart.paginas.label')} className="kring-sk-paginas">
      {filters.pagina > 1 ? (
        <RouterLink to={naar(filters.pagina - 1)} onClick={onPagina} rel="prev">
          {t('socialeKaart.paginas.vorige')}
        </RouterLink>
      ) : null}
      <span>{t('socialeKaart.paginas.vanTotaal', { pagina: filters.pagina, paginas })}</span>
      {filters.pagina < paginas ? (
        <RouterLink to={naar(filters.pagina + 1)} onClick={onPagina} rel="next">
          {t('socialeKaart.paginas.volgende')}
        </RouterLink>
      ) : null}
    </nav>
  );
}

/**
 * The public search of the sociale kaart: what, where, filters with counts, a list sorted by
 * distance and an optional map.
 *
 * Privacy: only the non-personal filters go in this page's address (zoekStaat.ts). The free
 * text and the postcode (and age and location) are personal: they stay in React state and in
 * sessionStorage for this tab, and are never put in the URL, the history or a shared link.
 */
export function ZoekPagina() {
  const { t } = useKaartVertaling();
  useDocumentTitle(t('socialeKaart.zoeken.titel'));
  const navigate = useNavigate();
  const gemeente = useGemeente();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersUitUrl(params), [params]);
  useEffect(() => {
    const query = filtersNaarUrl(filters).toString();
    onthoudZoekUrl(query ? `/sociale-kaart?${query}` : '/sociale-kaart');
  }, [filters]);
  const [persoonlijk, setPersoonlijk] = useState<Persoonlijk>(() => leesPersoonlijk(sessie()));
  const [kaartOpen, setKaartOpen] = useState(false);
  const resultatenKop = useId();
  const zoek = useZoekAanbod(apiQuery(filters, persoonlijk));
  const resultaat = zoek.data;

  const zetFilters = (nieuw: Filters) =>
    setParams(filtersNaarUrl(nieuw), { replace: true, preventScrollReset: true });

  const onZoek = (nieuw: Persoonlijk, straalKm: number) => {
    setPersoonlijk(nieuw);
    bewaarPersoonlijk(sessie(), nieuw);
    zetFilters({ ...filters, straalKm, pagina: 1 });
  };

  const naarResultaten = () =>
    requestAnimationFrame(() => document.getElementById(resultatenKop)?.focus());

  const zoekpunt = resultaat?.zoekpunt ?? null;
  const totaalTekst = !resultaat
    ? ''
    : resultaat.totaal === 0
      ? t('socialeKaart.resultaten.geen')
      : zoekpunt
        ? t('socialeKaart.resultaten.aantalBij', {
            count: resultaat.totaal,
            km: filters.straalKm,
            plaats: zoekpunt.plaats ?? t('socialeKaart.resultaten.uwLocatie'),
          })
        : t('socialeKaart.resultaten.aantal', { count: resultaat.totaal });

  const punten = (resultaat?.treffers ?? []).flatMap((tr) =>
    tr.lat !== null && tr.lon !== null
      ? [{ id: tr.id, naam: tr.naam, lat: tr.lat, lon: tr.lon }]
      : [],
  );

  return (
    <>
      <PageHeading>{t('socialeKaart.zoeken.kop')}</PageHeading>
      <Paragraph lead>{t('socialeKaart.zoeken.intro')}</Paragraph>
      <Zoekformulier persoonlijk={persoonlijk} straalKm={filters.straalKm} onZoek={onZoek} />

      <div className="kring-sk-zoeken">
        <Filterpaneel filters={filters} facetten={resultaat?.facetten} onChange={zetFilters} />

        <section aria-labelledby={resultatenKop} className="kring-sk-resultaten">
          <Heading2 id={resultatenKop} tabIndex={-1} className="kring-sk-resultaten__kop">
            {t('socialeKaart.resultaten.kop')}
          </Heading2>
          {/* Always in the page, so screen readers announce each new total. */}
          <p role="status" className="kring-sk-totaal">
            {totaalTekst}
          </p>
          <LoadingStatus loading={zoek.isPending} />
          {zoek.isError ? <ErrorAlert onRetry={() => void zoek.refetch()} /> : null}

          {punten.length > 0 ? (
            <div className="kring-sk-kaart">
              <Button
                appearance="secondary-action-button"
                aria-expanded={kaartOpen}
                aria-controls="sk-kaart"
                onClick={() => setKaartOpen((open) => !open)}
              >
                {kaartOpen ? t('socialeKaart.kaart.verberg') : t('socialeKaart.kaart.toon')}
              </Button>
              <div id="sk-kaart" hidden={!kaartOpen}>
                {kaartOpen && gemeente.data ? (
                  <>
                    <Paragraph className="kring-sk-kaart__uitleg">
                      {t('socialeKaart.kaart.uitleg')}
                    </Paragraph>
                    <div aria-hidden="true">
                      <Suspense fallback={null}>
                        <KaartWeergave
                          punten={punten}
                          zoekpunt={zoekpunt}
                          tegels={gemeente.data.kaart.tegels}
                          bronvermelding={gemeente.data.kaart.bronvermelding}
                          onKies={(id) => void navigate(`/sociale-kaart/aanbod/${id}`)}
                        />
                      </Suspense>
                    </div>
                  </>
                ) : null}
              </div>
            </div>
          ) : null}

          {resultaat ? <Treffers resultaat={resultaat} /> : null}
          {resultaat ? (
            <Paginering filters={filters} totaal={resultaat.totaal} onPagina={naarResultaten} />
          ) : null}
        </section>
      </div>
    </>
  );
}
