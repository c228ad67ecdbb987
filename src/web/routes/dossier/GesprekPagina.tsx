import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  type Instrument,
  type Netwerklid,
  type NieuwGesprek,
  type Persoon,
  useInstrumenten,
  useLegGesprekVast,
  useNetwerk,
  usePersoon,
} from '../../api/dossier.ts';
import { ErrorSummary, type FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { KeuzeGroep } from '../../components/formulier/KeuzeGroep.tsx';
import { Tekstvak } from '../../components/formulier/Tekstvak.tsx';
import { TextField } from '../../components/formulier/TextField.tsx';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { LEEG, Onderdeel, type ScoreStaat, scoreVeld, tekstVeld } from './GesprekOnderdeel.tsx';
import {
  DatumInvoer,
  DeelFout,
  DossierPagina,
  foutVoor,
  serverVelden,
  teLang,
  useDosT,
  vandaag,
} from './onderdelen.tsx';
import { useInstrumentTekst } from './Scores.tsx';

interface Ander {
  sleutel: number;
  naam: string;
  rol: string;
}

const VERHAAL = ['sterktes', 'kanBieden', 'dromen', 'idealeDag'] as const;
type Verhaal = (typeof VERHAAL)[number];

function Formulier({
  id,
  persoon,
  leden,
  instrumenten,
}: {
  id: string;
  persoon: Persoon | undefined;
  leden: readonly Netwerklid[];
  instrumenten: readonly Instrument[];
}) {
  const { t } = useDosT();
  const navigate = useNavigate();
  const leg = useLegGesprekVast(id);
  const actief = instrumenten.filter((i) => i.actief);
  const [instrumentId, setInstrumentId] = useState(actief[0]?.id ?? 'standaard');
  const instrument = actief.find((i) => i.id === instrumentId) ?? actief[0];
  const [datum, setDatum] = useState(vandaag());
  const [plaats, setPlaats] = useState('');
  const [uitNetwerk, setUitNetwerk] = useState<string[]>([]);
  const volgende = useRef(1);
  const [anderen, setAnderen] = useState<Ander[]>(() =>
    persoon ? [{ sleutel: 0, naam: persoon.naam, rol: t('dossier.gesprek.rolPersoon') }] : [],
  );
  const [scores, setScores] = useState<Record<string, ScoreStaat>>({});
  const [verhaal, setVerhaal] = useState<Record<Verhaal, string>>({
    sterktes: '',
    kanBieden: '',
    dromen: '',
    idealeDag: '',
  });
  const [fouten, setFouten] = useState<FieldError[]>([]);
  const [poging, setPoging] = useState(0);
  const woorden = useInstrumentTekst();

  if (!instrument) return <Paragraph>{t('dossier.gesprek.geenInstrument')}</Paragraph>;
  const scoreVan = (code: string) => scores[code] ?? LEEG;
  const anderVeld = (a: Ander, deel: 'naam' | 'rol') => `kg-ander-${a.sleutel}-${deel}`;

  const controleer = (): FieldError[] => {
    const lijst: FieldError[] = [];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(datum)) {
      lijst.push({ field: 'kg-datum', message: t('dossier.gesprek.fout.datum') });
    }
    if (teLang(plaats, 200)) {
      lijst.push({ field: 'kg-plaats', message: t('dossier.fout.teLang', { max: 200 }) });
    }
    for (const a of anderen) {
      if (!a.naam.trim() && a.rol.trim()) {
        lijst.push({ field: anderVeld(a, 'naam'), message: t('dossier.gesprek.fout.naam') });
      } else if (teLang(a.naam, 200)) {
        lijst.push({
          field: anderVeld(a, 'naam'),
          message: t('dossier.fout.teLang', { max: 200 }),
        });
      }
      if (teLang(a.rol, 100)) {
        lijst.push({ field: anderVeld(a, 'rol'), message: t('dossier.fout.teLang', { max: 100 }) });
      }
    }
    if (uitNetwerk.length + anderen.filter((a) => a.naam.trim()).length > 20) {
      lijst.push({ field: 'kg-netwerk', message: t('dossier.gesprek.fout.teVeel') });
    }
    for (const o of instrument.onderdelen) {
      const s = scoreVan(o.code);
      const grens = { notitie: 2000, zelf: 1000, netwerk: 1000 } as const;
      for (const deel of ['notitie', 'zelf', 'netwerk'] as const) {
        if (teLang(s[deel], grens[deel])) {
          lijst.push({
            field: tekstVeld(o.code, deel),
            message: t('dossier.fout.teLangBij', {
              max: grens[deel],
              onderdeel: woorden.onderdeel(instrument, o),
            }),
          });
        }
      }
    }
    for (const v of VERHAAL) {
      if (teLang(verhaal[v], 2000)) {
        lijst.push({ field: `kg-${v}`, message: t('dossier.fout.teLang', { max: 2000 }) });
      }
    }
    return lijst;
  };

  /** The server's refusals, as fields of this form (all of them at once). */
  const vanServer = (error: unknown): FieldError[] => {
    const lijst: FieldError[] = [];
    for (const naam of serverVelden(error)) {
      const score = /^scores\.(\d+)\.(\w+)/.exec(naam);
      const o = score ? instrument.onderdelen[Number(score[1])] : undefined;
      if (score && o) {
        const deel = score[2];
        lijst.push(
          deel === 'notitie' || deel === 'zelf' || deel === 'netwerk'
            ? { field: tekstVeld(o.code, deel), message: t('dossier.fout.ongeldig') }
            : { field: scoreVeld(o.code), message: t('dossier.gesprek.fout.score') },
        );
      } else if (naam.startsWith('datum')) {
        lijst.push({ field: 'kg-datum', message: t('dossier.gesprek.fout.datum') });
      }
    }
    return lijst.length > 0
      ? lijst
      : [{ field: 'kg-opslaan', message: t('dossier.algemeen.mislukt') }];
  };

  const opslaan = (event: FormEvent) => {
    event.preventDefault();
    setPoging((p) => p + 1);
    const lokaal = controleer();
    setFouten(lokaal);
    if (lokaal.length > 0) return;
    const gesprek: NieuwGesprek = {
      instrument: instrument.id,
      datum,
      plaats: plaats.trim(),
      deelnemers: [
        ...anderen
          .filter((a) => a.naam.trim())
          .map((a) => ({ naam: a.naam.trim(), rol: a.rol.trim() })),
        ...leden
          .filter((l) => uitNetwerk.includes(l.id))
          .map((l) => ({ naam: l.naam, rol: l.relatie, netwerklidId: l.id })),
      ],
      scores: instrument.onderdelen.map((o) => {
        const s = scoreVan(o.code);
        return {
          onderdeel: o.code,
          score: s.score === 'geen' ? null : Number(s.score),
          notitie: s.notitie.trim(),
          zelf: s.zelf.trim(),
          netwerk: s.netwerk.trim(),
        };
      }),
      sterktes: verhaal.sterktes.trim(),
      kanBieden: verhaal.kanBieden.trim(),
      dromen: verhaal.dromen.trim(),
      idealeDag: verhaal.idealeDag.trim(),
    };
    leg.mutate(gesprek, {
      onSuccess: () =>
        navigate(`/werkplek/personen/${id}`, {
          state: { melding: t('dossier.gesprek.opgeslagen') },
        }),
      onError: (error) => setFouten(vanServer(error)),
    });
  };

  return (
    <form onSubmit={opslaan} noValidate>
      <ErrorSummary errors={fouten} attempt={poging} />
      <section aria-labelledby="kg-algemeen">
        <Heading2 id="kg-algemeen">{t('dossier.gesprek.algemeen')}</Heading2>
        <DatumInvoer
          id="kg-datum"
          label={t('dossier.gesprek.datum')}
          fout={foutVoor(fouten, 'kg-datum')}
          waarde={datum}
          onChange={setDatum}
        />
        <TextField
          id="kg-plaats"
          label={t('dossier.gesprek.plaats')}
          description={t('dossier.gesprek.plaatsHint')}
          error={foutVoor(fouten, 'kg-plaats')}
          value={plaats}
          onChange={setPlaats}
        />
        {actief.length > 1 ? (
          <KeuzeGroep
            id="kg-instrument"
            soort="radio"
            legend={t('dossier.gesprek.instrument')}
            opties={actief.map((i) => ({ waarde: i.id, label: i.naam }))}
            gekozen={[instrument.id]}
            onChange={([i]) => i && setInstrumentId(i)}
          />
        ) : null}
      </section>

      <section aria-labelledby="kg-deelnemers">
        <Heading2 id="kg-deelnemers">{t('dossier.gesprek.deelnemers')}</Heading2>
        {leden.length > 0 ? (
          <KeuzeGroep
            id="kg-netwerk"
            soort="checkbox"
            legend={t('dossier.gesprek.uitNetwerk')}
            fout={foutVoor(fouten, 'kg-netwerk')}
            opties={leden.map((l) => ({
              waarde: l.id,
              label: l.relatie ? `${l.naam} (${l.relatie})` : l.naam,
            }))}
            gekozen={uitNetwerk}
            onChange={setUitNetwerk}
          />
        ) : (
          <Paragraph>
            {t('dossier.gesprek.geenNetwerk')}{' '}
            <RouterLink to={`/werkplek/personen/${id}/netwerk`}>
              {t('dossier.netwerk.naarKaart')}
            </RouterLink>
          </Paragraph>
        )}
        <Paragraph>{t('dossier.gesprek.anderen')}</Paragraph>
        {anderen.map((a, i) => (
          <div key={a.sleutel} className="kring-dos-rij">
            <TextField
              id={anderVeld(a, 'naam')}
              label={t('dossier.gesprek.anderNaam', { nummer: i + 1 })}
              error={foutVoor(fouten, anderVeld(a, 'naam'))}
              value={a.naam}
              onChange={(naam) =>
                setAnderen((oud) => oud.map((x) => (x.sleutel === a.sleutel ? { ...x, naam } : x)))
              }
            />
            <TextField
              id={anderVeld(a, 'rol')}
              label={t('dossier.gesprek.anderRol', { nummer: i + 1 })}
              description={t('dossier.gesprek.anderRolHint')}
              error={foutVoor(fouten, anderVeld(a, 'rol'))}
              value={a.rol}
              onChange={(rol) =>
                setAnderen((oud) => oud.map((x) => (x.sleutel === a.sleutel ? { ...x, rol } : x)))
              }
            />
            <Button
              appearance="subtle-button"
              onClick={() => setAnderen((oud) => oud.filter((x) => x.sleutel !== a.sleutel))}
            >
              {t('dossier.gesprek.anderWeg', { nummer: i + 1 })}
            </Button>
          </div>
        ))}
        <Button
          appearance="secondary-action-button"
          onClick={() =>
            setAnderen((oud) => [...oud, { sleutel: volgende.current++, naam: '', rol: '' }])
          }
        >
          {t('dossier.gesprek.anderErbij')}
        </Button>
      </section>

      <section aria-labelledby="kg-domeinen">
        <Heading2 id="kg-domeinen">{t('dossier.gesprek.domeinen')}</Heading2>
        <Paragraph>{t('dossier.gesprek.domeinenUitleg')}</Paragraph>
        {instrument.onderdelen.map((o) => (
          <Onderdeel
            key={`${instrument.id}-${o.code}`}
            instrument={instrument}
            onderdeel={o}
            staat={scoreVan(o.code)}
            fouten={fouten}
            onChange={(deel) =>
              setScores((oud) => ({ ...oud, [o.code]: { ...(oud[o.code] ?? LEEG), ...deel } }))
            }
          />
        ))}
      </section>

      <section aria-labelledby="kg-verhaal">
        <Heading2 id="kg-verhaal">{t('dossier.gesprek.verhaal')}</Heading2>
        <Paragraph>{t('dossier.gesprek.verhaalUitleg')}</Paragraph>
        {VERHAAL.map((v) => (
          <Tekstvak
            key={v}
            id={`kg-${v}`}
            label={t(`dossier.gesprek.${v}`)}
            hint={t(`dossier.gesprek.${v}Hint`)}
            fout={foutVoor(fouten, `kg-${v}`)}
            waarde={verhaal[v]}
            onChange={(tekst) => setVerhaal((oud) => ({ ...oud, [v]: tekst }))}
            rijen={3}
          />
        ))}
      </section>

      <div className="kring-lw-acties">
        <Button
          id="kg-opslaan"
          type="submit"
          appearance="primary-action-button"
          disabled={leg.isPending}
        >
          {t('dossier.gesprek.opslaan')}
        </Button>
      </div>
    </form>
  );
}

/** `/werkplek/personen/:id/keukentafelgesprek`: record a kitchen-table conversation. */
export function GesprekPagina() {
  const { id = '' } = useParams();
  const { t } = useDosT();
  const persoon = usePersoon(id);
  const netwerk = useNetwerk(id);
  const instrumenten = useInstrumenten();
  // The form starts from what is known (the person's name, the network): wait for it. A part
  // the reader may not see is left out; without instruments there is nothing to score.
  const klaar = !persoon.isPending && !netwerk.isPending && !instrumenten.isPending;
  return (
    <DossierPagina
      id={id}
      titel={(naam) => (naam ? t('dossier.gesprek.titel', { naam }) : t('dossier.gesprek.heading'))}
      terug={{ naar: `/werkplek/personen/${id}`, tekst: t('dossier.algemeen.naarDossier') }}
    >
      <Paragraph lead>{t('dossier.gesprek.intro')}</Paragraph>
      <LoadingStatus loading={!klaar} />
      {instrumenten.isError ? (
        <DeelFout error={instrumenten.error} onRetry={() => void instrumenten.refetch()} />
      ) : null}
      {klaar && instrumenten.data ? (
        <Formulier
          id={id}
          persoon={persoon.data}
          leden={netwerk.data?.leden ?? []}
          instrumenten={instrumenten.data.instrumenten}
        />
      ) : null}
    </DossierPagina>
  );
}
