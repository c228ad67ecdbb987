import { Button, DataList, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useActiviteit } from '../../api/welzijnsrecept.ts';
import { KeuzeGroep } from '../../components/formulier/KeuzeGroep.tsx';
import { TextField } from '../../components/formulier/TextField.tsx';
import { gaatOver, useFormulier } from '../../components/formulier/useFormulier.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { DatumInvoer } from '../dossier/onderdelen.tsx';
import { Gegeven } from '../loket-werk/onderdelen.tsx';
import { useZoekAanbod } from '../sociale-kaart/api.ts';
import {
  CoachFormulier,
  fouten,
  isDatum,
  mislukt,
  useDatum,
  useWrcT,
  type Werk,
  type WerkDeel,
} from './CoachOnderdelen.tsx';

/** The search goes to the public sociale kaart API; only published entries come back. */
const IN_LIJST = 10;

function Gekozen({ activiteit }: { activiteit: NonNullable<Werk['activiteit']> }) {
  const { t } = useWrcT();
  const { dag } = useDatum();
  const janee = (waar: boolean) =>
    waar ? t('welzijnsreceptCoach.activiteit.ja') : t('welzijnsreceptCoach.activiteit.nee');
  return (
    <DataList className="kring-lw-gegevens" appearance="rows">
      <Gegeven label={t('welzijnsreceptCoach.activiteit.naam')}>{activiteit.naam}</Gegeven>
      <Gegeven label={t('welzijnsreceptCoach.activiteit.startdatum')}>
        {dag(activiteit.startdatum)}
      </Gegeven>
      <Gegeven label={t('welzijnsreceptCoach.activiteit.vervolgOp')}>
        {dag(activiteit.vervolgOp)}
      </Gegeven>
      <Gegeven label={t('welzijnsreceptCoach.activiteit.meegegaan')}>
        {janee(activiteit.meegegaan)}
      </Gegeven>
      <Gegeven label={t('welzijnsreceptCoach.activiteit.delen')}>
        {janee(activiteit.delenMetHuisarts)}
      </Gegeven>
    </DataList>
  );
}

/** Searching the sociale kaart: its own form (a form may not hold another one). */
function Zoeken({ onZoek }: { onZoek: (tekst: string) => void }) {
  const { t } = useWrcT();
  const [tekst, setTekst] = useState('');
  return (
    <search aria-labelledby="wrc-zoek-kop">
      <form
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          onZoek(tekst.trim());
        }}
        className="kring-wrc-zoek"
      >
        <TextField
          id="wrc-zoek"
          label={t('welzijnsreceptCoach.activiteit.zoekLabel')}
          description={t('welzijnsreceptCoach.activiteit.zoekHint')}
          value={tekst}
          onChange={setTekst}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('welzijnsreceptCoach.activiteit.zoek')}
        </Button>
      </form>
    </search>
  );
}

function Kiezen({
  id,
  zoekterm,
  onGekoppeld,
  onMelding,
}: {
  id: string;
  zoekterm: string;
  /** Linked: the search and its results close. */
  onGekoppeld: () => void;
  onMelding: (tekst: string) => void;
}) {
  const { t } = useWrcT();
  const koppel = useActiviteit(id);
  const formulier = useFormulier();
  const query = new URLSearchParams({ paginaGrootte: String(IN_LIJST) });
  if (zoekterm) query.set('tekst', zoekterm);
  const zoek = useZoekAanbod(query.toString());
  const treffers = zoek.data?.treffers ?? [];
  const [aanbodId, setAanbodId] = useState('');
  const [startdatum, setStartdatum] = useState('');
  const [meegegaan, setMeegegaan] = useState(false);
  const [delen, setDelen] = useState(false);

  const foutAanbod = {
    field: 'wrc-aanbod',
    message: t('welzijnsreceptCoach.activiteit.foutAanbod'),
  };
  const foutDatum = {
    field: 'wrc-startdatum',
    message: t('welzijnsreceptCoach.activiteit.foutDatum'),
  };

  const verstuur = () =>
    formulier.submit(
      () =>
        fouten(
          !treffers.some((a) => a.id === aanbodId) && foutAanbod,
          !isDatum(startdatum) && foutDatum,
        ),
      async () => {
        await koppel.mutateAsync({
          aanbodId,
          startdatum,
          meegegaan,
          delenMetHuisarts: delen,
        });
        onGekoppeld();
        onMelding(t('welzijnsreceptCoach.activiteit.opgeslagen'));
      },
      (error) => [
        gaatOver(error, 'aanbodId')
          ? foutAanbod
          : gaatOver(error, 'startdatum')
            ? foutDatum
            : mislukt('wrc-koppel', t('welzijnsreceptCoach.algemeen.mislukt')),
      ],
    );

  return (
    <>
      <LoadingStatus loading={zoek.isPending} />
      {zoek.data ? (
        <Paragraph role="status">
          {zoek.data.totaal === 0
            ? t('welzijnsreceptCoach.activiteit.geenResultaten')
            : t('welzijnsreceptCoach.activiteit.resultaten', { count: zoek.data.totaal })}
        </Paragraph>
      ) : null}
      {treffers.length > 0 ? (
        <CoachFormulier
          naam="wrc-koppel"
          labelledBy="wrc-zoek-kop"
          formulier={formulier}
          onVerstuur={() => void verstuur()}
          knop={t('welzijnsreceptCoach.activiteit.opslaan')}
        >
          <KeuzeGroep
            id="wrc-aanbod"
            soort="radio"
            legend={t('welzijnsreceptCoach.activiteit.kies')}
            fout={formulier.errorFor('wrc-aanbod')}
            opties={treffers.map((a) => ({
              waarde: a.id,
              label: a.naam,
              hint: a.plaats
                ? t('welzijnsreceptCoach.activiteit.bijIn', {
                    organisatie: a.organisatie.naam,
                    plaats: a.plaats,
                  })
                : t('welzijnsreceptCoach.activiteit.bij', { organisatie: a.organisatie.naam }),
            }))}
            gekozen={aanbodId ? [aanbodId] : []}
            onChange={([w]) => w && setAanbodId(w)}
          />
          <DatumInvoer
            id="wrc-startdatum"
            label={t('welzijnsreceptCoach.activiteit.startdatum')}
            hint={t('welzijnsreceptCoach.activiteit.startHint')}
            fout={formulier.errorFor('wrc-startdatum')}
            waarde={startdatum}
            onChange={setStartdatum}
          />
          <KeuzeGroep
            id="wrc-afspraken"
            soort="checkbox"
            legend={t('welzijnsreceptCoach.activiteit.extra')}
            opties={[
              { waarde: 'meegaan', label: t('welzijnsreceptCoach.activiteit.meegaan') },
              {
                waarde: 'delen',
                label: t('welzijnsreceptCoach.activiteit.delenLabel'),
                hint: t('welzijnsreceptCoach.activiteit.delenHint'),
              },
            ]}
            gekozen={[...(meegegaan ? ['meegaan'] : []), ...(delen ? ['delen'] : [])]}
            onChange={(gekozen) => {
              setMeegegaan(gekozen.includes('meegaan'));
              setDelen(gekozen.includes('delen'));
            }}
          />
        </CoachFormulier>
      ) : null}
    </>
  );
}

/**
 * The activity: the one chosen, and choosing one (again) from the sociale kaart — search,
 * pick, the start date and what was agreed. The GP hears of it (the name only when agreed).
 */
export function ActiviteitOnderdeel({ id, werk, kanVastleggen, onMelding }: WerkDeel) {
  const { t } = useWrcT();
  const [zoekterm, setZoekterm] = useState<string | null>(null);
  return (
    <section aria-labelledby="wrc-activiteit">
      <Heading2 id="wrc-activiteit">{t('welzijnsreceptCoach.activiteit.kop')}</Heading2>
      {werk.activiteit ? (
        <Gekozen activiteit={werk.activiteit} />
      ) : (
        <Paragraph>{t('welzijnsreceptCoach.activiteit.geen')}</Paragraph>
      )}
      {kanVastleggen ? (
        <>
          <Heading3 id="wrc-zoek-kop">
            {werk.activiteit
              ? t('welzijnsreceptCoach.activiteit.andereKop')
              : t('welzijnsreceptCoach.activiteit.zoekKop')}
          </Heading3>
          <Zoeken onZoek={setZoekterm} />
          {zoekterm !== null ? (
            <Kiezen
              key={zoekterm}
              id={id}
              zoekterm={zoekterm}
              onGekoppeld={() => setZoekterm(null)}
              onMelding={onMelding}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
