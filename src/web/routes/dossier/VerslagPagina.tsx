import {
  Button,
  Fieldset,
  FieldsetLegend,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { useParams } from 'react-router';
import {
  type Overleg,
  type Plan,
  useLegVerslagVast,
  useOverleggen,
  usePlan,
} from '../../api/dossier.ts';
import { ErrorSummary, type FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { KeuzeGroep } from '../../components/formulier/KeuzeGroep.tsx';
import { Tekstvak } from '../../components/formulier/Tekstvak.tsx';
import { TextField } from '../../components/formulier/TextField.tsx';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { Statusmelding, useDatum } from '../loket-werk/onderdelen.tsx';
import { Deelnemers } from './CasusoverlegPagina.tsx';
import {
  DatumInvoer,
  DeelFout,
  DossierPagina,
  foutVoor,
  Keuzelijst,
  serverVelden,
  teLang,
  useDosT,
} from './onderdelen.tsx';
import { EIGENAAR_SOORTEN, type EigenaarSoort } from './planInvoer.ts';

interface Besluit {
  sleutel: number;
  tekst: string;
  eigenaarSoort: EigenaarSoort | '';
  eigenaar: string;
  deadline: string;
  doelId: string;
  /** The plan action it became already (then it is not added again). */
  actieId: string | null;
}

const veld = (b: Besluit, naam: 'tekst' | 'soort' | 'eigenaar' | 'deadline' | 'doel') =>
  `vs-${b.sleutel}-${naam}`;

function Formulier({
  id,
  overleg,
  plan,
  onKlaar,
}: {
  id: string;
  overleg: Overleg;
  plan: Plan | null;
  onKlaar: (melding: string) => void;
}) {
  const { t } = useDosT();
  const leg = useLegVerslagVast(id);
  const volgende = useRef(overleg.besluiten.length + 1);
  const [notities, setNotities] = useState(overleg.notities);
  const [besluiten, setBesluiten] = useState<Besluit[]>(() =>
    overleg.besluiten.map((b, i) => ({
      sleutel: i + 1,
      tekst: b.tekst,
      eigenaarSoort: b.eigenaarSoort,
      eigenaar: b.eigenaar,
      deadline: b.deadline ?? '',
      doelId: '',
      actieId: b.actieId,
    })),
  );
  const [fouten, setFouten] = useState<FieldError[]>([]);
  const [poging, setPoging] = useState(0);
  const doelen = plan?.doelen ?? [];
  const zet = (b: Besluit, deel: Partial<Besluit>) =>
    setBesluiten((oud) => oud.map((x) => (x.sleutel === b.sleutel ? { ...x, ...deel } : x)));

  const opslaan = (event: FormEvent) => {
    event.preventDefault();
    setPoging((p) => p + 1);
    const lijst: FieldError[] = [];
    if (teLang(notities, 8000)) {
      lijst.push({ field: 'vs-notities', message: t('dossier.fout.teLang', { max: 8000 }) });
    }
    besluiten.forEach((b, i) => {
      const nummer = i + 1;
      if (!b.tekst.trim()) {
        lijst.push({
          field: veld(b, 'tekst'),
          message: t('dossier.verslag.fout.tekst', { nummer }),
        });
      } else if (teLang(b.tekst, 500)) {
        lijst.push({ field: veld(b, 'tekst'), message: t('dossier.fout.teLang', { max: 500 }) });
      }
      if (!b.eigenaarSoort) {
        lijst.push({ field: veld(b, 'soort'), message: t('dossier.verslag.fout.wie', { nummer }) });
      }
    });
    setFouten(lijst);
    if (lijst.length > 0) return;
    leg.mutate(
      {
        overlegId: overleg.id,
        verslag: {
          notities: notities.trim(),
          besluiten: besluiten.map((b) => ({
            tekst: b.tekst.trim(),
            eigenaarSoort: b.eigenaarSoort || 'zelf',
            eigenaar: b.eigenaar.trim(),
            deadline: b.deadline || null,
            doelId: b.actieId ? null : b.doelId || null,
          })),
        },
      },
      {
        onSuccess: (nieuw) => {
          setBesluiten((oud) =>
            oud.map((b, i) => ({
              ...b,
              doelId: '',
              actieId: nieuw.besluiten[i]?.actieId ?? b.actieId,
            })),
          );
          onKlaar(t('dossier.verslag.opgeslagen'));
        },
        onError: (error) => {
          const velden = serverVelden(error);
          const doel = /^besluiten\.(\d+)\.doelId/.exec(
            velden.find((v) => v.endsWith('doelId')) ?? '',
          );
          const b = doel ? besluiten[Number(doel[1])] : undefined;
          setFouten(
            b
              ? [{ field: veld(b, 'doel'), message: t('dossier.verslag.fout.doel') }]
              : [{ field: 'vs-opslaan', message: t('dossier.algemeen.mislukt') }],
          );
        },
      },
    );
  };

  return (
    <form onSubmit={opslaan} noValidate>
      <ErrorSummary errors={fouten} attempt={poging} />
      <Tekstvak
        id="vs-notities"
        label={t('dossier.verslag.notities')}
        hint={t('dossier.verslag.notitiesHint')}
        fout={foutVoor(fouten, 'vs-notities')}
        waarde={notities}
        onChange={setNotities}
        rijen={6}
      />
      <Heading2 id="vs-besluiten">{t('dossier.verslag.besluiten')}</Heading2>
      <Paragraph>{t('dossier.verslag.besluitenUitleg')}</Paragraph>
      {besluiten.map((b, i) => {
        const nummer = i + 1;
        return (
          <Fieldset key={b.sleutel} className="kring-dos-actieveld">
            <FieldsetLegend className="kring-dos-legenda-kop">
              {t('dossier.verslag.besluit', { nummer })}
            </FieldsetLegend>
            <TextField
              id={veld(b, 'tekst')}
              label={t('dossier.verslag.tekst', { nummer })}
              error={foutVoor(fouten, veld(b, 'tekst'))}
              value={b.tekst}
              onChange={(tekst) => zet(b, { tekst })}
            />
            <KeuzeGroep
              id={veld(b, 'soort')}
              soort="radio"
              legend={t('dossier.verslag.wie', { nummer })}
              fout={foutVoor(fouten, veld(b, 'soort'))}
              opties={EIGENAAR_SOORTEN.map((s) => ({
                waarde: s,
                label: t(`dossier.plan.eigenaar.${s}`),
              }))}
              gekozen={b.eigenaarSoort ? [b.eigenaarSoort] : []}
              onChange={([s]) => s && zet(b, { eigenaarSoort: s })}
            />
            {b.eigenaarSoort && b.eigenaarSoort !== 'zelf' ? (
              <TextField
                id={veld(b, 'eigenaar')}
                label={t('dossier.verslag.eigenaar', { nummer })}
                error={foutVoor(fouten, veld(b, 'eigenaar'))}
                value={b.eigenaar}
                onChange={(eigenaar) => zet(b, { eigenaar })}
              />
            ) : null}
            <DatumInvoer
              id={veld(b, 'deadline')}
              label={t('dossier.verslag.deadline', { nummer })}
              hint={t('dossier.plan.bewerk.deadlineHint')}
              waarde={b.deadline}
              onChange={(deadline) => zet(b, { deadline })}
            />
            {b.actieId ? (
              <Paragraph className="kring-lw-signaal">{t('dossier.verslag.inPlan')}</Paragraph>
            ) : doelen.length > 0 ? (
              <Keuzelijst
                id={veld(b, 'doel')}
                label={t('dossier.verslag.doel', { nummer })}
                hint={t('dossier.verslag.doelHint')}
                fout={foutVoor(fouten, veld(b, 'doel'))}
                waarde={b.doelId}
                opties={[
                  { waarde: '', label: t('dossier.verslag.geenDoel') },
                  ...doelen.map((d, j) => ({
                    waarde: d.id,
                    label: t('dossier.plan.doelKop', { nummer: j + 1, titel: d.titel }),
                  })),
                ]}
                onChange={(doelId) => zet(b, { doelId })}
              />
            ) : (
              <Paragraph>{t('dossier.verslag.geenPlan')}</Paragraph>
            )}
            {b.actieId ? null : (
              <Button
                appearance="subtle-button"
                onClick={() => setBesluiten((oud) => oud.filter((x) => x.sleutel !== b.sleutel))}
              >
                {t('dossier.verslag.besluitWeg', { nummer })}
              </Button>
            )}
          </Fieldset>
        );
      })}
      <div className="kring-lw-acties">
        <Button
          appearance="secondary-action-button"
          onClick={() =>
            setBesluiten((oud) => [
              ...oud,
              {
                sleutel: volgende.current++,
                tekst: '',
                eigenaarSoort: '',
                eigenaar: '',
                deadline: '',
                doelId: '',
                actieId: null,
              },
            ])
          }
        >
          {t('dossier.verslag.besluitErbij')}
        </Button>
      </div>
      <div className="kring-lw-acties">
        <Button
          id="vs-opslaan"
          type="submit"
          appearance="primary-action-button"
          disabled={leg.isPending}
        >
          {t('dossier.verslag.opslaan')}
        </Button>
      </div>
    </form>
  );
}

/** `/werkplek/personen/:id/casusoverleg/:overlegId`: notes and decisions of one conference. */
export function VerslagPagina() {
  const { id = '', overlegId = '' } = useParams();
  const { t } = useDosT();
  const { dag } = useDatum();
  const overleggen = useOverleggen(id);
  const plan = usePlan(id);
  const [melding, setMelding] = useState('');
  const overleg = overleggen.data?.overleggen.find((o) => o.id === overlegId);
  return (
    <DossierPagina
      id={id}
      titel={() =>
        overleg
          ? t('dossier.verslag.titel', { datum: dag(overleg.datum) })
          : t('dossier.verslag.heading')
      }
      terug={{ naar: `/werkplek/personen/${id}/casusoverleg`, tekst: t('dossier.verslag.terug') }}
    >
      <Statusmelding tekst={melding} />
      <LoadingStatus loading={overleggen.isPending || plan.isPending} />
      {overleggen.isError ? (
        <DeelFout error={overleggen.error} onRetry={() => void overleggen.refetch()} />
      ) : null}
      {overleggen.data && !overleg ? (
        <Paragraph>{t('dossier.verslag.nietGevonden')}</Paragraph>
      ) : null}
      {overleg && !plan.isPending ? (
        <>
          <section aria-labelledby="vs-agenda">
            <Heading2 id="vs-agenda">{t('dossier.overleg.agenda')}</Heading2>
            <Paragraph className="kring-dos-citaat">
              {overleg.agenda || t('dossier.algemeen.leeg')}
            </Paragraph>
            <Heading2>{t('dossier.overleg.wie')}</Heading2>
            <Deelnemers overleg={overleg} />
          </section>
          <section aria-labelledby="vs-verslag">
            <Heading2 id="vs-verslag">{t('dossier.verslag.kop')}</Heading2>
            <Formulier
              id={id}
              overleg={overleg}
              plan={plan.data?.plan ?? null}
              onKlaar={setMelding}
            />
            {plan.data?.plan ? (
              <Paragraph>
                <RouterLink to={`/werkplek/personen/${id}/plan`}>
                  {t('dossier.plan.naarPlan')}
                </RouterLink>
              </Paragraph>
            ) : null}
          </section>
        </>
      ) : null}
    </DossierPagina>
  );
}
