import './voordeur/voordeur.css';
import {
  Button,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useGemeente } from '../api/gemeente.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { TextField } from '../components/formulier/TextField.tsx';
import { LoadingStatus } from '../components/LoadingStatus.tsx';
import { LoketContact } from '../components/LoketContact.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { RouterLink } from '../components/RouterLink.tsx';
import { useDocumentTitle } from '../components/useDocumentTitle.ts';
import { useKaartVertaling } from './sociale-kaart/vertaling.ts';
import { bewaarPersoonlijk, leesPersoonlijk } from './sociale-kaart/zoekStaat.ts';

function sessie(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * Hands the search text to the sociale kaart the way its search page reads it: in this
 * tab's sessionStorage, never in the address (the text is often a personal need).
 * The postcode, location and age the resident gave before stay as they were.
 */
function zetZoektekst(tekst: string): void {
  bewaarPersoonlijk(sessie(), { ...leesPersoonlijk(sessie()), tekst: tekst.trim() });
}

/**
 * The resident's questions, each leading to something that works today: asking for help
 * and offering help at the front door (één loket), or the sociale kaart filtered on the
 * default taxonomy terms every gemeente has (migration 0006).
 */
const VRAGEN = [
  { sleutel: 'hulp', naar: '/hulp-vragen' },
  { sleutel: 'helpen', naar: '/hulp-bieden' },
  { sleutel: 'zorgen', naar: '/sociale-kaart?doelgroep=mantelzorgers' },
  { sleutel: 'buurt', naar: '/sociale-kaart?hulpvorm=activiteit' },
] as const;

function Vragen() {
  const { t } = useTranslation();
  return (
    <nav aria-labelledby="vragen" className="kring-vragen">
      <Heading2 id="vragen">{t('voordeur.vragen.heading')}</Heading2>
      <ul className="kring-vragen__lijst">
        {VRAGEN.map(({ sleutel, naar }) => (
          <li key={sleutel} className="kring-vraag">
            <Heading3 className="kring-vraag__kop">
              <RouterLink
                to={naar}
                className="kring-vraag__link"
                // A new question: an old search text would hide what this link is about.
                onClick={() => zetZoektekst('')}
              >
                {t(`voordeur.vragen.${sleutel}.link`)}
              </RouterLink>
            </Heading3>
            <Paragraph className="kring-vraag__tekst">
              {t(`voordeur.vragen.${sleutel}.text`)}
            </Paragraph>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A small search form; the sociale kaart's own page does the searching. */
function Zoekvak() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [tekst, setTekst] = useState('');
  const zoek = (event: FormEvent) => {
    event.preventDefault();
    zetZoektekst(tekst);
    void navigate('/sociale-kaart');
  };
  return (
    <search aria-label={t('voordeur.zoeken.heading')}>
      <form onSubmit={zoek} className="kring-zoekvak">
        <TextField
          id="voordeur-zoektekst"
          label={t('voordeur.zoeken.label')}
          description={t('voordeur.zoeken.hint')}
          value={tekst}
          onChange={setTekst}
          autoComplete="off"
        />
        <Button type="submit" appearance="primary-action-button">
          {t('voordeur.zoeken.knop')}
        </Button>
      </form>
    </search>
  );
}

/**
 * Start page for residents, built around their own questions in plain Dutch (B1, "u").
 * Many people who need help do not use a website alone, so the front door's phone number
 * and walk-in hours are on this page too, one tap to call.
 */
export function InwonerPage() {
  const { t } = useTranslation();
  const kaart = useKaartVertaling().t;
  const gemeente = useGemeente();
  useDocumentTitle(t('voordeur.title'));
  const naam = gemeente.data?.naam ?? t('voordeur.yourGemeente');

  return (
    <>
      <PageHeading>{t('voordeur.heading')}</PageHeading>
      <Paragraph lead>{t('voordeur.intro', { gemeente: naam })}</Paragraph>

      <Vragen />

      <section aria-labelledby="hulp-zoeken-kop" id="hulp-zoeken" className="kring-uitgelicht-vak">
        <Heading2 id="hulp-zoeken-kop">{t('voordeur.hulp.heading')}</Heading2>
        <Paragraph>{t('voordeur.hulp.text')}</Paragraph>
        <Zoekvak />
        <Paragraph>
          <RouterLink to="/sociale-kaart" onClick={() => zetZoektekst('')}>
            {kaart('socialeKaart.startpagina.link')}
          </RouterLink>
        </Paragraph>
      </section>

      <section aria-labelledby="loket">
        <Heading2 id="loket">{t('voordeur.loket.heading')}</Heading2>
        <Paragraph>{t('voordeur.loket.text')}</Paragraph>
        <LoadingStatus loading={gemeente.isPending} />
        {gemeente.isError ? <ErrorAlert onRetry={() => void gemeente.refetch()} /> : null}
        {gemeente.data ? <LoketContact loket={gemeente.data.loket} /> : null}
      </section>

      <section aria-labelledby="mijn-kring">
        <Heading2 id="mijn-kring">{t('voordeur.mijnKring.heading')}</Heading2>
        <Paragraph>{t('voordeur.mijnKring.text')}</Paragraph>
        <Paragraph>
          <RouterLink to="/mijn-kring">{t('voordeur.mijnKring.link')}</RouterLink>
        </Paragraph>
      </section>

      <section aria-labelledby="inloggen">
        <Heading2 id="inloggen">{t('mijnGegevens.startpagina.heading')}</Heading2>
        <Paragraph>{t('mijnGegevens.startpagina.text')}</Paragraph>
        <UnorderedList>
          <UnorderedListItem>
            <RouterLink to="/inloggen">{t('voordeur.inloggen.link')}</RouterLink>
          </UnorderedListItem>
          <UnorderedListItem>
            <RouterLink to="/mijn-gegevens">{t('mijnGegevens.startpagina.link')}</RouterLink>
          </UnorderedListItem>
        </UnorderedList>
      </section>

      <section aria-labelledby="wat">
        <Heading2 id="wat">{t('voordeur.wat.heading')}</Heading2>
        <Paragraph>{t('voordeur.wat.text')}</Paragraph>
        <UnorderedList>
          <UnorderedListItem>{t('voordeur.wat.small')}</UnorderedListItem>
          <UnorderedListItem>{t('voordeur.wat.big')}</UnorderedListItem>
          <UnorderedListItem>{t('voordeur.wat.once')}</UnorderedListItem>
          <UnorderedListItem>{t('voordeur.wat.give')}</UnorderedListItem>
        </UnorderedList>
      </section>
    </>
  );
}
