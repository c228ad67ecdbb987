import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  HOE_VAAK,
  type HoeVaak,
  HULPCATEGORIEEN,
  type Hulpcategorie,
  type Tijdvak,
} from '../../../shared/loket.ts';
import { useNaarVrijwilliger, usePersoon, usePlan } from '../../api/dossier.ts';
import { ErrorSummary, type FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { KeuzeGroep } from '../../components/formulier/KeuzeGroep.tsx';
import { statusVan } from '../../components/formulier/useFormulier.ts';
import { Weekrooster } from '../../components/formulier/Weekrooster.tsx';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { DeelFout, DossierPagina, foutVoor, serverVelden, useDosT } from './onderdelen.tsx';

/**
 * What a volunteer can usually do (the categories a gemeente marks simple by default,
 * src/shared/loket.ts); the others need a professional.
 */
const VOOR_VRIJWILLIGERS = HULPCATEGORIEEN.filter((c) => c.eenvoudig).map((c) => c.code);

function Formulier({
  id,
  actieId,
  zonderPostcode,
}: {
  id: string;
  actieId: string;
  zonderPostcode: boolean;
}) {
  const { t } = useDosT();
  const navigate = useNavigate();
  const vraag = useNaarVrijwilliger(id);
  const [categorieen, setCategorieen] = useState<Hulpcategorie[]>([]);
  const [hoeVaak, setHoeVaak] = useState<HoeVaak | ''>('');
  const [tijdvakken, setTijdvakken] = useState<Tijdvak[]>([]);
  const [toestemming, setToestemming] = useState(false);
  const [fouten, setFouten] = useState<FieldError[]>([]);
  const [poging, setPoging] = useState(0);

  const controleer = (): FieldError[] => {
    const lijst: FieldError[] = [];
    if (categorieen.length === 0) {
      lijst.push({ field: 'vw-categorieen', message: t('dossier.vrijwilliger.fout.categorieen') });
    }
    if (!hoeVaak)
      lijst.push({ field: 'vw-hoe-vaak', message: t('dossier.vrijwilliger.fout.hoeVaak') });
    if (!toestemming) {
      lijst.push({ field: 'vw-toestemming', message: t('dossier.vrijwilliger.fout.toestemming') });
    }
    return lijst;
  };

  const vanServer = (error: unknown): FieldError[] => {
    if (statusVan(error) === 409) {
      return [
        {
          field: 'vw-versturen',
          message: t(
            zonderPostcode ? 'dossier.vrijwilliger.fout.postcode' : 'dossier.vrijwilliger.fout.al',
          ),
        },
      ];
    }
    const velden = serverVelden(error);
    const lijst: FieldError[] = [];
    if (velden.some((v) => v.startsWith('categorieen'))) {
      lijst.push({ field: 'vw-categorieen', message: t('dossier.vrijwilliger.fout.categorieen') });
    }
    if (velden.some((v) => v.startsWith('hoeVaak'))) {
      lijst.push({ field: 'vw-hoe-vaak', message: t('dossier.vrijwilliger.fout.hoeVaak') });
    }
    if (velden.some((v) => v.startsWith('toestemming'))) {
      lijst.push({ field: 'vw-toestemming', message: t('dossier.vrijwilliger.fout.toestemming') });
    }
    return lijst.length > 0
      ? lijst
      : [{ field: 'vw-versturen', message: t('dossier.algemeen.mislukt') }];
  };

  const versturen = (event: FormEvent) => {
    event.preventDefault();
    setPoging((p) => p + 1);
    const lokaal = controleer();
    setFouten(lokaal);
    if (lokaal.length > 0 || !hoeVaak) return;
    vraag.mutate(
      { actieId, vraag: { categorieen, hoeVaak, tijdvakken, toestemming: true } },
      {
        onSuccess: () =>
          navigate(`/werkplek/personen/${id}/plan`, {
            state: { melding: t('dossier.vrijwilliger.verstuurd') },
          }),
        onError: (error) => setFouten(vanServer(error)),
      },
    );
  };

  return (
    <form onSubmit={versturen} noValidate>
      <ErrorSummary errors={fouten} attempt={poging} />
      <KeuzeGroep
        id="vw-categorieen"
        soort="checkbox"
        legend={t('dossier.vrijwilliger.categorieen')}
        hint={t('dossier.vrijwilliger.categorieenHint')}
        fout={foutVoor(fouten, 'vw-categorieen')}
        opties={VOOR_VRIJWILLIGERS.map((c) => ({ waarde: c, label: t(`loket.categorie.${c}`) }))}
        gekozen={categorieen}
        onChange={setCategorieen}
      />
      <KeuzeGroep
        id="vw-hoe-vaak"
        soort="radio"
        legend={t('dossier.vrijwilliger.hoeVaak')}
        fout={foutVoor(fouten, 'vw-hoe-vaak')}
        opties={HOE_VAAK.map((h) => ({ waarde: h, label: t(`loket.hoeVaak.${h}`) }))}
        gekozen={hoeVaak ? [hoeVaak] : []}
        onChange={([h]) => h && setHoeVaak(h)}
      />
      <Weekrooster
        id="vw-tijden"
        legend={t('dossier.vrijwilliger.tijden')}
        hint={t('dossier.vrijwilliger.tijdenHint')}
        gekozen={tijdvakken}
        onChange={setTijdvakken}
      />
      <KeuzeGroep
        id="vw-toestemming"
        soort="checkbox"
        legend={t('dossier.vrijwilliger.toestemmingKop')}
        hint={t('dossier.vrijwilliger.toestemmingHint')}
        fout={foutVoor(fouten, 'vw-toestemming')}
        opties={[{ waarde: 'ja', label: t('dossier.vrijwilliger.toestemming') }]}
        gekozen={toestemming ? ['ja'] : []}
        onChange={(g) => setToestemming(g.includes('ja'))}
      />
      <div className="kring-lw-acties">
        <Button
          id="vw-versturen"
          type="submit"
          appearance="primary-action-button"
          disabled={vraag.isPending}
        >
          {t('dossier.vrijwilliger.versturen')}
        </Button>
        <RouterLink to={`/werkplek/personen/${id}/plan`}>
          {t('dossier.algemeen.annuleren')}
        </RouterLink>
      </div>
    </form>
  );
}

/**
 * `/werkplek/personen/:id/plan/acties/:actieId/vrijwilliger`: "Dit kan een vrijwilliger
 * doen" — the action becomes a request in the volunteer pool, with the person's consent.
 */
export function VrijwilligerPagina() {
  const { id = '', actieId = '' } = useParams();
  const { t } = useDosT();
  const plan = usePlan(id);
  const persoon = usePersoon(id);
  const actie = plan.data?.plan?.doelen.flatMap((d) => d.acties).find((a) => a.id === actieId);
  const zonderPostcode = persoon.data ? !persoon.data.postcode : false;
  return (
    <DossierPagina
      id={id}
      titel={() => t('dossier.vrijwilliger.heading')}
      terug={{ naar: `/werkplek/personen/${id}/plan`, tekst: t('dossier.plan.terug') }}
    >
      <LoadingStatus loading={plan.isPending} />
      {plan.isError ? <DeelFout error={plan.error} onRetry={() => void plan.refetch()} /> : null}
      {plan.data && !actie ? (
        <Alert type="warning">
          <Paragraph>{t('dossier.vrijwilliger.nietGevonden')}</Paragraph>
        </Alert>
      ) : null}
      {actie ? (
        <>
          <Paragraph lead>
            {t('dossier.vrijwilliger.intro', { actie: actie.omschrijving })}
          </Paragraph>
          <Paragraph>{t('dossier.vrijwilliger.uitleg')}</Paragraph>
          {zonderPostcode ? (
            <Alert type="warning">
              <Paragraph>{t('dossier.vrijwilliger.fout.postcode')}</Paragraph>
            </Alert>
          ) : null}
          {actie.hulpvraagId ? (
            <Paragraph>{t('dossier.plan.vrijwilligerGezocht')}</Paragraph>
          ) : (
            <Formulier id={id} actieId={actieId} zonderPostcode={zonderPostcode} />
          )}
        </>
      ) : null}
    </DossierPagina>
  );
}
