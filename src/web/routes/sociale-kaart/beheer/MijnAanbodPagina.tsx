import {
  Button,
  ButtonLink,
  Heading2,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingStatus } from '../../../components/LoadingStatus.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { type MijnAanbod, useBevestig, useMijnAanbod } from '../api.ts';
import { useDatum } from '../onderdelen.tsx';
import { useKaartVertaling } from '../vertaling.ts';
import { AlleenVoor, KaartbeheerMenu } from './Kaartbeheer.tsx';

type Regel = MijnAanbod['aanbod'][number];

/** The state of an entry in words: published, a change waiting, returned … */
export function useStatusTekst(): (
  regel: Pick<Regel, 'gepubliceerd' | 'voorstelStatus'>,
) => string {
  const { t } = useKaartVertaling();
  return ({ gepubliceerd, voorstelStatus }) => {
    if (voorstelStatus === 'concept') return t('socialeKaart.beheer.status.concept');
    if (voorstelStatus === 'ingediend') return t('socialeKaart.beheer.status.ingediend');
    if (voorstelStatus === 'teruggestuurd') return t('socialeKaart.beheer.status.teruggestuurd');
    return gepubliceerd
      ? t('socialeKaart.beheer.status.gepubliceerd')
      : t('socialeKaart.beheer.status.nietGepubliceerd');
  };
}

function KloptNog({ regel, onKlaar }: { regel: Regel; onKlaar: (melding: string) => void }) {
  const { t } = useKaartVertaling();
  const bevestig = useBevestig();
  return (
    <>
      <Button
        appearance="secondary-action-button"
        disabled={bevestig.isPending}
        aria-label={t('socialeKaart.beheer.kloptNogVan', { naam: regel.naam })}
        onClick={() =>
          bevestig.mutate(regel.id, {
            onSuccess: () => onKlaar(t('socialeKaart.beheer.bevestigd', { naam: regel.naam })),
          })
        }
      >
        {t('socialeKaart.beheer.kloptNog')}
      </Button>
      {bevestig.isError ? (
        <Paragraph className="kring-sk-fout">{t('socialeKaart.beheer.mislukt')}</Paragraph>
      ) : null}
    </>
  );
}

/** "Nieuw aanbod": a link that looks like a button (it opens a page, it does not act). */
function NieuwAanbodKnop() {
  const { t } = useKaartVertaling();
  const naar = '/werkplek/sociale-kaart/aanbod/nieuw';
  const href = useHref(naar);
  const onClick = useLinkClickHandler<HTMLAnchorElement>(naar);
  return (
    <Paragraph>
      <ButtonLink appearance="primary-action-button" href={href} onClick={onClick}>
        {t('socialeKaart.beheer.nieuw.knop')}
      </ButtonLink>
    </Paragraph>
  );
}

function Lijst() {
  const { t } = useKaartVertaling();
  const lijst = useMijnAanbod();
  const datum = useDatum();
  const statusTekst = useStatusTekst();
  const [melding, setMelding] = useState('');
  return (
    <>
      <p role="status" className="kring-sk-melding">
        {melding}
      </p>
      <Heading2 id="sk-mijn-lijst">{t('socialeKaart.beheer.mijnAanbod.lijst')}</Heading2>
      <LoadingStatus loading={lijst.isPending} />
      {lijst.isError ? <ErrorAlert onRetry={() => void lijst.refetch()} /> : null}
      {lijst.data && lijst.data.aanbod.length === 0 ? (
        <Paragraph>{t('socialeKaart.beheer.mijnAanbod.leeg')}</Paragraph>
      ) : null}
      {lijst.data && lijst.data.aanbod.length > 0 ? (
        <ul className="kring-sk-kaarten" aria-labelledby="sk-mijn-lijst">
          {lijst.data.aanbod.map((regel) => (
            <li key={regel.id}>
              <article className="kring-sk-kaartje" aria-labelledby={`sk-${regel.id}`}>
                <Heading3 id={`sk-${regel.id}`}>{regel.naam}</Heading3>
                <Paragraph>
                  {regel.organisatie.naam}
                  <br />
                  {t('socialeKaart.beheer.kolom.status')}: {statusTekst(regel)}
                  <br />
                  {t('socialeKaart.beheer.kolom.gecontroleerd')}:{' '}
                  {datum(regel.laatstGecontroleerdOp)}
                  {regel.verouderd ? ` (${t('socialeKaart.beheer.verouderd')})` : ''}
                </Paragraph>
                <div className="kring-sk-acties">
                  <RouterLink
                    to={`/werkplek/sociale-kaart/aanbod/${regel.id}/bewerken`}
                    aria-label={t('socialeKaart.beheer.bewerkenVan', { naam: regel.naam })}
                  >
                    {t('socialeKaart.beheer.bewerken')}
                  </RouterLink>
                  <RouterLink
                    to={`/werkplek/sociale-kaart/aanbod/${regel.id}/historie`}
                    aria-label={t('socialeKaart.beheer.historieVan', { naam: regel.naam })}
                  >
                    {t('socialeKaart.beheer.historie')}
                  </RouterLink>
                  {regel.gepubliceerd ? <KloptNog regel={regel} onKlaar={setMelding} /> : null}
                </div>
              </article>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** The organisation admin's entries (the editor sees all): edit, history, "still correct". */
export function MijnAanbodPagina() {
  const { t } = useKaartVertaling();
  useDocumentTitle(t('socialeKaart.beheer.mijnAanbod.titel'));
  return (
    <>
      <PageHeading>{t('socialeKaart.beheer.mijnAanbod.titel')}</PageHeading>
      <Paragraph lead>{t('socialeKaart.beheer.mijnAanbod.intro')}</Paragraph>
      <AlleenVoor rollen={['organisatiebeheerder', 'redacteur']}>
        <KaartbeheerMenu />
        <NieuwAanbodKnop />
        <Lijst />
      </AlleenVoor>
    </>
  );
}
