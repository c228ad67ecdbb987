import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingStatus } from '../../../components/LoadingStatus.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { type ModeratieLijst, useBevestig, useModeratie } from '../api.ts';
import { useDatum, useDatumTijd } from '../onderdelen.tsx';
import { useKaartVertaling } from '../vertaling.ts';
import { AlleenVoor, KaartbeheerMenu } from './Kaartbeheer.tsx';

function Verouderd({
  regel,
  onKlaar,
}: {
  regel: ModeratieLijst['verouderd'][number];
  onKlaar: (melding: string) => void;
}) {
  const { t } = useKaartVertaling();
  const datum = useDatum();
  const bevestig = useBevestig();
  return (
    <li>
      <article className="kring-sk-kaartje" aria-labelledby={`sk-${regel.id}`}>
        <Heading3 id={`sk-${regel.id}`}>{regel.naam}</Heading3>
        <Paragraph>
          {regel.organisatie.naam}
          <br />
          {t('socialeKaart.beheer.kolom.gecontroleerd')}: {datum(regel.laatstGecontroleerdOp)}
          <br />
          {t('socialeKaart.beheer.kolom.herinnerd')}:{' '}
          {regel.herinnerdOp ? datum(regel.herinnerdOp) : t('socialeKaart.beheer.nogNiet')}
        </Paragraph>
        <div className="kring-sk-acties">
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
          <RouterLink
            to={`/werkplek/sociale-kaart/aanbod/${regel.id}/bewerken`}
            aria-label={t('socialeKaart.beheer.bewerkenVan', { naam: regel.naam })}
          >
            {t('socialeKaart.beheer.bewerken')}
          </RouterLink>
        </div>
        {bevestig.isError ? (
          <Paragraph className="kring-sk-fout">{t('socialeKaart.beheer.mislukt')}</Paragraph>
        ) : null}
      </article>
    </li>
  );
}

function Wachtrij() {
  const { t } = useKaartVertaling();
  const lijst = useModeratie();
  const tijd = useDatumTijd();
  const location = useLocation();
  const vorige = (location.state as { melding?: string } | null)?.melding ?? '';
  const [melding, setMelding] = useState(vorige);
  return (
    <>
      <p role="status" className="kring-sk-melding">
        {melding}
      </p>
      <LoadingStatus loading={lijst.isPending} />
      {lijst.isError ? <ErrorAlert onRetry={() => void lijst.refetch()} /> : null}
      {lijst.data ? (
        <>
          <section aria-labelledby="sk-wachtrij">
            <Heading2 id="sk-wachtrij">
              {t('socialeKaart.beheer.moderatie.wachtrij', {
                count: lijst.data.voorstellen.length,
              })}
            </Heading2>
            {lijst.data.voorstellen.length === 0 ? (
              <Paragraph>{t('socialeKaart.beheer.moderatie.leeg')}</Paragraph>
            ) : (
              <ul className="kring-sk-voorstellen">
                {lijst.data.voorstellen.map((v) => (
                  <li key={v.id}>
                    <RouterLink to={`/werkplek/sociale-kaart/moderatie/${v.id}`}>
                      {t('socialeKaart.beheer.moderatie.bekijk', { naam: v.aanbodNaam })}
                    </RouterLink>
                    <Paragraph>
                      {t('socialeKaart.beheer.moderatie.van', {
                        organisatie: v.organisatie.naam,
                        op: v.ingediendOp ? tijd(v.ingediendOp) : '',
                        count: v.verschillen.length,
                      })}
                      {v.nieuwAanbod ? ` ${t('socialeKaart.beheer.moderatie.nieuw')}` : ''}
                    </Paragraph>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="sk-verouderd">
            <Heading2 id="sk-verouderd">
              {t('socialeKaart.beheer.moderatie.verouderd', {
                count: lijst.data.verouderd.length,
              })}
            </Heading2>
            <Paragraph>{t('socialeKaart.beheer.moderatie.verouderdUitleg')}</Paragraph>
            {lijst.data.verouderd.length > 0 ? (
              <ul className="kring-sk-kaarten" aria-labelledby="sk-verouderd">
                {lijst.data.verouderd.map((regel) => (
                  <Verouderd key={regel.id} regel={regel} onKlaar={setMelding} />
                ))}
              </ul>
            ) : null}
          </section>
        </>
      ) : null}
    </>
  );
}

/** The editor's queue: changes to review, and entries nobody has checked for six months. */
export function ModeratiePagina() {
  const { t } = useKaartVertaling();
  useDocumentTitle(t('socialeKaart.beheer.moderatie.titel'));
  return (
    <>
      <PageHeading>{t('socialeKaart.beheer.moderatie.titel')}</PageHeading>
      <Paragraph lead>{t('socialeKaart.beheer.moderatie.intro')}</Paragraph>
      <AlleenVoor rollen={['redacteur']}>
        <KaartbeheerMenu />
        <Wachtrij />
      </AlleenVoor>
    </>
  );
}
