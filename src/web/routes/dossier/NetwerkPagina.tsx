import {
  Alert,
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
import { type FormEvent, useRef, useState } from 'react';
import { useParams } from 'react-router';
import {
  type Netwerklid,
  type NetwerklidInvoer,
  useNetwerk,
  usePersoon,
  useVerwijderNetwerklid,
  useVoegNetwerklidToe,
  useWijzigNetwerklid,
} from '../../api/dossier.ts';
import { ErrorSummary, type FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { KeuzeGroep } from '../../components/formulier/KeuzeGroep.tsx';
import { Tekstvak } from '../../components/formulier/Tekstvak.tsx';
import { TextField } from '../../components/formulier/TextField.tsx';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { ScrollTabel } from '../../components/ScrollTabel.tsx';
import { Statusmelding } from '../loket-werk/onderdelen.tsx';
import { MetBevestiging } from '../mijn-kring/onderdelen.tsx';
import { Netwerkkaart } from './Netwerkkaart.tsx';
import { SECTOREN, type Sector } from './netwerkkaart.ts';
import { DeelFout, DossierPagina, foutVoor, serverVelden, teLang, useDosT } from './onderdelen.tsx';

interface LidStaat {
  naam: string;
  sector: Sector | '';
  relatie: string;
  nabijheid: '1' | '2' | '3' | '';
  kanHelpenMet: string;
}

const LEEG: LidStaat = { naam: '', sector: '', relatie: '', nabijheid: '', kanHelpenMet: '' };

const staatVan = (l: Netwerklid): LidStaat => ({
  naam: l.naam,
  sector: l.sector,
  relatie: l.relatie,
  nabijheid: String(l.nabijheid) as LidStaat['nabijheid'],
  kanHelpenMet: l.kanHelpenMet,
});

/** Add someone, or change one member (`lid`); the whole form is checked at once. */
function LidFormulier({
  id,
  lid,
  onKlaar,
  onAnnuleer,
}: {
  id: string;
  lid: Netwerklid | undefined;
  onKlaar: (melding: string) => void;
  onAnnuleer: () => void;
}) {
  const { t } = useDosT();
  const toevoegen = useVoegNetwerklidToe(id);
  const wijzigen = useWijzigNetwerklid(id);
  const [staat, setStaat] = useState<LidStaat>(lid ? staatVan(lid) : LEEG);
  const [fouten, setFouten] = useState<FieldError[]>([]);
  const [poging, setPoging] = useState(0);
  const zet = (deel: Partial<LidStaat>) => setStaat((oud) => ({ ...oud, ...deel }));
  const bezig = toevoegen.isPending || wijzigen.isPending;

  const controleer = (): FieldError[] => {
    const lijst: FieldError[] = [];
    if (!staat.naam.trim())
      lijst.push({ field: 'nw-naam', message: t('dossier.netwerk.fout.naam') });
    else if (teLang(staat.naam, 200)) {
      lijst.push({ field: 'nw-naam', message: t('dossier.fout.teLang', { max: 200 }) });
    }
    if (!staat.sector)
      lijst.push({ field: 'nw-sector', message: t('dossier.netwerk.fout.sector') });
    if (teLang(staat.relatie, 100)) {
      lijst.push({ field: 'nw-relatie', message: t('dossier.fout.teLang', { max: 100 }) });
    }
    if (!staat.nabijheid) {
      lijst.push({ field: 'nw-nabijheid', message: t('dossier.netwerk.fout.nabijheid') });
    }
    if (teLang(staat.kanHelpenMet, 500)) {
      lijst.push({ field: 'nw-helpen', message: t('dossier.fout.teLang', { max: 500 }) });
    }
    return lijst;
  };

  const vanServer = (error: unknown): FieldError[] => {
    const velden: Record<string, FieldError> = {
      naam: { field: 'nw-naam', message: t('dossier.netwerk.fout.naam') },
      sector: { field: 'nw-sector', message: t('dossier.netwerk.fout.sector') },
      relatie: { field: 'nw-relatie', message: t('dossier.fout.teLang', { max: 100 }) },
      nabijheid: { field: 'nw-nabijheid', message: t('dossier.netwerk.fout.nabijheid') },
      kanHelpenMet: { field: 'nw-helpen', message: t('dossier.fout.teLang', { max: 500 }) },
    };
    const lijst = serverVelden(error).flatMap((n) => (velden[n] ? [velden[n]] : []));
    return lijst.length > 0
      ? lijst
      : [{ field: 'nw-opslaan', message: t('dossier.algemeen.mislukt') }];
  };

  const opslaan = (event: FormEvent) => {
    event.preventDefault();
    setPoging((p) => p + 1);
    const lokaal = controleer();
    setFouten(lokaal);
    if (lokaal.length > 0 || !staat.sector || !staat.nabijheid) return;
    const invoer: NetwerklidInvoer = {
      naam: staat.naam.trim(),
      sector: staat.sector,
      relatie: staat.relatie.trim(),
      nabijheid: Number(staat.nabijheid),
      kanHelpenMet: staat.kanHelpenMet.trim(),
      accountId: null,
    };
    const klaar = {
      onSuccess: () => {
        setStaat(LEEG);
        setPoging(0);
        onKlaar(
          t(lid ? 'dossier.netwerk.gewijzigd' : 'dossier.netwerk.toegevoegd', {
            naam: invoer.naam,
          }),
        );
      },
      onError: (error: unknown) => setFouten(vanServer(error)),
    };
    if (lid) wijzigen.mutate({ lidId: lid.id, lid: invoer }, klaar);
    else toevoegen.mutate(invoer, klaar);
  };

  const kop = lid
    ? t('dossier.netwerk.wijzigKop', { naam: lid.naam })
    : t('dossier.netwerk.nieuwKop');
  return (
    <section aria-labelledby="nw-formulier" className="kring-lw-kaart">
      <Heading2 id="nw-formulier">{kop}</Heading2>
      <form onSubmit={opslaan} noValidate>
        <ErrorSummary errors={fouten} attempt={poging} />
        <TextField
          id="nw-naam"
          label={t('dossier.netwerk.naam')}
          error={foutVoor(fouten, 'nw-naam')}
          value={staat.naam}
          onChange={(naam) => zet({ naam })}
        />
        <KeuzeGroep
          id="nw-sector"
          soort="radio"
          legend={t('dossier.netwerk.sectorVraag')}
          fout={foutVoor(fouten, 'nw-sector')}
          opties={SECTOREN.map((s) => ({ waarde: s, label: t(`dossier.netwerk.sector.${s}`) }))}
          gekozen={staat.sector ? [staat.sector] : []}
          onChange={([sector]) => sector && zet({ sector })}
        />
        <TextField
          id="nw-relatie"
          label={t('dossier.netwerk.relatie')}
          description={t('dossier.netwerk.relatieHint')}
          error={foutVoor(fouten, 'nw-relatie')}
          value={staat.relatie}
          onChange={(relatie) => zet({ relatie })}
        />
        <KeuzeGroep
          id="nw-nabijheid"
          soort="radio"
          legend={t('dossier.netwerk.nabijheidVraag')}
          hint={t('dossier.netwerk.nabijheidHint')}
          fout={foutVoor(fouten, 'nw-nabijheid')}
          opties={(['1', '2', '3'] as const).map((n) => ({
            waarde: n,
            label: t(`dossier.netwerk.nabijheid.${n}`),
          }))}
          gekozen={staat.nabijheid ? [staat.nabijheid] : []}
          onChange={([nabijheid]) => nabijheid && zet({ nabijheid })}
        />
        <Tekstvak
          id="nw-helpen"
          label={t('dossier.netwerk.kanHelpenMet')}
          hint={t('dossier.netwerk.kanHelpenMetHint')}
          fout={foutVoor(fouten, 'nw-helpen')}
          waarde={staat.kanHelpenMet}
          onChange={(kanHelpenMet) => zet({ kanHelpenMet })}
          rijen={2}
        />
        <div className="kring-lw-acties">
          <Button id="nw-opslaan" type="submit" appearance="primary-action-button" disabled={bezig}>
            {lid ? t('dossier.netwerk.wijzigOpslaan') : t('dossier.netwerk.toevoegen')}
          </Button>
          {lid ? (
            <Button appearance="secondary-action-button" onClick={onAnnuleer}>
              {t('dossier.algemeen.annuleren')}
            </Button>
          ) : null}
        </div>
      </form>
    </section>
  );
}

function Tabel({
  leden,
  onWijzig,
  onVerwijderd,
  id,
}: {
  id: string;
  leden: readonly Netwerklid[];
  onWijzig: (lid: Netwerklid) => void;
  onVerwijderd: (melding: string) => void;
}) {
  const { t } = useDosT();
  const verwijder = useVerwijderNetwerklid(id);
  return (
    <ScrollTabel labelledBy="nw-tabel">
      <Table className="kring-lw-tabel">
        <TableCaption id="nw-tabel" className="kring-dos-bijschrift">
          {t('dossier.netwerk.tabel')}
        </TableCaption>
        <TableHeader>
          <TableRow>
            {(['naam', 'sector', 'relatie', 'nabijheid', 'kanHelpenMet', 'wijzigen'] as const).map(
              (k) => (
                <TableHeaderCell scope="col" key={k}>
                  {t(`dossier.netwerk.kolom.${k}`)}
                </TableHeaderCell>
              ),
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {leden.map((l) => (
            <TableRow key={l.id}>
              <TableHeaderCell scope="row">
                {l.naam}
                {l.heeftAccount ? (
                  <span className="kring-dos-klein">{t('dossier.netwerk.heeftAccount')}</span>
                ) : null}
              </TableHeaderCell>
              <TableCell>{t(`dossier.netwerk.sector.${l.sector}`)}</TableCell>
              <TableCell>{l.relatie || t('dossier.algemeen.leeg')}</TableCell>
              <TableCell>
                {t(`dossier.netwerk.nabijheid.${String(l.nabijheid) as '1' | '2' | '3'}`)}
              </TableCell>
              <TableCell>{l.kanHelpenMet || t('dossier.algemeen.leeg')}</TableCell>
              <TableCell>
                <div className="kring-dos-knoppen">
                  {/* The API does not say which account a member is linked to, and a change
                      would drop the link: members with an account are not changed here. */}
                  {l.heeftAccount ? (
                    <span>{t('dossier.netwerk.nietWijzigen')}</span>
                  ) : (
                    <Button appearance="secondary-action-button" onClick={() => onWijzig(l)}>
                      {t('dossier.netwerk.wijzig', { naam: l.naam })}
                    </Button>
                  )}
                  <MetBevestiging
                    knop={t('dossier.netwerk.verwijder', { naam: l.naam })}
                    vraag={t('dossier.netwerk.verwijderVraag', { naam: l.naam })}
                    ja={t('dossier.netwerk.verwijderJa')}
                    bezig={verwijder.isPending}
                    onJa={() =>
                      verwijder.mutate(l.id, {
                        onSuccess: () =>
                          onVerwijderd(t('dossier.netwerk.verwijderd', { naam: l.naam })),
                      })
                    }
                  />
                </div>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {verwijder.isError ? (
        <Alert type="error">
          <Paragraph>{t('dossier.algemeen.mislukt')}</Paragraph>
        </Alert>
      ) : null}
    </ScrollTabel>
  );
}

/** `/werkplek/personen/:id/netwerk`: the network map, its table, add / change / remove. */
export function NetwerkPagina() {
  const { id = '' } = useParams();
  const { t } = useDosT();
  const persoon = usePersoon(id);
  const netwerk = useNetwerk(id);
  const [melding, setMelding] = useState('');
  const [bewerk, setBewerk] = useState<Netwerklid | undefined>();
  const formulier = useRef<HTMLDivElement>(null);
  const leden = netwerk.data?.leden ?? [];
  return (
    <DossierPagina
      id={id}
      titel={(naam) => (naam ? t('dossier.netwerk.titel', { naam }) : t('dossier.netwerk.heading'))}
      terug={{ naar: `/werkplek/personen/${id}`, tekst: t('dossier.algemeen.naarDossier') }}
    >
      <Paragraph lead>{t('dossier.netwerk.intro')}</Paragraph>
      <Statusmelding tekst={melding} />
      <LoadingStatus loading={netwerk.isPending} />
      {netwerk.isError ? (
        <DeelFout error={netwerk.error} onRetry={() => void netwerk.refetch()} />
      ) : null}
      {netwerk.data ? (
        <section aria-labelledby="nw-kaart">
          <Heading2 id="nw-kaart">{t('dossier.netwerk.kaartKop')}</Heading2>
          {leden.length === 0 ? <Paragraph>{t('dossier.netwerk.leeg')}</Paragraph> : null}
          <Netwerkkaart id="nw-svg" naam={persoon.data?.naam} leden={leden} />
          {leden.length > 0 ? (
            <Tabel
              id={id}
              leden={leden}
              onWijzig={(l) => {
                setBewerk(l);
                // Move to the form: its heading says whose details are being changed.
                requestAnimationFrame(() =>
                  formulier.current?.querySelector<HTMLInputElement>('#nw-naam')?.focus(),
                );
              }}
              onVerwijderd={(m) => {
                if (bewerk) setBewerk(undefined);
                setMelding(m);
              }}
            />
          ) : null}
        </section>
      ) : null}
      {netwerk.data ? (
        <div ref={formulier}>
          <LidFormulier
            key={bewerk?.id ?? 'nieuw'}
            id={id}
            lid={bewerk}
            onKlaar={(m) => {
              setBewerk(undefined);
              setMelding(m);
            }}
            onAnnuleer={() => setBewerk(undefined)}
          />
        </div>
      ) : null}
    </DossierPagina>
  );
}
