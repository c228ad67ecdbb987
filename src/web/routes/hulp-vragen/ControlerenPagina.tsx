import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useRoutering } from '../../api/hulpvragen.ts';
import { ErrorSummary, type FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { KeuzeGroep } from '../../components/formulier/KeuzeGroep.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { type DeelT, useDeelVertaling } from '../../i18n/deelVertaling.ts';
import type { Invul } from './concept.ts';
import { DeelSkeleton } from './DeelSkeleton.tsx';
import { useFoutTekst, useHulpVragen } from './HulpVragenPagina.tsx';
import { foutenVanServer } from './serverFouten.ts';
import { controleerAlles, type Fout, type Stap, VELD } from './stappen.ts';
import { tijdvakkenInWoorden, WatGebeurtEr } from './WatGebeurtEr.tsx';

type T = DeelT<'hulpVragen' | 'loket'>;

/** The answers as rows of the summary list: label, value, and the step that asks it. */
function rijen(invul: Invul, t: T, taal: string): [string, string, Stap][] {
  const niet = t('hulpVragen.controleren.leeg');
  const of = (tekst: string) => tekst.trim() || niet;
  const lijst = new Intl.ListFormat(taal, { type: 'conjunction' });
  const categorieen = (codes: readonly string[]) =>
    codes.map((c) => t(`loket.categorie.${c}` as 'loket.categorie.boodschappen')).join(', ');
  const voorWie =
    invul.voorWie === 'mijzelf'
      ? t('hulpVragen.voorWie.mijzelf')
      : invul.voorWie === 'naaste'
        ? [invul.naasteNaam.trim(), invul.naasteRelatie.trim()].filter(Boolean).join(', ')
        : niet;
  const voorkeuren = [
    ...(invul.talen.length > 0
      ? [lijst.format(invul.talen.map((taalCode) => t(`loket.taal.${taalCode}`)))]
      : []),
    ...(invul.geslacht !== 'geen' ? [t(`loket.geslacht.${invul.geslacht}`)] : []),
    ...(invul.zelfdeLeeftijd ? [t('hulpVragen.voorkeuren.leeftijd')] : []),
  ];
  return [
    [t('hulpVragen.controleren.voorWie'), voorWie, 'voor-wie'],
    [t('hulpVragen.controleren.wat'), categorieen(invul.categorieen) || niet, 'wat'],
    [t('hulpVragen.controleren.eigenWoorden'), of(invul.omschrijving), 'eigen-woorden'],
    [
      t('hulpVragen.controleren.hoeVaak'),
      invul.hoeVaak ? t(`loket.hoeVaak.${invul.hoeVaak}`) : niet,
      'hoe-vaak',
    ],
    [
      t('hulpVragen.controleren.wanneer'),
      tijdvakkenInWoorden(invul.tijdvakken, t, taal) || t('hulpVragen.controleren.maaktNietUit'),
      'wanneer',
    ],
    [t('hulpVragen.controleren.postcode'), of(invul.postcode.toUpperCase()), 'waar'],
    [
      t('hulpVragen.controleren.hoeSnel'),
      invul.urgentie ? t(`loket.urgentie.${invul.urgentie}`) : niet,
      'hoe-snel',
    ],
    [
      t('hulpVragen.controleren.hoeGaatHet'),
      invul.zorgen === undefined
        ? niet
        : invul.zorgen
          ? t('hulpVragen.controleren.zorgen')
          : t('hulpVragen.hoeSnel.gaatWel'),
      'hoe-snel',
    ],
    [
      t('hulpVragen.controleren.voorkeuren'),
      voorkeuren.join('. ') || t('hulpVragen.controleren.geenVoorkeur'),
      'voorkeuren',
    ],
    [t('hulpVragen.controleren.gaatGoed'), of(invul.gaatGoed), 'gaat-goed'],
    [
      t('hulpVragen.controleren.voorEenAnder'),
      [categorieen(invul.kanBieden), invul.kanBiedenToelichting.trim()]
        .filter(Boolean)
        .join('. ') || niet,
      'voor-een-ander',
    ],
    [t('hulpVragen.controleren.doetGraag'), of(invul.doetGraag), 'doet-graag'],
    [t('hulpVragen.controleren.telefoon'), of(invul.telefoonnummer), 'contact'],
    [t('hulpVragen.controleren.email'), of(invul.eMailadres), 'contact'],
  ];
}

/**
 * The server's answer on sending, as messages: a 400 names every missing answer at once;
 * each links back to its step, which shows the problem at the field.
 */
export function useVerzendFouten() {
  const staat = useHulpVragen();
  const naarMelding = useFoutTekst();
  return (error: unknown): FieldError[] => {
    const namen =
      error instanceof ApiError && error.status === 400
        ? (error.problem?.invalidParams ?? []).map((p) => p.name)
        : [];
    const gevonden = foutenVanServer(namen, staat.invul);
    const fouten: Fout[] =
      gevonden.length > 0
        ? gevonden
        : [{ stap: 'controleren', veld: 'versturen', code: 'versturen' }];
    staat.zetServerFouten(fouten);
    return fouten.map((f) => naarMelding(f, naarStap(f)));
  };
}

/** The step page a problem is on; none for the check page itself. */
const naarStap = (f: Fout) => (f.stap === 'controleren' ? undefined : `/hulp-vragen/${f.stap}`);

/** Check your answers, see what will happen and when, consent, then send (or make an account). */
export function ControlerenPagina() {
  const { t, i18n } = useDeelVertaling<'hulpVragen' | 'loket'>();
  useDocumentTitle(t('hulpVragen.controleren.title'));
  const staat = useHulpVragen();
  const navigate = useNavigate();
  const naarMelding = useFoutTekst();
  const verzendFouten = useVerzendFouten();
  const { invul, zetWijzigen } = staat;
  // Problems the server found on sending (after making an account, say) are shown at once.
  const [meldingen, setMeldingen] = useState<FieldError[]>(() =>
    staat.serverFouten.map((f) => naarMelding(f, naarStap(f))),
  );
  const [poging, setPoging] = useState(0);
  const [bezig, setBezig] = useState(false);
  const routering = useRoutering(
    invul.categorieen.length > 0
      ? {
          categorieen: invul.categorieen,
          urgentie: invul.urgentie ?? 'kan-wachten',
          zorgen: invul.zorgen ?? false,
        }
      : null,
  );
  // Back here: the next "Wijzigen" decides again whether a step returns to this page.
  useEffect(() => zetWijzigen(false), [zetWijzigen]);

  const organisatie = routering.data?.organisatie?.naam ?? t('hulpVragen.route.gemeente');
  const fout = (veld: string) => meldingen.find((m) => m.field === veld)?.message;

  const verder = async () => {
    setPoging((n) => n + 1);
    const open = controleerAlles(invul);
    const fouten = open.map((f) => naarMelding(f, naarStap(f)));
    if (!staat.toestemming) {
      fouten.push({ field: VELD.toestemming, message: t('hulpVragen.fout.toestemming') });
    }
    staat.zetServerFouten(open);
    setMeldingen(fouten);
    if (fouten.length > 0) return;
    if (!staat.ingelogd) {
      await navigate('/hulp-vragen/account');
      return;
    }
    setBezig(true);
    try {
      await staat.verstuur();
      await navigate('/hulp-vragen/verstuurd');
    } catch (error) {
      setMeldingen(verzendFouten(error));
      setBezig(false);
    }
  };

  return (
    <>
      <PageHeading>{t('hulpVragen.controleren.heading')}</PageHeading>
      <ErrorSummary errors={meldingen} attempt={poging} />
      <Paragraph lead>{t('hulpVragen.controleren.intro')}</Paragraph>
      <DataList appearance="rows" className="kring-hv-samenvatting">
        {rijen(invul, t, i18n.language).map(([label, waarde, stap]) => (
          <DataListItem key={label}>
            <DataListKey>{label}</DataListKey>
            <DataListValue multiline>{waarde}</DataListValue>
            {/* Utrecht's DataListActions, as markup: its component would join the first load. */}
            <dd className="utrecht-data-list__actions utrecht-data-list__actions--html-dd">
              <RouterLink to={`/hulp-vragen/${stap}`} onClick={() => zetWijzigen(true)}>
                {t('hulpVragen.controleren.wijzigen')}
                <span className="kring-visually-hidden"> {label.toLocaleLowerCase()}</span>
              </RouterLink>
            </dd>
          </DataListItem>
        ))}
      </DataList>

      <section aria-labelledby="hv-wat-gebeurt-er">
        <Heading2 id="hv-wat-gebeurt-er">{t('hulpVragen.controleren.watGebeurtEr')}</Heading2>
        {routering.isPending && invul.categorieen.length > 0 ? <DeelSkeleton /> : null}
        {routering.data ? <WatGebeurtEr routering={routering.data} verstuurd={false} /> : null}
        {routering.isError ? (
          <Alert type="warning">
            <Paragraph>{t('hulpVragen.controleren.routeOnbekend')}</Paragraph>
          </Alert>
        ) : null}
      </section>

      <form
        noValidate
        className="kring-hv-form"
        onSubmit={(event) => {
          event.preventDefault();
          void verder();
        }}
      >
        <KeuzeGroep
          id={VELD.toestemming}
          soort="checkbox"
          legend={t('hulpVragen.controleren.toestemmingKop')}
          fout={fout(VELD.toestemming)}
          opties={[
            { waarde: 'ja', label: t('hulpVragen.controleren.toestemming', { organisatie }) },
          ]}
          gekozen={staat.toestemming ? ['ja'] : []}
          onChange={(gekozen) => staat.zetToestemming(gekozen.length > 0)}
        />
        {staat.ingelogd ? null : <Paragraph>{t('hulpVragen.controleren.accountNodig')}</Paragraph>}
        <div className="kring-hv-knoppen">
          <Button
            id="versturen"
            type="submit"
            appearance="primary-action-button"
            busy={bezig}
            disabled={bezig}
          >
            {staat.ingelogd ? t('hulpVragen.controleren.versturen') : t('hulpVragen.verder')}
          </Button>
        </div>
      </form>
    </>
  );
}
