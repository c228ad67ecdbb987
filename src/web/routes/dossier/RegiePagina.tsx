import {
  Button,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router';
import { LEVENSDOMEINEN, type Levensdomein } from '../../../shared/loket.ts';
import {
  type Regie,
  useDraagRegieOver,
  useRegie,
  useZetLevensdomeinen,
} from '../../api/dossier.ts';
import { ErrorSummary, type FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { KeuzeGroep } from '../../components/formulier/KeuzeGroep.tsx';
import { Tekstvak } from '../../components/formulier/Tekstvak.tsx';
import { statusVan } from '../../components/formulier/useFormulier.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { ScrollTabel } from '../../components/ScrollTabel.tsx';
import { Statusmelding, useDatum } from '../loket-werk/onderdelen.tsx';
import {
  DeelFout,
  DossierPagina,
  foutVoor,
  mijnRij,
  teLang,
  useDosT,
  useIk,
} from './onderdelen.tsx';
import { RegieSignalen, useDomein } from './RegieSignalen.tsx';

type Teamlid = Regie['team'][number];

function Team({ regie }: { regie: Regie }) {
  const { t } = useDosT();
  const domein = useDomein();
  return (
    <ScrollTabel labelledBy="rg-team">
      <Table className="kring-lw-tabel">
        <TableCaption id="rg-team" className="kring-dos-bijschrift">
          {t('dossier.regie.team')}
        </TableCaption>
        <TableHeader>
          <TableRow>
            {(['naam', 'organisatie', 'rol', 'levensdomeinen'] as const).map((k) => (
              <TableHeaderCell scope="col" key={k}>
                {t(`dossier.regie.kolom.${k}`)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {regie.team.map((b) => (
            <TableRow key={b.betrokkenheidId}>
              <TableHeaderCell scope="row">{b.naam}</TableHeaderCell>
              <TableCell>{b.organisatie}</TableCell>
              <TableCell>{t(`dossier.regie.rol.${b.rol}`)}</TableCell>
              <TableCell>
                {b.levensdomeinen.length > 0
                  ? b.levensdomeinen.map(domein).join(', ')
                  : t('dossier.regie.geenDomeinen')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollTabel>
  );
}

/** A team member records the life domains they work on (their own row). */
function MijnDomeinen({
  id,
  rij,
  onKlaar,
}: {
  id: string;
  rij: Teamlid;
  onKlaar: (m: string) => void;
}) {
  const { t } = useDosT();
  const zet = useZetLevensdomeinen(id);
  const [gekozen, setGekozen] = useState<Levensdomein[]>(
    LEVENSDOMEINEN.filter((d) => rij.levensdomeinen.includes(d)),
  );
  const [fouten, setFouten] = useState<FieldError[]>([]);
  const [poging, setPoging] = useState(0);
  const opslaan = (event: FormEvent) => {
    event.preventDefault();
    setPoging((p) => p + 1);
    setFouten([]);
    zet.mutate(
      { betrokkenheidId: rij.betrokkenheidId, levensdomeinen: gekozen },
      {
        onSuccess: () => onKlaar(t('dossier.regie.domeinenOpgeslagen')),
        onError: (error) =>
          setFouten([
            {
              field: 'rg-domeinen',
              message:
                statusVan(error) === 403
                  ? t('dossier.regie.fout.nietJouw')
                  : t('dossier.algemeen.mislukt'),
            },
          ]),
      },
    );
  };
  return (
    <section aria-labelledby="rg-mijn" className="kring-lw-kaart">
      <Heading2 id="rg-mijn">{t('dossier.regie.mijnKop')}</Heading2>
      <form onSubmit={opslaan} noValidate>
        <ErrorSummary errors={fouten} attempt={poging} />
        <KeuzeGroep
          id="rg-domeinen"
          soort="checkbox"
          legend={t('dossier.regie.mijnVraag', { organisatie: rij.organisatie })}
          hint={t('dossier.regie.mijnHint')}
          fout={foutVoor(fouten, 'rg-domeinen')}
          opties={LEVENSDOMEINEN.map((d) => ({ waarde: d, label: t(`loket.levensdomein.${d}`) }))}
          gekozen={gekozen}
          onChange={setGekozen}
        />
        <Button type="submit" appearance="primary-action-button" disabled={zet.isPending}>
          {t('dossier.regie.domeinenOpslaan')}
        </Button>
      </form>
    </section>
  );
}

/**
 * Handing regie over: only the running regisseur, to a professional of the case team (the
 * werkplek has no directory of professionals), with a reason. The handover is kept.
 */
function Overdragen({
  id,
  regie,
  ik,
  onKlaar,
}: {
  id: string;
  regie: Regie;
  ik: Teamlid;
  onKlaar: (m: string) => void;
}) {
  const { t } = useDosT();
  const draag = useDraagRegieOver(id);
  const anderen = regie.team.filter((b) => b.betrokkenheidId !== ik.betrokkenheidId);
  const [naar, setNaar] = useState('');
  const [reden, setReden] = useState('');
  const [fouten, setFouten] = useState<FieldError[]>([]);
  const [poging, setPoging] = useState(0);
  const opslaan = (event: FormEvent) => {
    event.preventDefault();
    setPoging((p) => p + 1);
    const lijst: FieldError[] = [];
    const wie = anderen.find((b) => b.betrokkenheidId === naar);
    if (!wie) lijst.push({ field: 'rg-naar', message: t('dossier.regie.fout.naar') });
    if (reden.trim().length < 5)
      lijst.push({ field: 'rg-reden', message: t('dossier.regie.fout.reden') });
    else if (teLang(reden, 1000)) {
      lijst.push({ field: 'rg-reden', message: t('dossier.fout.teLang', { max: 1000 }) });
    }
    setFouten(lijst);
    if (lijst.length > 0 || !wie) return;
    draag.mutate(
      { naarAccountId: wie.accountId, naarOrganisatieId: wie.organisatieId, reden: reden.trim() },
      {
        onSuccess: () => onKlaar(t('dossier.regie.overgedragen', { naam: wie.naam })),
        onError: (error) =>
          setFouten([
            {
              field: 'rg-overdragen',
              message:
                statusVan(error) === 403
                  ? t('dossier.regie.fout.geenRegisseur')
                  : t('dossier.algemeen.mislukt'),
            },
          ]),
      },
    );
  };
  return (
    <section aria-labelledby="rg-overdracht" className="kring-lw-kaart">
      <Heading2 id="rg-overdracht">{t('dossier.regie.overdragenKop')}</Heading2>
      <Paragraph>{t('dossier.regie.overdragenUitleg')}</Paragraph>
      {anderen.length === 0 ? (
        <Paragraph>{t('dossier.regie.niemandAnders')}</Paragraph>
      ) : (
        <form onSubmit={opslaan} noValidate>
          <ErrorSummary errors={fouten} attempt={poging} />
          <KeuzeGroep
            id="rg-naar"
            soort="radio"
            legend={t('dossier.regie.naarWie')}
            fout={foutVoor(fouten, 'rg-naar')}
            opties={anderen.map((b) => ({
              waarde: b.betrokkenheidId,
              label: t('dossier.regie.teamlid', { naam: b.naam, organisatie: b.organisatie }),
            }))}
            gekozen={naar ? [naar] : []}
            onChange={([b]) => b && setNaar(b)}
          />
          <Tekstvak
            id="rg-reden"
            label={t('dossier.regie.reden')}
            hint={t('dossier.regie.redenHint')}
            fout={foutVoor(fouten, 'rg-reden')}
            waarde={reden}
            onChange={setReden}
            rijen={3}
          />
          <Button
            id="rg-overdragen"
            type="submit"
            appearance="primary-action-button"
            disabled={draag.isPending}
          >
            {t('dossier.regie.overdragen')}
          </Button>
        </form>
      )}
    </section>
  );
}

function Overdrachten({ regie }: { regie: Regie }) {
  const { t } = useDosT();
  const { moment } = useDatum();
  return (
    <section aria-labelledby="rg-overdrachten">
      <Heading2 id="rg-overdrachten">{t('dossier.regie.overdrachten')}</Heading2>
      {regie.overdrachten.length === 0 ? (
        <Paragraph>{t('dossier.regie.geenOverdrachten')}</Paragraph>
      ) : (
        <ul className="kring-lw-lijst">
          {[...regie.overdrachten].reverse().map((o) => (
            <li key={o.op}>
              {t('dossier.regie.overdracht', {
                op: moment(o.op),
                van: o.van ?? t('dossier.regie.niemand'),
                naar: o.naar,
              })}
              <span className="kring-dos-citaat">{o.reden}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** `/werkplek/personen/:id/regie`: regisseur, case team and domains, signals, handover. */
export function RegiePagina() {
  const { id = '' } = useParams();
  const { t } = useDosT();
  const regie = useRegie(id);
  const ik = useIk();
  const [melding, setMelding] = useState('');
  const r = regie.data;
  const mijn = r ? mijnRij(r.team, ik) : undefined;
  return (
    <DossierPagina
      id={id}
      titel={(naam) => (naam ? t('dossier.regie.titel', { naam }) : t('dossier.regie.heading'))}
      terug={{ naar: `/werkplek/personen/${id}`, tekst: t('dossier.algemeen.naarDossier') }}
    >
      <Paragraph lead>{t('dossier.regie.intro')}</Paragraph>
      <Statusmelding tekst={melding} />
      <LoadingStatus loading={regie.isPending} />
      {regie.isError ? <DeelFout error={regie.error} onRetry={() => void regie.refetch()} /> : null}
      {r ? (
        <>
          <section aria-labelledby="rg-signalen">
            <Heading2 id="rg-signalen">{t('dossier.regie.signalen')}</Heading2>
            <RegieSignalen regie={r} />
          </section>
          <section aria-labelledby="rg-team-kop">
            <Heading2 id="rg-team-kop">{t('dossier.regie.teamKop')}</Heading2>
            <Team regie={r} />
          </section>
          {mijn ? (
            <MijnDomeinen key={mijn.betrokkenheidId} id={id} rij={mijn} onKlaar={setMelding} />
          ) : null}
          {mijn?.rol === 'regisseur' ? (
            <Overdragen id={id} regie={r} ik={mijn} onKlaar={setMelding} />
          ) : null}
          <Overdrachten regie={r} />
        </>
      ) : null}
    </DossierPagina>
  );
}
