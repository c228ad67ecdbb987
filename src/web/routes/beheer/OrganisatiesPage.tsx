import {
  Button,
  FormField,
  FormLabel,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import {
  type Organisatie,
  useHernoemOrganisatie,
  useNieuweOrganisatie,
  useOrganisaties,
} from '../../api/beheer.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import type { Invoer } from '../../components/formulier/invoer.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ScrollTabel } from '../../components/ScrollTabel.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { AlleenBeheerder, BeheerMenu, FormFouten } from './BeheerOnderdelen.tsx';

const SOORTEN = [
  'gemeente',
  'wijkteam',
  'welzijn',
  'zorg',
  'huisartsenpraktijk',
  'vrijwilligersorganisatie',
  'informeel',
  'overig',
] as const;

function Hernoemen({
  organisatie,
  onKlaar,
}: {
  organisatie: Organisatie;
  onKlaar: (t: string) => void;
}) {
  const { t } = useTranslation();
  const hernoem = useHernoemOrganisatie();
  const [naam, setNaam] = useState(organisatie.naam);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    hernoem.mutate(
      { id: organisatie.id, naam },
      { onSuccess: (o) => onKlaar(t('organisatiebeheer.status.hernoemd', { naam: o.naam })) },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="kring-inline-form">
      <FormFouten fouten={hernoem.isError ? [t('organisatiebeheer.fout.naam')] : []} />
      <FormField>
        <FormLabel htmlFor={`naam-${organisatie.id}`}>
          {t('organisatiebeheer.nieuweNaamVan', { naam: organisatie.naam })}
        </FormLabel>
        <Textbox
          id={`naam-${organisatie.id}`}
          value={naam}
          onChange={(e: Invoer) => setNaam(e.currentTarget.value)}
        />
      </FormField>
      <Button type="submit" appearance="secondary-action-button" disabled={hernoem.isPending}>
        {t('organisatiebeheer.acties.hernoemen')}
      </Button>
    </form>
  );
}

function OrganisatiesBeheer() {
  const { t } = useTranslation();
  const organisaties = useOrganisaties();
  const maak = useNieuweOrganisatie();
  const [naam, setNaam] = useState('');
  const [soort, setSoort] = useState<string>('wijkteam');
  const [bewerk, setBewerk] = useState<string | undefined>();
  const [melding, setMelding] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    maak.mutate(
      { naam, soort },
      {
        onSuccess: (o) => {
          setMelding(t('organisatiebeheer.status.toegevoegd', { naam: o.naam }));
          setNaam('');
        },
      },
    );
  };
  return (
    <>
      <Paragraph role="status" className="kring-beheer-melding">
        {melding}
      </Paragraph>
      <section>
        <Heading2 id="lijst">{t('organisatiebeheer.lijst')}</Heading2>
        <LoadingStatus loading={organisaties.isPending} />
        {organisaties.isError ? <ErrorAlert onRetry={() => void organisaties.refetch()} /> : null}
        {organisaties.data ? (
          <ScrollTabel labelledBy="lijst">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">
                    {t('organisatiebeheer.velden.naam')}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">
                    {t('organisatiebeheer.velden.soort')}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">
                    {t('organisatiebeheer.velden.acties')}
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {organisaties.data.organisaties.map((o) => (
                  <TableRow key={o.id}>
                    <TableHeaderCell scope="row">{o.naam}</TableHeaderCell>
                    <TableCell>{t(`organisatiebeheer.soort.${o.soort}`)}</TableCell>
                    <TableCell>
                      {bewerk === o.id ? (
                        <Hernoemen
                          organisatie={o}
                          onKlaar={(tekst) => {
                            setMelding(tekst);
                            setBewerk(undefined);
                          }}
                        />
                      ) : (
                        <Button
                          appearance="secondary-action-button"
                          aria-label={t('organisatiebeheer.acties.hernoemenVan', { naam: o.naam })}
                          onClick={() => setBewerk(o.id)}
                        >
                          {t('organisatiebeheer.acties.hernoemen')}
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollTabel>
        ) : null}
      </section>
      <section aria-labelledby="nieuw">
        <Heading2 id="nieuw">{t('organisatiebeheer.toevoegen')}</Heading2>
        <form onSubmit={submit} noValidate>
          <FormFouten fouten={maak.isError ? [t('organisatiebeheer.fout.naam')] : []} />
          <FormField>
            <FormLabel htmlFor="org-naam">{t('organisatiebeheer.velden.naam')}</FormLabel>
            <Textbox
              id="org-naam"
              value={naam}
              onChange={(e: Invoer) => setNaam(e.currentTarget.value)}
            />
          </FormField>
          <FormField>
            <FormLabel htmlFor="org-soort">{t('organisatiebeheer.velden.soort')}</FormLabel>
            <Select
              id="org-soort"
              value={soort}
              onChange={(e: Invoer) => setSoort(e.currentTarget.value)}
            >
              {SOORTEN.map((s) => (
                <SelectOption key={s} value={s}>
                  {t(`organisatiebeheer.soort.${s}`)}
                </SelectOption>
              ))}
            </Select>
          </FormField>
          <Button type="submit" appearance="primary-action-button" disabled={maak.isPending}>
            {t('organisatiebeheer.acties.toevoegen')}
          </Button>
        </form>
      </section>
    </>
  );
}

export function OrganisatiesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('organisatiebeheer.titel'));
  return (
    <>
      <PageHeading>{t('organisatiebeheer.titel')}</PageHeading>
      <Paragraph lead>{t('organisatiebeheer.intro')}</Paragraph>
      <BeheerMenu />
      <AlleenBeheerder>
        <OrganisatiesBeheer />
      </AlleenBeheerder>
    </>
  );
}
