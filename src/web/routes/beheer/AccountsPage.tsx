import {
  Button,
  ButtonGroup,
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
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import {
  type BeheerAccount,
  type BeheerRolInvoer,
  invalidFields,
  useAccounts,
  useNieuwAccount,
  useOrganisaties,
  useWijzigRollen,
  useZetActief,
} from '../../api/beheer.ts';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import type { Invoer } from '../../components/formulier/invoer.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ScrollTabel } from '../../components/ScrollTabel.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { AlleenBeheerder, BeheerMenu, FormFouten } from './BeheerOnderdelen.tsx';

const ROLLEN = [
  'professional',
  'huisarts',
  'organisatiebeheerder',
  'redacteur',
  'beleidsmedewerker',
  'functioneel-beheerder',
] as const;
const FUNCTIES = [
  'wijkteam',
  'welzijnscoach',
  'mantelzorgconsulent',
  'casemanager',
  'ervaringsdeskundige',
  'vrijwilligerscoordinator',
] as const;
type Rol = (typeof ROLLEN)[number];

interface RollenKeuze {
  rollen: Set<Rol>;
  functie: string;
  organisatieId: string;
}

function naarInvoer(keuze: RollenKeuze): BeheerRolInvoer[] {
  return ROLLEN.filter((r) => keuze.rollen.has(r)).map((rol) => ({
    rol,
    functie:
      rol === 'professional' && keuze.functie
        ? (keuze.functie as BeheerRolInvoer['functie'])
        : null,
    organisatieId: keuze.organisatieId || null,
  }));
}

/** Messages for the fields the server refused, in the user's language. */
function useFoutTeksten(error: unknown): string[] {
  const { t } = useTranslation();
  if (!error) return [];
  if (error instanceof ApiError && error.status === 409)
    return [t('gebruikersbeheer.fout.conflict')];
  const velden = invalidFields(error);
  if (velden.size === 0) return [t('gebruikersbeheer.fout.algemeen')];
  const teksten = new Set<string>();
  for (const veld of velden) {
    if (veld === 'body.naam') teksten.add(t('gebruikersbeheer.fout.naam'));
    else if (veld === 'body.email') teksten.add(t('gebruikersbeheer.fout.email'));
    else if (veld.endsWith('.functie')) teksten.add(t('gebruikersbeheer.fout.functie'));
    else if (veld.endsWith('.organisatieId')) teksten.add(t('gebruikersbeheer.fout.organisatie'));
    else teksten.add(t('gebruikersbeheer.fout.rollen'));
  }
  return [...teksten];
}

function RollenVelden({
  id,
  keuze,
  onChange,
}: {
  id: string;
  keuze: RollenKeuze;
  onChange: (keuze: RollenKeuze) => void;
}) {
  const { t } = useTranslation();
  const organisaties = useOrganisaties();
  const toggle = (rol: Rol, aan: boolean) => {
    const rollen = new Set(keuze.rollen);
    if (aan) rollen.add(rol);
    else rollen.delete(rol);
    onChange({ ...keuze, rollen });
  };
  return (
    <>
      <Fieldset>
        <FieldsetLegend>{t('gebruikersbeheer.velden.rollen')}</FieldsetLegend>
        {ROLLEN.map((rol) => (
          <FormField key={rol} type="checkbox">
            <Checkbox
              id={`${id}-rol-${rol}`}
              checked={keuze.rollen.has(rol)}
              onChange={(e) => toggle(rol, e.currentTarget.checked)}
            />
            <FormLabel htmlFor={`${id}-rol-${rol}`} type="checkbox">
              {t(`gebruikersbeheer.rol.${rol}`)}
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>
      <FormField>
        <FormLabel htmlFor={`${id}-functie`}>{t('gebruikersbeheer.velden.functie')}</FormLabel>
        <Select
          id={`${id}-functie`}
          value={keuze.functie}
          onChange={(e: Invoer) => onChange({ ...keuze, functie: e.currentTarget.value })}
        >
          <SelectOption value="">{t('gebruikersbeheer.velden.geenFunctie')}</SelectOption>
          {FUNCTIES.map((f) => (
            <SelectOption key={f} value={f}>
              {t(`gebruikersbeheer.functie.${f}`)}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormField>
        <FormLabel htmlFor={`${id}-organisatie`}>
          {t('gebruikersbeheer.velden.organisatie')}
        </FormLabel>
        <Select
          id={`${id}-organisatie`}
          value={keuze.organisatieId}
          onChange={(e: Invoer) => onChange({ ...keuze, organisatieId: e.currentTarget.value })}
        >
          <SelectOption value="">{t('gebruikersbeheer.velden.geenOrganisatie')}</SelectOption>
          {(organisaties.data?.organisaties ?? []).map((o) => (
            <SelectOption key={o.id} value={o.id}>
              {o.naam}
            </SelectOption>
          ))}
        </Select>
      </FormField>
    </>
  );
}

const leeg = (): RollenKeuze => ({ rollen: new Set(), functie: '', organisatieId: '' });

function NieuwAccountForm({ onKlaar }: { onKlaar: (tekst: string) => void }) {
  const { t } = useTranslation();
  const maak = useNieuwAccount();
  const [naam, setNaam] = useState('');
  const [email, setEmail] = useState('');
  const [keuze, setKeuze] = useState<RollenKeuze>(leeg);
  const fouten = useFoutTeksten(maak.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    maak.mutate(
      { naam, email, rollen: naarInvoer(keuze) },
      {
        onSuccess: (account) => {
          onKlaar(t('gebruikersbeheer.status.toegevoegd', { naam: account.naam }));
          setNaam('');
          setEmail('');
          setKeuze(leeg());
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormFouten fouten={fouten} />
      <FormField>
        <FormLabel htmlFor="nieuw-naam">{t('gebruikersbeheer.velden.naam')}</FormLabel>
        <Textbox
          id="nieuw-naam"
          value={naam}
          autoComplete="off"
          onChange={(e: Invoer) => setNaam(e.currentTarget.value)}
        />
      </FormField>
      <FormField>
        <FormLabel htmlFor="nieuw-email">{t('gebruikersbeheer.velden.email')}</FormLabel>
        <Textbox
          id="nieuw-email"
          type="email"
          value={email}
          autoComplete="off"
          onChange={(e: Invoer) => setEmail(e.currentTarget.value)}
        />
      </FormField>
      <RollenVelden id="nieuw" keuze={keuze} onChange={setKeuze} />
      <Button type="submit" appearance="primary-action-button" disabled={maak.isPending}>
        {t('gebruikersbeheer.acties.toevoegen')}
      </Button>
    </form>
  );
}

function RollenWijzigen({
  account,
  onKlaar,
}: {
  account: BeheerAccount;
  onKlaar: (tekst: string) => void;
}) {
  const { t } = useTranslation();
  const wijzig = useWijzigRollen();
  const [keuze, setKeuze] = useState<RollenKeuze>(() => ({
    rollen: new Set(account.rollen.map((r) => r.rol)),
    functie: account.rollen.find((r) => r.functie)?.functie ?? '',
    organisatieId: account.rollen.find((r) => r.organisatieId)?.organisatieId ?? '',
  }));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const fouten = useFoutTeksten(wijzig.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    wijzig.mutate(
      { id: account.id, rollen: naarInvoer(keuze) },
      {
        onSuccess: () =>
          onKlaar(t('gebruikersbeheer.status.rollenGewijzigd', { naam: account.naam })),
      },
    );
  };
  return (
    <section aria-labelledby="rollen-wijzigen">
      <Heading2 id="rollen-wijzigen" ref={heading} tabIndex={-1}>
        {t('gebruikersbeheer.rollenVan', { naam: account.naam })}
      </Heading2>
      <form onSubmit={submit} noValidate>
        <FormFouten fouten={fouten} />
        <RollenVelden id="wijzig" keuze={keuze} onChange={setKeuze} />
        <Button type="submit" appearance="primary-action-button" disabled={wijzig.isPending}>
          {t('gebruikersbeheer.acties.opslaan')}
        </Button>
      </form>
    </section>
  );
}

function rollenTekst(account: BeheerAccount, t: ReturnType<typeof useTranslation>['t']): string {
  return account.rollen
    .map((r) =>
      [
        t(`gebruikersbeheer.rol.${r.rol}`),
        r.functie ? t(`gebruikersbeheer.functie.${r.functie}`) : null,
        r.organisatieNaam,
      ]
        .filter(Boolean)
        .join(', '),
    )
    .join('; ');
}

function AccountsBeheer() {
  const { t } = useTranslation();
  const [zoekterm, setZoekterm] = useState('');
  const [gezocht, setGezocht] = useState('');
  const accounts = useAccounts(gezocht, 1);
  const zetActief = useZetActief();
  const [bewerk, setBewerk] = useState<BeheerAccount | undefined>();
  const [melding, setMelding] = useState('');

  const klaar = (tekst: string) => {
    setMelding(tekst);
    setBewerk(undefined);
  };

  return (
    <>
      <Paragraph role="status" className="kring-beheer-melding">
        {melding}
      </Paragraph>

      <section>
        <Heading2 id="zoeken">{t('gebruikersbeheer.zoeken.kop')}</Heading2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setGezocht(zoekterm.trim());
          }}
        >
          <FormField>
            <FormLabel htmlFor="zoek-naam">{t('gebruikersbeheer.zoeken.label')}</FormLabel>
            <Textbox
              id="zoek-naam"
              value={zoekterm}
              onChange={(e: Invoer) => setZoekterm(e.currentTarget.value)}
            />
          </FormField>
          <Button type="submit" appearance="secondary-action-button">
            {t('gebruikersbeheer.zoeken.knop')}
          </Button>
        </form>
        <LoadingStatus loading={accounts.isPending} />
        {accounts.isError ? <ErrorAlert onRetry={() => void accounts.refetch()} /> : null}
        {accounts.data ? (
          <>
            <Paragraph>{t('gebruikersbeheer.aantal', { count: accounts.data.totaal })}</Paragraph>
            <ScrollTabel labelledBy="zoeken">
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">
                      {t('gebruikersbeheer.velden.naam')}
                    </TableHeaderCell>
                    <TableHeaderCell scope="col">
                      {t('gebruikersbeheer.velden.email')}
                    </TableHeaderCell>
                    <TableHeaderCell scope="col">
                      {t('gebruikersbeheer.velden.rollen')}
                    </TableHeaderCell>
                    <TableHeaderCell scope="col">
                      {t('gebruikersbeheer.velden.status')}
                    </TableHeaderCell>
                    <TableHeaderCell scope="col">
                      {t('gebruikersbeheer.velden.acties')}
                    </TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {accounts.data.accounts.map((a) => (
                    <TableRow key={a.id}>
                      <TableHeaderCell scope="row">{a.naam}</TableHeaderCell>
                      <TableCell>{a.email}</TableCell>
                      <TableCell>{rollenTekst(a, t)}</TableCell>
                      <TableCell>
                        {a.actief
                          ? t('gebruikersbeheer.status.actief')
                          : t('gebruikersbeheer.status.uit')}
                      </TableCell>
                      <TableCell>
                        <ButtonGroup>
                          <Button
                            appearance="secondary-action-button"
                            aria-label={t('gebruikersbeheer.acties.rollenVan', { naam: a.naam })}
                            onClick={() => setBewerk(a)}
                          >
                            {t('gebruikersbeheer.acties.rollen')}
                          </Button>
                          <Button
                            appearance="secondary-action-button"
                            aria-label={
                              a.actief
                                ? t('gebruikersbeheer.acties.uitzettenVan', { naam: a.naam })
                                : t('gebruikersbeheer.acties.aanzettenVan', { naam: a.naam })
                            }
                            onClick={() =>
                              zetActief.mutate(
                                { id: a.id, actief: !a.actief },
                                {
                                  onSuccess: (na) =>
                                    setMelding(
                                      na.actief
                                        ? t('gebruikersbeheer.status.aangezet', { naam: a.naam })
                                        : t('gebruikersbeheer.status.uitgezet', { naam: a.naam }),
                                    ),
                                  onError: () => setMelding(t('gebruikersbeheer.fout.algemeen')),
                                },
                              )
                            }
                          >
                            {a.actief
                              ? t('gebruikersbeheer.acties.uitzetten')
                              : t('gebruikersbeheer.acties.aanzetten')}
                          </Button>
                        </ButtonGroup>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </ScrollTabel>
          </>
        ) : null}
      </section>

      {bewerk ? <RollenWijzigen key={bewerk.id} account={bewerk} onKlaar={klaar} /> : null}

      <section aria-labelledby="toevoegen">
        <Heading2 id="toevoegen">{t('gebruikersbeheer.toevoegen.kop')}</Heading2>
        <Paragraph>{t('gebruikersbeheer.toevoegen.uitleg')}</Paragraph>
        <NieuwAccountForm onKlaar={klaar} />
      </section>
    </>
  );
}

/** The gemeente admin's staff accounts: search, add, change roles, turn off and on. */
export function AccountsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('gebruikersbeheer.accounts.titel'));
  return (
    <>
      <PageHeading>{t('gebruikersbeheer.accounts.titel')}</PageHeading>
      <Paragraph lead>{t('gebruikersbeheer.accounts.intro')}</Paragraph>
      <BeheerMenu />
      <AlleenBeheerder>
        <AccountsBeheer />
      </AlleenBeheerder>
    </>
  );
}
