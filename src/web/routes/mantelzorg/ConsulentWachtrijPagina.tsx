import {
  DataList,
  Heading2,
  Heading3,
  Link,
  Paragraph,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import {
  type Aanvraag,
  exportUrl,
  type Ronde,
  useBesluit,
  useRondes,
  useWachtrij,
} from '../../api/mantelzorg-consulent.ts';
import { KeuzeGroep, Tekstvak } from '../../components/formulier/KeuzeGroep.tsx';
import { useFormulier } from '../../components/formulier/useFormulier.ts';
import { KolomTabel } from '../../components/KolomTabel.tsx';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { teLang } from '../dossier/onderdelen.tsx';
import { Gegeven, LaadFout, useDatum } from '../loket-werk/onderdelen.tsx';
import { CoachFormulier, fouten, mislukt } from '../welzijnsrecept/CoachOnderdelen.tsx';
import { ConsulentCodebrieven } from './ConsulentCodebrieven.tsx';
import { BASIS, MantelzorgPagina, uitlegOfMislukt, useMzcT } from './ConsulentOnderdelen.tsx';

type Keuze = 'toekennen' | 'afwijzen';

/** Grant or refuse, with the reason the applicant reads. */
function BesluitFormulier({
  aanvraag,
  onMelding,
}: {
  aanvraag: Aanvraag;
  onMelding: (t: string) => void;
}) {
  const { t } = useMzcT();
  const besluit = useBesluit();
  const formulier = useFormulier();
  const [keuze, setKeuze] = useState<Keuze | ''>('');
  const [reden, setReden] = useState('');
  const naam = `mzc-b-${aanvraag.id}`;
  const naamMz = aanvraag.mantelzorger.naam;

  const verstuur = () =>
    formulier.submit(
      () =>
        fouten(
          !keuze && {
            field: `${naam}-keuze`,
            message: t('mantelzorgConsulent.wachtrij.fout.besluit'),
          },
          (!reden.trim() || teLang(reden, 1000)) && {
            field: `${naam}-reden`,
            message: t('mantelzorgConsulent.wachtrij.fout.reden'),
          },
        ),
      async () => {
        if (!keuze) return;
        await besluit.mutateAsync({
          id: aanvraag.id,
          besluit: { besluit: keuze, reden: reden.trim() },
        });
        onMelding(
          t('mantelzorgConsulent.wachtrij.opgeslagen', {
            naam: naamMz,
            besluit: t(
              `mantelzorgConsulent.wachtrij.statussen.${keuze === 'toekennen' ? 'toegekend' : 'afgewezen'}`,
            ),
          }),
        );
      },
      // A rule of the bye-law refuses it (409): the server's reason, which names the rule.
      (error) =>
        uitlegOfMislukt(error, mislukt(naam, t('mantelzorgConsulent.algemeen.mislukt')), (reden) =>
          t('mantelzorgConsulent.wachtrij.fout.conflict', { reden }),
        ),
    );

  return (
    <CoachFormulier
      naam={naam}
      kop={t('mantelzorgConsulent.wachtrij.besluit', { naam: naamMz })}
      formulier={formulier}
      onVerstuur={() => void verstuur()}
      knop={t('mantelzorgConsulent.wachtrij.opslaan')}
    >
      <KeuzeGroep<Keuze>
        id={`${naam}-keuze`}
        soort="radio"
        legend={t('mantelzorgConsulent.wachtrij.besluit', { naam: naamMz })}
        fout={formulier.errorFor(`${naam}-keuze`)}
        opties={[
          { waarde: 'toekennen', label: t('mantelzorgConsulent.wachtrij.toekennen') },
          { waarde: 'afwijzen', label: t('mantelzorgConsulent.wachtrij.afwijzen') },
        ]}
        gekozen={keuze ? [keuze] : []}
        onChange={(g) => setKeuze(g[0] ?? '')}
      />
      <Tekstvak
        id={`${naam}-reden`}
        label={t('mantelzorgConsulent.wachtrij.reden')}
        hint={t('mantelzorgConsulent.wachtrij.redenHint')}
        fout={formulier.errorFor(`${naam}-reden`)}
        waarde={reden}
        onChange={setReden}
        rijen={3}
      />
    </CoachFormulier>
  );
}

function AanvraagDeel({
  aanvraag,
  onMelding,
}: {
  aanvraag: Aanvraag;
  onMelding: (t: string) => void;
}) {
  const { t } = useMzcT();
  const { dag, moment } = useDatum();
  const id = `mzc-a-${aanvraag.id}`;
  const naam = aanvraag.mantelzorger.naam;
  return (
    <section aria-labelledby={id} className="kring-wrc-deel">
      <Heading3 id={id}>{naam}</Heading3>
      <DataList>
        <Gegeven label={t('mantelzorgConsulent.start.lijst.kolom.zorgtVoor')}>
          {aanvraag.zorgvrager}
        </Gegeven>
        <Gegeven label={t('mantelzorgConsulent.wachtrij.status')}>
          {t(`mantelzorgConsulent.wachtrij.statussen.${aanvraag.status}`)}
        </Gegeven>
        <Gegeven label={t('mantelzorgConsulent.wachtrij.ingediend')}>
          {moment(aanvraag.ingediendOp)}
          {aanvraag.viaCode ? ` ${t('mantelzorgConsulent.wachtrij.viaCode')}` : ''}
        </Gegeven>
        <Gegeven label={t('mantelzorgConsulent.wachtrij.bevestigd')}>
          {aanvraag.bevestigd === null
            ? t('mantelzorgConsulent.wachtrij.bevestigdNog')
            : aanvraag.bevestigd
              ? t('mantelzorgConsulent.wachtrij.bevestigdJa')
              : t('mantelzorgConsulent.wachtrij.bevestigdNee')}
        </Gegeven>
        <Gegeven label={t('mantelzorgConsulent.wachtrij.uitkomst')}>
          {aanvraag.voldoet
            ? t('mantelzorgConsulent.wachtrij.voldoet')
            : t('mantelzorgConsulent.wachtrij.voldoetNiet')}
        </Gegeven>
        {aanvraag.beslotenOp ? (
          <>
            <Gegeven label={t('mantelzorgConsulent.wachtrij.beslotenOp')}>
              {dag(aanvraag.beslotenOp)}
            </Gegeven>
            <Gegeven label={t('mantelzorgConsulent.wachtrij.redenGegeven')}>
              {aanvraag.besluitReden}
            </Gegeven>
          </>
        ) : null}
      </DataList>
      <KolomTabel
        id={`${id}-regels`}
        bijschrift={t('mantelzorgConsulent.wachtrij.regelsVan', { naam })}
        kolommen={(['regel', 'voldaan', 'reden'] as const).map((k) =>
          t(`mantelzorgConsulent.wachtrij.kolom.${k}`),
        )}
      >
        {aanvraag.regels.map((r) => (
          <TableRow key={r.regel}>
            <TableHeaderCell scope="row">
              {t(`mantelzorgConsulent.wachtrij.regel.${r.regel}`)}
            </TableHeaderCell>
            <TableCell>
              {r.voldaan
                ? t('mantelzorgConsulent.algemeen.ja')
                : t('mantelzorgConsulent.algemeen.nee')}
            </TableCell>
            <TableCell>{r.reden}</TableCell>
          </TableRow>
        ))}
      </KolomTabel>
      {aanvraag.status === 'te-beoordelen' ? (
        <BesluitFormulier aanvraag={aanvraag} onMelding={onMelding} />
      ) : aanvraag.status === 'wacht-op-bevestiging' ? (
        <Paragraph>{t('mantelzorgConsulent.wachtrij.wacht')}</Paragraph>
      ) : null}
    </section>
  );
}

function Deel({
  sleutel,
  aanvragen,
  onMelding,
}: {
  sleutel: 'open' | 'besloten';
  aanvragen: Aanvraag[];
  onMelding: (t: string) => void;
}) {
  const { t } = useMzcT();
  const id = `mzc-w-${sleutel}`;
  return (
    <section aria-labelledby={id}>
      <Heading2 id={id}>{t(`mantelzorgConsulent.wachtrij.${sleutel}`)}</Heading2>
      <Paragraph>
        {aanvragen.length === 0
          ? t('mantelzorgConsulent.wachtrij.leeg')
          : t('mantelzorgConsulent.wachtrij.aantal', { count: aanvragen.length })}
      </Paragraph>
      {aanvragen.map((a) => (
        <AanvraagDeel key={a.id} aanvraag={a} onMelding={onMelding} />
      ))}
    </section>
  );
}

function Wachtrij({ rondeId, ronde }: { rondeId: string; ronde: Ronde | undefined }) {
  const { t } = useMzcT();
  const wachtrij = useWachtrij(rondeId);
  const [melding, setMelding] = useState('');
  const lijst = wachtrij.data?.aanvragen ?? [];
  const open = (a: Aanvraag) => a.status === 'te-beoordelen' || a.status === 'wacht-op-bevestiging';
  return (
    <>
      <p role="status">{melding}</p>
      <Paragraph>
        <Link
          href={exportUrl(rondeId)}
          download="mantelzorgwaardering.csv"
          aria-describedby="mzc-export-hint"
        >
          {t('mantelzorgConsulent.wachtrij.export')}
        </Link>
      </Paragraph>
      <Paragraph id="mzc-export-hint">{t('mantelzorgConsulent.wachtrij.exportHint')}</Paragraph>
      {ronde ? <ConsulentCodebrieven ronde={ronde} onMelding={setMelding} /> : null}
      <LoadingStatus loading={wachtrij.isPending} />
      {wachtrij.isError ? (
        <LaadFout error={wachtrij.error} onRetry={() => void wachtrij.refetch()} />
      ) : null}
      {wachtrij.data ? (
        <>
          <Deel sleutel="open" aanvragen={lijst.filter(open)} onMelding={setMelding} />
          <Deel
            sleutel="besloten"
            aanvragen={lijst.filter((a) => !open(a))}
            onMelding={setMelding}
          />
        </>
      ) : null}
    </>
  );
}

/** `…/waarderingsrondes/:id/aanvragen`: the consulent's queue, the payment export. */
export function ConsulentWachtrijPagina() {
  const { t } = useMzcT();
  const { id = '' } = useParams();
  const ronde = useRondes().data?.rondes.find((r) => r.id === id);
  const titel = ronde
    ? t('mantelzorgConsulent.wachtrij.titel', { jaar: ronde.jaar })
    : t('mantelzorgConsulent.wachtrij.titelZonderJaar');
  return (
    <MantelzorgPagina titel={titel} wie="consulent">
      {() => (
        <>
          <Paragraph lead>{t('mantelzorgConsulent.wachtrij.intro')}</Paragraph>
          <Paragraph>
            <RouterLink to={`${BASIS}/waarderingsrondes`}>
              {t('mantelzorgConsulent.wachtrij.terug')}
            </RouterLink>
          </Paragraph>
          <Wachtrij rondeId={id} ronde={ronde} />
        </>
      )}
    </MantelzorgPagina>
  );
}
