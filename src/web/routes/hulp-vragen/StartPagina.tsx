import {
  Button,
  ButtonGroup,
  Heading2,
  OrderedList,
  OrderedListItem,
  Paragraph,
} from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useGemeente } from '../../api/gemeente.ts';
import { KnopLink } from '../../components/formulier/KnopLink.tsx';
import { LoketContact } from '../../components/LoketContact.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import { LEEG } from './concept.ts';
import { useHulpVragen } from './HulpVragenPagina.tsx';
import { laadVragen } from './laden.ts';
import { leesBewaard } from './opslag.ts';
import { eersteOpenStap } from './stappen.ts';

/**
 * The start of "Hulp vragen": what it is, how long it takes, that an account is needed only
 * at the end, and that calling or visiting the front door is just as good. A resident who
 * started before continues where they were, or begins again.
 */
export function StartPagina() {
  const { t } = useDeelVertaling<'hulpVragen' | 'loket'>();
  useDocumentTitle(t('hulpVragen.start.title'));
  const staat = useHulpVragen();
  const navigate = useNavigate();
  const gemeente = useGemeente();
  // Answers of this tab (without an account) or a concept on the server.
  const bewaard = leesBewaard().invul;
  const begonnen =
    staat.conceptId !== null || (!!bewaard && JSON.stringify(bewaard) !== JSON.stringify(LEEG));
  // The questions are the likely next page: fetch their code now, not on the click.
  useEffect(() => {
    void laadVragen();
  }, []);
  const nieuw = () => {
    staat.begin(null);
    void navigate('/hulp-vragen/voor-wie');
  };

  return (
    <>
      <PageHeading>{t('hulpVragen.start.heading')}</PageHeading>
      <Paragraph lead>{t('hulpVragen.start.intro')}</Paragraph>

      <Heading2>{t('hulpVragen.start.zoWerktHet')}</Heading2>
      <OrderedList>
        <OrderedListItem>{t('hulpVragen.start.stap1')}</OrderedListItem>
        <OrderedListItem>{t('hulpVragen.start.stap2')}</OrderedListItem>
        <OrderedListItem>
          {staat.ingelogd ? t('hulpVragen.start.stap3Ingelogd') : t('hulpVragen.start.stap3')}
        </OrderedListItem>
      </OrderedList>
      <Paragraph>
        {staat.ingelogd ? t('hulpVragen.bewaren.ingelogd') : t('hulpVragen.bewaren.anoniem')}
      </Paragraph>

      {begonnen ? (
        <section aria-labelledby="hv-verder" className="kring-hv-verder">
          <Heading2 id="hv-verder">{t('hulpVragen.start.begonnen')}</Heading2>
          <Paragraph>{t('hulpVragen.start.begonnenTekst')}</Paragraph>
          <ButtonGroup>
            <KnopLink to={`/hulp-vragen/${eersteOpenStap(staat.invul)}`}>
              {t('hulpVragen.start.verder')}
            </KnopLink>
            <Button appearance="secondary-action-button" onClick={nieuw}>
              {t('hulpVragen.start.opnieuw')}
            </Button>
          </ButtonGroup>
        </section>
      ) : (
        <KnopLink to="/hulp-vragen/voor-wie">{t('hulpVragen.start.beginnen')}</KnopLink>
      )}

      {staat.ingelogd ? (
        <Paragraph>
          {t('hulpVragen.start.andere')}{' '}
          <RouterLink to="/mijn-kring#vragen">{t('hulpVragen.start.naarMijnKring')}</RouterLink>
        </Paragraph>
      ) : null}

      <section aria-labelledby="hv-bellen">
        <Heading2 id="hv-bellen">{t('hulpVragen.start.bellen')}</Heading2>
        <Paragraph>{t('hulpVragen.start.bellenTekst')}</Paragraph>
        {gemeente.data ? <LoketContact loket={gemeente.data.loket} /> : null}
      </section>
    </>
  );
}
