import { Alert, DataList, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useLocation, useParams } from 'react-router';
import { HULPCATEGORIE_CODES, type Hulpcategorie } from '../../../shared/loket.ts';
import {
  type TijdlijnItem,
  useNetwerk,
  useOverleggen,
  usePersoon,
  usePlan,
  useRegie,
  useTijdlijn,
} from '../../api/dossier.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { Gegeven, useDatum, vandaag } from '../loket-werk/onderdelen.tsx';
import { Gesprekken } from './Gesprekken.tsx';
import { DeelFout, DossierPagina, useDosT } from './onderdelen.tsx';
import { RegieSignalen } from './RegieSignalen.tsx';

const isCategorie = (c: string): c is Hulpcategorie =>
  (HULPCATEGORIE_CODES as readonly string[]).includes(c);

function Contact({ id }: { id: string }) {
  const { t } = useDosT();
  const { dag } = useDatum();
  const persoon = usePersoon(id);
  const p = persoon.data;
  return (
    <section aria-labelledby="dos-contact">
      <Heading2 id="dos-contact">{t('dossier.contact.heading')}</Heading2>
      <LoadingStatus loading={persoon.isPending} />
      {persoon.isError ? (
        <DeelFout error={persoon.error} onRetry={() => void persoon.refetch()} />
      ) : null}
      {p ? (
        <DataList className="kring-lw-gegevens" appearance="rows">
          <Gegeven label={t('dossier.contact.naam')}>{p.naam}</Gegeven>
          <Gegeven label={t('dossier.contact.telefoon')}>{p.telefoonnummer}</Gegeven>
          <Gegeven label={t('dossier.contact.email')}>{p.eMailadres}</Gegeven>
          <Gegeven label={t('dossier.contact.postcode')}>{p.postcode}</Gegeven>
          <Gegeven label={t('dossier.contact.geboortedatum')}>
            {p.geboortedatum ? dag(p.geboortedatum) : ''}
          </Gegeven>
          <Gegeven label={t('dossier.contact.account')}>
            {p.heeftAccount ? t('dossier.contact.metAccount') : t('dossier.contact.zonderAccount')}
          </Gegeven>
        </DataList>
      ) : null}
    </section>
  );
}

function TijdlijnRegel({ item }: { item: TijdlijnItem }) {
  const { t } = useDosT();
  const { dag } = useDatum();
  const samenvatting =
    item.soort === 'hulpvraag'
      ? item.samenvatting
          .split(', ')
          .filter(Boolean)
          .map((c) => (isCategorie(c) ? t(`loket.categorie.${c}`) : c))
          .join(', ')
      : item.samenvatting;
  return (
    <li>
      <span className="kring-dos-tijdlijn__datum">{dag(item.op)}</span>{' '}
      <strong>{t(`dossier.tijdlijn.soort.${item.soort}`)}</strong>
      {samenvatting ? <span className="kring-dos-tijdlijn__tekst">{samenvatting}</span> : null}
    </li>
  );
}

/** Everything that happened, newest first; parts the reader may not see are named. */
function Tijdlijn({ id }: { id: string }) {
  const { t } = useDosT();
  const tijdlijn = useTijdlijn(id);
  const data = tijdlijn.data;
  return (
    <section aria-labelledby="dos-tijdlijn" id="tijdlijn">
      <Heading2 id="dos-tijdlijn">{t('dossier.tijdlijn.heading')}</Heading2>
      <LoadingStatus loading={tijdlijn.isPending} />
      {tijdlijn.isError ? (
        <DeelFout error={tijdlijn.error} onRetry={() => void tijdlijn.refetch()} />
      ) : null}
      {data && data.verborgen.length > 0 ? (
        <Alert type="info">
          <Paragraph>
            {t('dossier.tijdlijn.verborgen', {
              delen: data.verborgen
                .map((c) =>
                  t(
                    `dossier.categorie.${c as 'contact' | 'intake' | 'gezondheid' | 'financien' | 'netwerk'}`,
                  ),
                )
                .join(', '),
            })}
          </Paragraph>
        </Alert>
      ) : null}
      {data && data.items.length === 0 ? <Paragraph>{t('dossier.tijdlijn.leeg')}</Paragraph> : null}
      {data && data.items.length > 0 ? (
        <ol className="kring-dos-tijdlijn">
          {data.items.map((item) => (
            <TijdlijnRegel key={`${item.soort}-${item.id}-${item.op}`} item={item} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}

function Netwerk({ id }: { id: string }) {
  const { t } = useDosT();
  const netwerk = useNetwerk(id);
  return (
    <section aria-labelledby="dos-netwerk-kop">
      <Heading2 id="dos-netwerk-kop">{t('dossier.netwerk.heading')}</Heading2>
      <LoadingStatus loading={netwerk.isPending} />
      {netwerk.isError ? (
        <DeelFout error={netwerk.error} onRetry={() => void netwerk.refetch()} />
      ) : null}
      {netwerk.data ? (
        <>
          <Paragraph>
            {netwerk.data.leden.length === 0
              ? t('dossier.netwerk.leeg')
              : t('dossier.netwerk.aantal', {
                  count: netwerk.data.leden.length,
                  namen: netwerk.data.leden.map((l) => l.naam).join(', '),
                })}
          </Paragraph>
          <Paragraph>
            <RouterLink to={`/werkplek/personen/${id}/netwerk`}>
              {t('dossier.netwerk.naarKaart')}
            </RouterLink>
          </Paragraph>
        </>
      ) : null}
    </section>
  );
}

function Plan({ id }: { id: string }) {
  const { t } = useDosT();
  const plan = usePlan(id);
  const p = plan.data?.plan;
  const acties = p?.doelen.flatMap((d) => d.acties) ?? [];
  const teLaat = acties.filter((a) => a.teLaat).length;
  return (
    <section aria-labelledby="dos-plan-kop">
      <Heading2 id="dos-plan-kop">{t('dossier.plan.heading')}</Heading2>
      <LoadingStatus loading={plan.isPending} />
      {plan.isError ? <DeelFout error={plan.error} onRetry={() => void plan.refetch()} /> : null}
      {plan.data && !p ? <Paragraph>{t('dossier.plan.geen')}</Paragraph> : null}
      {p ? (
        <>
          <Paragraph>{t('dossier.plan.stipKort', { hoofddoel: p.hoofddoel })}</Paragraph>
          <Paragraph>
            {t('dossier.plan.telling', {
              doelen: p.doelen.length,
              count: acties.length,
            })}{' '}
            {teLaat > 0 ? (
              <span className="kring-lw-te-laat">
                {t('dossier.plan.aantalTeLaat', { count: teLaat })}
              </span>
            ) : null}
          </Paragraph>
        </>
      ) : null}
      {plan.data ? (
        <Paragraph>
          <RouterLink to={`/werkplek/personen/${id}/plan`}>
            {p ? t('dossier.plan.naarPlan') : t('dossier.plan.maken')}
          </RouterLink>
        </Paragraph>
      ) : null}
    </section>
  );
}

function Regie({ id }: { id: string }) {
  const { t } = useDosT();
  const regie = useRegie(id);
  return (
    <section aria-labelledby="dos-regie-kop">
      <Heading2 id="dos-regie-kop">{t('dossier.regie.heading')}</Heading2>
      <LoadingStatus loading={regie.isPending} />
      {regie.isError ? <DeelFout error={regie.error} onRetry={() => void regie.refetch()} /> : null}
      {regie.data ? (
        <>
          <RegieSignalen regie={regie.data} />
          <Paragraph>
            <RouterLink to={`/werkplek/personen/${id}/regie`}>
              {t('dossier.regie.naarRegie')}
            </RouterLink>
          </Paragraph>
        </>
      ) : null}
    </section>
  );
}

function Overleggen({ id }: { id: string }) {
  const { t } = useDosT();
  const { dag } = useDatum();
  const overleggen = useOverleggen(id);
  const lijst = overleggen.data?.overleggen ?? [];
  const nu = vandaag();
  const volgende = lijst
    .filter((o) => o.datum >= nu)
    .sort((a, b) => a.datum.localeCompare(b.datum))[0];
  return (
    <section aria-labelledby="dos-overleg-kop">
      <Heading2 id="dos-overleg-kop">{t('dossier.overleg.heading')}</Heading2>
      <LoadingStatus loading={overleggen.isPending} />
      {overleggen.isError ? (
        <DeelFout error={overleggen.error} onRetry={() => void overleggen.refetch()} />
      ) : null}
      {overleggen.data ? (
        <>
          <Paragraph>
            {lijst.length === 0
              ? t('dossier.overleg.geen')
              : t('dossier.overleg.aantal', { count: lijst.length })}{' '}
            {volgende ? t('dossier.overleg.volgende', { datum: dag(volgende.datum) }) : null}
          </Paragraph>
          <Paragraph>
            <RouterLink to={`/werkplek/personen/${id}/casusoverleg`}>
              {t('dossier.overleg.naarOverleg')}
            </RouterLink>
          </Paragraph>
        </>
      ) : null}
    </section>
  );
}

/** `/werkplek/personen/:id`: the dossier — contact, timeline and every part in short. */
export function DossierOverzichtPagina() {
  const { id = '' } = useParams();
  const { t } = useDosT();
  const melding = (useLocation().state as { melding?: string } | null)?.melding;
  return (
    <DossierPagina
      id={id}
      titel={(naam) =>
        naam ? t('dossier.overzicht.titel', { naam }) : t('dossier.overzicht.heading')
      }
    >
      <div role="status" className="kring-dos-melding">
        {melding ? <Paragraph>{melding}</Paragraph> : null}
      </div>
      <Contact id={id} />
      <Tijdlijn id={id} />
      <Gesprekken id={id} />
      <Netwerk id={id} />
      <Plan id={id} />
      <Regie id={id} />
      <Overleggen id={id} />
    </DossierPagina>
  );
}
