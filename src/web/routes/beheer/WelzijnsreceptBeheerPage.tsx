import './loketregels.css';
import './welzijnsrecept-beheer.css';
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading2,
  OrderedList,
  OrderedListItem,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import { WELBEVINDEN_STANDAARD } from '../../../shared/welzijnsrecept.ts';
import {
  type OntvangerRegels,
  useInstellingen,
  useOntvangerRegels,
  useZetInstellingen,
  useZetOntvangerRegels,
} from '../../api/welzijnsrecept.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ErrorSummary, type FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { TextField } from '../../components/formulier/TextField.tsx';
import { useFormulier } from '../../components/formulier/useFormulier.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import { Keuzelijst, serverVelden } from '../dossier/onderdelen.tsx';
import { AlleenBeheerder, BeheerMenu } from './BeheerOnderdelen.tsx';

/** The texts of this page, and the words of the default wellbeing dimensions. */
const useWrbT = () => useDeelVertaling<'welzijnsreceptBeheer' | 'welzijnsreceptHuisarts'>();

type Regel = OntvangerRegels['regels'][number];
type Standaard = (typeof WELBEVINDEN_STANDAARD)[number];

/** The same rule as the server's (model.ts, instellingenSchema). */
const CODE = /^[a-zA-Z][a-zA-Z0-9-]{0,39}$/;
const MIN_DIMENSIES = 3;
const MAX_DIMENSIES = 12;

const isStandaard = (code: string): code is Standaard =>
  (WELBEVINDEN_STANDAARD as readonly string[]).includes(code);

const zelfdeRegel = (a: Regel, organisatieId: string, praktijkId: string | null) =>
  a.organisatieId === organisatieId && a.praktijkId === praktijkId;

/**
 * Moves focus to an element after the next render: a button that was removed or moved
 * would otherwise leave keyboard users at the top of the page.
 */
function useFocusNa() {
  const [doel, setDoel] = useState<string | null>(null);
  useEffect(() => {
    if (!doel) return;
    document.getElementById(doel)?.focus();
    setDoel(null);
  }, [doel]);
  return setDoel;
}

/** A form's save button, with its message beside it. */
function Opslaan({
  id,
  label,
  bezig,
  melding,
}: {
  id: string;
  label: string;
  bezig: boolean;
  melding: string;
}) {
  return (
    <div className="kring-lr-acties">
      <Button id={id} type="submit" appearance="primary-action-button" disabled={bezig}>
        {label}
      </Button>
      {/* Always in the page, so screen readers announce the message when it appears. */}
      <p role="status" className="kring-lr-melding">
        {melding}
      </p>
    </div>
  );
}

function RegelsFormulier({ data }: { data: OntvangerRegels }) {
  const { t } = useWrbT();
  const zet = useZetOntvangerRegels();
  const formulier = useFormulier();
  const focusNa = useFocusNa();
  const [regels, setRegels] = useState<Regel[]>(data.regels);
  const [organisatieId, setOrganisatieId] = useState('');
  const [praktijkId, setPraktijkId] = useState('');
  const [melding, setMelding] = useState('');
  const allePraktijken = t('welzijnsreceptBeheer.regels.allePraktijken');
  const wegId = (i: number) => `wrb-regel-${i}-weg`;

  const voegToe = () => {
    setMelding('');
    const praktijk = praktijkId || null;
    void formulier.submit(
      () => {
        if (!organisatieId) {
          return [
            {
              field: 'wrb-organisatie',
              message: t('welzijnsreceptBeheer.regels.fout.organisatie'),
            },
          ];
        }
        if (regels.some((r) => zelfdeRegel(r, organisatieId, praktijk))) {
          return [
            { field: 'wrb-organisatie', message: t('welzijnsreceptBeheer.regels.fout.dubbel') },
          ];
        }
        return [];
      },
      async () => {
        setRegels((oud) => [
          ...oud,
          {
            organisatieId,
            organisatie: data.organisaties.find((o) => o.id === organisatieId)?.naam ?? '',
            praktijkId: praktijk,
            praktijk: data.praktijken.find((p) => p.id === praktijk)?.naam ?? null,
          },
        ]);
        setOrganisatieId('');
        setPraktijkId('');
        setMelding(t('welzijnsreceptBeheer.nietOpgeslagen'));
      },
      () => [],
    );
  };

  const verwijder = (i: number) => {
    setRegels((oud) => oud.filter((_, j) => j !== i));
    setMelding(t('welzijnsreceptBeheer.nietOpgeslagen'));
    // The button of the rule that takes this place, else the one before, else the form.
    const rest = regels.length - 1;
    focusNa(rest === 0 ? 'wrb-organisatie' : wegId(Math.min(i, rest - 1)));
  };

  const vanServer = (error: unknown): FieldError[] => {
    const lijst = serverVelden(error).flatMap((naam): FieldError[] => {
      const m = /^regels\.(\d+)\.(organisatieId|praktijkId)$/.exec(naam);
      if (!m) return [];
      const nummer = Number(m[1]) + 1;
      const message =
        m[2] === 'organisatieId'
          ? t('welzijnsreceptBeheer.regels.fout.regelOrganisatie', { nummer })
          : t('welzijnsreceptBeheer.regels.fout.regelPraktijk', { nummer });
      return [{ field: wegId(nummer - 1), message }];
    });
    return lijst.length > 0
      ? lijst
      : [{ field: 'wrb-regels-opslaan', message: t('welzijnsreceptBeheer.regels.fout.server') }];
  };

  const opslaan = (event: FormEvent) => {
    event.preventDefault();
    setMelding('');
    void formulier.submit(
      () =>
        organisatieId
          ? [
              {
                field: 'wrb-organisatie',
                message: t('welzijnsreceptBeheer.regels.fout.nietToegevoegd'),
              },
            ]
          : [],
      async () => {
        const antwoord = await zet.mutateAsync({
          regels: regels.map((r) => ({ organisatieId: r.organisatieId, praktijkId: r.praktijkId })),
        });
        setRegels(antwoord.regels);
        setMelding(t('welzijnsreceptBeheer.regels.opgeslagen'));
      },
      vanServer,
    );
  };

  return (
    <form onSubmit={opslaan} noValidate>
      <ErrorSummary errors={formulier.errors} attempt={formulier.attempt} id="wrb-regels-fouten" />
      {regels.length === 0 ? (
        <Paragraph>{t('welzijnsreceptBeheer.regels.geen')}</Paragraph>
      ) : (
        <UnorderedList
          aria-label={t('welzijnsreceptBeheer.regels.tabel')}
          className="kring-wrb-lijst"
        >
          {regels.map((r, i) => {
            const praktijk = r.praktijk ?? allePraktijken;
            const fout = formulier.errorFor(wegId(i));
            return (
              <UnorderedListItem key={`${r.organisatieId}-${r.praktijkId ?? 'alle'}`}>
                <div className="kring-wrb-item">
                  <span className="kring-wrb-regel">
                    <span className="kring-wrb-naam">{r.organisatie}</span>
                    <span>{praktijk}</span>
                  </span>
                  {fout ? (
                    <span id={`${wegId(i)}-fout`} className="utrecht-form-field-error-message">
                      {fout}
                    </span>
                  ) : null}
                  <ButtonGroup className="kring-wrb-knoppen">
                    <Button
                      id={wegId(i)}
                      type="button"
                      appearance="subtle-button"
                      aria-label={t('welzijnsreceptBeheer.regels.wegVan', {
                        organisatie: r.organisatie,
                        praktijk,
                      })}
                      aria-describedby={fout ? `${wegId(i)}-fout` : undefined}
                      onClick={() => verwijder(i)}
                    >
                      {t('welzijnsreceptBeheer.regels.weg')}
                    </Button>
                  </ButtonGroup>
                </div>
              </UnorderedListItem>
            );
          })}
        </UnorderedList>
      )}

      <Fieldset className="kring-lr-groep">
        <FieldsetLegend>{t('welzijnsreceptBeheer.regels.toevoegen')}</FieldsetLegend>
        <Keuzelijst
          id="wrb-organisatie"
          label={t('welzijnsreceptBeheer.regels.kiesOrganisatie')}
          hint={t('welzijnsreceptBeheer.regels.kiesOrganisatieHint')}
          fout={formulier.errorFor('wrb-organisatie')}
          waarde={organisatieId}
          opties={[
            { waarde: '', label: t('welzijnsreceptBeheer.regels.nogNiet') },
            ...data.organisaties.map((o) => ({ waarde: o.id, label: o.naam })),
          ]}
          onChange={setOrganisatieId}
        />
        <Keuzelijst
          id="wrb-praktijk"
          label={t('welzijnsreceptBeheer.regels.kiesPraktijk')}
          hint={t('welzijnsreceptBeheer.regels.kiesPraktijkHint')}
          waarde={praktijkId}
          opties={[
            { waarde: '', label: allePraktijken },
            ...data.praktijken.map((p) => ({ waarde: p.id, label: p.naam })),
          ]}
          onChange={setPraktijkId}
        />
        <Button type="button" appearance="secondary-action-button" onClick={voegToe}>
          {t('welzijnsreceptBeheer.regels.voegToe')}
        </Button>
      </Fieldset>

      <Opslaan
        id="wrb-regels-opslaan"
        label={t('welzijnsreceptBeheer.regels.opslaan')}
        bezig={formulier.busy}
        melding={melding}
      />
    </form>
  );
}

function DimensiesFormulier({ begin }: { begin: string[] }) {
  const { t } = useWrbT();
  const zet = useZetInstellingen();
  const formulier = useFormulier();
  const focusNa = useFocusNa();
  const [dimensies, setDimensies] = useState(begin);
  const [nieuw, setNieuw] = useState('');
  const [melding, setMelding] = useState('');
  const knop = (code: string, soort: 'omhoog' | 'omlaag' | 'weg') => `wrb-dim-${code}-${soort}`;
  const label = (code: string) =>
    isStandaard(code) ? t(`welzijnsreceptHuisarts.dimensie.${code}`) : code;
  const veranderd = () => setMelding(t('welzijnsreceptBeheer.nietOpgeslagen'));

  const voegToe = () => {
    setMelding('');
    const code = nieuw.trim();
    void formulier.submit(
      () => {
        const fout = !CODE.test(code)
          ? t('welzijnsreceptBeheer.dimensies.fout.code')
          : dimensies.some((d) => d.toLowerCase() === code.toLowerCase())
            ? t('welzijnsreceptBeheer.dimensies.fout.dubbel')
            : dimensies.length >= MAX_DIMENSIES
              ? t('welzijnsreceptBeheer.dimensies.fout.teVeel')
              : '';
        return fout ? [{ field: 'wrb-dim-nieuw', message: fout }] : [];
      },
      async () => {
        setDimensies((oud) => [...oud, code]);
        setNieuw('');
        veranderd();
      },
      () => [],
    );
  };

  const verplaats = (i: number, stap: -1 | 1) => {
    const code = dimensies[i];
    if (code === undefined) return;
    const plek = i + stap;
    setDimensies((oud) => {
      const lijst = [...oud];
      [lijst[i], lijst[plek]] = [lijst[plek] as string, code];
      return lijst;
    });
    veranderd();
    // Stay on the same button, unless the item is now at the end where it is switched off.
    const eind = stap === -1 ? plek === 0 : plek === dimensies.length - 1;
    const soort = stap === -1 ? 'omhoog' : 'omlaag';
    focusNa(knop(code, eind ? (soort === 'omhoog' ? 'omlaag' : 'omhoog') : soort));
  };

  const verwijder = (i: number) => {
    const rest = dimensies.filter((_, j) => j !== i);
    setDimensies(rest);
    veranderd();
    const volgende = rest[Math.min(i, rest.length - 1)];
    focusNa(volgende === undefined ? 'wrb-dim-nieuw' : knop(volgende, 'weg'));
  };

  const vanServer = (error: unknown): FieldError[] => {
    const lijst = serverVelden(error).flatMap((naam): FieldError[] => {
      if (naam === 'dimensies') {
        const sleutel =
          dimensies.length < MIN_DIMENSIES
            ? 'teWeinig'
            : dimensies.length > MAX_DIMENSIES
              ? 'teVeel'
              : 'dubbel';
        return [
          { field: 'wrb-dim-nieuw', message: t(`welzijnsreceptBeheer.dimensies.fout.${sleutel}`) },
        ];
      }
      const code = dimensies[Number(/^dimensies\.(\d+)$/.exec(naam)?.[1] ?? Number.NaN)];
      return code === undefined
        ? []
        : [{ field: knop(code, 'weg'), message: t('welzijnsreceptBeheer.dimensies.fout.code') }];
    });
    return lijst.length > 0
      ? lijst
      : [{ field: 'wrb-dim-opslaan', message: t('welzijnsreceptBeheer.dimensies.fout.server') }];
  };

  const opslaan = (event: FormEvent) => {
    event.preventDefault();
    setMelding('');
    void formulier.submit(
      () =>
        dimensies.length < MIN_DIMENSIES
          ? [{ field: 'wrb-dim-nieuw', message: t('welzijnsreceptBeheer.dimensies.fout.teWeinig') }]
          : [],
      async () => {
        const antwoord = await zet.mutateAsync({ dimensies });
        setDimensies(antwoord.dimensies);
        setMelding(t('welzijnsreceptBeheer.dimensies.opgeslagen'));
      },
      vanServer,
    );
  };

  return (
    <form onSubmit={opslaan} noValidate>
      <ErrorSummary errors={formulier.errors} attempt={formulier.attempt} id="wrb-dim-fouten" />
      <OrderedList
        aria-label={t('welzijnsreceptBeheer.dimensies.lijst')}
        className="kring-wrb-lijst"
      >
        {dimensies.map((code, i) => {
          const naam = label(code);
          const fout = formulier.errorFor(knop(code, 'weg'));
          return (
            <OrderedListItem key={code}>
              <div className="kring-wrb-item">
                <span className="kring-wrb-regel">
                  <span className="kring-wrb-naam">{naam}</span>
                  {naam === code ? null : (
                    <span className="kring-wrb-code">
                      {t('welzijnsreceptBeheer.dimensies.code', { code })}
                    </span>
                  )}
                </span>
                {fout ? (
                  <span
                    id={`${knop(code, 'weg')}-fout`}
                    className="utrecht-form-field-error-message"
                  >
                    {fout}
                  </span>
                ) : null}
                <ButtonGroup className="kring-wrb-knoppen">
                  <Button
                    id={knop(code, 'omhoog')}
                    type="button"
                    appearance="subtle-button"
                    disabled={i === 0}
                    aria-label={t('welzijnsreceptBeheer.dimensies.omhoogVan', { onderdeel: naam })}
                    onClick={() => verplaats(i, -1)}
                  >
                    {t('welzijnsreceptBeheer.dimensies.omhoog')}
                  </Button>
                  <Button
                    id={knop(code, 'omlaag')}
                    type="button"
                    appearance="subtle-button"
                    disabled={i === dimensies.length - 1}
                    aria-label={t('welzijnsreceptBeheer.dimensies.omlaagVan', { onderdeel: naam })}
                    onClick={() => verplaats(i, 1)}
                  >
                    {t('welzijnsreceptBeheer.dimensies.omlaag')}
                  </Button>
                  <Button
                    id={knop(code, 'weg')}
                    type="button"
                    appearance="subtle-button"
                    aria-label={t('welzijnsreceptBeheer.dimensies.wegVan', { onderdeel: naam })}
                    aria-describedby={fout ? `${knop(code, 'weg')}-fout` : undefined}
                    onClick={() => verwijder(i)}
                  >
                    {t('welzijnsreceptBeheer.dimensies.weg')}
                  </Button>
                </ButtonGroup>
              </div>
            </OrderedListItem>
          );
        })}
      </OrderedList>

      <div className="kring-wrb-nieuw">
        <TextField
          id="wrb-dim-nieuw"
          label={t('welzijnsreceptBeheer.dimensies.nieuw')}
          description={t('welzijnsreceptBeheer.dimensies.nieuwHint')}
          error={formulier.errorFor('wrb-dim-nieuw')}
          value={nieuw}
          onChange={setNieuw}
          autoComplete="off"
          spellCheck={false}
        />
        <Button type="button" appearance="secondary-action-button" onClick={voegToe}>
          {t('welzijnsreceptBeheer.dimensies.voegToe')}
        </Button>
      </div>

      <Opslaan
        id="wrb-dim-opslaan"
        label={t('welzijnsreceptBeheer.dimensies.opslaan')}
        bezig={formulier.busy}
        melding={melding}
      />
    </form>
  );
}

function Regels() {
  const regels = useOntvangerRegels();
  if (regels.isPending) return <LoadingStatus loading />;
  if (regels.isError) return <ErrorAlert onRetry={() => void regels.refetch()} />;
  return <RegelsFormulier data={regels.data} />;
}

function Dimensies() {
  const instellingen = useInstellingen();
  if (instellingen.isPending) return <LoadingStatus loading />;
  if (instellingen.isError) return <ErrorAlert onRetry={() => void instellingen.refetch()} />;
  return <DimensiesFormulier begin={instellingen.data.dimensies} />;
}

/**
 * `/beheer/welzijnsrecept` (issue 8): where the practices refer to, and which parts of
 * wellbeing the welzijnscoach measures. Loaded from the beheer start page's own routes.
 */
export function WelzijnsreceptBeheerPage() {
  const { t } = useWrbT();
  useDocumentTitle(t('welzijnsreceptBeheer.titel'));
  return (
    <>
      <PageHeading>{t('welzijnsreceptBeheer.heading')}</PageHeading>
      <Paragraph lead>{t('welzijnsreceptBeheer.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/beheer">{t('welzijnsreceptBeheer.terug')}</RouterLink>
      </Paragraph>
      <BeheerMenu />
      <AlleenBeheerder>
        <section aria-labelledby="wrb-regels">
          <Heading2 id="wrb-regels">{t('welzijnsreceptBeheer.regels.heading')}</Heading2>
          <Paragraph>{t('welzijnsreceptBeheer.regels.uitleg')}</Paragraph>
          <Regels />
        </section>
        <section aria-labelledby="wrb-dimensies">
          <Heading2 id="wrb-dimensies">{t('welzijnsreceptBeheer.dimensies.heading')}</Heading2>
          <Paragraph>{t('welzijnsreceptBeheer.dimensies.uitleg')}</Paragraph>
          <Dimensies />
        </section>
      </AlleenBeheerder>
    </>
  );
}
