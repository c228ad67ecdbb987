import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router';
import {
  type NieuwOverleg,
  type Overleg,
  useNetwerk,
  useOverleggen,
  usePlanOverleg,
  useRegie,
} from '../../api/dossier.ts';
import { ErrorSummary, type FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { KeuzeGroep } from '../../components/formulier/KeuzeGroep.tsx';
import { Tekstvak } from '../../components/formulier/Tekstvak.tsx';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { Statusmelding, useDatum } from '../loket-werk/onderdelen.tsx';
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

/** Who takes part, in words: formal ones with their organisation, informal ones with relation. */
export function Deelnemers({ overleg }: { overleg: Overleg }) {
  const { t } = useDosT();
  if (overleg.deelnemers.length === 0)
    return <Paragraph>{t('dossier.overleg.geenDeelnemers')}</Paragraph>;
  return (
    <ul className="kring-lw-lijst">
      {overleg.deelnemers.map((d) => (
        <li key={`${d.soort}-${d.naam}-${d.rol}`}>
          {t(`dossier.overleg.deelnemer.${d.soort}`, {
            naam: d.naam,
            rol: d.rol || t('dossier.algemeen.leeg'),
          })}
        </li>
      ))}
    </ul>
  );
}

function Lijst({ id, overleggen }: { id: string; overleggen: readonly Overleg[] }) {
  const { t } = useDosT();
  const { dag } = useDatum();
  return (
    <section aria-labelledby="co-lijst">
      <Heading2 id="co-lijst">{t('dossier.overleg.lijst')}</Heading2>
      {overleggen.length === 0 ? <Paragraph>{t('dossier.overleg.geen')}</Paragraph> : null}
      {[...overleggen]
        .sort((a, b) => b.datum.localeCompare(a.datum))
        .map((o) => (
          <article key={o.id} className="kring-lw-kaart" aria-labelledby={`co-${o.id}`}>
            <Heading3 id={`co-${o.id}`}>
              {t('dossier.overleg.kop', { datum: dag(o.datum) })}
            </Heading3>
            <Paragraph>
              <strong>{t('dossier.overleg.agenda')}</strong>{' '}
              {o.agenda || t('dossier.algemeen.leeg')}
            </Paragraph>
            <Deelnemers overleg={o} />
            <Paragraph>
              {o.notities || o.besluiten.length > 0
                ? t('dossier.overleg.verslagEr', { count: o.besluiten.length })
                : t('dossier.overleg.nogGeenVerslag')}
            </Paragraph>
            <Paragraph>
              <RouterLink to={`/werkplek/personen/${id}/casusoverleg/${o.id}`}>
                {t('dossier.overleg.naarVerslag', { datum: dag(o.datum) })}
              </RouterLink>
            </Paragraph>
          </article>
        ))}
    </section>
  );
}

/** Plan a conference: date, agenda, formal participants (case team), informal (network). */
function Plannen({ id, onKlaar }: { id: string; onKlaar: (m: string) => void }) {
  const { t } = useDosT();
  const plan = usePlanOverleg(id);
  const regie = useRegie(id);
  const netwerk = useNetwerk(id);
  const [datum, setDatum] = useState(vandaag());
  const [agenda, setAgenda] = useState('');
  const [formeel, setFormeel] = useState<string[]>([]);
  const [informeel, setInformeel] = useState<string[]>([]);
  const [toestemming, setToestemming] = useState(false);
  const [fouten, setFouten] = useState<FieldError[]>([]);
  const [poging, setPoging] = useState(0);
  const team = regie.data?.team ?? [];
  const leden = netwerk.data?.leden ?? [];

  const opslaan = (event: FormEvent) => {
    event.preventDefault();
    setPoging((p) => p + 1);
    const lijst: FieldError[] = [];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(datum)) {
      lijst.push({ field: 'co-datum', message: t('dossier.overleg.fout.datum') });
    }
    if (teLang(agenda, 4000)) {
      lijst.push({ field: 'co-agenda', message: t('dossier.fout.teLang', { max: 4000 }) });
    }
    if (formeel.length + informeel.length > 20) {
      lijst.push({ field: 'co-formeel', message: t('dossier.overleg.fout.teVeel') });
    }
    if (informeel.length > 0 && !toestemming) {
      lijst.push({ field: 'co-toestemming', message: t('dossier.overleg.fout.toestemming') });
    }
    setFouten(lijst);
    if (lijst.length > 0) return;
    const overleg: NieuwOverleg = {
      datum,
      agenda: agenda.trim(),
      deelnemers: [
        ...formeel.flatMap((b) => {
          const lid = team.find((x) => x.betrokkenheidId === b);
          return lid ? [{ soort: 'formeel' as const, accountId: lid.accountId }] : [];
        }),
        ...informeel.map((netwerklidId) => ({
          soort: 'informeel' as const,
          netwerklidId,
          toestemming: true as const,
        })),
      ],
    };
    plan.mutate(overleg, {
      onSuccess: () => {
        setAgenda('');
        setFormeel([]);
        setInformeel([]);
        setToestemming(false);
        setPoging(0);
        onKlaar(t('dossier.overleg.gepland'));
      },
      onError: (error) => {
        const velden = serverVelden(error);
        setFouten(
          velden.some((v) => v.includes('toestemming'))
            ? [{ field: 'co-toestemming', message: t('dossier.overleg.fout.toestemming') }]
            : velden.includes('datum')
              ? [{ field: 'co-datum', message: t('dossier.overleg.fout.datum') }]
              : [{ field: 'co-opslaan', message: t('dossier.algemeen.mislukt') }],
        );
      },
    });
  };

  return (
    <section aria-labelledby="co-plannen" className="kring-lw-kaart">
      <Heading2 id="co-plannen">{t('dossier.overleg.plannenKop')}</Heading2>
      <form onSubmit={opslaan} noValidate>
        <ErrorSummary errors={fouten} attempt={poging} />
        <DatumInvoer
          id="co-datum"
          label={t('dossier.overleg.datum')}
          fout={foutVoor(fouten, 'co-datum')}
          waarde={datum}
          onChange={setDatum}
        />
        <Tekstvak
          id="co-agenda"
          label={t('dossier.overleg.agenda')}
          hint={t('dossier.overleg.agendaHint')}
          fout={foutVoor(fouten, 'co-agenda')}
          waarde={agenda}
          onChange={setAgenda}
          rijen={4}
        />
        {regie.isError ? (
          <DeelFout error={regie.error} onRetry={() => void regie.refetch()} />
        ) : (
          <KeuzeGroep
            id="co-formeel"
            soort="checkbox"
            legend={t('dossier.overleg.formeel')}
            hint={t('dossier.overleg.formeelHint')}
            fout={foutVoor(fouten, 'co-formeel')}
            opties={team.map((b) => ({
              waarde: b.betrokkenheidId,
              label: t('dossier.regie.teamlid', { naam: b.naam, organisatie: b.organisatie }),
            }))}
            gekozen={formeel}
            onChange={setFormeel}
          />
        )}
        {netwerk.isError ? (
          <DeelFout error={netwerk.error} onRetry={() => void netwerk.refetch()} />
        ) : leden.length > 0 ? (
          <>
            <KeuzeGroep
              id="co-informeel"
              soort="checkbox"
              legend={t('dossier.overleg.informeel')}
              hint={t('dossier.overleg.informeelHint')}
              opties={leden.map((l) => ({
                waarde: l.id,
                label: l.relatie ? `${l.naam} (${l.relatie})` : l.naam,
              }))}
              gekozen={informeel}
              onChange={setInformeel}
            />
            <KeuzeGroep
              id="co-toestemming"
              soort="checkbox"
              legend={t('dossier.overleg.toestemmingKop')}
              hint={t('dossier.overleg.toestemmingHint')}
              fout={foutVoor(fouten, 'co-toestemming')}
              opties={[{ waarde: 'ja', label: t('dossier.overleg.toestemming') }]}
              gekozen={toestemming ? ['ja'] : []}
              onChange={(g) => setToestemming(g.includes('ja'))}
            />
          </>
        ) : (
          <Paragraph>{t('dossier.overleg.geenNetwerk')}</Paragraph>
        )}
        <Button
          id="co-opslaan"
          type="submit"
          appearance="primary-action-button"
          disabled={plan.isPending}
        >
          {t('dossier.overleg.plannen')}
        </Button>
      </form>
    </section>
  );
}

/** `/werkplek/personen/:id/casusoverleg`: the case conferences and planning a new one. */
export function CasusoverlegPagina() {
  const { id = '' } = useParams();
  const { t } = useDosT();
  const overleggen = useOverleggen(id);
  const [melding, setMelding] = useState('');
  return (
    <DossierPagina
      id={id}
      titel={(naam) => (naam ? t('dossier.overleg.titel', { naam }) : t('dossier.overleg.heading'))}
      terug={{ naar: `/werkplek/personen/${id}`, tekst: t('dossier.algemeen.naarDossier') }}
    >
      <Paragraph lead>{t('dossier.overleg.intro')}</Paragraph>
      <Statusmelding tekst={melding} />
      <LoadingStatus loading={overleggen.isPending} />
      {overleggen.isError ? (
        <DeelFout error={overleggen.error} onRetry={() => void overleggen.refetch()} />
      ) : null}
      {overleggen.data ? (
        <>
          <Lijst id={id} overleggen={overleggen.data.overleggen} />
          <Plannen id={id} onKlaar={setMelding} />
        </>
      ) : null}
    </DossierPagina>
  );
}
