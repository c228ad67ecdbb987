import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { type Aanbieder, type Aanbod, useAanbieder, useAanbod } from './api.ts';
import { laatsteZoekUrl, useDatum, useEngels, useTaalNaam, useTermNaam } from './onderdelen.tsx';
import { useKaartVertaling } from './vertaling.ts';
import { formatBedrag, routeLink } from './zoekStaat.ts';

function Rij({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

function useLeeftijd(): (a: Aanbod) => string {
  const { t } = useKaartVertaling();
  return ({ minimumLeeftijd: min, maximumLeeftijd: max }) =>
    min !== null && max !== null
      ? t('socialeKaart.detail.leeftijdTussen', { min, max })
      : min !== null
        ? t('socialeKaart.detail.leeftijdVanaf', { min })
        : max !== null
          ? t('socialeKaart.detail.leeftijdTot', { max })
          : t('socialeKaart.detail.leeftijdIedereen');
}

function Contact({ aanbod, aanbieder }: { aanbod: Aanbod; aanbieder: Aanbieder | undefined }) {
  const { t } = useKaartVertaling();
  // The entry's own contact, else the organisation's.
  const telefoon = aanbod.contact.telefoon ?? aanbieder?.telefoon ?? null;
  const email = aanbod.contact.email ?? aanbieder?.email ?? null;
  const website = aanbod.contact.website ?? aanbieder?.website ?? null;
  if (!telefoon && !email && !website) return null;
  return (
    <DataList appearance="rows">
      {telefoon ? (
        <Rij label={t('socialeKaart.detail.telefoon')}>
          <Link href={`tel:${telefoon.replace(/[^0-9+]/g, '')}`}>{telefoon}</Link>
        </Rij>
      ) : null}
      {email ? (
        <Rij label={t('socialeKaart.detail.email')}>
          <Link href={`mailto:${email}`}>{email}</Link>
        </Rij>
      ) : null}
      {website ? (
        <Rij label={t('socialeKaart.detail.website')}>
          <Link href={website} className="kring-sk-breek">
            {website}
          </Link>
        </Rij>
      ) : null}
    </DataList>
  );
}

function Locatie({ aanbod }: { aanbod: Aanbod }) {
  const { t } = useKaartVertaling();
  const nl = useEngels() ? 'nl' : undefined;
  const locatie = aanbod.locatie;
  if (!locatie) return <Paragraph>{t('socialeKaart.detail.geenLocatie')}</Paragraph>;
  if (locatie.vertrouwelijk) {
    // A secret address (a shelter): only how to get in touch, never where it is.
    return (
      <>
        <Paragraph>{t('socialeKaart.detail.geheimAdres')}</Paragraph>
        {locatie.contactroute ? <Paragraph lang={nl}>{locatie.contactroute}</Paragraph> : null}
      </>
    );
  }
  return (
    <>
      <Paragraph>
        {locatie.naam}
        <br />
        {locatie.adres}
        <br />
        {[locatie.postcode, locatie.plaats].filter(Boolean).join(' ')}
      </Paragraph>
      {locatie.routeOmschrijving ? (
        <Paragraph lang={nl}>{locatie.routeOmschrijving}</Paragraph>
      ) : null}
      {locatie.lat !== null && locatie.lon !== null ? (
        <Paragraph>
          <Link href={routeLink(locatie.lat, locatie.lon)} rel="noreferrer">
            {t('socialeKaart.detail.route')}
          </Link>
        </Paragraph>
      ) : null}
    </>
  );
}

function Detail({ aanbod }: { aanbod: Aanbod }) {
  const { t, i18n } = useKaartVertaling();
  const engels = useEngels();
  const termNaam = useTermNaam();
  const datum = useDatum();
  const taalNaam = useTaalNaam();
  const leeftijd = useLeeftijd();
  const aanbieder = useAanbieder(aanbod.organisatie.id);
  // English texts when the organisation wrote them; otherwise the Dutch, marked as Dutch.
  const beschrijvingEn = engels && aanbod.beschrijvingEn;
  const roosters = aanbod.roosters
    .map((r) => (engels ? r.inWoordenEn : r.inWoorden))
    .map((r) => r.charAt(0).toUpperCase() + r.slice(1));
  const kosten =
    aanbod.kosten.soort === 'vast' && aanbod.kosten.bedrag !== null
      ? t('socialeKaart.detail.kostenBedrag', {
          bedrag: formatBedrag(aanbod.kosten.bedrag, i18n.language),
        })
      : t(`socialeKaart.kosten.${aanbod.kosten.soort}`);

  return (
    <>
      <Paragraph lead>
        {t('socialeKaart.detail.door')}{' '}
        <RouterLink to={`/sociale-kaart/organisaties/${aanbod.organisatie.id}`}>
          {aanbod.organisatie.naam}
        </RouterLink>
      </Paragraph>
      {aanbod.verouderd ? (
        <Alert type="warning">
          <Paragraph>{t('socialeKaart.detail.verouderd')}</Paragraph>
        </Alert>
      ) : null}

      <section aria-labelledby="sk-wat">
        <Heading2 id="sk-wat">{t('socialeKaart.detail.wat')}</Heading2>
        {beschrijvingEn ? (
          <Paragraph lang="en">{beschrijvingEn}</Paragraph>
        ) : (
          <Paragraph lang="nl">{aanbod.beschrijving}</Paragraph>
        )}
      </section>

      <section aria-labelledby="sk-wanneer">
        <Heading2 id="sk-wanneer">{t('socialeKaart.detail.wanneer')}</Heading2>
        {roosters.length > 0 ? (
          <UnorderedList>
            {roosters.map((r) => (
              <UnorderedListItem key={r}>{r}</UnorderedListItem>
            ))}
          </UnorderedList>
        ) : (
          <Paragraph>{t('socialeKaart.detail.geenRooster')}</Paragraph>
        )}
      </section>

      <section aria-labelledby="sk-waar">
        <Heading2 id="sk-waar">{t('socialeKaart.detail.waar')}</Heading2>
        <Locatie aanbod={aanbod} />
      </section>

      <section aria-labelledby="sk-goed">
        <Heading2 id="sk-goed">{t('socialeKaart.detail.goedOmTeWeten')}</Heading2>
        <DataList appearance="rows">
          <Rij label={t('socialeKaart.detail.kosten')}>
            {kosten}
            {aanbod.kosten.omschrijving ? (
              <span lang={engels ? 'nl' : undefined}> — {aanbod.kosten.omschrijving}</span>
            ) : null}
          </Rij>
          <Rij label={t('socialeKaart.detail.verwijzing')}>
            {aanbod.verwijzingNodig
              ? t('socialeKaart.detail.verwijzingNodig')
              : t('socialeKaart.detail.verwijzingNietNodig')}
            {aanbod.diagnoseNodig ? ` ${t('socialeKaart.detail.diagnoseNodig')}` : ''}
          </Rij>
          <Rij label={t('socialeKaart.detail.leeftijd')}>{leeftijd(aanbod)}</Rij>
          <Rij label={t('socialeKaart.detail.toegankelijkheid')}>
            {aanbod.toegankelijkheid.length > 0
              ? aanbod.toegankelijkheid
                  .map((c) => t(`socialeKaart.toegankelijkheid.${c}`))
                  .join(', ')
              : t('socialeKaart.detail.onbekend')}
          </Rij>
          <Rij label={t('socialeKaart.detail.talen')}>{aanbod.talen.map(taalNaam).join(', ')}</Rij>
          {aanbod.doelgroepen.length > 0 ? (
            <Rij label={t('socialeKaart.detail.voorWie')}>
              {aanbod.doelgroepen.map((d) => termNaam('doelgroep', d.code, d.naam)).join(', ')}
            </Rij>
          ) : null}
          <Rij label={t('socialeKaart.detail.gecontroleerd')}>
            {datum(aanbod.laatstGecontroleerdOp)}
          </Rij>
        </DataList>
      </section>

      <section aria-labelledby="sk-aanmelden">
        <Heading2 id="sk-aanmelden">{t('socialeKaart.detail.aanmelden')}</Heading2>
        {aanbod.aanmelden ? (
          <Paragraph lang={engels ? 'nl' : undefined}>{aanbod.aanmelden}</Paragraph>
        ) : null}
        <Contact aanbod={aanbod} aanbieder={aanbieder.data} />
      </section>

      <section aria-labelledby="sk-organisatie">
        <Heading2 id="sk-organisatie">{t('socialeKaart.detail.organisatie')}</Heading2>
        <Paragraph>
          <RouterLink to={`/sociale-kaart/organisaties/${aanbod.organisatie.id}`}>
            {aanbod.organisatie.naam}
          </RouterLink>
        </Paragraph>
        {aanbieder.data && aanbieder.data.samenwerkingen.length > 0 ? (
          <>
            <Paragraph>{t('socialeKaart.detail.werktSamenMet')}</Paragraph>
            <UnorderedList>
              {aanbieder.data.samenwerkingen.map((s) => (
                <UnorderedListItem key={`${s.partner.id}-${s.onderwerp}`}>
                  <RouterLink to={`/sociale-kaart/organisaties/${s.partner.id}`}>
                    {s.partner.naam}
                  </RouterLink>{' '}
                  <span lang={engels ? 'nl' : undefined}>({s.onderwerp})</span>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </>
        ) : null}
      </section>
    </>
  );
}

/** One entry of the sociale kaart, for residents: what, when, where, costs, how to join. */
export function AanbodPagina() {
  const { t } = useKaartVertaling();
  const { id = '' } = useParams();
  const aanbod = useAanbod(id);
  const engels = useEngels();
  // The English name when the UI is English and the organisation wrote one; the element says
  // which language it is, so a screen reader pronounces it right.
  const naamEn = engels && aanbod.data?.naamEn ? aanbod.data.naamEn : null;
  const naam = aanbod.data ? (naamEn ?? aanbod.data.naam) : '';
  useDocumentTitle(naam || t('socialeKaart.detail.titel'));
  const nietGevonden = aanbod.error instanceof ApiError && aanbod.error.status < 500;
  return (
    <>
      <Paragraph>
        <RouterLink to={laatsteZoekUrl()}>{t('socialeKaart.detail.terug')}</RouterLink>
      </Paragraph>
      <PageHeading>
        {naam ? <span lang={naamEn ? 'en' : 'nl'}>{naam}</span> : t('socialeKaart.detail.titel')}
      </PageHeading>
      <LoadingStatus loading={aanbod.isPending} />
      {nietGevonden ? (
        <Paragraph>{t('socialeKaart.detail.nietGevonden')}</Paragraph>
      ) : aanbod.isError ? (
        <ErrorAlert onRetry={() => void aanbod.refetch()} />
      ) : null}
      {aanbod.data ? <Detail aanbod={aanbod.data} /> : null}
    </>
  );
}
