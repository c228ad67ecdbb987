import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useLocation, useParams } from 'react-router';
import { type Actie, type Plan, usePlan } from '../../api/dossier.ts';
import { KnopLink } from '../../components/formulier/KnopLink.tsx';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDatum } from '../loket-werk/onderdelen.tsx';
import { DeelFout, DossierPagina, useDosT } from './onderdelen.tsx';

/** Who does an action, in words: the owner type and the name that goes with it. */
export function useWieDoetHet() {
  const { t } = useDosT();
  return (a: Pick<Actie, 'eigenaarSoort' | 'eigenaar'>) =>
    a.eigenaar && a.eigenaarSoort !== 'zelf'
      ? t('dossier.plan.wieMetNaam', {
          soort: t(`dossier.plan.eigenaar.${a.eigenaarSoort}`),
          naam: a.eigenaar,
        })
      : t(`dossier.plan.eigenaar.${a.eigenaarSoort}`);
}

function ActieRegel({ a, persoonId }: { a: Actie; persoonId: string }) {
  const { t } = useDosT();
  const { dag } = useDatum();
  const wie = useWieDoetHet();
  const open = a.status === 'open' || a.status === 'bezig';
  return (
    <li className="kring-dos-actie">
      <p className="kring-dos-actie__wat" id={`actie-${a.id}`}>
        {a.omschrijving}
      </p>
      <ul className="kring-dos-actie__gegevens">
        <li>
          {t('dossier.plan.wie')}{' '}
          {a.eigenaarSoort === 'voorziening' && a.aanbodId ? (
            <RouterLink to={`/sociale-kaart/aanbod/${a.aanbodId}`}>{wie(a)}</RouterLink>
          ) : (
            wie(a)
          )}
        </li>
        <li>
          {t('dossier.plan.wanneer')} {a.deadline ? dag(a.deadline) : t('dossier.plan.geenDatum')}
          {a.teLaat ? (
            <>
              {' '}
              <span className="kring-lw-te-laat">{t('dossier.plan.teLaat')}</span>
            </>
          ) : null}
        </li>
        <li>
          {t('dossier.plan.statusLabel')} {t(`dossier.plan.status.${a.status}`)}
        </li>
      </ul>
      {a.hulpvraagId ? (
        <Paragraph className="kring-lw-signaal">{t('dossier.plan.vrijwilligerGezocht')}</Paragraph>
      ) : open ? (
        <Paragraph>
          <RouterLink
            to={`/werkplek/personen/${persoonId}/plan/acties/${a.id}/vrijwilliger`}
            aria-describedby={`actie-${a.id}`}
          >
            {t('dossier.plan.naarVrijwilliger')}
          </RouterLink>
        </Paragraph>
      ) : null}
    </li>
  );
}

/** The plan as a goal tree: the main goal at the top, subgoals under it, actions under those. */
function Doelenboom({ plan, persoonId }: { plan: Plan; persoonId: string }) {
  const { t } = useDosT();
  const { moment } = useDatum();
  return (
    <>
      <section aria-labelledby="plan-stip">
        <Heading2 id="plan-stip">{t('dossier.plan.stip')}</Heading2>
        <p className="kring-dos-stip">{plan.hoofddoel}</p>
        <Paragraph className="kring-dos-klein">
          {t('dossier.plan.gewijzigd', { op: moment(plan.gewijzigdOp), door: plan.gewijzigdDoor })}
        </Paragraph>
      </section>
      <section aria-labelledby="plan-boom">
        <Heading2 id="plan-boom">{t('dossier.plan.boom')}</Heading2>
        {plan.doelen.length === 0 ? <Paragraph>{t('dossier.plan.geenDoelen')}</Paragraph> : null}
        <ol className="kring-dos-boom">
          {plan.doelen.map((d, i) => (
            <li key={d.id} className="kring-dos-boom__doel">
              <Heading3>{t('dossier.plan.doelKop', { nummer: i + 1, titel: d.titel })}</Heading3>
              {d.acties.length === 0 ? (
                <Paragraph>{t('dossier.plan.geenActies')}</Paragraph>
              ) : (
                <ul
                  className="kring-dos-acties"
                  aria-label={t('dossier.plan.actiesVan', { titel: d.titel })}
                >
                  {d.acties.map((a) => (
                    <ActieRegel key={a.id} a={a} persoonId={persoonId} />
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

function Reacties({ plan }: { plan: Plan }) {
  const { t } = useDosT();
  const { moment } = useDatum();
  return (
    <section aria-labelledby="plan-reacties">
      <Heading2 id="plan-reacties">{t('dossier.plan.reacties')}</Heading2>
      {plan.reacties.length === 0 ? (
        <Paragraph>{t('dossier.plan.geenReacties')}</Paragraph>
      ) : (
        <ul className="kring-lw-lijst">
          {[...plan.reacties].reverse().map((r) => (
            <li key={r.op}>
              {t(r.akkoord ? 'dossier.plan.reactieAkkoord' : 'dossier.plan.reactieAnders', {
                op: moment(r.op),
              })}
              {r.tekst ? <span className="kring-dos-citaat">{r.tekst}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** `/werkplek/personen/:id/plan`: the plan as a goal tree, the person's reactions, edit. */
export function PlanPagina() {
  const { id = '' } = useParams();
  const { t } = useDosT();
  const plan = usePlan(id);
  const melding = (useLocation().state as { melding?: string } | null)?.melding;
  const p = plan.data?.plan;
  return (
    <DossierPagina
      id={id}
      titel={(naam) => (naam ? t('dossier.plan.titel', { naam }) : t('dossier.plan.heading'))}
      terug={{ naar: `/werkplek/personen/${id}`, tekst: t('dossier.algemeen.naarDossier') }}
    >
      <div role="status" className="kring-dos-melding">
        {melding ? <Paragraph>{melding}</Paragraph> : null}
      </div>
      <LoadingStatus loading={plan.isPending} />
      {plan.isError ? <DeelFout error={plan.error} onRetry={() => void plan.refetch()} /> : null}
      {plan.data && !p ? <Paragraph>{t('dossier.plan.geenUitleg')}</Paragraph> : null}
      {p ? (
        <>
          <Doelenboom plan={p} persoonId={id} />
          <Reacties plan={p} />
        </>
      ) : null}
      {plan.data ? (
        <div className="kring-lw-acties">
          <KnopLink to={`/werkplek/personen/${id}/plan/bewerken`}>
            {p ? t('dossier.plan.wijzigen') : t('dossier.plan.maken')}
          </KnopLink>
        </div>
      ) : null}
    </DossierPagina>
  );
}
