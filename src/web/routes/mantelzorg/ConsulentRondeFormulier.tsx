import { Alert, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import {
  type Ronde,
  type RondeInvoer,
  useBewaarRonde,
  useRondes,
  useSteunpuntKeuze,
} from '../../api/mantelzorg-consulent.ts';
import type { FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { KeuzeGroep } from '../../components/formulier/KeuzeGroep.tsx';
import { TextField } from '../../components/formulier/TextField.tsx';
import { useFormulier } from '../../components/formulier/useFormulier.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { DatumInvoer, Keuzelijst } from '../dossier/onderdelen.tsx';
import { LaadFout } from '../loket-werk/onderdelen.tsx';
import { CoachFormulier, fouten, isDatum, mislukt } from '../welzijnsrecept/CoachOnderdelen.tsx';
import {
  alsJaNee,
  BASIS,
  geheelGetal,
  MantelzorgPagina,
  type Rechten,
  serverFouten,
  useJaNee,
  useMzcT,
} from './ConsulentOnderdelen.tsx';

type Woonregel = RondeInvoer['woonregel'];
type Wie = RondeInvoer['wieMagAanvragen'];
type Vorm = RondeInvoer['vorm'];
const WOONREGELS = ['geen', 'mantelzorger-of-zorgvrager'] as const satisfies readonly Woonregel[];
const WIE = ['mantelzorger', 'zorgvrager', 'beide'] as const satisfies readonly Wie[];
const VORMEN = ['bedrag', 'bon', 'uitnodiging'] as const satisfies readonly Vorm[];

interface Velden {
  jaar: string;
  organisatieId: string;
  minUren: string;
  minMaanden: string;
  minLeeftijd: string;
  woonregel: Woonregel | '';
  wie: Wie | '';
  bevestiging: boolean | null;
  max: string;
  vorm: Vorm | '';
  bedrag: string;
  openVanaf: string;
  deadline: string;
  peildatum: string;
}
type Veldnaam = keyof Velden;

/** Cents as euros in a field ("40" or "37,50"), and back; null when it is no amount. */
const alsEuro = (cent: number | null) =>
  cent === null
    ? ''
    : cent % 100 === 0
      ? String(cent / 100)
      : (cent / 100).toFixed(2).replace('.', ',');
export function naarCent(tekst: string): number | null {
  const m = /^\s*(\d{1,6})(?:[.,](\d{1,2}))?\s*$/.exec(tekst);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

function beginVan(ronde: Ronde | undefined, rechten: Rechten): Velden {
  if (!ronde) {
    return {
      jaar: String(new Date().getFullYear() + 1),
      organisatieId: rechten.beheerder ? '' : (rechten.steunpunten[0] ?? ''),
      minUren: '',
      minMaanden: '',
      minLeeftijd: '0',
      woonregel: '',
      wie: '',
      bevestiging: null,
      max: '',
      vorm: '',
      bedrag: '',
      openVanaf: '',
      deadline: '',
      peildatum: '',
    };
  }
  return {
    jaar: String(ronde.jaar),
    organisatieId: ronde.organisatieId,
    minUren: String(ronde.minUrenPerWeek),
    minMaanden: String(ronde.minMaandenZorg),
    minLeeftijd: String(ronde.minLeeftijd),
    woonregel: ronde.woonregel,
    wie: ronde.wieMagAanvragen,
    bevestiging: ronde.bevestigingNodig,
    max: ronde.maxPerZorgvrager === null ? '' : String(ronde.maxPerZorgvrager),
    vorm: ronde.vorm,
    bedrag: alsEuro(ronde.bedragCent),
    openVanaf: ronde.openVanaf,
    deadline: ronde.deadline,
    peildatum: ronde.peildatum,
  };
}

/** The server's field names (`body.…`) to this form's fields. */
const SERVER: Record<string, Veldnaam> = {
  jaar: 'jaar',
  organisatieId: 'organisatieId',
  minUrenPerWeek: 'minUren',
  minMaandenZorg: 'minMaanden',
  minLeeftijd: 'minLeeftijd',
  woonregel: 'woonregel',
  wieMagAanvragen: 'wie',
  bevestigingNodig: 'bevestiging',
  maxPerZorgvrager: 'max',
  vorm: 'vorm',
  bedragCent: 'bedrag',
  openVanaf: 'openVanaf',
  deadline: 'deadline',
  peildatum: 'peildatum',
};
const FOUT: Record<Veldnaam, string> = {
  jaar: 'jaar',
  organisatieId: 'steunpunt',
  minUren: 'minUren',
  minMaanden: 'minMaanden',
  minLeeftijd: 'minLeeftijd',
  woonregel: 'woonregel',
  wie: 'wie',
  bevestiging: 'bevestiging',
  max: 'max',
  vorm: 'vorm',
  bedrag: 'bedrag',
  openVanaf: 'openVanaf',
  deadline: 'deadline',
  peildatum: 'peildatum',
};
const veldId = (v: Veldnaam) => `mzc-r-${v}`;
const tussen = (n: number | null, min: number, max: number) => n !== null && n >= min && n <= max;

function Formulier({ ronde, rechten }: { ronde: Ronde | undefined; rechten: Rechten }) {
  const { t } = useMzcT();
  const navigate = useNavigate();
  const bewaar = useBewaarRonde(ronde?.id);
  const formulier = useFormulier();
  const jaNee = useJaNee();
  const organisaties = useSteunpuntKeuze(rechten.beheerder);
  const [v, setV] = useState<Velden>(() => beginVan(ronde, rechten));
  const zet =
    <K extends Veldnaam>(k: K) =>
    (w: Velden[K]) =>
      setV((oud) => ({ ...oud, [k]: w }));
  const fout = (k: Veldnaam): FieldError => ({
    field: veldId(k),
    message: t(`mantelzorgConsulent.ronde.fout.${FOUT[k] as 'jaar'}`),
  });
  const getal = {
    jaar: geheelGetal(v.jaar),
    minUren: geheelGetal(v.minUren),
    minMaanden: geheelGetal(v.minMaanden),
    minLeeftijd: geheelGetal(v.minLeeftijd),
    max: v.max.trim() ? geheelGetal(v.max) : null,
  };
  const bedragCent = v.vorm === 'uitnodiging' && !v.bedrag.trim() ? null : naarCent(v.bedrag);

  const verstuur = () =>
    formulier.submit(
      () =>
        fouten(
          !tussen(getal.jaar, 2000, 2100) && fout('jaar'),
          !v.organisatieId && fout('organisatieId'),
          !tussen(getal.minUren, 0, 168) && fout('minUren'),
          !tussen(getal.minMaanden, 0, 600) && fout('minMaanden'),
          !tussen(getal.minLeeftijd, 0, 120) && fout('minLeeftijd'),
          !v.woonregel && fout('woonregel'),
          !v.wie && fout('wie'),
          v.bevestiging === null && fout('bevestiging'),
          !!v.max.trim() && !tussen(getal.max, 1, 20) && fout('max'),
          !v.vorm && fout('vorm'),
          v.vorm !== 'uitnodiging' && bedragCent === null && fout('bedrag'),
          !isDatum(v.openVanaf) && fout('openVanaf'),
          (!isDatum(v.deadline) || (isDatum(v.openVanaf) && v.deadline < v.openVanaf)) &&
            fout('deadline'),
          !isDatum(v.peildatum) && fout('peildatum'),
        ),
      async () => {
        const jaar = getal.jaar ?? 0;
        await bewaar.mutateAsync({
          jaar,
          organisatieId: v.organisatieId,
          minUrenPerWeek: getal.minUren ?? 0,
          minMaandenZorg: getal.minMaanden ?? 0,
          minLeeftijd: getal.minLeeftijd ?? 0,
          woonregel: v.woonregel as Woonregel,
          wieMagAanvragen: v.wie as Wie,
          bevestigingNodig: v.bevestiging === true,
          maxPerZorgvrager: getal.max,
          vorm: v.vorm as Vorm,
          bedragCent,
          openVanaf: v.openVanaf,
          deadline: v.deadline,
          peildatum: v.peildatum,
        });
        navigate(`${BASIS}/waarderingsrondes`, {
          state: { melding: t('mantelzorgConsulent.rondes.opgeslagen', { jaar }) },
        });
      },
      (error) => {
        if (error instanceof ApiError && error.status === 409) {
          return [
            {
              field: veldId('jaar'),
              message: t('mantelzorgConsulent.ronde.fout.jaarBestaat', { jaar: v.jaar }),
            },
          ];
        }
        return serverFouten(
          error,
          SERVER,
          fout,
          mislukt('mzc-r', t('mantelzorgConsulent.algemeen.mislukt')),
        );
      },
    );

  const getalVeld = (k: Veldnaam, label: string, hint?: string) => (
    <TextField
      id={veldId(k)}
      label={label}
      description={hint}
      value={v[k] as string}
      inputMode="numeric"
      autoComplete="off"
      onChange={zet(k) as (w: string) => void}
      error={formulier.errorFor(veldId(k))}
    />
  );
  const keuze = <T extends string>(
    k: 'woonregel' | 'wie' | 'vorm',
    legend: string,
    opties: readonly { waarde: T; label: string }[],
  ) => (
    <KeuzeGroep<T>
      id={veldId(k)}
      soort="radio"
      legend={legend}
      fout={formulier.errorFor(veldId(k))}
      opties={opties}
      gekozen={v[k] ? [v[k] as T] : []}
      onChange={(g) => setV((oud) => ({ ...oud, [k]: g[0] ?? '' }))}
    />
  );
  const datum = (k: 'openVanaf' | 'deadline' | 'peildatum', hint?: string) => (
    <DatumInvoer
      id={veldId(k)}
      label={t(`mantelzorgConsulent.ronde.${k}`)}
      hint={hint}
      fout={formulier.errorFor(veldId(k))}
      waarde={v[k]}
      onChange={zet(k)}
    />
  );

  return (
    <CoachFormulier
      naam="mzc-r"
      labelledBy="mzc-r-uitleg"
      formulier={formulier}
      onVerstuur={() => void verstuur()}
      knop={t('mantelzorgConsulent.ronde.opslaan')}
    >
      <Fieldset>
        <FieldsetLegend>{t('mantelzorgConsulent.ronde.basis')}</FieldsetLegend>
        {getalVeld('jaar', t('mantelzorgConsulent.ronde.jaar'))}
        {rechten.beheerder ? (
          organisaties.isPending ? (
            <LoadingStatus loading />
          ) : (
            <Keuzelijst
              id={veldId('organisatieId')}
              label={t('mantelzorgConsulent.ronde.steunpunt')}
              fout={formulier.errorFor(veldId('organisatieId'))}
              waarde={v.organisatieId}
              opties={[
                { waarde: '', label: t('mantelzorgConsulent.ronde.kiesSteunpunt') },
                ...(organisaties.data?.organisaties ?? []).map((o) => ({
                  waarde: o.id,
                  label: o.naam,
                })),
              ]}
              onChange={zet('organisatieId')}
            />
          )
        ) : (
          <Paragraph>{t('mantelzorgConsulent.ronde.steunpuntEigen')}</Paragraph>
        )}
      </Fieldset>
      <Fieldset>
        <FieldsetLegend>{t('mantelzorgConsulent.ronde.regels')}</FieldsetLegend>
        {getalVeld('minUren', t('mantelzorgConsulent.ronde.minUren'))}
        {getalVeld(
          'minMaanden',
          t('mantelzorgConsulent.ronde.minMaanden'),
          t('mantelzorgConsulent.ronde.minMaandenHint'),
        )}
        {getalVeld(
          'minLeeftijd',
          t('mantelzorgConsulent.ronde.minLeeftijd'),
          t('mantelzorgConsulent.ronde.minLeeftijdHint'),
        )}
        {keuze(
          'woonregel',
          t('mantelzorgConsulent.ronde.woonregel'),
          WOONREGELS.map((w) => ({
            waarde: w,
            label: t(`mantelzorgConsulent.ronde.woonregelOpties.${w}`),
          })),
        )}
        {keuze(
          'wie',
          t('mantelzorgConsulent.ronde.wie'),
          WIE.map((w) => ({ waarde: w, label: t(`mantelzorgConsulent.ronde.wieOpties.${w}`) })),
        )}
        <KeuzeGroep
          id={veldId('bevestiging')}
          soort="radio"
          legend={t('mantelzorgConsulent.ronde.bevestiging')}
          fout={formulier.errorFor(veldId('bevestiging'))}
          opties={jaNee}
          gekozen={alsJaNee(v.bevestiging)}
          onChange={(g) => zet('bevestiging')(g[0] === 'ja')}
        />
        {getalVeld(
          'max',
          t('mantelzorgConsulent.ronde.max'),
          t('mantelzorgConsulent.ronde.maxHint'),
        )}
      </Fieldset>
      <Fieldset>
        <FieldsetLegend>{t('mantelzorgConsulent.ronde.vormKop')}</FieldsetLegend>
        {keuze(
          'vorm',
          t('mantelzorgConsulent.ronde.vorm'),
          VORMEN.map((w) => ({ waarde: w, label: t(`mantelzorgConsulent.vorm.${w}`) })),
        )}
        <TextField
          id={veldId('bedrag')}
          label={t('mantelzorgConsulent.ronde.bedrag')}
          description={t('mantelzorgConsulent.ronde.bedragHint')}
          value={v.bedrag}
          inputMode="decimal"
          autoComplete="off"
          onChange={zet('bedrag')}
          error={formulier.errorFor(veldId('bedrag'))}
        />
      </Fieldset>
      <Fieldset>
        <FieldsetLegend>{t('mantelzorgConsulent.ronde.data')}</FieldsetLegend>
        {datum('openVanaf')}
        {datum('deadline')}
        {datum('peildatum', t('mantelzorgConsulent.ronde.peildatumHint'))}
      </Fieldset>
    </CoachFormulier>
  );
}

/** `…/waarderingsrondes/nieuw` and `…/waarderingsrondes/:id/wijzigen`: every rule of a campaign. */
export function ConsulentRondePagina() {
  const { t } = useMzcT();
  const { id } = useParams();
  const rondes = useRondes();
  const ronde = id ? rondes.data?.rondes.find((r) => r.id === id) : undefined;
  const titel = id
    ? t('mantelzorgConsulent.ronde.titelWijzigen', { jaar: ronde?.jaar ?? '' })
    : t('mantelzorgConsulent.ronde.titelNieuw');
  return (
    <MantelzorgPagina titel={titel} wie="rondes">
      {(rechten) => (
        <>
          <Paragraph>
            <RouterLink to={`${BASIS}/waarderingsrondes`}>
              {t('mantelzorgConsulent.ronde.terug')}
            </RouterLink>
          </Paragraph>
          <Paragraph id="mzc-r-uitleg">{t('mantelzorgConsulent.ronde.uitleg')}</Paragraph>
          {id && rondes.isPending ? <LoadingStatus loading /> : null}
          {id && rondes.isError ? (
            <LaadFout error={rondes.error} onRetry={() => void rondes.refetch()} />
          ) : null}
          {id && rondes.data && !ronde ? (
            <Alert type="warning">
              <Paragraph>{t('mantelzorgConsulent.algemeen.nietGevonden')}</Paragraph>
            </Alert>
          ) : null}
          {!id || ronde ? (
            <Formulier key={ronde?.id ?? 'nieuw'} ronde={ronde} rechten={rechten} />
          ) : null}
        </>
      )}
    </MantelzorgPagina>
  );
}
