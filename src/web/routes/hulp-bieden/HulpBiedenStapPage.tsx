import { Button, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ErrorSummary } from '../../components/formulier/ErrorSummary.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import {
  CONTROLEREN,
  controleerStap,
  type Fout,
  idVan,
  isStap,
  STAPPEN,
  type Stap,
  stapVan,
  vandaagIso,
  volgende,
  vorige,
} from './concept.ts';
import { StapLink, useFoutTekst, useHbT } from './onderdelen.tsx';
import { STAP_INHOUD } from './stappen.tsx';
import { AlleenIngelogd } from './toegang.tsx';
import { type StapStaat, useConcept } from './useConcept.ts';

/** One question of the form: back link, step number, errors, the question, "Verder". */
function StapFormulier({ stap }: { stap: Stap }) {
  const { t } = useHbT();
  const tekst = useFoutTekst();
  const navigate = useNavigate();
  const staat = (useLocation().state ?? {}) as StapStaat;
  const [concept, wijzig] = useConcept();
  // Errors the server found on the check page show here too, inline and in the summary.
  const [fouten, setFouten] = useState<Fout[]>(
    () => staat.fouten?.filter((f) => stapVan(f.veld) === stap) ?? [],
  );
  const [poging, setPoging] = useState(0);
  const titel = t(`hulpBieden.stap.${stap}`);
  useDocumentTitle(fouten.length > 0 ? t('hulpBieden.algemeen.foutTitel', { titel }) : titel);

  const verder = (event: FormEvent) => {
    event.preventDefault();
    const nieuw = controleerStap(stap, concept, vandaagIso());
    setFouten(nieuw);
    setPoging((p) => p + 1);
    if (nieuw.length > 0) return;
    navigate(`/hulp-bieden/${staat.vanControleren ? CONTROLEREN : volgende(stap)}`);
  };

  const vorigeStap = vorige(stap);
  const terug = staat.vanControleren
    ? `/hulp-bieden/${CONTROLEREN}`
    : vorigeStap
      ? `/hulp-bieden/${vorigeStap}`
      : '/hulp-bieden';
  const Inhoud = STAP_INHOUD[stap];
  return (
    <>
      <StapLink to={terug} state={staat.vanControleren ? {} : undefined} className="kring-hb-terug">
        {t('hulpBieden.algemeen.terug')}
      </StapLink>
      <Paragraph className="kring-hb-stap">
        {t('hulpBieden.algemeen.stapVan', {
          nummer: STAPPEN.indexOf(stap) + 1,
          totaal: STAPPEN.length,
        })}
      </Paragraph>
      <form onSubmit={verder} noValidate>
        <ErrorSummary
          errors={fouten.map((f) => ({ field: idVan(f.veld), message: tekst(f) }))}
          attempt={poging}
        />
        <Inhoud
          concept={concept}
          wijzig={wijzig}
          fout={(veld) => {
            const f = fouten.find((x) => x.veld === veld);
            return f ? tekst(f) : undefined;
          }}
        />
        <div className="kring-hb-acties">
          <Button type="submit" appearance="primary-action-button">
            {staat.vanControleren
              ? t('hulpBieden.algemeen.opslaanEnTerug')
              : t('hulpBieden.algemeen.verder')}
          </Button>
        </div>
      </form>
    </>
  );
}

/**
 * `/hulp-bieden/:stap`: one question. The check page and the thank-you page are routes of
 * their own (`/hulp-bieden/controleren`, `/hulp-bieden/bedankt`), each its own chunk.
 */
export function HulpBiedenStapPage() {
  const { stap } = useParams();
  if (!isStap(stap)) return <NotFoundPage />;
  return (
    <AlleenIngelogd terug="/hulp-bieden">
      {/* A new key per step: each step starts from the stored draft with its own errors. */}
      <StapFormulier key={stap} stap={stap} />
    </AlleenIngelogd>
  );
}
