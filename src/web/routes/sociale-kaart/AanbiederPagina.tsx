import {
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
import { useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { type Aanbieder, useAanbieder } from './api.ts';
import { laatsteZoekUrl, useEngels } from './onderdelen.tsx';
import { useKaartVertaling } from './vertaling.ts';

function Details({ aanbieder }: { aanbieder: Aanbieder }) {
  const { t } = useKaartVertaling();
  const nl = useEngels() ? 'nl' : undefined;
  return (
    <>
      {aanbieder.beschrijving ? (
        <Paragraph lead lang={nl}>
          {aanbieder.beschrijving}
        </Paragraph>
      ) : null}

      <section aria-labelledby="sk-org-aanbod">
        <Heading2 id="sk-org-aanbod">{t('socialeKaart.organisatie.aanbod')}</Heading2>
        {aanbieder.aanbod.length > 0 ? (
          <UnorderedList>
            {aanbieder.aanbod.map((a) => (
              <UnorderedListItem key={a.id}>
                <RouterLink to={`/sociale-kaart/aanbod/${a.id}`}>{a.naam}</RouterLink>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        ) : (
          <Paragraph>{t('socialeKaart.organisatie.geenAanbod')}</Paragraph>
        )}
      </section>

      <section aria-labelledby="sk-org-samen">
        <Heading2 id="sk-org-samen">{t('socialeKaart.organisatie.samenwerking')}</Heading2>
        {aanbieder.samenwerkingen.length > 0 ? (
          <UnorderedList>
            {aanbieder.samenwerkingen.map((s) => (
              <UnorderedListItem key={`${s.partner.id}-${s.onderwerp}`}>
                <RouterLink to={`/sociale-kaart/organisaties/${s.partner.id}`}>
                  {s.partner.naam}
                </RouterLink>
                : <span lang={nl}>{s.onderwerp}</span>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        ) : (
          <Paragraph>{t('socialeKaart.organisatie.geenSamenwerking')}</Paragraph>
        )}
      </section>

      {aanbieder.telefoon || aanbieder.email || aanbieder.website ? (
        <section aria-labelledby="sk-org-contact">
          <Heading2 id="sk-org-contact">{t('socialeKaart.organisatie.contact')}</Heading2>
          <DataList appearance="rows">
            {aanbieder.telefoon ? (
              <DataListItem>
                <DataListKey>{t('socialeKaart.detail.telefoon')}</DataListKey>
                <DataListValue>
                  <Link href={`tel:${aanbieder.telefoon.replace(/[^0-9+]/g, '')}`}>
                    {aanbieder.telefoon}
                  </Link>
                </DataListValue>
              </DataListItem>
            ) : null}
            {aanbieder.email ? (
              <DataListItem>
                <DataListKey>{t('socialeKaart.detail.email')}</DataListKey>
                <DataListValue>
                  <Link href={`mailto:${aanbieder.email}`}>{aanbieder.email}</Link>
                </DataListValue>
              </DataListItem>
            ) : null}
            {aanbieder.website ? (
              <DataListItem>
                <DataListKey>{t('socialeKaart.detail.website')}</DataListKey>
                <DataListValue>
                  <Link href={aanbieder.website} className="kring-sk-breek">
                    {aanbieder.website}
                  </Link>
                </DataListValue>
              </DataListItem>
            ) : null}
          </DataList>
        </section>
      ) : null}
    </>
  );
}

/** An organisation on the sociale kaart: what it offers and who it works with. */
export function AanbiederPagina() {
  const { t } = useKaartVertaling();
  const { id = '' } = useParams();
  const aanbieder = useAanbieder(id);
  const naam = aanbieder.data?.naam ?? t('socialeKaart.organisatie.titel');
  useDocumentTitle(naam);
  const nietGevonden = aanbieder.error instanceof ApiError && aanbieder.error.status < 500;
  return (
    <>
      <Paragraph>
        <RouterLink to={laatsteZoekUrl()}>{t('socialeKaart.detail.terug')}</RouterLink>
      </Paragraph>
      <PageHeading>{naam}</PageHeading>
      <LoadingStatus loading={aanbieder.isPending} />
      {nietGevonden ? (
        <Paragraph>{t('socialeKaart.organisatie.nietGevonden')}</Paragraph>
      ) : aanbieder.isError ? (
        <ErrorAlert onRetry={() => void aanbieder.refetch()} />
      ) : null}
      {aanbieder.data ? <Details aanbieder={aanbieder.data} /> : null}
    </>
  );
}
