import { Alert, Button, DataList, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router';
import type { AanbodBeoordeling } from '../../../server/modules/hulpaanbod/model.ts';
import { VOG_STATUSSEN, type VogStatus } from '../../../shared/loket.ts';
import { ApiError } from '../../api/client.ts';
import { type Aanmelding, useAanmelding, useBeoordeelAanmelding } from '../../api/loketWerk.ts';
import { ErrorSummary, type FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { vogDatum } from '../hulp-bieden/concept.ts';
import { DatumVeld, KeuzeGroep, Tekstvak } from '../hulp-bieden/onderdelen.tsx';
import { tijdvakkenInWoorden } from '../hulp-bieden/woorden.ts';
import {
  AlleenProfessional,
  Gegeven,
  LaadFout,
  Statusmelding,
  useDatum,
  useLwT,
  vandaag,
} from './onderdelen.tsx';

function Gegevens({ a }: { a: Aanmelding }) {
  const { t } = useLwT();
  const { dag, moment } = useDatum();
  return (
    <section aria-labelledby="lw-gegevens">
      <Heading2 id="lw-gegevens">{t('loketWerk.aanmelding.gegevens')}</Heading2>
      <DataList className="kring-lw-gegevens" appearance="rows">
        <Gegeven label={t('loketWerk.aanmelding.status')}>
          {t(`loketWerk.aanbodStatus.${a.status}`)}
        </Gegeven>
        <Gegeven label={t('loketWerk.aanmelding.aangemeld')}>{moment(a.aangemeldOp)}</Gegeven>
        <Gegeven label={t('loketWerk.aanmelding.categorieen')}>
          {a.categorieen.map((c) => t(`hulpBieden.categorie.${c}`)).join('\n')}
        </Gegeven>
        <Gegeven label={t('loketWerk.aanmelding.postcode')}>{a.postcode}</Gegeven>
        <Gegeven label={t('loketWerk.aanmelding.straal')}>
          {t('hulpBieden.waar.km', { count: a.straalKm })}
        </Gegeven>
        <Gegeven label={t('loketWerk.aanmelding.tijdvakken')}>
          {tijdvakkenInWoorden(t, a.tijdvakken)}
        </Gegeven>
        <Gegeven label={t('loketWerk.aanmelding.uren')}>
          {t('hulpBieden.controleren.uren', { count: a.urenPerWeek })}
        </Gegeven>
        <Gegeven label={t('loketWerk.aanmelding.mensen')}>
          {t('hulpBieden.hoeVaak.mensenAantal', { count: a.maxKoppelingen })}
        </Gegeven>
        <Gegeven label={t('loketWerk.aanmelding.talen')}>
          {a.talen.map((x) => t(`loket.taal.${x}`)).join(', ')}
        </Gegeven>
        <Gegeven label={t('loketWerk.aanmelding.soort')}>{t(`loket.soortHulp.${a.soort}`)}</Gegeven>
        <Gegeven label={t('loketWerk.aanmelding.vog')}>
          {[
            t(`loketWerk.vogStatus.${a.vogStatus}`),
            a.vogDatum ? t('loketWerk.aanmelding.vogDatum', { datum: dag(a.vogDatum) }) : '',
            a.vogGeldig
              ? t('loketWerk.aanmelding.vogGeldig')
              : t('loketWerk.aanmelding.vogNietGeldig'),
          ]
            .filter(Boolean)
            .join('\n')}
        </Gegeven>
        <Gegeven label={t('loketWerk.aanmelding.geslacht')}>
          {a.geslacht ? t(`hulpBieden.overU.optie.${a.geslacht}`) : ''}
        </Gegeven>
        <Gegeven label={t('loketWerk.aanmelding.geboortejaar')}>
          {a.geboortejaar ? String(a.geboortejaar) : ''}
        </Gegeven>
        <Gegeven label={t('loketWerk.aanmelding.toelichting')}>{a.toelichting}</Gegeven>
        <Gegeven label={t('loketWerk.hulpvraag.telefoon')}>{a.telefoonnummer}</Gegeven>
        <Gegeven label={t('loketWerk.hulpvraag.email')}>{a.eMailadres}</Gegeven>
      </DataList>
    </section>
  );
}

function VogNodig({ a }: { a: Aanmelding }) {
  const { t } = useLwT();
  return (
    <section aria-labelledby="lw-vog-kop">
      <Heading2 id="lw-vog-kop">{t('loketWerk.aanmelding.vogHeading')}</Heading2>
      {a.vogNodigVoor.length > 0 ? (
        <>
          <Paragraph>{t('loketWerk.aanmelding.vogNodigVoor')}</Paragraph>
          <ul className="kring-lw-lijst">
            {a.vogNodigVoor.map((c) => (
              <li key={c}>{t(`hulpBieden.categorie.${c}`)}</li>
            ))}
          </ul>
          <Paragraph>
            {a.vogGeldig
              ? t('loketWerk.aanmelding.vogIsGeldig')
              : t('loketWerk.aanmelding.vogOntbreekt')}
          </Paragraph>
        </>
      ) : (
        <Paragraph>{t('loketWerk.aanmelding.vogNietNodig')}</Paragraph>
      )}
    </section>
  );
}

const delenVan = (iso: string | null) => {
  const [jaar = '', maand = '', dag = ''] = iso ? iso.split('-') : [];
  return { dag: dag.replace(/^0/, ''), maand: maand.replace(/^0/, ''), jaar };
};

/** Intake notes, a VOG shown at the intake, and the decision (POST …/beoordeling). */
function Beoordeling({ a, onKlaar }: { a: Aanmelding; onKlaar: (melding: string) => void }) {
  const { t } = useLwT();
  const beoordeel = useBeoordeelAanmelding();
  const [intake, setIntake] = useState(a.intakeNotitie ?? '');
  const [vogStatus, setVogStatus] = useState<VogStatus>(a.vogStatus);
  const [datum, setDatum] = useState(() => delenVan(a.vogDatum));
  const [besluit, setBesluit] = useState<'goedkeuren' | 'afwijzen' | null>(null);
  const [reden, setReden] = useState('');
  const [fouten, setFouten] = useState<FieldError[]>([]);
  const [poging, setPoging] = useState(0);
  const fout = (veld: string) => fouten.find((f) => f.field === veld)?.message;
  const vogNodig = t('loketWerk.aanmelding.fout.vogNodig', {
    naam: a.naam,
    lijst: a.vogNodigVoor.map((c) => t(`hulpBieden.categorie.${c}`)).join(', '),
  });

  const controleer = (): FieldError[] => {
    const lijst: FieldError[] = [];
    if (intake.trim().length > 2000) {
      lijst.push({ field: 'lw-intake', message: t('loketWerk.aanmelding.fout.intakeTeLang') });
    }
    if (vogStatus === 'ontvangen') {
      const iso = vogDatum({ vogDag: datum.dag, vogMaand: datum.maand, vogJaar: datum.jaar });
      if (!iso)
        lijst.push({ field: 'lw-vog-dag', message: t('loketWerk.aanmelding.fout.vogDatum') });
      else if (iso > vandaag()) {
        lijst.push({ field: 'lw-vog-dag', message: t('loketWerk.aanmelding.fout.vogToekomst') });
      }
    }
    if (!besluit)
      lijst.push({ field: 'lw-besluit', message: t('loketWerk.aanmelding.fout.besluit') });
    if (besluit === 'afwijzen' && !reden.trim()) {
      lijst.push({ field: 'lw-reden', message: t('loketWerk.aanmelding.fout.reden') });
    } else if (reden.trim().length > 1000) {
      lijst.push({ field: 'lw-reden', message: t('loketWerk.aanmelding.fout.redenTeLang') });
    }
    return lijst;
  };

  /** The server's refusal in words; approval without a valid VOG is the one to expect. */
  const vanServer = (error: unknown): FieldError[] => {
    const namen =
      error instanceof ApiError ? (error.problem?.invalidParams ?? []).map((p) => p.name) : [];
    const lijst: FieldError[] = [];
    if (namen.some((n) => n.startsWith('body.intakeNotitie'))) {
      lijst.push({ field: 'lw-intake', message: t('loketWerk.aanmelding.fout.intakeTeLang') });
    }
    if (namen.some((n) => n.startsWith('body.vog'))) {
      lijst.push({
        field: vogStatus === 'ontvangen' ? 'lw-vog-dag' : 'lw-vog',
        message:
          besluit === 'goedkeuren' && a.vogNodigVoor.length > 0
            ? vogNodig
            : t('loketWerk.aanmelding.fout.vogDatum'),
      });
    }
    if (namen.some((n) => n.startsWith('body.reden'))) {
      lijst.push({ field: 'lw-reden', message: t('loketWerk.aanmelding.fout.reden') });
    }
    if (lijst.length > 0) return lijst;
    const status = error instanceof ApiError ? error.status : 0;
    if (besluit === 'goedkeuren' && a.vogNodigVoor.length > 0 && status >= 400 && status < 500) {
      return [{ field: 'lw-vog', message: vogNodig }];
    }
    return [{ field: 'lw-opslaan', message: t('loketWerk.algemeen.mislukt') }];
  };

  const opslaan = (event: FormEvent) => {
    event.preventDefault();
    setPoging((p) => p + 1);
    const lokaal = controleer();
    setFouten(lokaal);
    if (lokaal.length > 0 || !besluit) return;
    const iso =
      vogStatus === 'ontvangen'
        ? vogDatum({ vogDag: datum.dag, vogMaand: datum.maand, vogJaar: datum.jaar })
        : null;
    const vogGewijzigd = vogStatus !== a.vogStatus || (iso ?? null) !== (a.vogDatum ?? null);
    const body: AanbodBeoordeling = {
      besluit,
      ...(intake.trim() ? { intakeNotitie: intake.trim() } : {}),
      ...(besluit === 'afwijzen' || reden.trim() ? { reden: reden.trim() } : {}),
      ...(vogGewijzigd ? { vogStatus } : {}),
      ...(vogGewijzigd && iso ? { vogDatum: iso } : {}),
    };
    beoordeel.mutate(
      { id: a.id, ...body },
      {
        onSuccess: () =>
          onKlaar(
            t(
              besluit === 'goedkeuren'
                ? 'loketWerk.aanmelding.goedgekeurd'
                : 'loketWerk.aanmelding.afgewezen',
              { naam: a.naam },
            ),
          ),
        onError: (error) => setFouten(vanServer(error)),
      },
    );
  };

  return (
    <section aria-labelledby="lw-beoordeling">
      <Heading2 id="lw-beoordeling">{t('loketWerk.aanmelding.beoordelingHeading')}</Heading2>
      <form onSubmit={opslaan} noValidate>
        <ErrorSummary errors={fouten} attempt={poging} />
        <Tekstvak
          id="lw-intake"
          label={t('loketWerk.aanmelding.intake')}
          hint={t('loketWerk.aanmelding.intakeHint')}
          fout={fout('lw-intake')}
          waarde={intake}
          onChange={setIntake}
        />
        <KeuzeGroep
          id="lw-vog"
          soort="radio"
          legend={t('loketWerk.aanmelding.vogLegend')}
          hint={t('loketWerk.aanmelding.vogHint')}
          fout={fout('lw-vog')}
          opties={VOG_STATUSSEN.map((s) => ({ waarde: s, label: t(`loketWerk.vogStatus.${s}`) }))}
          gekozen={[vogStatus]}
          onChange={([s]) => s && setVogStatus(s)}
        />
        {vogStatus === 'ontvangen' ? (
          <DatumVeld
            id="lw-vog-dag"
            legend={t('loketWerk.aanmelding.vogDatumLegend')}
            hint={t('hulpBieden.vog.datumHint')}
            fout={fout('lw-vog-dag')}
            dag={datum.dag}
            maand={datum.maand}
            jaar={datum.jaar}
            onChange={(deel) => setDatum((oud) => ({ ...oud, ...deel }))}
          />
        ) : null}
        <KeuzeGroep
          id="lw-besluit"
          soort="radio"
          legend={t('loketWerk.aanmelding.besluit')}
          fout={fout('lw-besluit')}
          opties={[
            { waarde: 'goedkeuren', label: t('loketWerk.aanmelding.goedkeuren') },
            { waarde: 'afwijzen', label: t('loketWerk.aanmelding.afwijzen') },
          ]}
          gekozen={besluit ? [besluit] : []}
          onChange={([b]) => setBesluit(b === 'goedkeuren' || b === 'afwijzen' ? b : null)}
        />
        <Tekstvak
          id="lw-reden"
          label={t('loketWerk.aanmelding.reden')}
          hint={t('loketWerk.aanmelding.redenHint')}
          fout={fout('lw-reden')}
          waarde={reden}
          onChange={setReden}
          rijen={3}
        />
        <div className="kring-lw-acties">
          <Button
            id="lw-opslaan"
            type="submit"
            appearance="primary-action-button"
            disabled={beoordeel.isPending}
          >
            {t('loketWerk.aanmelding.opslaan')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function Beoordeeld({ a }: { a: Aanmelding }) {
  const { t } = useLwT();
  const { moment } = useDatum();
  if (!a.beoordeling) return null;
  return (
    <section aria-labelledby="lw-besluit-kop">
      <Heading2 id="lw-besluit-kop">{t('loketWerk.aanmelding.besluitHeading')}</Heading2>
      <Paragraph>
        {t('loketWerk.aanmelding.beoordeeldDoor', {
          status: t(`loketWerk.aanbodStatus.${a.status}`),
          op: moment(a.beoordeling.op),
          door: a.beoordeling.door,
        })}
      </Paragraph>
      {a.beoordeling.reden ? (
        <Paragraph>{t('loketWerk.aanmelding.redenWas', { reden: a.beoordeling.reden })}</Paragraph>
      ) : null}
      {a.intakeNotitie ? (
        <Paragraph>{t('loketWerk.aanmelding.intakeWas', { notitie: a.intakeNotitie })}</Paragraph>
      ) : null}
    </section>
  );
}

function Detail({ id }: { id: string }) {
  const { t } = useLwT();
  const lijst = useAanmelding(id);
  const [melding, setMelding] = useState('');
  const a = lijst.aanmelding;
  const titel = a
    ? t('loketWerk.aanmelding.titel', { naam: a.naam })
    : t('loketWerk.aanmelding.heading');
  useDocumentTitle(titel);
  return (
    <>
      <PageHeading>{titel}</PageHeading>
      <Paragraph>
        <RouterLink to="/werkplek/loket/aanmeldingen">{t('loketWerk.aanmelding.terug')}</RouterLink>
      </Paragraph>
      <LoadingStatus loading={lijst.isPending} />
      <Statusmelding tekst={melding} />
      {lijst.isError ? <LaadFout error={lijst.error} onRetry={() => void lijst.refetch()} /> : null}
      {lijst.data && !a ? (
        <Alert type="warning">
          <Paragraph>{t('loketWerk.aanmelding.nietGevonden')}</Paragraph>
        </Alert>
      ) : null}
      {a ? (
        <>
          <VogNodig a={a} />
          {a.status === 'aangemeld' ? (
            <Beoordeling a={a} onKlaar={setMelding} />
          ) : (
            <Beoordeeld a={a} />
          )}
          <Gegevens a={a} />
        </>
      ) : null}
    </>
  );
}

/** `/werkplek/loket/aanmeldingen/:id`: a new volunteer, the intake and the decision. */
export function AanmeldingPage() {
  const { id = '' } = useParams();
  const { t } = useLwT();
  return (
    <AlleenProfessional kop={<PageHeading>{t('loketWerk.aanmelding.heading')}</PageHeading>}>
      <Detail id={id} />
    </AlleenProfessional>
  );
}
