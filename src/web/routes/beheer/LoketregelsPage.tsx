import './loketregels.css';
import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { HULPCATEGORIEEN, type Hulpcategorie } from '../../../shared/loket.ts';
import { type Organisatie, useOrganisaties } from '../../api/beheer.ts';
import { ApiError } from '../../api/client.ts';
import { type Loketregels, useBewaarLoketregels, useLoketregels } from '../../api/loketWerk.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ErrorSummary, type FieldError } from '../../components/formulier/ErrorSummary.tsx';
import type { Invoer } from '../../components/formulier/invoer.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { ScrollTabel } from '../../components/ScrollTabel.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import { Invoerveld } from '../hulp-bieden/onderdelen.tsx';
import { AlleenBeheerder, BeheerMenu } from './BeheerOnderdelen.tsx';

const useRegelsT = () => useDeelVertaling<'loketRegels' | 'loket'>();

type Categorieregel = { eenvoudig: boolean; vogVerplicht: boolean };
type Reactie = keyof Loketregels['reactieWerkdagen'];
const REACTIES: { sleutel: Reactie; max: number }[] = [
  { sleutel: 'vrijwilligers', max: 30 },
  { sleutel: 'wijkteam', max: 30 },
  { sleutel: 'spoed', max: 5 },
];

/** Every category with its rule as it is now: the default, changed by the gemeente. */
function categorieregels(regels: Loketregels): Record<Hulpcategorie, Categorieregel> {
  return Object.fromEntries(
    HULPCATEGORIEEN.map((c) => [
      c.code,
      {
        eenvoudig: regels.categorieen[c.code]?.eenvoudig ?? c.eenvoudig,
        vogVerplicht: regels.categorieen[c.code]?.vogVerplicht ?? c.vog,
      },
    ]),
  ) as Record<Hulpcategorie, Categorieregel>;
}

function OrganisatieKeuze({
  id,
  label,
  hint,
  waarde,
  organisaties,
  onChange,
  fout,
}: {
  id: string;
  label: string;
  hint: string;
  waarde: string | null;
  organisaties: Organisatie[];
  onChange: (id: string | null) => void;
  fout: string | undefined;
}) {
  const { t } = useRegelsT();
  return (
    <FormField invalid={!!fout} className="kring-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <p id={`${id}-hint`} className="utrecht-form-field-description kring-lr-hint">
        {hint}
      </p>
      {fout ? (
        <p id={`${id}-fout`} className="utrecht-form-field-error-message">
          {fout}
        </p>
      ) : null}
      <div className="utrecht-form-field__input">
        <Select
          id={id}
          value={waarde ?? ''}
          invalid={!!fout}
          aria-describedby={`${id}-hint${fout ? ` ${id}-fout` : ''}`}
          onChange={(e: Invoer) => onChange(e.currentTarget.value || null)}
        >
          <SelectOption value="">{t('loketRegels.organisaties.geen')}</SelectOption>
          {organisaties.map((o) => (
            <SelectOption key={o.id} value={o.id}>
              {o.naam}
            </SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );
}

function RegelsFormulier({
  regels,
  organisaties,
}: {
  regels: Loketregels;
  organisaties: Organisatie[];
}) {
  const { t } = useRegelsT();
  const bewaar = useBewaarLoketregels();
  const [vrijwilligersOrg, setVrijwilligersOrg] = useState(regels.vrijwilligersOrganisatieId);
  const [wijkteamOrg, setWijkteamOrg] = useState(regels.wijkteamOrganisatieId);
  const [vanaf, setVanaf] = useState(regels.intakeVanafLevensdomeinen);
  const [bijSpoed, setBijSpoed] = useState(regels.intakeBijSpoed);
  const [bijZorgen, setBijZorgen] = useState(regels.intakeBijZorgen);
  const [categorieen, setCategorieen] = useState(() => categorieregels(regels));
  const [reactie, setReactie] = useState<Record<Reactie, string>>(() => ({
    vrijwilligers: String(regels.reactieWerkdagen.vrijwilligers),
    wijkteam: String(regels.reactieWerkdagen.wijkteam),
    spoed: String(regels.reactieWerkdagen.spoed),
  }));
  const [fouten, setFouten] = useState<FieldError[]>([]);
  const [poging, setPoging] = useState(0);
  const [melding, setMelding] = useState('');
  const fout = (veld: string) => fouten.find((f) => f.field === veld)?.message;

  const zet = (code: Hulpcategorie, deel: Partial<Categorieregel>) =>
    setCategorieen((oud) => ({ ...oud, [code]: { ...oud[code], ...deel } }));

  const controleer = (): FieldError[] =>
    REACTIES.flatMap(({ sleutel, max }) => {
      const v = reactie[sleutel].trim();
      const goed = /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= max;
      return goed
        ? []
        : [{ field: `lr-reactie-${sleutel}`, message: t(`loketRegels.fout.reactie.${sleutel}`) }];
    });

  const vanServer = (error: unknown): FieldError[] => {
    const namen =
      error instanceof ApiError ? (error.problem?.invalidParams ?? []).map((p) => p.name) : [];
    const lijst: FieldError[] = [];
    for (const { sleutel } of REACTIES) {
      if (namen.some((n) => n === `body.reactieWerkdagen.${sleutel}`)) {
        lijst.push({
          field: `lr-reactie-${sleutel}`,
          message: t(`loketRegels.fout.reactie.${sleutel}`),
        });
      }
    }
    if (namen.includes('body.vrijwilligersOrganisatieId')) {
      lijst.push({ field: 'lr-vrijwilligers', message: t('loketRegels.fout.organisatie') });
    }
    if (namen.includes('body.wijkteamOrganisatieId')) {
      lijst.push({ field: 'lr-wijkteam', message: t('loketRegels.fout.organisatie') });
    }
    return lijst.length > 0
      ? lijst
      : [{ field: 'lr-opslaan', message: t('loketRegels.fout.server') }];
  };

  const opslaan = (event: FormEvent) => {
    event.preventDefault();
    setMelding('');
    setPoging((p) => p + 1);
    const lokaal = controleer();
    setFouten(lokaal);
    if (lokaal.length > 0) return;
    bewaar.mutate(
      {
        vrijwilligersOrganisatieId: vrijwilligersOrg,
        wijkteamOrganisatieId: wijkteamOrg,
        intakeVanafLevensdomeinen: vanaf,
        intakeBijSpoed: bijSpoed,
        intakeBijZorgen: bijZorgen,
        categorieen,
        reactieWerkdagen: {
          vrijwilligers: Number(reactie.vrijwilligers),
          wijkteam: Number(reactie.wijkteam),
          spoed: Number(reactie.spoed),
        },
      },
      {
        onSuccess: () => setMelding(t('loketRegels.opgeslagen')),
        onError: (error) => setFouten(vanServer(error)),
      },
    );
  };

  return (
    <form onSubmit={opslaan} noValidate>
      <ErrorSummary errors={fouten} attempt={poging} />

      <Fieldset className="kring-lr-groep">
        <FieldsetLegend>{t('loketRegels.organisaties.legend')}</FieldsetLegend>
        <OrganisatieKeuze
          id="lr-vrijwilligers"
          label={t('loketRegels.organisaties.vrijwilligers')}
          hint={t('loketRegels.organisaties.vrijwilligersHint')}
          waarde={vrijwilligersOrg}
          organisaties={organisaties}
          onChange={setVrijwilligersOrg}
          fout={fout('lr-vrijwilligers')}
        />
        <OrganisatieKeuze
          id="lr-wijkteam"
          label={t('loketRegels.organisaties.wijkteam')}
          hint={t('loketRegels.organisaties.wijkteamHint')}
          waarde={wijkteamOrg}
          organisaties={organisaties}
          onChange={setWijkteamOrg}
          fout={fout('lr-wijkteam')}
        />
      </Fieldset>

      <Fieldset className="kring-lr-groep">
        <FieldsetLegend>{t('loketRegels.wijkteam.legend')}</FieldsetLegend>
        <FormField className="kring-field">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="lr-vanaf">{t('loketRegels.wijkteam.levensdomeinen')}</FormLabel>
          </div>
          <p id="lr-vanaf-hint" className="utrecht-form-field-description kring-lr-hint">
            {t('loketRegels.wijkteam.levensdomeinenHint')}
          </p>
          <div className="utrecht-form-field__input">
            <Select
              id="lr-vanaf"
              value={String(vanaf)}
              aria-describedby="lr-vanaf-hint"
              onChange={(e: Invoer) => setVanaf(Number(e.currentTarget.value))}
            >
              {[1, 2, 3, 4, 5, 6, 7, 8].map((n) => (
                <SelectOption key={n} value={String(n)}>
                  {t('loketRegels.wijkteam.aantal', { count: n })}
                </SelectOption>
              ))}
            </Select>
          </div>
        </FormField>
        {(
          [
            ['lr-spoed', 'spoed', bijSpoed, setBijSpoed],
            ['lr-zorgen', 'zorgen', bijZorgen, setBijZorgen],
          ] as const
        ).map(([id, sleutel, waarde, zetWaarde]) => (
          <FormField type="checkbox" key={id} className="kring-lr-vinkje">
            <div className="utrecht-form-field__input">
              <Checkbox id={id} checked={waarde} onChange={() => zetWaarde(!waarde)} />
            </div>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor={id} type="checkbox">
                {t(`loketRegels.wijkteam.${sleutel}`)}
              </FormLabel>
            </div>
          </FormField>
        ))}
      </Fieldset>

      <section aria-labelledby="lr-categorieen">
        <Heading2 id="lr-categorieen">{t('loketRegels.categorieen.heading')}</Heading2>
        <Paragraph>{t('loketRegels.categorieen.uitleg')}</Paragraph>
        <ScrollTabel labelledBy="lr-categorieen">
          <Table className="kring-lr-tabel">
            <TableCaption className="kring-visually-hidden">
              {t('loketRegels.categorieen.heading')}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">
                  {t('loketRegels.categorieen.onderwerp')}
                </TableHeaderCell>
                <TableHeaderCell scope="col">
                  {t('loketRegels.categorieen.levensdomein')}
                </TableHeaderCell>
                <TableHeaderCell scope="col" className="kring-lr-vinkcel">
                  {t('loketRegels.categorieen.eenvoudig')}
                </TableHeaderCell>
                <TableHeaderCell scope="col" className="kring-lr-vinkcel">
                  {t('loketRegels.categorieen.vog')}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {HULPCATEGORIEEN.map((c) => {
                const onderwerp = t(`loket.categorie.${c.code}`);
                return (
                  <TableRow key={c.code}>
                    <TableHeaderCell scope="row">{onderwerp}</TableHeaderCell>
                    <TableCell>{t(`loket.levensdomein.${c.levensdomein}`)}</TableCell>
                    <TableCell className="kring-lr-vinkcel">
                      <Checkbox
                        id={`lr-eenvoudig-${c.code}`}
                        aria-label={t('loketRegels.categorieen.eenvoudigVan', { onderwerp })}
                        checked={categorieen[c.code].eenvoudig}
                        onChange={() => zet(c.code, { eenvoudig: !categorieen[c.code].eenvoudig })}
                      />
                    </TableCell>
                    <TableCell className="kring-lr-vinkcel">
                      <Checkbox
                        id={`lr-vog-${c.code}`}
                        aria-label={t('loketRegels.categorieen.vogVan', { onderwerp })}
                        checked={categorieen[c.code].vogVerplicht}
                        onChange={() =>
                          zet(c.code, { vogVerplicht: !categorieen[c.code].vogVerplicht })
                        }
                      />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </ScrollTabel>
      </section>

      <Fieldset className="kring-lr-groep">
        <FieldsetLegend>{t('loketRegels.reactie.legend')}</FieldsetLegend>
        <Paragraph>{t('loketRegels.reactie.uitleg')}</Paragraph>
        {REACTIES.map(({ sleutel }) => (
          <Invoerveld
            key={sleutel}
            id={`lr-reactie-${sleutel}`}
            label={t(`loketRegels.reactie.${sleutel}`)}
            fout={fout(`lr-reactie-${sleutel}`)}
            waarde={reactie[sleutel]}
            onChange={(v) => setReactie((oud) => ({ ...oud, [sleutel]: v }))}
            breedte="kort"
            inputMode="numeric"
          />
        ))}
      </Fieldset>

      <div className="kring-lr-acties">
        <Button
          id="lr-opslaan"
          type="submit"
          appearance="primary-action-button"
          disabled={bewaar.isPending}
        >
          {t('loketRegels.opslaan')}
        </Button>
        {/* Always in the page, so screen readers announce the message when it appears. */}
        <p role="status" className="kring-lr-melding">
          {melding}
        </p>
      </div>
    </form>
  );
}

function Regels() {
  const regels = useLoketregels();
  const organisaties = useOrganisaties();
  if (regels.isPending || organisaties.isPending) return <LoadingStatus loading />;
  if (regels.isError || organisaties.isError) {
    return (
      <ErrorAlert
        onRetry={() => {
          void regels.refetch();
          void organisaties.refetch();
        }}
      />
    );
  }
  return <RegelsFormulier regels={regels.data} organisaties={organisaties.data.organisaties} />;
}

/** `/beheer/loketregels`: where requests go, which categories need a VOG, how soon. */
export function LoketregelsPage() {
  const { t } = useRegelsT();
  useDocumentTitle(t('loketRegels.titel'));
  return (
    <>
      <PageHeading>{t('loketRegels.heading')}</PageHeading>
      <Paragraph lead>{t('loketRegels.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/beheer">{t('loketRegels.terug')}</RouterLink>
      </Paragraph>
      <BeheerMenu />
      <AlleenBeheerder>
        <Regels />
      </AlleenBeheerder>
    </>
  );
}
