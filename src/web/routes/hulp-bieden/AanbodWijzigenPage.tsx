import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { type Aanbod, useMijnHulpaanbod, useWijzigAanbod } from '../../api/hulpaanbod.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ErrorSummary } from '../../components/formulier/ErrorSummary.tsx';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import {
  type Concept,
  conceptVanAanbod,
  controleerStap,
  type Fout,
  foutenVanServer,
  idVan,
  naarWijziging,
  type Stap,
  type Veld,
  vandaagIso,
} from './concept.ts';
import { Melding, useFoutTekst, useHbT } from './onderdelen.tsx';
import { STAP_INHOUD } from './stappen.tsx';
import { AlleenIngelogd } from './toegang.tsx';

/**
 * The parts of an offer this page changes, with the sign-up's own steps (without their
 * introductions); VOG and the rest go through the coordinator.
 */
const TE_WIJZIGEN: Stap[] = ['wat', 'waar', 'wanneer', 'hoe-vaak', 'talen', 'soort'];

function WijzigFormulier({ aanbod }: { aanbod: Aanbod }) {
  const { t } = useHbT();
  const tekst = useFoutTekst();
  const wijzigAanbod = useWijzigAanbod(aanbod.id);
  const [c, setC] = useState<Concept>(() => conceptVanAanbod(aanbod));
  const wijzig = (deel: Partial<Concept>) => setC((oud) => ({ ...oud, ...deel }));
  const [fouten, setFouten] = useState<Fout[]>([]);
  const [poging, setPoging] = useState(0);
  const [melding, setMelding] = useState('');
  const [mislukt, setMislukt] = useState(false);
  const [bezig, setBezig] = useState(false);
  const fout = (veld: Veld) => {
    const f = fouten.find((x) => x.veld === veld);
    return f ? tekst(f) : undefined;
  };

  const opslaan = async (event: FormEvent) => {
    event.preventDefault();
    setMelding('');
    setMislukt(false);
    setPoging((p) => p + 1);
    const lokaal = TE_WIJZIGEN.flatMap((stap) => controleerStap(stap, c, vandaagIso()));
    setFouten(lokaal);
    if (lokaal.length > 0) return;
    setBezig(true);
    try {
      await wijzigAanbod(naarWijziging(c));
      setMelding(t('hulpBieden.wijzigen.opgeslagen'));
    } catch (error) {
      const namen =
        error instanceof ApiError && error.status === 400
          ? (error.problem?.invalidParams ?? []).map((p) => p.name)
          : [];
      const vanServer = foutenVanServer(namen);
      setFouten(vanServer);
      setMislukt(vanServer.length === 0);
    } finally {
      setBezig(false);
    }
  };

  return (
    <form onSubmit={opslaan} noValidate>
      <ErrorSummary
        errors={fouten.map((f) => ({ field: idVan(f.veld), message: tekst(f) }))}
        attempt={poging}
      />
      {TE_WIJZIGEN.map((stap) => {
        const Inhoud = STAP_INHOUD[stap];
        return <Inhoud key={stap} concept={c} wijzig={wijzig} fout={fout} alsStap={false} />;
      })}
      <div className="kring-hb-acties">
        <Button type="submit" appearance="primary-action-button" disabled={bezig}>
          {t('hulpBieden.wijzigen.opslaan')}
        </Button>
        {/* Always in the page, so screen readers announce the message when it appears. */}
        <p role="status" className="kring-hb-melding">
          {melding}
        </p>
      </div>
      {mislukt ? (
        <Alert type="error">
          <Paragraph>{t('hulpBieden.fout.opslaan')}</Paragraph>
        </Alert>
      ) : null}
    </form>
  );
}

function WijzigInhoud({ id }: { id: string }) {
  const { t } = useHbT();
  const lijst = useMijnHulpaanbod();
  if (lijst.isPending) return <LoadingStatus loading />;
  if (lijst.isError) return <ErrorAlert onRetry={() => void lijst.refetch()} />;
  const aanbod = lijst.data.aanbod.find((a) => a.id === id);
  if (!aanbod) return <Melding>{t('hulpBieden.wijzigen.nietGevonden')}</Melding>;
  return (
    <>
      <Paragraph>
        {t('hulpBieden.wijzigen.status', { status: t(`loket.aanbodStatus.${aanbod.status}`) })}
      </Paragraph>
      <WijzigFormulier aanbod={aanbod} />
    </>
  );
}

/** `/mijn-kring/aanbod/:id`: the volunteer changes their offer later (PATCH). */
export function AanbodWijzigenPage() {
  const { t } = useHbT();
  const { id = '' } = useParams();
  useDocumentTitle(t('hulpBieden.wijzigen.titel'));
  return (
    <AlleenIngelogd terug={`/mijn-kring/aanbod/${id}`}>
      <RouterLink to="/mijn-kring" className="kring-hb-terug">
        {t('hulpBieden.wijzigen.terug')}
      </RouterLink>
      <PageHeading>{t('hulpBieden.wijzigen.heading')}</PageHeading>
      <Paragraph lead>{t('hulpBieden.wijzigen.intro')}</Paragraph>
      <WijzigInhoud id={id} />
    </AlleenIngelogd>
  );
}
