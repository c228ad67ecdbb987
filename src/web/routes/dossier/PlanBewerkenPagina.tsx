import {
  Button,
  Fieldset,
  FieldsetLegend,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { type Netwerklid, type Plan, useNetwerk, usePlan, useZetPlan } from '../../api/dossier.ts';
import { ErrorSummary, type FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { KeuzeGroep } from '../../components/formulier/KeuzeGroep.tsx';
import { Tekstvak } from '../../components/formulier/Tekstvak.tsx';
import { TextField } from '../../components/formulier/TextField.tsx';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import {
  DatumInvoer,
  DeelFout,
  DossierPagina,
  Keuzelijst,
  serverVelden,
  useDosT,
} from './onderdelen.tsx';
import {
  ACTIE_STATUSSEN,
  type ActieStaat,
  controleer,
  type DoelStaat,
  EIGENAAR_SOORTEN,
  naarInvoer,
  naarStaat,
  nieuwDoel,
  nieuweActie,
  type PlanFout,
  type PlanStaat,
  sleutelmaker,
  veld,
  veldVanServer,
} from './planInvoer.ts';
import { VoorzieningKiezer } from './Voorziening.tsx';

type Melder = (fout: PlanFout) => string;

function ActieVelden({
  actie,
  doel,
  nummer,
  leden,
  persoonId,
  fout,
  onChange,
  onWeg,
}: {
  actie: ActieStaat;
  doel: number;
  nummer: number;
  leden: readonly Netwerklid[];
  persoonId: string;
  fout: (veld: string) => string | undefined;
  onChange: (deel: Partial<ActieStaat>) => void;
  onWeg: (() => void) | undefined;
}) {
  const { t } = useDosT();
  const plek = { doel, actie: nummer };
  return (
    <Fieldset className="kring-dos-actieveld">
      <FieldsetLegend className="kring-dos-legenda-kop">
        {t('dossier.plan.bewerk.actie', plek)}
      </FieldsetLegend>
      <TextField
        id={veld.actie(actie, 'omschrijving')}
        label={t('dossier.plan.bewerk.omschrijving', plek)}
        error={fout(veld.actie(actie, 'omschrijving'))}
        value={actie.omschrijving}
        onChange={(omschrijving) => onChange({ omschrijving })}
      />
      <KeuzeGroep
        id={veld.actie(actie, 'soort')}
        soort="radio"
        legend={t('dossier.plan.bewerk.wie', plek)}
        fout={fout(veld.actie(actie, 'soort'))}
        opties={EIGENAAR_SOORTEN.map((s) => ({
          waarde: s,
          label: t(`dossier.plan.eigenaar.${s}`),
          hint: t(`dossier.plan.eigenaarHint.${s}`),
        }))}
        gekozen={actie.eigenaarSoort ? [actie.eigenaarSoort] : []}
        onChange={([eigenaarSoort]) => {
          if (!eigenaarSoort) return;
          // A name from another owner type does not belong to this one.
          const zelfdeSoort = eigenaarSoort === actie.eigenaarSoort;
          onChange({ eigenaarSoort, ...(zelfdeSoort ? {} : { eigenaar: '' }) });
        }}
      />
      {actie.eigenaarSoort === 'netwerk' ? (
        leden.length > 0 ? (
          <Keuzelijst
            id={veld.actie(actie, 'netwerklid')}
            label={t('dossier.plan.bewerk.netwerklid', plek)}
            fout={fout(veld.actie(actie, 'netwerklid'))}
            waarde={actie.netwerklidId}
            opties={[
              { waarde: '', label: actie.eigenaar || t('dossier.plan.bewerk.kiesIemand') },
              ...leden.map((l) => ({
                waarde: l.id,
                label: l.relatie ? `${l.naam} (${l.relatie})` : l.naam,
              })),
            ]}
            onChange={(netwerklidId) =>
              onChange({
                netwerklidId,
                eigenaar: leden.find((l) => l.id === netwerklidId)?.naam ?? '',
              })
            }
          />
        ) : (
          <Paragraph id={veld.actie(actie, 'netwerklid')} tabIndex={-1}>
            {t('dossier.plan.bewerk.geenNetwerk')}{' '}
            <RouterLink to={`/werkplek/personen/${persoonId}/netwerk`}>
              {t('dossier.netwerk.naarKaart')}
            </RouterLink>
          </Paragraph>
        )
      ) : null}
      {actie.eigenaarSoort === 'voorziening' ? (
        <VoorzieningKiezer
          id={veld.actie(actie, 'voorziening')}
          fout={fout(veld.actie(actie, 'voorziening'))}
          aanbodId={actie.aanbodId}
          naam={actie.eigenaar}
          onKies={(a) => onChange({ aanbodId: a.id, eigenaar: a.naam })}
        />
      ) : null}
      {actie.eigenaarSoort === 'professional' || actie.eigenaarSoort === 'vrijwilliger' ? (
        <TextField
          id={veld.actie(actie, 'eigenaar')}
          label={t(
            actie.eigenaarSoort === 'professional'
              ? 'dossier.plan.bewerk.organisatie'
              : 'dossier.plan.bewerk.vrijwilliger',
            plek,
          )}
          error={fout(veld.actie(actie, 'eigenaar'))}
          value={actie.eigenaar}
          onChange={(eigenaar) => onChange({ eigenaar })}
        />
      ) : null}
      <DatumInvoer
        id={veld.actie(actie, 'deadline')}
        label={t('dossier.plan.bewerk.deadline', plek)}
        hint={t('dossier.plan.bewerk.deadlineHint')}
        fout={fout(veld.actie(actie, 'deadline'))}
        waarde={actie.deadline}
        onChange={(deadline) => onChange({ deadline })}
      />
      <Keuzelijst
        id={`plan-a-${actie.sleutel}-status`}
        label={t('dossier.plan.bewerk.status', plek)}
        waarde={actie.status}
        opties={ACTIE_STATUSSEN.map((s) => ({ waarde: s, label: t(`dossier.plan.status.${s}`) }))}
        onChange={(status) => {
          const s = ACTIE_STATUSSEN.find((x) => x === status);
          if (s) onChange({ status: s });
        }}
      />
      {actie.hulpvraagId ? (
        <Paragraph className="kring-dos-klein">{t('dossier.plan.bewerk.gekoppeld')}</Paragraph>
      ) : onWeg ? (
        <Button appearance="subtle-button" onClick={onWeg}>
          {t('dossier.plan.bewerk.actieWeg', plek)}
        </Button>
      ) : null}
    </Fieldset>
  );
}

function DoelVelden({
  doel,
  nummer,
  leden,
  persoonId,
  fout,
  onChange,
  onWeg,
  sleutel,
}: {
  doel: DoelStaat;
  nummer: number;
  leden: readonly Netwerklid[];
  persoonId: string;
  fout: (veld: string) => string | undefined;
  onChange: (doel: DoelStaat) => void;
  onWeg: (() => void) | undefined;
  sleutel: () => string;
}) {
  const { t } = useDosT();
  const zetActie = (a: ActieStaat, deel: Partial<ActieStaat>) =>
    onChange({
      ...doel,
      acties: doel.acties.map((x) => (x.sleutel === a.sleutel ? { ...x, ...deel } : x)),
    });
  const gekoppeld = doel.acties.some((a) => a.hulpvraagId);
  return (
    <section aria-labelledby={`plan-d-${doel.sleutel}-kop`} className="kring-lw-kaart">
      <Heading2 id={`plan-d-${doel.sleutel}-kop`}>
        {t('dossier.plan.bewerk.doel', { nummer })}
      </Heading2>
      <TextField
        id={veld.doel(doel, 'titel')}
        label={t('dossier.plan.bewerk.doelTitel', { nummer })}
        description={t('dossier.plan.bewerk.doelTitelHint')}
        error={fout(veld.doel(doel, 'titel'))}
        value={doel.titel}
        onChange={(titel) => onChange({ ...doel, titel })}
      />
      {doel.acties.map((a, j) => (
        <ActieVelden
          key={a.sleutel}
          actie={a}
          doel={nummer}
          nummer={j + 1}
          leden={leden}
          persoonId={persoonId}
          fout={fout}
          onChange={(deel) => zetActie(a, deel)}
          onWeg={() =>
            onChange({ ...doel, acties: doel.acties.filter((x) => x.sleutel !== a.sleutel) })
          }
        />
      ))}
      <div className="kring-lw-acties">
        <Button
          appearance="secondary-action-button"
          onClick={() => onChange({ ...doel, acties: [...doel.acties, nieuweActie(sleutel)] })}
        >
          {t('dossier.plan.bewerk.actieErbij', { nummer })}
        </Button>
        {onWeg && !gekoppeld ? (
          <Button appearance="subtle-button" onClick={onWeg}>
            {t('dossier.plan.bewerk.doelWeg', { nummer })}
          </Button>
        ) : null}
      </div>
    </section>
  );
}

function Bewerker({ id, plan, leden }: { id: string; plan: Plan | null; leden: Netwerklid[] }) {
  const { t } = useDosT();
  const navigate = useNavigate();
  const zet = useZetPlan(id);
  const [sleutel] = useState(() => sleutelmaker());
  const [staat, setStaat] = useState<PlanStaat>(() => naarStaat(plan, sleutel));
  const [fouten, setFouten] = useState<FieldError[]>([]);
  const [poging, setPoging] = useState(0);
  const fout = (v: string) => fouten.find((f) => f.field === v)?.message;
  const melding: Melder = (f) => t(`dossier.plan.fout.${f.code}`, { doel: f.doel, actie: f.actie });
  const alsFout = (f: PlanFout): FieldError => ({ field: f.veld, message: melding(f) });

  const opslaan = (event: FormEvent) => {
    event.preventDefault();
    setPoging((p) => p + 1);
    const lokaal = controleer(staat).map(alsFout);
    setFouten(lokaal);
    if (lokaal.length > 0) return;
    zet.mutate(naarInvoer(staat), {
      onSuccess: () =>
        navigate(`/werkplek/personen/${id}/plan`, {
          state: { melding: t('dossier.plan.opgeslagen') },
        }),
      onError: (error) => {
        const lijst = serverVelden(error).flatMap((n) => {
          const f = veldVanServer(`body.${n}`, staat);
          return f ? [alsFout(f)] : [];
        });
        setFouten(
          lijst.length > 0
            ? lijst
            : [{ field: 'plan-opslaan', message: t('dossier.algemeen.mislukt') }],
        );
      },
    });
  };

  return (
    <form onSubmit={opslaan} noValidate>
      <ErrorSummary errors={fouten} attempt={poging} />
      <Tekstvak
        id={veld.hoofddoel}
        label={t('dossier.plan.bewerk.hoofddoel')}
        hint={t('dossier.plan.bewerk.hoofddoelHint')}
        fout={fout(veld.hoofddoel)}
        waarde={staat.hoofddoel}
        onChange={(hoofddoel) => setStaat((oud) => ({ ...oud, hoofddoel }))}
        rijen={2}
      />
      {staat.doelen.map((d, i) => (
        <DoelVelden
          key={d.sleutel}
          doel={d}
          nummer={i + 1}
          leden={leden}
          persoonId={id}
          fout={fout}
          sleutel={sleutel}
          onChange={(nieuw) =>
            setStaat((oud) => ({
              ...oud,
              doelen: oud.doelen.map((x) => (x.sleutel === d.sleutel ? nieuw : x)),
            }))
          }
          onWeg={() =>
            setStaat((oud) => ({
              ...oud,
              doelen: oud.doelen.filter((x) => x.sleutel !== d.sleutel),
            }))
          }
        />
      ))}
      <div className="kring-lw-acties">
        <Button
          appearance="secondary-action-button"
          onClick={() =>
            setStaat((oud) => ({ ...oud, doelen: [...oud.doelen, nieuwDoel(sleutel)] }))
          }
        >
          {t('dossier.plan.bewerk.doelErbij')}
        </Button>
      </div>
      <div className="kring-lw-acties">
        <Button
          id="plan-opslaan"
          type="submit"
          appearance="primary-action-button"
          disabled={zet.isPending}
        >
          {t('dossier.plan.bewerk.opslaan')}
        </Button>
        <RouterLink to={`/werkplek/personen/${id}/plan`}>
          {t('dossier.algemeen.annuleren')}
        </RouterLink>
      </div>
    </form>
  );
}

/** `/werkplek/personen/:id/plan/bewerken`: write the whole goal tree, saved at once. */
export function PlanBewerkenPagina() {
  const { id = '' } = useParams();
  const { t } = useDosT();
  const plan = usePlan(id);
  const netwerk = useNetwerk(id);
  const klaar = !plan.isPending && !netwerk.isPending;
  return (
    <DossierPagina
      id={id}
      titel={(naam) =>
        naam ? t('dossier.plan.bewerk.titel', { naam }) : t('dossier.plan.bewerk.heading')
      }
      terug={{ naar: `/werkplek/personen/${id}/plan`, tekst: t('dossier.plan.terug') }}
    >
      <Paragraph lead>{t('dossier.plan.bewerk.intro')}</Paragraph>
      <LoadingStatus loading={!klaar} />
      {plan.isError ? <DeelFout error={plan.error} onRetry={() => void plan.refetch()} /> : null}
      {klaar && plan.data ? (
        <Bewerker id={id} plan={plan.data.plan} leden={netwerk.data?.leden ?? []} />
      ) : null}
    </DossierPagina>
  );
}
