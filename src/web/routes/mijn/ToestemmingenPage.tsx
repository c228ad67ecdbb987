import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIEEN, type Categorie } from '../../../shared/toegang-categorieen.ts';
import {
  ongeldigeVelden,
  type Toestemming,
  type ToestemmingenAntwoord,
  useGeefToestemming,
  useMijnToestemmingen,
  useTrekToestemmingIn,
} from '../../api/privacy.ts';
import type { Invoer } from '../../components/formulier/invoer.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { LaadFout, useDatumTijd } from './MijnOnderdelen.tsx';

function ToestemmingKaart({
  toestemming,
  onIngetrokken,
}: {
  toestemming: Toestemming;
  onIngetrokken: (melding: string) => void;
}) {
  const { t } = useTranslation();
  const { datum, tijd } = useDatumTijd();
  const intrekken = useTrekToestemmingIn();
  const categorieen = toestemming.categorieen
    .map((c) => t(`mijnGegevens.categorie.${c}`))
    .join(', ');
  return (
    <article className="kring-privacy-kaart" aria-labelledby={`t-${toestemming.id}`}>
      <Heading3 id={`t-${toestemming.id}`}>{toestemming.organisatie}</Heading3>
      <Paragraph>{t('mijnGegevens.toestemmingen.mag', { categorieen })}</Paragraph>
      <Paragraph className="kring-privacy-breek">
        {t('mijnGegevens.toestemmingen.doel', { doel: toestemming.doel })}
      </Paragraph>
      <Paragraph>
        {toestemming.ingetrokkenOp
          ? t('mijnGegevens.toestemmingen.ingetrokkenOp', { op: tijd(toestemming.ingetrokkenOp) })
          : toestemming.geldigTot
            ? t('mijnGegevens.toestemmingen.geldigTot', { datum: datum(toestemming.geldigTot) })
            : t('mijnGegevens.toestemmingen.geldigTotIntrekken')}
      </Paragraph>
      {toestemming.actief ? (
        <Button
          appearance="secondary-action-button"
          disabled={intrekken.isPending}
          onClick={() =>
            intrekken.mutate(toestemming.id, {
              onSuccess: () =>
                onIngetrokken(
                  t('mijnGegevens.toestemmingen.ingetrokken', {
                    organisatie: toestemming.organisatie,
                  }),
                ),
            })
          }
        >
          {t('mijnGegevens.toestemmingen.intrekken', { organisatie: toestemming.organisatie })}
        </Button>
      ) : null}
      {intrekken.isError ? (
        <Alert type="error">
          <Paragraph>{t('mijnGegevens.toestemmingen.intrekkenMislukt')}</Paragraph>
        </Alert>
      ) : null}
    </article>
  );
}

function GeefToestemming({
  organisaties,
  onGegeven,
}: {
  organisaties: ToestemmingenAntwoord['organisaties'];
  onGegeven: (melding: string) => void;
}) {
  const { t } = useTranslation();
  const geef = useGeefToestemming();
  const [organisatieId, setOrganisatieId] = useState('');
  const [categorieen, setCategorieen] = useState<Categorie[]>([]);
  const [doel, setDoel] = useState('');
  const [geldigTot, setGeldigTot] = useState('');
  const fout = ongeldigeVelden(geef.error);
  const fouten = [
    fout.has('body.organisatieId') ? t('mijnGegevens.toestemmingen.fout.organisatie') : null,
    [...fout].some((f) => f.startsWith('body.categorieen'))
      ? t('mijnGegevens.toestemmingen.fout.categorieen')
      : null,
    fout.has('body.doel') ? t('mijnGegevens.toestemmingen.fout.doel') : null,
    fout.has('body.geldigTot') ? t('mijnGegevens.toestemmingen.fout.geldigTot') : null,
  ].filter((f): f is string => f !== null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const naam = organisaties.find((o) => o.id === organisatieId)?.naam ?? '';
    geef.mutate(
      {
        organisatieId,
        categorieen,
        doel,
        ...(geldigTot ? { geldigTot } : {}),
      },
      {
        onSuccess: () => {
          onGegeven(t('mijnGegevens.toestemmingen.gegeven', { organisatie: naam }));
          setOrganisatieId('');
          setCategorieen([]);
          setDoel('');
          setGeldigTot('');
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="geven">
      {fouten.length > 0 ? (
        <Alert type="error">
          <Paragraph>{t('mijnGegevens.toestemmingen.fout.titel')}</Paragraph>
          <ul>
            {fouten.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </Alert>
      ) : geef.isError ? (
        <Alert type="error">
          <Paragraph>{t('status.error.text')}</Paragraph>
        </Alert>
      ) : null}
      <FormField invalid={fout.has('body.organisatieId')}>
        <FormLabel htmlFor="toestemming-organisatie">
          {t('mijnGegevens.toestemmingen.veld.organisatie')}
        </FormLabel>
        <Select
          id="toestemming-organisatie"
          value={organisatieId}
          invalid={fout.has('body.organisatieId')}
          onChange={(e: Invoer) => setOrganisatieId(e.currentTarget.value)}
        >
          <SelectOption value="">{t('mijnGegevens.toestemmingen.veld.kies')}</SelectOption>
          {organisaties.map((o) => (
            <SelectOption key={o.id} value={o.id}>
              {o.naam}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <Fieldset invalid={[...fout].some((f) => f.startsWith('body.categorieen'))}>
        <FieldsetLegend>{t('mijnGegevens.toestemmingen.veld.categorieen')}</FieldsetLegend>
        {CATEGORIEEN.map((c) => (
          <FormField type="checkbox" key={c}>
            <Checkbox
              id={`categorie-${c}`}
              checked={categorieen.includes(c)}
              onChange={() =>
                setCategorieen((huidig) =>
                  huidig.includes(c) ? huidig.filter((x) => x !== c) : [...huidig, c],
                )
              }
            />
            <FormLabel htmlFor={`categorie-${c}`} type="checkbox">
              {t(`mijnGegevens.categorie.${c}`)}
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>
      <FormField invalid={fout.has('body.doel')}>
        <FormLabel htmlFor="toestemming-doel">
          {t('mijnGegevens.toestemmingen.veld.doel')}
        </FormLabel>
        <FormFieldDescription id="toestemming-doel-uitleg">
          {t('mijnGegevens.toestemmingen.veld.doelUitleg')}
        </FormFieldDescription>
        <Textbox
          id="toestemming-doel"
          aria-describedby="toestemming-doel-uitleg"
          value={doel}
          invalid={fout.has('body.doel')}
          onChange={(e: Invoer) => setDoel(e.currentTarget.value)}
        />
      </FormField>
      <FormField invalid={fout.has('body.geldigTot')}>
        <FormLabel htmlFor="toestemming-tot">{t('mijnGegevens.toestemmingen.veld.tot')}</FormLabel>
        <FormFieldDescription id="toestemming-tot-uitleg">
          {t('mijnGegevens.toestemmingen.veld.totUitleg')}
        </FormFieldDescription>
        <Textbox
          id="toestemming-tot"
          type="date"
          aria-describedby="toestemming-tot-uitleg"
          value={geldigTot}
          invalid={fout.has('body.geldigTot')}
          onChange={(e: Invoer) => setGeldigTot(e.currentTarget.value)}
        />
      </FormField>
      <Button type="submit" appearance="primary-action-button" disabled={geef.isPending}>
        {t('mijnGegevens.toestemmingen.geven')}
      </Button>
    </form>
  );
}

/** Consents: see them, give one, revoke one — revocation works at once. */
export function ToestemmingenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('mijnGegevens.toestemmingen.title'));
  const lijst = useMijnToestemmingen();
  const [melding, setMelding] = useState('');
  const actief = lijst.data?.toestemmingen.filter((x) => x.actief) ?? [];
  const voorbij = lijst.data?.toestemmingen.filter((x) => !x.actief) ?? [];

  return (
    <>
      <PageHeading>{t('mijnGegevens.toestemmingen.heading')}</PageHeading>
      <Paragraph lead>{t('mijnGegevens.toestemmingen.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/mijn-gegevens">{t('mijnGegevens.terug')}</RouterLink>
      </Paragraph>
      <div role="status" className="kring-privacy-melding">
        {melding ? <Paragraph>{melding}</Paragraph> : null}
      </div>
      <LoadingStatus loading={lijst.isPending} />
      {lijst.isError ? <LaadFout error={lijst.error} onRetry={() => void lijst.refetch()} /> : null}
      {lijst.data ? (
        <>
          <section aria-labelledby="actief">
            <Heading2 id="actief">{t('mijnGegevens.toestemmingen.actief')}</Heading2>
            {actief.length === 0 ? (
              <Paragraph>{t('mijnGegevens.toestemmingen.geen')}</Paragraph>
            ) : null}
            {actief.map((x) => (
              <ToestemmingKaart key={x.id} toestemming={x} onIngetrokken={setMelding} />
            ))}
          </section>
          <section aria-labelledby="geven">
            <Heading2 id="geven">{t('mijnGegevens.toestemmingen.geefHeading')}</Heading2>
            <GeefToestemming organisaties={lijst.data.organisaties} onGegeven={setMelding} />
          </section>
          {voorbij.length > 0 ? (
            <section aria-labelledby="voorbij">
              <Heading2 id="voorbij">{t('mijnGegevens.toestemmingen.voorbij')}</Heading2>
              {voorbij.map((x) => (
                <ToestemmingKaart key={x.id} toestemming={x} onIngetrokken={setMelding} />
              ))}
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}
