import { Alert, Button, DataList, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import {
  type Recept,
  type TaakStatus,
  useRecept,
  useStatuswijziging,
} from '../../api/welzijnsrecept.ts';
import { Tekstvak } from '../../components/formulier/KeuzeGroep.tsx';
import { gaatOver, useFormulier } from '../../components/formulier/useFormulier.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { teLang } from '../dossier/onderdelen.tsx';
import { Gegeven, Statusmelding } from '../loket-werk/onderdelen.tsx';
import { ActiviteitOnderdeel } from './CoachActiviteit.tsx';
import {
  AlleenCoach,
  CoachFormulier,
  CoachLaadFout,
  EersteContact,
  fouten,
  mislukt,
  useDatum,
  useStatusWoord,
  useWrcT,
  type WerkDeel,
} from './CoachOnderdelen.tsx';
import { Afsluiting, Contactmomenten, Taken, Verkenning } from './CoachWerk.tsx';
import { WelbevindenOnderdeel } from './WelbevindenOnderdeel.tsx';

/** While the loop runs, the coach works in it: contacts, activity, measures. */
const LOPEND: readonly TaakStatus[] = ['accepted', 'in-progress', 'on-hold'];
/** Before it is accepted (or when it never was) there is no work to show, only the decision. */
const ZONDER_WERK: readonly TaakStatus[] = ['draft', 'requested', 'rejected'];

/** The status buttons (`completed` and `failed` go through the closing form, CoachWerk). */
const ZONDER_REDEN = ['accepted', 'in-progress'] as const;
const MET_REDEN = ['rejected', 'on-hold'] as const;

function ReceptGegevens({ recept }: { recept: Recept }) {
  const { t } = useWrcT();
  const { moment } = useDatum();
  const status = useStatusWoord();
  return (
    <section aria-labelledby="wrc-recept">
      <Heading2 id="wrc-recept">{t('welzijnsreceptCoach.recept.kop')}</Heading2>
      <DataList className="kring-lw-gegevens" appearance="rows">
        <Gegeven label={t('welzijnsreceptCoach.recept.status')}>{status(recept.status)}</Gegeven>
        {recept.statusReden ? (
          <Gegeven label={t('welzijnsreceptCoach.recept.statusReden')}>
            {recept.statusReden}
          </Gegeven>
        ) : null}
        <Gegeven label={t('welzijnsreceptCoach.recept.eersteContactVoor')}>
          <EersteContact
            voor={recept.eersteContactVoor}
            op={recept.eersteContactOp}
            teLaat={recept.teLaat}
          />
        </Gegeven>
        <Gegeven label={t('welzijnsreceptCoach.recept.reden')}>{recept.reden}</Gegeven>
        <Gegeven label={t('welzijnsreceptCoach.recept.belangrijk')}>
          {recept.watIkBelangrijkVind}
        </Gegeven>
        <Gegeven label={t('welzijnsreceptCoach.recept.contactVoorkeur')}>
          {t(`welzijnsreceptHuisarts.contactVoorkeur.${recept.contactVoorkeur}`)}
        </Gegeven>
        <Gegeven label={t('welzijnsreceptCoach.recept.telefoon')}>
          {recept.persoon.telefoonnummer}
        </Gegeven>
        <Gegeven label={t('welzijnsreceptCoach.recept.email')}>{recept.persoon.eMailadres}</Gegeven>
        <Gegeven label={t('welzijnsreceptCoach.recept.praktijk')}>{recept.praktijk.naam}</Gegeven>
        <Gegeven label={t('welzijnsreceptCoach.recept.verwijzer')}>{recept.verwijzer}</Gegeven>
        <Gegeven label={t('welzijnsreceptCoach.recept.ontvangen')}>
          {moment(recept.aangemaaktOp)}
        </Gegeven>
        <Gegeven label={t('welzijnsreceptCoach.recept.coach')}>
          {recept.coach ?? t('welzijnsreceptCoach.recept.geenCoach')}
        </Gegeven>
      </DataList>
    </section>
  );
}

/** A status change that needs a reason (the GP reads it): its own small form. */
function MetReden({
  id,
  naar,
  onMelding,
}: {
  id: string;
  naar: (typeof MET_REDEN)[number];
  onMelding: (tekst: string) => void;
}) {
  const { t } = useWrcT();
  const status = useStatusWoord();
  const wijzig = useStatuswijziging(id);
  const formulier = useFormulier();
  const [reden, setReden] = useState('');
  const veld = `wrc-reden-${naar}`;
  const verstuur = () =>
    formulier.submit(
      () =>
        fouten(
          !reden.trim() && { field: veld, message: t('welzijnsreceptCoach.status.foutReden') },
          teLang(reden, 1000) && { field: veld, message: t('welzijnsreceptCoach.algemeen.teLang') },
        ),
      async () => {
        await wijzig.mutateAsync({ status: naar, reden: reden.trim() });
        onMelding(t('welzijnsreceptCoach.status.gewijzigd', { status: status(naar) }));
      },
      (error) => [
        gaatOver(error, 'reden')
          ? { field: veld, message: t('welzijnsreceptCoach.status.foutReden') }
          : mislukt(veld, t('welzijnsreceptCoach.algemeen.mislukt')),
      ],
    );
  return (
    <CoachFormulier
      naam={veld}
      kop={t(`welzijnsreceptCoach.status.redenKop.${naar}`)}
      formulier={formulier}
      onVerstuur={() => void verstuur()}
      knop={t(`welzijnsreceptCoach.status.knop.${naar}`)}
      hoofdknop={false}
    >
      <Tekstvak
        id={veld}
        label={t(`welzijnsreceptCoach.status.reden.${naar}`)}
        hint={t('welzijnsreceptCoach.status.redenHint')}
        fout={formulier.errorFor(veld)}
        waarde={reden}
        onChange={setReden}
        rijen={2}
      />
    </CoachFormulier>
  );
}

function StatusWijzigen({ recept, onMelding }: { recept: Recept; onMelding: (t: string) => void }) {
  const { t } = useWrcT();
  const status = useStatusWoord();
  const wijzig = useStatuswijziging(recept.id);
  const [fout, setFout] = useState(false);
  const zonder = ZONDER_REDEN.filter((s) => recept.mogelijk.includes(s));
  const met = MET_REDEN.filter((s) => recept.mogelijk.includes(s));
  if (zonder.length === 0 && met.length === 0) return null;
  return (
    <section aria-labelledby="wrc-status">
      <Heading2 id="wrc-status">{t('welzijnsreceptCoach.status.kop')}</Heading2>
      <Paragraph>{t('welzijnsreceptCoach.status.uitleg')}</Paragraph>
      {fout ? (
        <Alert type="error">
          <Paragraph>{t('welzijnsreceptCoach.algemeen.mislukt')}</Paragraph>
        </Alert>
      ) : null}
      {zonder.length > 0 ? (
        <div className="kring-wrc-knoppen">
          {zonder.map((naar) => (
            <Button
              key={naar}
              type="button"
              appearance="primary-action-button"
              busy={wijzig.isPending}
              onClick={() => {
                setFout(false);
                wijzig.mutate(
                  { status: naar },
                  {
                    onSuccess: () =>
                      onMelding(
                        t('welzijnsreceptCoach.status.gewijzigd', { status: status(naar) }),
                      ),
                    onError: () => setFout(true),
                  },
                );
              }}
            >
              {t(`welzijnsreceptCoach.status.knop.${naar}`)}
            </Button>
          ))}
        </div>
      ) : null}
      {met.map((naar) => (
        <MetReden key={naar} id={recept.id} naar={naar} onMelding={onMelding} />
      ))}
    </section>
  );
}

/** What the GP has heard: the reports back, in the words that were shared. */
function Terugkoppelingen({ recept }: { recept: Recept }) {
  const { t } = useWrcT();
  const { moment } = useDatum();
  return (
    <section aria-labelledby="wrc-terugkoppelingen">
      <Heading2 id="wrc-terugkoppelingen">{t('welzijnsreceptCoach.terugkoppelingen.kop')}</Heading2>
      {recept.terugkoppelingen.length === 0 ? (
        <Paragraph>{t('welzijnsreceptCoach.terugkoppelingen.leeg')}</Paragraph>
      ) : (
        <ul className="kring-wrc-berichten">
          {recept.terugkoppelingen.map((b) => (
            <li key={`${b.moment}-${b.op}`}>
              <Paragraph>
                <strong>
                  {t('welzijnsreceptCoach.terugkoppelingen.regel', {
                    moment: t(`welzijnsreceptHuisarts.moment.${b.moment}`),
                    datum: moment(b.op),
                  })}
                </strong>
              </Paragraph>
              {b.tekst ? <Paragraph className="kring-wrc-tekst">{b.tekst}</Paragraph> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Geschiedenis({ werk }: { werk: NonNullable<Recept['werk']> }) {
  const { t } = useWrcT();
  const { moment } = useDatum();
  const status = useStatusWoord();
  if (werk.geschiedenis.length === 0) return null;
  return (
    <section aria-labelledby="wrc-geschiedenis">
      <Heading2 id="wrc-geschiedenis">{t('welzijnsreceptCoach.geschiedenis.kop')}</Heading2>
      <ul className="kring-wrc-berichten">
        {werk.geschiedenis.map((stap) => (
          <li key={`${stap.naar}-${stap.op}`}>
            {t('welzijnsreceptCoach.geschiedenis.regel', {
              datum: moment(stap.op),
              status: status(stap.naar),
            })}
            {stap.reden ? (
              <>
                <br />
                {t('welzijnsreceptCoach.geschiedenis.reden', { reden: stap.reden })}
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The coach's work in the referral, part by part; each gets the same props. */
function Werk({ recept, deel }: { recept: Recept; deel: WerkDeel }) {
  return (
    <>
      <Taken {...deel} />
      <Contactmomenten {...deel} />
      <Verkenning key={`${deel.werk.interesses}\n${deel.werk.mogelijkheden}`} {...deel} />
      <ActiviteitOnderdeel {...deel} />
      <WelbevindenOnderdeel {...deel} />
      <Afsluiting {...deel} recept={recept} />
    </>
  );
}

function Inhoud({ recept }: { recept: Recept }) {
  const { t } = useWrcT();
  const [melding, setMelding] = useState('');
  const werk = recept.werk;
  const lopend = LOPEND.includes(recept.status);
  return (
    <>
      <Statusmelding tekst={melding} />
      <ReceptGegevens recept={recept} />
      <StatusWijzigen recept={recept} onMelding={setMelding} />
      {werk && ZONDER_WERK.includes(recept.status) ? null : werk ? (
        <Werk
          recept={recept}
          deel={{ id: recept.id, werk, kanVastleggen: lopend, onMelding: setMelding }}
        />
      ) : (
        <Alert type="info">
          <Paragraph>{t('welzijnsreceptCoach.detail.geenWerk')}</Paragraph>
        </Alert>
      )}
      <Terugkoppelingen recept={recept} />
      {werk ? <Geschiedenis werk={werk} /> : null}
    </>
  );
}

function Pagina({ id }: { id: string }) {
  const { t } = useWrcT();
  const recept = useRecept(id);
  const naam = recept.data?.persoon.naam;
  const kop = naam
    ? t('welzijnsreceptCoach.detail.titel', { naam })
    : t('welzijnsreceptCoach.detail.heading');
  useDocumentTitle(kop);
  const heading = <PageHeading>{kop}</PageHeading>;
  return (
    <AlleenCoach kop={heading}>
      {heading}
      <Paragraph>
        <RouterLink to="/werkplek/welzijnsrecepten">
          {t('welzijnsreceptCoach.detail.terug')}
        </RouterLink>
      </Paragraph>
      <LoadingStatus loading={recept.isPending} />
      {recept.isError ? (
        <CoachLaadFout error={recept.error} onRetry={() => void recept.refetch()} />
      ) : null}
      {recept.data ? <Inhoud recept={recept.data} /> : null}
    </AlleenCoach>
  );
}

/** `/werkplek/welzijnsrecepten/:id`: one referral and the coach's work in it. */
export function CoachReceptPagina() {
  const { id = '' } = useParams();
  return <Pagina key={id} id={id} />;
}
