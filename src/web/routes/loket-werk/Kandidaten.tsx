import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import {
  type Kandidaat,
  useKandidaten,
  useKoppelingen,
  useStelKoppelingVoor,
  type WerkvoorraadItem,
} from '../../api/loketWerk.ts';
import { ErrorSummary, type FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { KeuzeGroep, Tekstvak } from '../hulp-bieden/onderdelen.tsx';
import { LaadFout, useDatum, useLwT, wachtOpVan } from './onderdelen.tsx';

type LwT = ReturnType<typeof useLwT>['t'];

/** Why a volunteer fits or not, in words ("1,2 km van de inwoner", "heeft geen VOG"). */
export function redenenInWoorden(t: LwT, taal: string, k: Kandidaat): string[] {
  const km = (n: number) => new Intl.NumberFormat(taal, { maximumFractionDigits: 1 }).format(n);
  const redenen = [
    k.afstandKm === null
      ? t('loketWerk.kandidaten.afstandOnbekend')
      : k.afstandKm < 1
        ? t('loketWerk.kandidaten.afstandDichtbij')
        : t('loketWerk.kandidaten.afstand', { km: km(k.afstandKm) }),
    k.gedeeldeCategorieen.length > 0
      ? t('loketWerk.kandidaten.categorieen', {
          lijst: k.gedeeldeCategorieen.map((c) => t(`loket.categorie.${c}`)).join(', '),
        })
      : null,
    t('loketWerk.kandidaten.tijdvakken', { count: k.gedeeldeTijdvakken }),
    ...k.bezwaren.map((b) => t(`loketWerk.kandidaten.bezwaar.${b}`)),
  ];
  return redenen.filter((r): r is string => r !== null);
}

/** A first explanation for both sides, without names; the coordinator changes it freely. */
function voorstelTekst(t: LwT, taal: string, k: Kandidaat): string {
  const km = new Intl.NumberFormat(taal, { maximumFractionDigits: 1 });
  return [
    k.afstandKm === null
      ? ''
      : k.afstandKm < 1
        ? t('loketWerk.kandidaten.suggestieDichtbij')
        : t('loketWerk.kandidaten.suggestieAfstand', { km: km.format(k.afstandKm) }),
    k.gedeeldeCategorieen.length > 0
      ? t('loketWerk.kandidaten.suggestieCategorieen', {
          lijst: k.gedeeldeCategorieen
            .map((c) => t(`loket.categorie.${c}`).toLowerCase())
            .join(', '),
        })
      : '',
    k.gedeeldeTijdvakken > 0 ? t('loketWerk.kandidaten.suggestieTijd') : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The proposals made for this request so far, with whose answer they wait for. */
function Voorstellen({ hulpvraagId }: { hulpvraagId: string }) {
  const { t } = useLwT();
  const { moment } = useDatum();
  const koppelingen = useKoppelingen();
  const hier = koppelingen.data?.koppelingen.filter((k) => k.hulpvraagId === hulpvraagId) ?? [];
  if (hier.length === 0) return null;
  return (
    <section aria-labelledby="lw-voorstellen">
      <Heading3 id="lw-voorstellen">{t('loketWerk.kandidaten.voorstellen')}</Heading3>
      <ul className="kring-lw-lijst">
        {hier.map((k) => (
          <li key={k.id}>
            {t('loketWerk.kandidaten.voorstelRegel', {
              naam: k.vrijwilliger,
              status: t(`loketWerk.koppelingStatus.${k.status}`),
              wachtOp: t(`loketWerk.wachtOp.${wachtOpVan(k.status)}`),
              op: moment(k.aangemaaktOp),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Once a request is in matching: the approved volunteers, fitting ones first, each with the
 * reasons in words, and a proposal with a short explanation both sides read.
 */
export function Kandidaten({
  item,
  onMelding,
}: {
  item: WerkvoorraadItem;
  onMelding: (melding: string) => void;
}) {
  const { t, i18n } = useLwT();
  const kandidaten = useKandidaten(item.id, true);
  const stelVoor = useStelKoppelingVoor();
  const [gekozen, setGekozen] = useState<string | null>(null);
  const [toelichting, setToelichting] = useState('');
  const [suggestie, setSuggestie] = useState('');
  const [fouten, setFouten] = useState<FieldError[]>([]);
  const [poging, setPoging] = useState(0);
  const lijst = kandidaten.data?.kandidaten ?? [];

  const kies = (aanbodId: string) => {
    setGekozen(aanbodId);
    const k = lijst.find((x) => x.aanbodId === aanbodId);
    // Fill in a first text, unless the coordinator wrote their own already.
    if (k && (toelichting.trim() === '' || toelichting === suggestie)) {
      const nieuw = voorstelTekst(t, i18n.language, k);
      setSuggestie(nieuw);
      setToelichting(nieuw);
    }
  };

  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    setPoging((p) => p + 1);
    const lokaal: FieldError[] = [];
    if (!gekozen)
      lokaal.push({ field: 'lw-kandidaat', message: t('loketWerk.kandidaten.fout.kies') });
    if (!toelichting.trim()) {
      lokaal.push({ field: 'lw-toelichting', message: t('loketWerk.kandidaten.fout.toelichting') });
    } else if (toelichting.trim().length > 1000) {
      lokaal.push({ field: 'lw-toelichting', message: t('loketWerk.kandidaten.fout.teLang') });
    }
    setFouten(lokaal);
    if (lokaal.length > 0 || !gekozen) return;
    const naam = lijst.find((k) => k.aanbodId === gekozen)?.naam ?? '';
    stelVoor.mutate(
      { hulpvraagId: item.id, aanbodId: gekozen, toelichting: toelichting.trim() },
      {
        onSuccess: () => {
          onMelding(t('loketWerk.kandidaten.voorgesteld', { naam }));
          setGekozen(null);
          setToelichting('');
          setSuggestie('');
        },
        onError: (error) =>
          setFouten([
            {
              field: 'lw-stel-voor',
              message:
                error instanceof ApiError && error.status === 409
                  ? t('loketWerk.kandidaten.fout.conflict')
                  : t('loketWerk.algemeen.mislukt'),
            },
          ]),
      },
    );
  };

  return (
    <section aria-labelledby="lw-kandidaten">
      <Heading2 id="lw-kandidaten">{t('loketWerk.kandidaten.heading')}</Heading2>
      <Paragraph>{t('loketWerk.kandidaten.intro')}</Paragraph>
      <Voorstellen hulpvraagId={item.id} />
      <LoadingStatus loading={kandidaten.isPending} />
      {kandidaten.isError ? (
        <LaadFout error={kandidaten.error} onRetry={() => void kandidaten.refetch()} />
      ) : null}
      {kandidaten.data && lijst.length === 0 ? (
        <Paragraph>{t('loketWerk.kandidaten.leeg')}</Paragraph>
      ) : null}
      {lijst.length > 0 ? (
        <form onSubmit={verstuur} noValidate>
          <ErrorSummary errors={fouten} attempt={poging} />
          <KeuzeGroep
            id="lw-kandidaat"
            soort="radio"
            legend={t('loketWerk.kandidaten.kies')}
            fout={fouten.find((f) => f.field === 'lw-kandidaat')?.message}
            opties={lijst.map((k) => ({
              waarde: k.aanbodId,
              label: `${k.naam}: ${k.passend ? t('loketWerk.kandidaten.passend') : t('loketWerk.kandidaten.nietPassend')}`,
              hint: redenenInWoorden(t, i18n.language, k).join('. '),
            }))}
            gekozen={gekozen ? [gekozen] : []}
            onChange={([id]) => id && kies(id)}
          />
          <Tekstvak
            id="lw-toelichting"
            label={t('loketWerk.kandidaten.toelichting')}
            hint={t('loketWerk.kandidaten.toelichtingHint')}
            fout={fouten.find((f) => f.field === 'lw-toelichting')?.message}
            waarde={toelichting}
            onChange={setToelichting}
            rijen={4}
          />
          <div className="kring-lw-acties">
            <Button
              id="lw-stel-voor"
              type="submit"
              appearance="primary-action-button"
              disabled={stelVoor.isPending}
            >
              {t('loketWerk.kandidaten.voorstellenKnop')}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
