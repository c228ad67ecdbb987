import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorSummary, type FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import type { Invul } from './concept.ts';
import { useFoutTekst, useHulpVragen } from './HulpVragenPagina.tsx';
import { controleerStap, STAPPEN, type Stap, volgendeStap, vorigeStap } from './stappen.ts';
import { VRAGEN } from './vragen.tsx';

/**
 * One question of the form: a Back link, where you are ("Vraag 3 van 12"), the question,
 * the error summary, the fields and "Verder". Each page edits its own copy of the answers
 * and keeps them (this tab or the server) only when they pass the same checks as the server.
 */
export function StapPagina({ stap }: { stap: Stap }) {
  const { t } = useDeelVertaling<'hulpVragen'>();
  const staat = useHulpVragen();
  const navigate = useNavigate();
  const naarMelding = useFoutTekst();
  const [invul, setInvul] = useState<Invul>(staat.invul);
  const [meldingen, setMeldingen] = useState<FieldError[]>(() =>
    staat.serverFouten.filter((f) => f.stap === stap).map((f) => naarMelding(f)),
  );
  const [poging, setPoging] = useState(0);
  const [bezig, setBezig] = useState(false);
  const vraag = VRAGEN[stap];
  const kop = vraag.kop(t, invul);
  useDocumentTitle(kop);

  const vorige = vorigeStap(stap);
  const terug = staat.wijzigen
    ? '/hulp-vragen/controleren'
    : vorige
      ? `/hulp-vragen/${vorige}`
      : '/hulp-vragen';

  const verder = async (later: boolean) => {
    setPoging((n) => n + 1);
    const eigen = controleerStap(stap, invul);
    setMeldingen(eigen.map((f) => naarMelding(f)));
    if (eigen.length > 0) return;
    setBezig(true);
    try {
      await staat.opslaan(invul);
      staat.zetServerFouten(staat.serverFouten.filter((f) => f.stap !== stap));
      const volgende = later
        ? '/mijn-kring'
        : staat.wijzigen
          ? '/hulp-vragen/controleren'
          : `/hulp-vragen/${volgendeStap(stap)}`;
      await navigate(volgende);
    } catch {
      // The browser checked the same rules as the server: this is the network or the server.
      setMeldingen([{ field: vraag.eersteVeld, message: t('hulpVragen.fout.opslaan') }]);
      setBezig(false);
    }
  };

  const fout = (veld: string) => meldingen.find((m) => m.field === veld)?.message;
  const Velden = vraag.Velden;
  return (
    <>
      <Paragraph>
        <RouterLink to={terug} className="kring-hv-terug">
          {t('hulpVragen.terug')}
        </RouterLink>
      </Paragraph>
      <Paragraph className="kring-hv-voortgang">
        {t('hulpVragen.voortgang', { nummer: STAPPEN.indexOf(stap) + 1, totaal: STAPPEN.length })}
      </Paragraph>
      {vraag.kopInLegenda ? null : <PageHeading>{kop}</PageHeading>}
      <ErrorSummary errors={meldingen} attempt={poging} />
      <form
        noValidate
        className="kring-hv-form"
        onSubmit={(event) => {
          event.preventDefault();
          void verder(false);
        }}
      >
        <Velden
          invul={invul}
          zet={(deel) => setInvul((oud) => ({ ...oud, ...deel }))}
          fout={fout}
          kop={kop}
        />
        <div className="kring-hv-knoppen">
          <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
            {staat.wijzigen ? t('hulpVragen.opslaanTerug') : t('hulpVragen.verder')}
          </Button>
          {staat.ingelogd ? (
            <Button
              type="button"
              appearance="secondary-action-button"
              disabled={bezig}
              onClick={() => void verder(true)}
            >
              {t('hulpVragen.later')}
            </Button>
          ) : null}
        </div>
      </form>
      <Paragraph className="kring-hv-bewaren">
        {staat.ingelogd ? t('hulpVragen.bewaren.ingelogd') : t('hulpVragen.bewaren.anoniem')}
      </Paragraph>
    </>
  );
}
