import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { useSessie } from '../../../api/sessie.ts';
import { ErrorSummary, type FieldError } from '../../../components/formulier/ErrorSummary.tsx';
import { LoadingStatus } from '../../../components/LoadingStatus.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { type AanbodInhoud, useMaakAanbod, useMijnAanbod, useOrganisatieNamen } from '../api.ts';
import { useKaartVertaling } from '../vertaling.ts';
import { KOSTEN_CODES } from '../zoekStaat.ts';
import { Invoerveld, Keuze, Tekstvak, useFoutTekst } from './BewerkPagina.tsx';
import { veldVanServer } from './bewerkFormulier.ts';
import { AlleenVoor, KaartbeheerMenu } from './Kaartbeheer.tsx';

const SOORTEN = ['dienst', 'activiteit', 'groep', 'evenement'] as const;

/**
 * The organisations this person may make an entry for: an organisation admin's own; the
 * editor (no organisation of their own) any organisation that has entries.
 */
function useOrganisaties(): { laden: boolean; opties: { id: string; naam: string }[] } {
  const sessie = useSessie();
  const lijst = useMijnAanbod();
  const eigen = [
    ...new Set(
      (sessie.data?.rollen ?? [])
        .filter((r) => r.rol === 'organisatiebeheerder' && r.organisatieId)
        .map((r) => r.organisatieId as string),
    ),
  ];
  const bekend = new Map(
    (lijst.data?.aanbod ?? []).map((a) => [a.organisatie.id, a.organisatie.naam] as const),
  );
  const namen = useOrganisatieNamen(eigen.filter((id) => !bekend.has(id)));
  if (sessie.isPending || lijst.isPending) return { laden: true, opties: [] };
  const ids = eigen.length > 0 ? eigen : [...bekend.keys()];
  const opties = ids
    .map((id) => ({ id, naam: bekend.get(id) ?? namen.get(id) ?? '' }))
    .filter((o) => o.naam !== '')
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  return { laden: false, opties };
}

function Formulier() {
  const { t } = useKaartVertaling();
  const foutTekst = useFoutTekst();
  const navigate = useNavigate();
  const maak = useMaakAanbod();
  const { laden, opties } = useOrganisaties();
  const [organisatieId, setOrganisatieId] = useState('');
  const [naam, setNaam] = useState('');
  const [soort, setSoort] = useState<AanbodInhoud['soort']>('activiteit');
  const [beschrijving, setBeschrijving] = useState('');
  const [kosten, setKosten] = useState<AanbodInhoud['kosten']['soort']>('gratis');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const fout = (veld: string) => errors.find((e) => e.field === veld)?.message;

  if (laden) return <LoadingStatus loading />;
  if (opties.length === 0)
    return <Paragraph>{t('socialeKaart.beheer.nieuw.geenOrganisatie')}</Paragraph>;
  const gekozen = opties.length === 1 ? opties[0]!.id : organisatieId;

  const verstuur = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const lokaal: FieldError[] = [];
    if (!gekozen) {
      lokaal.push({
        field: 'nw-organisatie',
        message: t('socialeKaart.beheer.nieuw.fout.organisatie'),
      });
    }
    if (naam.trim() === '') lokaal.push({ field: 'bw-naam', message: foutTekst('naam') });
    if (beschrijving.trim() === '') {
      lokaal.push({ field: 'bw-beschrijving', message: foutTekst('beschrijving') });
    }
    setErrors(lokaal);
    if (lokaal.length > 0) return;
    try {
      const bewerking = await maak.mutateAsync({
        organisatieId: gekozen,
        inhoud: {
          naam: naam.trim(),
          naamEn: null,
          soort,
          beschrijving: beschrijving.trim(),
          beschrijvingEn: null,
          aanmelden: '',
          kosten: { soort: kosten, bedrag: null, omschrijving: '' },
          toegankelijkheid: [],
          talen: ['nl'],
          levensdomeinen: [],
          hulpvormen: [],
          doelgroepen: [],
          trefwoorden: [],
          minimumLeeftijd: null,
          maximumLeeftijd: null,
          verwijzingNodig: false,
          diagnoseNodig: false,
          contact: { telefoon: null, email: null, website: null },
          locatieId: null,
          roosters: [],
        },
      });
      await navigate(`/werkplek/sociale-kaart/aanbod/${bewerking.aanbodId}/bewerken`, {
        state: { melding: 'gemaakt' },
      });
    } catch (error) {
      const velden =
        error instanceof ApiError
          ? (error.problem?.invalidParams ?? []).map((p) => ({
              field: p.name === 'body.organisatieId' ? 'nw-organisatie' : veldVanServer(p.name),
              message: t('socialeKaart.bewerken.fout.server'),
            }))
          : [];
      setErrors(
        velden.length > 0
          ? [...new Map(velden.map((v) => [v.field, v])).values()]
          : [{ field: 'bw-naam', message: t('socialeKaart.bewerken.fout.mislukt') }],
      );
    }
  };

  return (
    <form onSubmit={verstuur} noValidate className="kring-sk-bewerkformulier">
      <ErrorSummary errors={errors} attempt={attempt} />
      {opties.length === 1 ? (
        <Paragraph>
          {t('socialeKaart.beheer.nieuw.voorOrganisatie', { organisatie: opties[0]!.naam })}
        </Paragraph>
      ) : (
        <Keuze
          id="nw-organisatie"
          label={t('socialeKaart.beheer.nieuw.organisatie')}
          value={organisatieId}
          error={fout('nw-organisatie')}
          onChange={setOrganisatieId}
          opties={[
            { waarde: '', tekst: t('socialeKaart.beheer.nieuw.fout.organisatie') },
            ...opties.map((o) => ({ waarde: o.id, tekst: o.naam })),
          ]}
        />
      )}
      <Invoerveld
        id="bw-naam"
        label={t('socialeKaart.bewerken.naam')}
        value={naam}
        error={fout('bw-naam')}
        onChange={setNaam}
      />
      <Keuze
        id="bw-soort"
        label={t('socialeKaart.bewerken.soort')}
        value={soort}
        onChange={(s) => setSoort(s as AanbodInhoud['soort'])}
        opties={SOORTEN.map((s) => ({ waarde: s, tekst: t(`socialeKaart.soort.${s}`) }))}
      />
      <Tekstvak
        id="bw-beschrijving"
        label={t('socialeKaart.bewerken.beschrijving')}
        description={t('socialeKaart.bewerken.beschrijvingHint')}
        value={beschrijving}
        error={fout('bw-beschrijving')}
        onChange={setBeschrijving}
        lang="nl"
      />
      <Keuze
        id="bw-kosten-soort"
        label={t('socialeKaart.bewerken.kosten')}
        value={kosten}
        onChange={(k) => setKosten(k as AanbodInhoud['kosten']['soort'])}
        opties={KOSTEN_CODES.map((k) => ({ waarde: k, tekst: t(`socialeKaart.kosten.${k}`) }))}
      />
      <Paragraph>{t('socialeKaart.bewerken.naRedactie')}</Paragraph>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={maak.isPending}>
          {t('socialeKaart.beheer.nieuw.verder')}
        </Button>
      </ButtonGroup>
      <Paragraph>
        <RouterLink to="/werkplek/sociale-kaart">
          {t('socialeKaart.beheer.nieuw.annuleren')}
        </RouterLink>
      </Paragraph>
    </form>
  );
}

/** A new entry: the few fields the server needs, then on to the full edit form. */
export function NieuwAanbodPagina() {
  const { t } = useKaartVertaling();
  useDocumentTitle(t('socialeKaart.beheer.nieuw.titel'));
  return (
    <>
      <PageHeading>{t('socialeKaart.beheer.nieuw.titel')}</PageHeading>
      <Paragraph lead>{t('socialeKaart.beheer.nieuw.intro')}</Paragraph>
      <AlleenVoor rollen={['organisatiebeheerder', 'redacteur']}>
        <KaartbeheerMenu />
        <Formulier />
      </AlleenVoor>
    </>
  );
}
