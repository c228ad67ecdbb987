import {
  Button,
  FormField,
  FormFieldDescription,
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
  invalidFields,
  useNieuweOidcProvider,
  useOidcProviders,
  useZetOidcProviderActief,
} from '../../api/beheer.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import type { Invoer } from '../../components/formulier/invoer.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ScrollTabel } from '../../components/ScrollTabel.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { AlleenBeheerder, BeheerMenu, FormFouten } from './BeheerOnderdelen.tsx';

const woorden = (tekst: string) => tekst.split(/\s+/).filter(Boolean);

const VELDEN = [
  'naam',
  'slug',
  'issuer',
  'clientId',
  'clientSecretEnv',
  'scopes',
  'acrWaarden',
  'acrTweedeFactor',
] as const;
type Veld = (typeof VELDEN)[number];

function NieuweInlogdienst({ onKlaar }: { onKlaar: (tekst: string) => void }) {
  const { t } = useTranslation();
  const maak = useNieuweOidcProvider();
  const [waarden, setWaarden] = useState<Record<Veld, string>>({
    naam: '',
    slug: '',
    issuer: '',
    clientId: '',
    clientSecretEnv: '',
    scopes: 'openid',
    acrWaarden: '',
    acrTweedeFactor: '',
  });
  const [doelgroep, setDoelgroep] = useState<'inwoners' | 'medewerkers'>('inwoners');
  const fout = invalidFields(maak.error);
  const fouten = maak.isError
    ? fout.size > 0
      ? VELDEN.filter((v) => [...fout].some((f) => f.startsWith(`body.${v}`))).map((v) =>
          t('oidcBeheer.fout.veld', { veld: t(`oidcBeheer.velden.${v}`) }),
        )
      : [t('gebruikersbeheer.fout.algemeen')]
    : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    maak.mutate(
      {
        naam: waarden.naam,
        slug: waarden.slug,
        issuer: waarden.issuer,
        clientId: waarden.clientId,
        clientSecretEnv: waarden.clientSecretEnv || null,
        scopes: woorden(waarden.scopes),
        doelgroep,
        acrWaarden: woorden(waarden.acrWaarden),
        acrTweedeFactor: woorden(waarden.acrTweedeFactor),
      },
      { onSuccess: (p) => onKlaar(t('oidcBeheer.status.toegevoegd', { naam: p.naam })) },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormFouten fouten={fouten} />
      {VELDEN.map((veld) => (
        <FormField key={veld}>
          <FormLabel htmlFor={`oidc-${veld}`}>{t(`oidcBeheer.velden.${veld}`)}</FormLabel>
          <FormFieldDescription id={`oidc-${veld}-uitleg`}>
            {t(`oidcBeheer.uitleg.${veld}`)}
          </FormFieldDescription>
          <Textbox
            id={`oidc-${veld}`}
            aria-describedby={`oidc-${veld}-uitleg`}
            value={waarden[veld]}
            autoComplete="off"
            invalid={[...fout].some((f) => f.startsWith(`body.${veld}`))}
            onChange={(e: Invoer) => setWaarden({ ...waarden, [veld]: e.currentTarget.value })}
          />
        </FormField>
      ))}
      <FormField>
        <FormLabel htmlFor="oidc-doelgroep">{t('oidcBeheer.velden.doelgroep')}</FormLabel>
        <Select
          id="oidc-doelgroep"
          value={doelgroep}
          onChange={(e: Invoer) =>
            setDoelgroep(e.currentTarget.value as 'inwoners' | 'medewerkers')
          }
        >
          <SelectOption value="inwoners">{t('oidcBeheer.doelgroep.inwoners')}</SelectOption>
          <SelectOption value="medewerkers">{t('oidcBeheer.doelgroep.medewerkers')}</SelectOption>
        </Select>
      </FormField>
      <Button type="submit" appearance="primary-action-button" disabled={maak.isPending}>
        {t('oidcBeheer.acties.toevoegen')}
      </Button>
    </form>
  );
}

function InlogdienstenBeheer() {
  const { t } = useTranslation();
  const providers = useOidcProviders();
  const zetActief = useZetOidcProviderActief();
  const [melding, setMelding] = useState('');
  return (
    <>
      <Paragraph role="status" className="kring-beheer-melding">
        {melding}
      </Paragraph>
      <section>
        <Heading2 id="diensten">{t('oidcBeheer.lijst')}</Heading2>
        <LoadingStatus loading={providers.isPending} />
        {providers.isError ? <ErrorAlert onRetry={() => void providers.refetch()} /> : null}
        {providers.data && providers.data.providers.length === 0 ? (
          <Paragraph>{t('oidcBeheer.geen')}</Paragraph>
        ) : null}
        {providers.data && providers.data.providers.length > 0 ? (
          <ScrollTabel labelledBy="diensten">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('oidcBeheer.velden.naam')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('oidcBeheer.velden.doelgroep')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('oidcBeheer.velden.issuer')}</TableHeaderCell>
                  <TableHeaderCell scope="col">
                    {t('oidcBeheer.velden.redirectUri')}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">{t('oidcBeheer.velden.geheim')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('oidcBeheer.velden.status')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {providers.data.providers.map((p) => (
                  <TableRow key={p.id}>
                    <TableHeaderCell scope="row">{p.naam}</TableHeaderCell>
                    <TableCell>{t(`oidcBeheer.doelgroep.${p.doelgroep}`)}</TableCell>
                    <TableCell className="kring-breek">{p.issuer}</TableCell>
                    <TableCell className="kring-breek">{p.redirectUri}</TableCell>
                    <TableCell>
                      {p.clientSecretAanwezig
                        ? t('oidcBeheer.geheim.aanwezig', { env: p.clientSecretEnv })
                        : p.clientSecretEnv
                          ? t('oidcBeheer.geheim.ontbreekt', { env: p.clientSecretEnv })
                          : t('oidcBeheer.geheim.geen')}
                    </TableCell>
                    <TableCell>
                      <Button
                        appearance="secondary-action-button"
                        aria-label={
                          p.actief
                            ? t('oidcBeheer.acties.uitzettenVan', { naam: p.naam })
                            : t('oidcBeheer.acties.aanzettenVan', { naam: p.naam })
                        }
                        onClick={() =>
                          zetActief.mutate(
                            { id: p.id, actief: !p.actief },
                            {
                              onSuccess: (na) =>
                                setMelding(
                                  na.actief
                                    ? t('oidcBeheer.status.aangezet', { naam: na.naam })
                                    : t('oidcBeheer.status.uitgezet', { naam: na.naam }),
                                ),
                            },
                          )
                        }
                      >
                        {p.actief
                          ? t('oidcBeheer.acties.uitzetten')
                          : t('oidcBeheer.acties.aanzetten')}
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollTabel>
        ) : null}
      </section>
      <section aria-labelledby="nieuwe-dienst">
        <Heading2 id="nieuwe-dienst">{t('oidcBeheer.toevoegen')}</Heading2>
        <Paragraph>{t('oidcBeheer.toevoegenUitleg')}</Paragraph>
        <NieuweInlogdienst onKlaar={setMelding} />
      </section>
    </>
  );
}

/** The gemeente's OpenID Connect providers (DigiD/eHerkenning brokers, staff IdPs). */
export function InlogdienstenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('oidcBeheer.titel'));
  return (
    <>
      <PageHeading>{t('oidcBeheer.titel')}</PageHeading>
      <Paragraph lead>{t('oidcBeheer.intro')}</Paragraph>
      <BeheerMenu />
      <AlleenBeheerder>
        <InlogdienstenBeheer />
      </AlleenBeheerder>
    </>
  );
}
