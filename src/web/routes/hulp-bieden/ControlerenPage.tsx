import {
  Button,
  DataList,
  DataListActions,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client.ts';
import {
  useHulpcategorieen,
  useMeldAanAlsVrijwilliger,
  useVrijwilligersRoute,
} from '../../api/hulpaanbod.ts';
import { ErrorSummary, type FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import {
  BEDANKT,
  CONTROLEREN,
  type Concept,
  controleerStap,
  type Fout,
  foutenVanServer,
  idVan,
  naarNieuwAanbod,
  type Stap,
  stapVan,
  vandaagIso,
  vogDatum,
} from './concept.ts';
import { KeuzeGroep, StapLink, useFoutTekst, useHbT } from './onderdelen.tsx';
import { AlleenIngelogd } from './toegang.tsx';
import { type StapStaat, useConcept, vergeetConcept } from './useConcept.ts';
import { tijdvakkenInWoorden } from './woorden.ts';

interface Rij {
  sleutel: string;
  vraag: string;
  antwoord: string;
  stap: Stap;
}

function useRijen(c: Concept): Rij[] {
  const { t, i18n } = useHbT();
  const leeg = t('hulpBieden.controleren.leeg');
  const datum = vogDatum(c);
  const datumTekst = datum
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${datum}T00:00:00Z`),
      )
    : '';
  const rij = (sleutel: string, stap: Stap, antwoord: string): Rij => ({
    sleutel,
    vraag: t(`hulpBieden.controleren.rij.${sleutel as 'postcode'}`),
    antwoord: antwoord || leeg,
    stap,
  });
  const uren = Number(c.urenPerWeek);
  return [
    rij(
      'categorieen',
      'wat',
      c.categorieen.map((code) => t(`hulpBieden.categorie.${code}`)).join('\n'),
    ),
    rij('postcode', 'waar', c.postcode.trim().toUpperCase()),
    rij(
      'straal',
      'waar',
      c.straalKm === null ? '' : t('hulpBieden.waar.km', { count: c.straalKm }),
    ),
    rij('tijdvakken', 'wanneer', tijdvakkenInWoorden(t, c.tijdvakken)),
    rij(
      'uren',
      'hoe-vaak',
      c.urenPerWeek.trim()
        ? t('hulpBieden.controleren.uren', { count: Number.isFinite(uren) ? uren : 0 })
        : '',
    ),
    rij('mensen', 'hoe-vaak', t('hulpBieden.hoeVaak.mensenAantal', { count: c.maxKoppelingen })),
    rij('talen', 'talen', c.talen.map((taal) => t(`loket.taal.${taal}`)).join(', ')),
    rij('soort', 'soort', c.soort ? t(`loket.soortHulp.${c.soort}`) : ''),
    rij(
      'vog',
      'vog',
      c.vogStatus
        ? c.vogStatus === 'ontvangen' && datumTekst
          ? t('hulpBieden.controleren.vogOp', { datum: datumTekst })
          : t(`loket.vogStatus.${c.vogStatus}`)
        : '',
    ),
    rij('geslacht', 'over-u', t(`hulpBieden.overU.optie.${c.geslacht || 'geen'}`)),
    rij('geboortejaar', 'over-u', c.geboortejaar.trim()),
    rij('toelichting', 'over-u', c.toelichting.trim()),
    rij('telefoon', 'contact', c.telefoonnummer.trim()),
  ];
}

/** Check your answers, give consent, send (POST /mijn/hulpaanbod). */
function Controleren() {
  const { t } = useHbT();
  const tekst = useFoutTekst();
  const navigate = useNavigate();
  const [concept, wijzig] = useConcept();
  const meldAan = useMeldAanAlsVrijwilliger();
  const route = useVrijwilligersRoute(useHulpcategorieen().data?.categorieen).data;
  const [fouten, setFouten] = useState<FieldError[]>([]);
  const [poging, setPoging] = useState(0);
  const [bezig, setBezig] = useState(false);
  const titel = t('hulpBieden.controleren.titel');
  useDocumentTitle(fouten.length > 0 ? t('hulpBieden.algemeen.foutTitel', { titel }) : titel);
  const rijen = useRijen(concept);

  /** Each error links to where it is answered: its step, or a field on this page. */
  const naarOverzicht = (lijst: Fout[]): FieldError[] =>
    lijst.map((f) => {
      const stap = stapVan(f.veld);
      if (stap === CONTROLEREN) return { field: idVan(f.veld), message: tekst(f) };
      const state: StapStaat = {
        vanControleren: true,
        fouten: lijst.filter((x) => stapVan(x.veld) === stap),
      };
      return { field: idVan(f.veld), message: tekst(f), naar: `/hulp-bieden/${stap}`, state };
    });

  const versturen = async (event: FormEvent) => {
    event.preventDefault();
    setPoging((p) => p + 1);
    const lokaal = controleerStap(CONTROLEREN, concept, vandaagIso());
    if (lokaal.length > 0) {
      setFouten(naarOverzicht(lokaal));
      return;
    }
    setFouten([]);
    setBezig(true);
    try {
      await meldAan(naarNieuwAanbod(concept));
      vergeetConcept();
      navigate(`/hulp-bieden/${BEDANKT}`, { replace: true });
    } catch (error) {
      const namen =
        error instanceof ApiError && error.status === 400
          ? (error.problem?.invalidParams ?? []).map((p) => p.name)
          : [];
      const vanServer = foutenVanServer(namen);
      if (vanServer.length > 0) setFouten(naarOverzicht(vanServer));
      else {
        const code = error instanceof ApiError && error.status === 401 ? 'nietIngelogd' : 'server';
        setFouten([{ field: 'hb-versturen', message: t(`hulpBieden.fout.${code}`) }]);
      }
    } finally {
      setBezig(false);
    }
  };

  const toestemmingFout = fouten.find((f) => !f.naar && f.field === 'hb-toestemming');
  const organisatie = route?.organisatie?.naam;
  return (
    <>
      <StapLink to="/hulp-bieden/contact" className="kring-hb-terug">
        {t('hulpBieden.algemeen.terug')}
      </StapLink>
      <form onSubmit={versturen} noValidate>
        <ErrorSummary errors={fouten} attempt={poging} />
        <PageHeading>{titel}</PageHeading>
        <Paragraph>{t('hulpBieden.controleren.intro')}</Paragraph>
        <DataList className="kring-hb-antwoorden" appearance="rows">
          {rijen.map((r) => (
            <DataListItem key={r.sleutel}>
              <DataListKey>{r.vraag}</DataListKey>
              <DataListValue multiline>{r.antwoord}</DataListValue>
              <DataListActions>
                <StapLink to={`/hulp-bieden/${r.stap}`} state={{ vanControleren: true }}>
                  {t('hulpBieden.controleren.wijzigen')}
                  <span className="kring-visually-hidden"> {r.vraag}</span>
                </StapLink>
              </DataListActions>
            </DataListItem>
          ))}
        </DataList>

        <Heading2>{t('hulpBieden.controleren.toestemmingHeading')}</Heading2>
        <KeuzeGroep
          id={idVan('toestemming')}
          soort="checkbox"
          legend={t('hulpBieden.controleren.toestemmingLegend')}
          hint={t('hulpBieden.controleren.toestemmingHint')}
          fout={toestemmingFout?.message}
          opties={[
            {
              waarde: 'ja',
              label: organisatie
                ? t('hulpBieden.controleren.toestemming', { organisatie })
                : t('hulpBieden.controleren.toestemmingZonder'),
            },
          ]}
          gekozen={concept.toestemming ? ['ja'] : []}
          onChange={(gekozen) => wijzig({ toestemming: gekozen.length > 0 })}
        />
        <div className="kring-hb-acties">
          <Button
            id="hb-versturen"
            type="submit"
            appearance="primary-action-button"
            disabled={bezig}
          >
            {t('hulpBieden.controleren.versturen')}
          </Button>
        </div>
      </form>
    </>
  );
}

/** `/hulp-bieden/controleren`: its own chunk, without the questions' code (150 kB budget). */
export function ControlerenPage() {
  return (
    <AlleenIngelogd terug="/hulp-bieden">
      <Controleren />
    </AlleenIngelogd>
  );
}
