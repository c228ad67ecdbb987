import { Alert, Button, DataList, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import {
  useBeoordeelHulpvraag,
  usePakOp,
  useWerkvoorraadItem,
  type WerkvoorraadItem,
} from '../../api/loketWerk.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import { tijdvakkenInWoorden } from '../hulp-bieden/woorden.ts';
import { Tekstvak } from '../hulp-bieden/onderdelen.tsx';
import { ReageerVoor, Signalen } from './HulpvragenPage.tsx';
import { Kandidaten } from './Kandidaten.tsx';
import {
  AlleenProfessional,
  Gegeven,
  LaadFout,
  Statusmelding,
  useDatum,
  useLwT,
} from './onderdelen.tsx';

function Samenvatting({ item }: { item: WerkvoorraadItem }) {
  const { t } = useLwT();
  const { moment } = useDatum();
  return (
    <section aria-labelledby="lw-samenvatting">
      <Heading2 id="lw-samenvatting">{t('loketWerk.hulpvraag.samenvatting')}</Heading2>
      <DataList className="kring-lw-gegevens" appearance="rows">
        <Gegeven label={t('loketWerk.hulpvraag.status')}>
          {t(`loketWerk.status.${item.status}`)}
        </Gegeven>
        <Gegeven label={t('loketWerk.hulpvraag.route')}>
          {t(`loketWerk.route.${item.route}`)}
        </Gegeven>
        <Gegeven label={t('loketWerk.hulpvraag.redenen')}>
          {item.redenen.map((r) => t(`loketWerk.reden.${r}`)).join('\n')}
        </Gegeven>
        <Gegeven label={t('loketWerk.hulpvragen.kolom.levensdomeinen')}>
          {item.levensdomeinen.map((d) => t(`loket.levensdomein.${d}`)).join(', ')}
        </Gegeven>
        <Gegeven label={t('loketWerk.hulpvragen.kolom.signalen')}>
          <Signalen item={item} />
        </Gegeven>
        <Gegeven label={t('loketWerk.hulpvragen.kolom.ingediend')}>
          {moment(item.ingediendOp)}
        </Gegeven>
        <Gegeven label={t('loketWerk.hulpvragen.kolom.reageerVoor')}>
          <ReageerVoor item={item} />
        </Gegeven>
        <Gegeven label={t('loketWerk.hulpvragen.kolom.behandelaar')}>
          {item.behandelaar?.naam ?? t('loketWerk.hulpvragen.niemand')}
        </Gegeven>
      </DataList>
    </section>
  );
}

function Antwoorden({ item }: { item: WerkvoorraadItem }) {
  const { t } = useLwT();
  const a = item.antwoorden;
  const voorkeuren = a.voorkeuren;
  const voorWie =
    a.voorWie === 'naaste' && a.naaste
      ? t('loketWerk.hulpvraag.voorNaaste', {
          naam: a.naaste.naam,
          relatie: a.naaste.relatie || t('loketWerk.hulpvraag.naaste'),
        })
      : a.voorWie === 'mijzelf'
        ? t('loketWerk.hulpvraag.voorZichzelf')
        : '';
  const voorkeurTekst = [
    voorkeuren?.talen.length
      ? t('loketWerk.hulpvraag.voorkeurTalen', {
          talen: voorkeuren.talen.map((x) => t(`loket.taal.${x}`)).join(', '),
        })
      : '',
    voorkeuren && voorkeuren.geslacht !== 'geen' ? t(`loket.geslacht.${voorkeuren.geslacht}`) : '',
    voorkeuren?.zelfdeLeeftijd ? t('loketWerk.hulpvraag.zelfdeLeeftijd') : '',
  ]
    .filter(Boolean)
    .join('\n');
  return (
    <section aria-labelledby="lw-antwoorden">
      <Heading2 id="lw-antwoorden">{t('loketWerk.hulpvraag.antwoorden')}</Heading2>
      <DataList className="kring-lw-gegevens" appearance="rows">
        <Gegeven label={t('loketWerk.hulpvraag.voorWie')}>{voorWie}</Gegeven>
        <Gegeven label={t('loketWerk.hulpvragen.kolom.onderwerpen')}>
          {(a.categorieen ?? []).map((c) => t(`loket.categorie.${c}`)).join('\n')}
        </Gegeven>
        <Gegeven label={t('loketWerk.hulpvraag.omschrijving')}>{a.omschrijving}</Gegeven>
        <Gegeven label={t('loketWerk.hulpvraag.hoeVaak')}>
          {a.hoeVaak ? t(`loket.hoeVaak.${a.hoeVaak}`) : ''}
        </Gegeven>
        <Gegeven label={t('loketWerk.hulpvraag.wanneer')}>
          {tijdvakkenInWoorden(t, a.tijdvakken ?? [])}
        </Gegeven>
        <Gegeven label={t('loketWerk.hulpvraag.postcode')}>{a.postcode}</Gegeven>
        <Gegeven label={t('loketWerk.hulpvraag.urgentie')}>
          {a.urgentie ? t(`loket.urgentie.${a.urgentie}`) : ''}
        </Gegeven>
        <Gegeven label={t('loketWerk.hulpvraag.zorgen')}>
          {a.zorgen === undefined
            ? ''
            : a.zorgen
              ? t('loketWerk.hulpvraag.zorgenJa')
              : t('loketWerk.hulpvraag.zorgenNee')}
        </Gegeven>
        <Gegeven label={t('loketWerk.hulpvraag.voorkeuren')}>{voorkeurTekst}</Gegeven>
      </DataList>
    </section>
  );
}

function Verhaal({ item }: { item: WerkvoorraadItem }) {
  const { t } = useLwT();
  const v = item.verhaal;
  return (
    <section aria-labelledby="lw-verhaal">
      <Heading2 id="lw-verhaal">{t('loketWerk.hulpvraag.verhaal')}</Heading2>
      {v ? (
        <DataList className="kring-lw-gegevens" appearance="rows">
          <Gegeven label={t('loketWerk.hulpvraag.gaatGoed')}>{v.gaatGoed}</Gegeven>
          <Gegeven label={t('loketWerk.hulpvraag.kanBieden')}>
            {[...v.kanBieden.map((c) => t(`loket.categorie.${c}`)), v.kanBiedenToelichting]
              .filter(Boolean)
              .join('\n')}
          </Gegeven>
          <Gegeven label={t('loketWerk.hulpvraag.doetGraag')}>{v.doetGraag}</Gegeven>
        </DataList>
      ) : (
        <Paragraph>{t('loketWerk.hulpvraag.geenVerhaal')}</Paragraph>
      )}
    </section>
  );
}

function Contact({ item }: { item: WerkvoorraadItem }) {
  const { t } = useLwT();
  return (
    <section aria-labelledby="lw-contact">
      <Heading2 id="lw-contact">{t('loketWerk.hulpvraag.contact')}</Heading2>
      <DataList className="kring-lw-gegevens" appearance="rows">
        <Gegeven label={t('loketWerk.hulpvraag.naam')}>{item.naam}</Gegeven>
        <Gegeven label={t('loketWerk.hulpvraag.telefoon')}>{item.contact.telefoonnummer}</Gegeven>
        <Gegeven label={t('loketWerk.hulpvraag.email')}>{item.contact.eMailadres}</Gegeven>
      </DataList>
    </section>
  );
}

/** Once picked up, the wijkteam works on in the person's dossier (issue 6). */
function NaarDossier({ persoonId }: { persoonId: string }) {
  const { t } = useDeelVertaling<'dossier'>();
  return (
    <>
      <Paragraph>{t('dossier.loket.dossierUitleg')}</Paragraph>
      <Paragraph>
        <RouterLink to={`/werkplek/personen/${persoonId}`}>
          {t('dossier.loket.openDossier')}
        </RouterLink>
      </Paragraph>
    </>
  );
}

/** "Ik pak dit op", then for the volunteer route: ready for matching, or close it. */
function Acties({ item, onMelding }: { item: WerkvoorraadItem; onMelding: (m: string) => void }) {
  const { t } = useLwT();
  const pakOp = usePakOp();
  const beoordeel = useBeoordeelHulpvraag();
  const [notitie, setNotitie] = useState('');
  const [fout, setFout] = useState(false);
  const teLang = notitie.trim().length > 1000;
  const open = item.status === 'ingediend' || item.status === 'in-behandeling';

  const besluit = (b: 'naar-matching' | 'afronden') => {
    setFout(false);
    if (teLang) return;
    beoordeel.mutate(
      { id: item.id, besluit: b, notitie: notitie.trim() || undefined },
      {
        onSuccess: () =>
          onMelding(
            t(
              b === 'naar-matching'
                ? 'loketWerk.hulpvraag.naarMatching'
                : 'loketWerk.hulpvraag.afgerond',
            ),
          ),
        onError: () => setFout(true),
      },
    );
  };

  return (
    <>
      {open && !item.behandelaar ? (
        <section aria-labelledby="lw-oppakken">
          <Heading2 id="lw-oppakken">{t('loketWerk.hulpvraag.oppakkenHeading')}</Heading2>
          <Paragraph>{t('loketWerk.hulpvraag.oppakkenUitleg')}</Paragraph>
          <Button
            appearance="primary-action-button"
            disabled={pakOp.isPending}
            onClick={() =>
              pakOp.mutate(item.id, {
                onSuccess: () => onMelding(t('loketWerk.hulpvraag.opgepakt')),
              })
            }
          >
            {t('loketWerk.hulpvraag.oppakken')}
          </Button>
          {pakOp.isError ? (
            <Alert type="error">
              <Paragraph>{t('loketWerk.algemeen.mislukt')}</Paragraph>
            </Alert>
          ) : null}
        </section>
      ) : null}

      {item.route === 'vrijwilligers' && open && item.behandelaar ? (
        <section aria-labelledby="lw-beoordeling">
          <Heading2 id="lw-beoordeling">{t('loketWerk.hulpvraag.beoordelingHeading')}</Heading2>
          <Paragraph>{t('loketWerk.hulpvraag.beoordelingUitleg')}</Paragraph>
          {fout ? (
            <Alert type="error">
              <Paragraph>{t('loketWerk.algemeen.mislukt')}</Paragraph>
            </Alert>
          ) : null}
          <Tekstvak
            id="lw-notitie"
            label={t('loketWerk.hulpvraag.notitie')}
            hint={t('loketWerk.hulpvraag.notitieHint')}
            fout={teLang ? t('loketWerk.hulpvraag.notitieTeLang') : undefined}
            waarde={notitie}
            onChange={setNotitie}
            rijen={3}
          />
          <div className="kring-lw-acties">
            <Button
              appearance="primary-action-button"
              disabled={beoordeel.isPending}
              onClick={() => besluit('naar-matching')}
            >
              {t('loketWerk.hulpvraag.klaarVoorKoppelen')}
            </Button>
            <Button
              appearance="secondary-action-button"
              disabled={beoordeel.isPending}
              onClick={() => besluit('afronden')}
            >
              {t('loketWerk.hulpvraag.afronden')}
            </Button>
          </div>
        </section>
      ) : null}

      {item.route === 'wijkteam' && item.status !== 'afgerond' && item.status !== 'ingetrokken' ? (
        <section aria-labelledby="lw-volgende">
          <Heading2 id="lw-volgende">{t('loketWerk.hulpvraag.volgendeStap')}</Heading2>
          <Paragraph>{t('loketWerk.hulpvraag.keukentafel')}</Paragraph>
          {item.behandelaar ? <NaarDossier persoonId={item.persoonId} /> : null}
        </section>
      ) : null}
    </>
  );
}

function Detail({ id }: { id: string }) {
  const { t } = useLwT();
  const lijst = useWerkvoorraadItem(id);
  const [melding, setMelding] = useState('');
  const item = lijst.item;
  useDocumentTitle(
    item ? t('loketWerk.hulpvraag.titel', { naam: item.naam }) : t('loketWerk.hulpvragen.titel'),
  );
  return (
    <>
      <PageHeading>
        {item
          ? t('loketWerk.hulpvraag.titel', { naam: item.naam })
          : t('loketWerk.hulpvraag.heading')}
      </PageHeading>
      <Paragraph>
        <RouterLink to="/werkplek/loket">{t('loketWerk.hulpvraag.terug')}</RouterLink>
      </Paragraph>
      <LoadingStatus loading={lijst.isPending} />
      <Statusmelding tekst={melding} />
      {lijst.isError ? <LaadFout error={lijst.error} onRetry={() => void lijst.refetch()} /> : null}
      {lijst.data && !item ? (
        <Alert type="warning">
          <Paragraph>{t('loketWerk.hulpvraag.nietGevonden')}</Paragraph>
        </Alert>
      ) : null}
      {item ? (
        <>
          <Samenvatting item={item} />
          <Acties item={item} onMelding={setMelding} />
          {item.route === 'vrijwilligers' && item.status === 'in-matching' ? (
            <Kandidaten item={item} onMelding={setMelding} />
          ) : null}
          <Antwoorden item={item} />
          <Verhaal item={item} />
          <Contact item={item} />
        </>
      ) : null}
    </>
  );
}

/** `/werkplek/loket/hulpvragen/:id`: one request with its answers, story and next step. */
export function HulpvraagPage() {
  const { id = '' } = useParams();
  const { t } = useLwT();
  return (
    <AlleenProfessional kop={<PageHeading>{t('loketWerk.hulpvraag.heading')}</PageHeading>}>
      <Detail id={id} />
    </AlleenProfessional>
  );
}
