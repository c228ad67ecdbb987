import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Link,
  Paragraph,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  type MijnKoppeling,
  startGesprek,
  useKoppelingAntwoord,
  useMijnKoppelingen,
} from '../../api/mijnKring.ts';
import { telHref } from '../../components/LoketContact.tsx';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import {
  DeelSkeleton,
  Foutoverzicht,
  Groep,
  Keuzes,
  type Melding,
  TekstVak,
} from '../hulp-vragen/formulier.tsx';
import { tijdvakkenInWoorden } from '../hulp-vragen/WatGebeurtEr.tsx';
import { KoppelingVervolg } from './KoppelingVervolg.tsx';
import { Kaart, Laadfout } from './onderdelen.tsx';

type Melden = (tekst: string) => void;

/** Yes or no to a proposal; a no asks why, so the coordinator can find someone who fits. */
function Antwoord({ k, onMelding }: { k: MijnKoppeling; onMelding: Melden }) {
  const { t } = useDeelVertaling<'mijnKring'>();
  const antwoord = useKoppelingAntwoord();
  const [keuze, setKeuze] = useState<'ja' | 'nee' | undefined>(undefined);
  const [reden, setReden] = useState('');
  const [meldingen, setMeldingen] = useState<Melding[]>([]);
  const [poging, setPoging] = useState(0);
  const id = `antwoord-${k.id}`;
  const fout = (veld: string) => meldingen.find((m) => m.veld === veld)?.tekst;

  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    setPoging((n) => n + 1);
    const fouten: Melding[] = [];
    if (!keuze) fouten.push({ veld: id, tekst: t('mijnKring.voorstel.fout.keuze') });
    if (keuze === 'nee' && !reden.trim()) {
      fouten.push({ veld: `${id}-reden`, tekst: t('mijnKring.voorstel.fout.reden') });
    }
    if ([...reden.trim()].length > 1000) {
      fouten.push({ veld: `${id}-reden`, tekst: t('mijnKring.voorstel.fout.redenLang') });
    }
    setMeldingen(fouten);
    if (fouten.length > 0) return;
    antwoord.mutate(
      { id: k.id, akkoord: keuze === 'ja', ...(keuze === 'nee' ? { reden: reden.trim() } : {}) },
      {
        onSuccess: () =>
          onMelding(
            keuze === 'ja' ? t('mijnKring.voorstel.jaGezegd') : t('mijnKring.voorstel.neeGezegd'),
          ),
        onError: () => setMeldingen([{ veld: id, tekst: t('mijnKring.mislukt') }]),
      },
    );
  };

  return (
    <form noValidate onSubmit={verstuur} className="kring-hv-form">
      <Foutoverzicht meldingen={meldingen} poging={poging} id={`${id}-fouten`} />
      <Groep id={id} legenda={t('mijnKring.voorstel.vraag')} fout={fout(id)}>
        <Keuzes
          id={id}
          waarde={keuze}
          onChange={setKeuze}
          fout={fout(id)}
          opties={[
            { waarde: 'ja', label: t('mijnKring.voorstel.ja') },
            { waarde: 'nee', label: t('mijnKring.voorstel.nee') },
          ]}
        />
      </Groep>
      {keuze === 'nee' ? (
        <TekstVak
          id={`${id}-reden`}
          label={t('mijnKring.voorstel.reden')}
          hint={t('mijnKring.voorstel.redenHint')}
          waarde={reden}
          onChange={setReden}
          fout={fout(`${id}-reden`)}
          rijen={3}
        />
      ) : null}
      <Button
        type="submit"
        appearance="primary-action-button"
        busy={antwoord.isPending}
        disabled={antwoord.isPending}
      >
        {t('mijnKring.voorstel.versturen')}
      </Button>
    </form>
  );
}

/** Both said yes: the other side's name, phone and e-mail, and a thread to write in. */
function Contact({ k }: { k: MijnKoppeling }) {
  const { t } = useDeelVertaling<'mijnKring'>();
  const navigate = useNavigate();
  const [mislukt, setMislukt] = useState(false);
  const contact = k.contact;
  if (!contact) return null;
  return (
    <div className="kring-mk-contact">
      <h4 className="utrecht-heading-4">{t('mijnKring.voorstel.contactKop')}</h4>
      <Paragraph>{t('mijnKring.voorstel.contactTekst', { naam: contact.naam })}</Paragraph>
      <DataList appearance="rows">
        <DataListItem>
          <DataListKey>{t('mijnKring.voorstel.naam')}</DataListKey>
          <DataListValue>{contact.naam}</DataListValue>
        </DataListItem>
        {contact.telefoonnummer ? (
          <DataListItem>
            <DataListKey>{t('mijnKring.voorstel.telefoon')}</DataListKey>
            <DataListValue>
              <Link href={telHref(contact.telefoonnummer)}>{contact.telefoonnummer}</Link>
            </DataListValue>
          </DataListItem>
        ) : null}
        {contact.eMailadres ? (
          <DataListItem>
            <DataListKey>{t('mijnKring.voorstel.email')}</DataListKey>
            <DataListValue>
              <Link href={`mailto:${contact.eMailadres}`}>{contact.eMailadres}</Link>
            </DataListValue>
          </DataListItem>
        ) : null}
      </DataList>
      <Button
        appearance="secondary-action-button"
        onClick={() => {
          setMislukt(false);
          startGesprek({ koppelingId: k.id })
            .then((g) => navigate(`/mijn-kring/berichten/${g.id}`))
            .catch(() => setMislukt(true));
        }}
      >
        {t('mijnKring.voorstel.bericht', { naam: contact.naam })}
      </Button>
      {mislukt ? (
        <Alert type="error">
          <Paragraph>{t('mijnKring.mislukt')}</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}

function Voorstel({ k, onMelding }: { k: MijnKoppeling; onMelding: Melden }) {
  const { t, i18n } = useDeelVertaling<'mijnKring' | 'loket'>();
  const onderwerp = k.hulpvraag.categorieen.map((c) => t(`loket.categorie.${c}`)).join(', ');
  const ikHelp = k.mijnKant === 'vrijwilliger';
  const voornaam = k.andereKant.voornaam;
  const wanneer = tijdvakkenInWoorden(k.hulpvraag.tijdvakken, t, i18n.language);
  const wacht =
    k.wachtOp === k.mijnKant || k.contact
      ? null
      : k.status === 'afgewezen'
        ? t('mijnKring.voorstel.afgewezen')
        : k.wachtOp === 'niemand'
          ? null
          : t(`mijnKring.voorstel.wachtOp.${k.wachtOp}`);
  return (
    <Kaart
      id={`voorstel-${k.id}`}
      kop={
        ikHelp
          ? t('mijnKring.voorstel.kopHelpen', { onderwerp })
          : t('mijnKring.voorstel.kop', { onderwerp })
      }
    >
      <Paragraph>
        {t('mijnKring.vragen.status')} <strong>{t(`loket.koppelingStatus.${k.status}`)}</strong>
      </Paragraph>
      <Paragraph>
        {ikHelp
          ? t('mijnKring.voorstel.inwonerZoekt', {
              naam: voornaam ?? t('mijnKring.voorstel.eenInwoner'),
              plaats: k.hulpvraag.plaats,
            })
          : voornaam
            ? t('mijnKring.voorstel.wilHelpen', { naam: voornaam })
            : t('mijnKring.voorstel.iemandWilHelpen')}
      </Paragraph>
      <DataList appearance="rows">
        <DataListItem>
          <DataListKey>{t('mijnKring.voorstel.waarmee')}</DataListKey>
          <DataListValue>{onderwerp}</DataListValue>
        </DataListItem>
        {k.hulpvraag.hoeVaak ? (
          <DataListItem>
            <DataListKey>{t('mijnKring.voorstel.hoeVaak')}</DataListKey>
            <DataListValue>{t(`loket.hoeVaak.${k.hulpvraag.hoeVaak}`)}</DataListValue>
          </DataListItem>
        ) : null}
        {wanneer ? (
          <DataListItem>
            <DataListKey>{t('mijnKring.voorstel.wanneer')}</DataListKey>
            <DataListValue>{wanneer}</DataListValue>
          </DataListItem>
        ) : null}
        {k.afstandKm !== null ? (
          <DataListItem>
            <DataListKey>{t('mijnKring.voorstel.afstand')}</DataListKey>
            <DataListValue>
              {t('mijnKring.voorstel.km', {
                km: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(
                  k.afstandKm,
                ),
              })}
            </DataListValue>
          </DataListItem>
        ) : null}
        <DataListItem>
          <DataListKey>{t('mijnKring.voorstel.waarom')}</DataListKey>
          <DataListValue multiline>
            <span lang="nl">{k.toelichting}</span>
          </DataListValue>
        </DataListItem>
      </DataList>
      {k.contact ? <Contact k={k} /> : null}
      {!k.contact && k.wachtOp === k.mijnKant ? <Antwoord k={k} onMelding={onMelding} /> : null}
      {k.mogelijk.includes('beeindigen') || k.evaluatie || k.eindeReden ? (
        <KoppelingVervolg k={k} onMelding={onMelding} />
      ) : null}
      {wacht ? <Paragraph>{wacht}</Paragraph> : null}
    </Kaart>
  );
}

/** Proposals for a match, as the one who asked and as the volunteer. */
export function MijnVoorstellen({ onMelding }: { onMelding: Melden }) {
  const { t } = useDeelVertaling<'mijnKring'>();
  const lijst = useMijnKoppelingen();
  return (
    <section aria-labelledby="mk-voorstellen" id="voorstellen">
      <Heading2 id="mk-voorstellen">{t('mijnKring.voorstel.heading')}</Heading2>
      <Paragraph>{t('mijnKring.voorstel.intro')}</Paragraph>
      {lijst.isPending ? <DeelSkeleton /> : null}
      {lijst.isError ? <Laadfout error={lijst.error} onRetry={() => void lijst.refetch()} /> : null}
      {lijst.data?.koppelingen.length === 0 ? (
        <Paragraph>{t('mijnKring.voorstel.geen')}</Paragraph>
      ) : null}
      {lijst.data?.koppelingen.map((k) => (
        <Voorstel key={k.id} k={k} onMelding={onMelding} />
      ))}
    </section>
  );
}
