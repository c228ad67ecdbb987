import {
  Heading2,
  Paragraph,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { RELATIES, type Relatie } from '../../../shared/mantelzorg.ts';
import {
  type MantelzorgerRegel,
  useMantelzorgers,
  useRegistreerMantelzorger,
} from '../../api/mantelzorg-consulent.ts';
import type { FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { KeuzeGroep, Tekstvak } from '../../components/formulier/KeuzeGroep.tsx';
import { TextField } from '../../components/formulier/TextField.tsx';
import { useFormulier } from '../../components/formulier/useFormulier.ts';
import { DatumInvoer, Keuzelijst, teLang } from '../dossier/onderdelen.tsx';
import { useDatum } from '../loket-werk/onderdelen.tsx';
import {
  CoachFormulier,
  fouten,
  isDatum,
  mislukt,
  vandaag,
} from '../welzijnsrecept/CoachOnderdelen.tsx';
import {
  alsJaNee,
  geheelGetal,
  LijstDeel,
  MantelzorgPagina,
  serverFouten,
  useJaNee,
  useMzcT,
} from './ConsulentOnderdelen.tsx';

const KOLOMMEN = ['naam', 'zorgtVoor', 'relatie', 'uren', 'sinds', 'jong', 'door'] as const;

function Rij({ m }: { m: MantelzorgerRegel }) {
  const { t } = useMzcT();
  const { dag } = useDatum();
  return (
    <TableRow>
      <TableHeaderCell scope="row">{m.naam}</TableHeaderCell>
      <TableCell>{m.relatie.zorgvrager.naam}</TableCell>
      <TableCell>{t(`mantelzorgConsulent.relatie.${m.relatie.relatie}`)}</TableCell>
      <TableCell>{m.relatie.urenPerWeek}</TableCell>
      <TableCell>{dag(m.relatie.sinds)}</TableCell>
      <TableCell>
        {m.jongeMantelzorger === null
          ? t('mantelzorgConsulent.algemeen.onbekend')
          : m.jongeMantelzorger
            ? t('mantelzorgConsulent.start.lijst.jong')
            : t('mantelzorgConsulent.start.lijst.nietJong')}
      </TableCell>
      <TableCell>
        {t(`mantelzorgConsulent.start.lijst.door.${m.relatie.geregistreerdDoor}`)}
      </TableCell>
    </TableRow>
  );
}

function Lijst() {
  const { t } = useMzcT();
  const lijst = useMantelzorgers();
  const rijen = lijst.data?.mantelzorgers ?? [];
  return (
    <LijstDeel
      id="mzc-lijst"
      kop={t('mantelzorgConsulent.start.lijst.heading')}
      lijst={lijst}
      aantal={
        lijst.data && {
          n: rijen.length,
          tekst:
            rijen.length === 0
              ? t('mantelzorgConsulent.start.lijst.leeg')
              : t('mantelzorgConsulent.start.lijst.aantal', { count: rijen.length }),
        }
      }
      kolommen={KOLOMMEN.map((k) => t(`mantelzorgConsulent.start.lijst.kolom.${k}`))}
    >
      {rijen.map((m) => (
        <Rij key={m.relatie.id} m={m} />
      ))}
    </LijstDeel>
  );
}

const LEEG = {
  voornaam: '',
  achternaam: '',
  telefoonnummer: '',
  eMailadres: '',
  geboortedatum: '',
  zorgvragerNaam: '',
  zorgvragerEmail: '',
  zorgvragerWoont: null as boolean | null,
  relatie: '',
  watIkDoe: '',
  uren: '',
  sinds: '',
  samenwonend: null as boolean | null,
  anderen: '',
  ikWoon: null as boolean | null,
};
type Velden = typeof LEEG;
type Veldnaam = keyof typeof LEEG;

/** The server's field names (`body.…`) to this form's fields. */
const SERVER: Record<string, Veldnaam> = {
  'mantelzorger.voornaam': 'voornaam',
  'mantelzorger.achternaam': 'achternaam',
  'mantelzorger.telefoonnummer': 'telefoonnummer',
  'mantelzorger.eMailadres': 'eMailadres',
  'mantelzorger.geboortedatum': 'geboortedatum',
  'zorgvrager.naam': 'zorgvragerNaam',
  'zorgvrager.eMailadres': 'zorgvragerEmail',
  'zorgvrager.woontInGemeente': 'zorgvragerWoont',
  relatie: 'relatie',
  urenPerWeek: 'uren',
  sinds: 'sinds',
  samenwonend: 'samenwonend',
  ikWoonInGemeente: 'ikWoon',
};
const FOUT_BIJ: Partial<Record<Veldnaam, Veldnaam>> = { watIkDoe: 'watIkDoe', anderen: 'anderen' };
const veldId = (v: Veldnaam) => `mzc-m-${v}`;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function Aanmelden() {
  const { t } = useMzcT();
  const registreer = useRegistreerMantelzorger();
  const formulier = useFormulier();
  const jaNee = useJaNee();
  const [v, setV] = useState<Velden>(LEEG);
  const [melding, setMelding] = useState('');
  const zet =
    <K extends Veldnaam>(k: K) =>
    (w: Velden[K]) =>
      setV((oud) => ({ ...oud, [k]: w }));
  const fout = (k: Veldnaam): FieldError => ({
    field: veldId(k),
    message: FOUT_BIJ[k]
      ? t('mantelzorgConsulent.algemeen.teLang')
      : t(`mantelzorgConsulent.aanmelden.fout.${k as 'voornaam'}`),
  });
  const uren = geheelGetal(v.uren);

  const verstuur = () => {
    setMelding('');
    return formulier.submit(
      () =>
        fouten(
          !v.voornaam.trim() && fout('voornaam'),
          !v.achternaam.trim() && fout('achternaam'),
          !!v.eMailadres.trim() && !EMAIL.test(v.eMailadres.trim()) && fout('eMailadres'),
          !!v.geboortedatum && !isDatum(v.geboortedatum) && fout('geboortedatum'),
          !v.zorgvragerNaam.trim() && fout('zorgvragerNaam'),
          !!v.zorgvragerEmail.trim() &&
            !EMAIL.test(v.zorgvragerEmail.trim()) &&
            fout('zorgvragerEmail'),
          v.zorgvragerWoont === null && fout('zorgvragerWoont'),
          !v.relatie && fout('relatie'),
          teLang(v.watIkDoe, 2000) && fout('watIkDoe'),
          (uren === null || uren > 168) && fout('uren'),
          (!isDatum(v.sinds) || v.sinds > vandaag()) && fout('sinds'),
          v.samenwonend === null && fout('samenwonend'),
          teLang(v.anderen, 1000) && fout('anderen'),
          v.ikWoon === null && fout('ikWoon'),
        ),
      async () => {
        const optioneel = (w: string) => (w.trim() ? w.trim() : undefined);
        const nieuw = await registreer.mutateAsync({
          mantelzorger: {
            voornaam: v.voornaam.trim(),
            achternaam: v.achternaam.trim(),
            telefoonnummer: optioneel(v.telefoonnummer),
            eMailadres: optioneel(v.eMailadres),
            geboortedatum: optioneel(v.geboortedatum),
          },
          zorgvrager: {
            naam: v.zorgvragerNaam.trim(),
            eMailadres: optioneel(v.zorgvragerEmail),
            woontInGemeente: v.zorgvragerWoont === true,
          },
          relatie: v.relatie as Relatie,
          watIkDoe: v.watIkDoe.trim(),
          urenPerWeek: uren ?? 0,
          sinds: v.sinds,
          samenwonend: v.samenwonend === true,
          anderenBetrokken: v.anderen.trim(),
          ikWoonInGemeente: v.ikWoon === true,
        });
        setV(LEEG);
        setMelding(t('mantelzorgConsulent.aanmelden.opgeslagen', { naam: nieuw.naam }));
      },
      (error) =>
        serverFouten(
          error,
          SERVER,
          fout,
          mislukt('mzc-m', t('mantelzorgConsulent.algemeen.mislukt')),
        ),
    );
  };

  const tekst = (
    k: Veldnaam,
    label: string,
    extra: Partial<Parameters<typeof TextField>[0]> = {},
  ) => (
    <TextField
      id={veldId(k)}
      label={label}
      value={v[k] as string}
      onChange={zet(k) as (w: string) => void}
      error={formulier.errorFor(veldId(k))}
      {...extra}
    />
  );
  const janee = (k: 'zorgvragerWoont' | 'samenwonend' | 'ikWoon', legend: string) => (
    <KeuzeGroep
      id={veldId(k)}
      soort="radio"
      legend={legend}
      fout={formulier.errorFor(veldId(k))}
      opties={jaNee}
      gekozen={alsJaNee(v[k])}
      onChange={(g) => zet(k)(g[0] === 'ja')}
    />
  );

  return (
    <section aria-labelledby="mzc-m-kop">
      <Heading2 id="mzc-m-kop">{t('mantelzorgConsulent.aanmelden.heading')}</Heading2>
      <Paragraph>{t('mantelzorgConsulent.aanmelden.uitleg')}</Paragraph>
      <p role="status">{melding}</p>
      <CoachFormulier
        naam="mzc-m"
        labelledBy="mzc-m-kop"
        formulier={formulier}
        onVerstuur={() => void verstuur()}
        knop={t('mantelzorgConsulent.aanmelden.opslaan')}
      >
        {tekst('voornaam', t('mantelzorgConsulent.aanmelden.voornaam'), { autoComplete: 'off' })}
        {tekst('achternaam', t('mantelzorgConsulent.aanmelden.achternaam'), {
          autoComplete: 'off',
        })}
        {tekst('telefoonnummer', t('mantelzorgConsulent.aanmelden.telefoonnummer'), {
          inputMode: 'tel',
          autoComplete: 'off',
        })}
        {tekst('eMailadres', t('mantelzorgConsulent.aanmelden.eMailadres'), {
          type: 'email',
          autoComplete: 'off',
        })}
        <DatumInvoer
          id={veldId('geboortedatum')}
          label={t('mantelzorgConsulent.aanmelden.geboortedatum')}
          hint={t('mantelzorgConsulent.aanmelden.geboortedatumHint')}
          fout={formulier.errorFor(veldId('geboortedatum'))}
          waarde={v.geboortedatum}
          onChange={zet('geboortedatum')}
        />
        {tekst('zorgvragerNaam', t('mantelzorgConsulent.aanmelden.zorgvragerNaam'), {
          autoComplete: 'off',
        })}
        {tekst('zorgvragerEmail', t('mantelzorgConsulent.aanmelden.zorgvragerEmail'), {
          type: 'email',
          autoComplete: 'off',
          description: t('mantelzorgConsulent.aanmelden.zorgvragerEmailHint'),
        })}
        {janee('zorgvragerWoont', t('mantelzorgConsulent.aanmelden.zorgvragerWoont'))}
        <Keuzelijst
          id={veldId('relatie')}
          label={t('mantelzorgConsulent.aanmelden.relatie')}
          fout={formulier.errorFor(veldId('relatie'))}
          waarde={v.relatie}
          opties={[
            { waarde: '', label: t('mantelzorgConsulent.aanmelden.kies') },
            ...RELATIES.map((r) => ({ waarde: r, label: t(`mantelzorgConsulent.relatie.${r}`) })),
          ]}
          onChange={zet('relatie')}
        />
        <Tekstvak
          id={veldId('watIkDoe')}
          label={t('mantelzorgConsulent.aanmelden.watIkDoe')}
          fout={formulier.errorFor(veldId('watIkDoe'))}
          waarde={v.watIkDoe}
          onChange={zet('watIkDoe')}
          rijen={3}
        />
        {tekst('uren', t('mantelzorgConsulent.aanmelden.uren'), {
          inputMode: 'numeric',
          description: t('mantelzorgConsulent.aanmelden.urenHint'),
        })}
        <DatumInvoer
          id={veldId('sinds')}
          label={t('mantelzorgConsulent.aanmelden.sinds')}
          fout={formulier.errorFor(veldId('sinds'))}
          waarde={v.sinds}
          onChange={zet('sinds')}
        />
        {janee('samenwonend', t('mantelzorgConsulent.aanmelden.samenwonend'))}
        <Tekstvak
          id={veldId('anderen')}
          label={t('mantelzorgConsulent.aanmelden.anderen')}
          fout={formulier.errorFor(veldId('anderen'))}
          waarde={v.anderen}
          onChange={zet('anderen')}
          rijen={2}
        />
        {janee('ikWoon', t('mantelzorgConsulent.aanmelden.ikWoon'))}
      </CoachFormulier>
    </section>
  );
}

/** `/werkplek/mantelzorg`: the carers of the consulent's steunpunt, and registering one. */
export function ConsulentStartPagina() {
  const { t } = useMzcT();
  return (
    <MantelzorgPagina titel={t('mantelzorgConsulent.start.heading')} wie="consulent">
      {() => (
        <>
          <Paragraph lead>{t('mantelzorgConsulent.start.intro')}</Paragraph>
          <Lijst />
          <Aanmelden />
        </>
      )}
    </MantelzorgPagina>
  );
}
