import { Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingStatus } from '../../../components/LoadingStatus.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { type Historie, useHistorie } from '../api.ts';
import { useDatumTijd } from '../onderdelen.tsx';
import { useKaartVertaling } from '../vertaling.ts';
import { AlleenVoor, KaartbeheerMenu } from './Kaartbeheer.tsx';

const ACTIES = [
  'aangemaakt',
  'ingediend',
  'ingetrokken',
  'gecontroleerd',
  'gewijzigd',
  'gepubliceerd',
  'teruggestuurd',
  'geimporteerd',
  'bijgewerkt-door-import',
] as const;
type Actie = (typeof ACTIES)[number];

/** The field codes the server writes in the history, with a translated label each. */
const VELDEN = {
  naam: 'naam',
  naamEn: 'naamEn',
  soort: 'soort',
  beschrijving: 'beschrijving',
  beschrijvingEn: 'beschrijvingEn',
  aanmelden: 'aanmelden',
  kosten: 'kosten',
  toegankelijkheid: 'toegankelijkheid',
  talen: 'talen',
  levensdomeinen: 'levensdomeinen',
  hulpvormen: 'hulpvormen',
  doelgroepen: 'doelgroepen',
  trefwoorden: 'trefwoorden',
  leeftijd: 'leeftijd',
  verwijzingNodig: 'verwijzingNodig',
  diagnoseNodig: 'diagnoseNodig',
  'contact.telefoon': 'telefoon',
  'contact.email': 'email',
  'contact.website': 'website',
  locatie: 'locatie',
  roosters: 'roosters',
} as const;

function Regel({ item }: { item: Historie['items'][number] }) {
  const { t } = useKaartVertaling();
  const tijd = useDatumTijd();
  const actie = (ACTIES as readonly string[]).includes(item.actie)
    ? t(`socialeKaart.historie.actie.${item.actie as Actie}`)
    : item.actie;
  return (
    <li className="kring-sk-kaartje">
      <Paragraph>
        <strong>{actie}</strong>
        <br />
        {t('socialeKaart.historie.doorOp', {
          door: item.door ?? t('socialeKaart.historie.systeem'),
          op: tijd(item.op),
        })}
      </Paragraph>
      {item.veld ? (
        <Paragraph className="kring-sk-breek">
          <span className="kring-sk-veld">
            {item.veld in VELDEN
              ? t(`socialeKaart.veld.${VELDEN[item.veld as keyof typeof VELDEN]}`)
              : item.veld}
          </span>
          {': '}
          <del lang="nl">{item.oudeWaarde || t('socialeKaart.beheer.voorstel.leeg')}</del>
          {' → '}
          <ins lang="nl">{item.nieuweWaarde || t('socialeKaart.beheer.voorstel.leeg')}</ins>
        </Paragraph>
      ) : null}
      {item.opmerking ? (
        <Paragraph className="kring-sk-breek" lang="nl">
          {item.opmerking}
        </Paragraph>
      ) : null}
    </li>
  );
}

function Tabel({ id }: { id: string }) {
  const { t } = useKaartVertaling();
  const titel = t('socialeKaart.historie.titel');
  const historie = useHistorie(id);
  return (
    <>
      <LoadingStatus loading={historie.isPending} />
      {historie.isError ? (
        historie.error instanceof ApiError && historie.error.status < 500 ? (
          <Paragraph>{t('socialeKaart.beheer.geenToegang')}</Paragraph>
        ) : (
          <ErrorAlert onRetry={() => void historie.refetch()} />
        )
      ) : null}
      {historie.data ? (
        <ol className="kring-sk-kaarten kring-sk-historie" aria-label={titel}>
          {historie.data.items.map((item) => (
            <Regel key={`${item.op}-${item.actie}-${item.veld ?? ''}`} item={item} />
          ))}
        </ol>
      ) : null}
    </>
  );
}

/** Every change to one entry: who, when, what (like HSDS metadata). */
export function HistoriePagina() {
  const { t } = useKaartVertaling();
  const { id = '' } = useParams();
  useDocumentTitle(t('socialeKaart.historie.titel'));
  return (
    <>
      <PageHeading>{t('socialeKaart.historie.titel')}</PageHeading>
      <Paragraph lead>{t('socialeKaart.historie.intro')}</Paragraph>
      <AlleenVoor rollen={['organisatiebeheerder', 'redacteur']}>
        <KaartbeheerMenu />
        <Tabel id={id} />
      </AlleenVoor>
    </>
  );
}
