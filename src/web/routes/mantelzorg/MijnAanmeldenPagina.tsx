import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { RELATIES, type Relatie } from '../../../shared/mantelzorg.ts';
import { useMeldZorg } from '../../api/mantelzorg.ts';
import type { FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { KeuzeGroep, Tekstvak } from '../../components/formulier/KeuzeGroep.tsx';
import { TextField } from '../../components/formulier/TextField.tsx';
import { useFormulier } from '../../components/formulier/useFormulier.ts';
import { RouterLink } from '../../components/RouterLink.tsx';
import { DatumInvoer, teLang } from '../dossier/onderdelen.tsx';
import {
  CoachFormulier,
  fouten,
  isDatum,
  mislukt,
  vandaag,
} from '../welzijnsrecept/CoachOnderdelen.tsx';
import { alsJaNee, geheelGetal, serverFouten } from './ConsulentOnderdelen.tsx';
import { BASIS, MijnMzKader, useMzT } from './MijnOnderdelen.tsx';

const LEEG = {
  naam: '',
  email: '',
  woont: null as boolean | null,
  relatie: '' as Relatie | '',
  watIkDoe: '',
  uren: '',
  sinds: '',
  samen: null as boolean | null,
  anderen: '',
  ikWoon: null as boolean | null,
  geboortedatum: '',
  toestemming: false,
};
type Velden = typeof LEEG;
type Veld = keyof Velden;

/** The server's field names (`body.…`, without `body.`) to this form's fields. */
const SERVER: Record<string, Veld> = {
  'zorgvrager.naam': 'naam',
  'zorgvrager.eMailadres': 'email',
  'zorgvrager.woontInGemeente': 'woont',
  relatie: 'relatie',
  watIkDoe: 'watIkDoe',
  urenPerWeek: 'uren',
  sinds: 'sinds',
  samenwonend: 'samen',
  anderenBetrokken: 'anderen',
  ikWoonInGemeente: 'ikWoon',
  geboortedatum: 'geboortedatum',
  toestemming: 'toestemming',
};
const id = (v: Veld) => `mz-a-${v}`;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What the check of the form finds, before anything is sent. */
function controleer(v: Velden, fout: (k: Veld) => FieldError): FieldError[] {
  const uren = geheelGetal(v.uren);
  return fouten(
    !v.naam.trim() && fout('naam'),
    !!v.email.trim() && !EMAIL.test(v.email.trim()) && fout('email'),
    v.woont === null && fout('woont'),
    !v.relatie && fout('relatie'),
    teLang(v.watIkDoe, 2000) && fout('watIkDoe'),
    (uren === null || uren > 168) && fout('uren'),
    (!isDatum(v.sinds) || v.sinds > vandaag()) && fout('sinds'),
    v.samen === null && fout('samen'),
    teLang(v.anderen, 1000) && fout('anderen'),
    v.ikWoon === null && fout('ikWoon'),
    !!v.geboortedatum && !isDatum(v.geboortedatum) && fout('geboortedatum'),
    !v.toestemming && fout('toestemming'),
  );
}

/**
 * `/mijn-kring/mantelzorg/aanmelden`: "Ik zorg voor iemand", who and what, and the yes for
 * the steunpunt. Afterwards back to the overview, with the thank-you as its status message.
 */
export function MijnAanmeldenPagina() {
  const { t } = useMzT();
  const navigate = useNavigate();
  const meld = useMeldZorg();
  const formulier = useFormulier();
  const [v, setV] = useState<Velden>(LEEG);
  const zet = <K extends Veld>(k: K, w: Velden[K]) => setV((oud) => ({ ...oud, [k]: w }));
  const fout = (k: Veld): FieldError => ({
    field: id(k),
    message: t(`mantelzorg.aanmelden.fout.${k}`),
  });
  const jaNee = [
    { waarde: 'ja', label: t('mantelzorg.ja') },
    { waarde: 'nee', label: t('mantelzorg.nee') },
  ] as const;

  const verstuur = () =>
    formulier.submit(
      () => controleer(v, fout),
      async () => {
        const optioneel = (w: string) => w.trim() || undefined;
        await meld.mutateAsync({
          zorgvrager: {
            naam: v.naam.trim(),
            eMailadres: optioneel(v.email),
            woontInGemeente: v.woont === true,
          },
          relatie: v.relatie as Relatie,
          watIkDoe: v.watIkDoe.trim(),
          urenPerWeek: geheelGetal(v.uren) ?? 0,
          sinds: v.sinds,
          samenwonend: v.samen === true,
          anderenBetrokken: v.anderen.trim(),
          ikWoonInGemeente: v.ikWoon === true,
          geboortedatum: optioneel(v.geboortedatum),
          toestemming: true,
        });
        await navigate(BASIS, { state: { melding: t('mantelzorg.aanmelden.dank') } });
      },
      (error) => serverFouten(error, SERVER, fout, mislukt('mz-a', t('mantelzorg.mislukt'))),
    );

  /** A yes/no question as two radio buttons. */
  const vraag = (k: 'woont' | 'samen' | 'ikWoon', legend: string) => (
    <KeuzeGroep
      id={id(k)}
      soort="radio"
      legend={legend}
      fout={formulier.errorFor(id(k))}
      opties={jaNee}
      gekozen={alsJaNee(v[k])}
      onChange={([w]) => zet(k, w === 'ja')}
    />
  );

  return (
    <MijnMzKader
      titel={t('mantelzorg.aanmelden.title')}
      kop={t('mantelzorg.title')}
      terug={`${BASIS}/aanmelden`}
    >
      <Paragraph lead>{t('mantelzorg.aanmelden.intro')}</Paragraph>
      <CoachFormulier
        naam="mz-a"
        formulier={formulier}
        onVerstuur={() => void verstuur()}
        knop={t('mantelzorg.aanmelden.knop')}
      >
        <Heading2>{t('mantelzorg.aanmelden.wieKop')}</Heading2>
        <TextField
          id={id('naam')}
          label={t('mantelzorg.aanmelden.naam')}
          value={v.naam}
          onChange={(w) => zet('naam', w)}
          error={formulier.errorFor(id('naam'))}
          autoComplete="off"
        />
        <TextField
          id={id('email')}
          type="email"
          label={t('mantelzorg.aanmelden.email')}
          description={t('mantelzorg.aanmelden.emailHint')}
          value={v.email}
          onChange={(w) => zet('email', w)}
          error={formulier.errorFor(id('email'))}
          autoComplete="off"
        />
        {vraag('woont', t('mantelzorg.aanmelden.woont'))}
        <KeuzeGroep
          id={id('relatie')}
          soort="radio"
          legend={t('mantelzorg.aanmelden.relatie')}
          fout={formulier.errorFor(id('relatie'))}
          opties={RELATIES.map((r) => ({ waarde: r, label: t(`mantelzorg.relatie.${r}`) }))}
          gekozen={v.relatie ? [v.relatie] : []}
          onChange={([r]) => r && zet('relatie', r)}
        />

        <Heading2>{t('mantelzorg.aanmelden.zorgKop')}</Heading2>
        <Tekstvak
          id={id('watIkDoe')}
          label={t('mantelzorg.aanmelden.watIkDoe')}
          hint={t('mantelzorg.aanmelden.watIkDoeHint')}
          fout={formulier.errorFor(id('watIkDoe'))}
          waarde={v.watIkDoe}
          onChange={(w) => zet('watIkDoe', w)}
          rijen={3}
        />
        <TextField
          id={id('uren')}
          label={t('mantelzorg.aanmelden.uren')}
          description={t('mantelzorg.aanmelden.urenHint')}
          value={v.uren}
          onChange={(w) => zet('uren', w)}
          error={formulier.errorFor(id('uren'))}
          inputMode="numeric"
        />
        <DatumInvoer
          id={id('sinds')}
          label={t('mantelzorg.aanmelden.sinds')}
          hint={t('mantelzorg.aanmelden.sindsHint')}
          fout={formulier.errorFor(id('sinds'))}
          waarde={v.sinds}
          onChange={(w) => zet('sinds', w)}
        />
        {vraag('samen', t('mantelzorg.aanmelden.samen'))}
        <Tekstvak
          id={id('anderen')}
          label={t('mantelzorg.aanmelden.anderen')}
          hint={t('mantelzorg.aanmelden.anderenHint')}
          fout={formulier.errorFor(id('anderen'))}
          waarde={v.anderen}
          onChange={(w) => zet('anderen', w)}
          rijen={2}
        />

        <Heading2>{t('mantelzorg.aanmelden.overUKop')}</Heading2>
        {vraag('ikWoon', t('mantelzorg.aanmelden.ikWoon'))}
        <DatumInvoer
          id={id('geboortedatum')}
          label={t('mantelzorg.aanmelden.geboortedatum')}
          hint={t('mantelzorg.aanmelden.geboortedatumHint')}
          fout={formulier.errorFor(id('geboortedatum'))}
          waarde={v.geboortedatum}
          onChange={(w) => zet('geboortedatum', w)}
        />
        <KeuzeGroep
          id={id('toestemming')}
          soort="checkbox"
          legend={t('mantelzorg.aanmelden.toestemmingLegend')}
          hint={t('mantelzorg.aanmelden.toestemmingHint')}
          fout={formulier.errorFor(id('toestemming'))}
          opties={[{ waarde: 'ja', label: t('mantelzorg.aanmelden.toestemming') }]}
          gekozen={v.toestemming ? ['ja'] : []}
          onChange={(g) => zet('toestemming', g.length > 0)}
        />
      </CoachFormulier>
      <Paragraph>
        <RouterLink to={BASIS}>{t('mantelzorg.naarOverzicht')}</RouterLink>
      </Paragraph>
    </MijnMzKader>
  );
}
