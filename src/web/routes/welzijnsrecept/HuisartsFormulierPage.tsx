import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { CONTACT_VOORKEUREN } from '../../../shared/welzijnsrecept.ts';
import { ApiError } from '../../api/client.ts';
import {
  type ContactVoorkeur,
  type NieuwReceptInvoer,
  type Ontvangers,
  useOntvangers,
  useVerwijs,
} from '../../api/welzijnsrecept.ts';
import { ErrorSummary, type FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { KeuzeGroep, Tekstvak } from '../../components/formulier/KeuzeGroep.tsx';
import { TextField } from '../../components/formulier/TextField.tsx';
import { useFormulier } from '../../components/formulier/useFormulier.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { HuisartsPagina, LaadFout, useWrhT } from './HuisartsOnderdelen.tsx';

type FoutSleutel =
  | 'voornaam'
  | 'achternaam'
  | 'telefoon'
  | 'telefoonNodig'
  | 'email'
  | 'emailNodig'
  | 'toestemming'
  | 'reden'
  | 'teLang'
  | 'contact'
  | 'ontvanger';

/**
 * The form's fields by the name the API gives them (`body.<naam>`), with the error in words;
 * `nodig` when the contact preference needs the field (the API's own check, code `custom`).
 */
const VELDEN: Record<string, { veld: string; fout: FoutSleutel; nodig?: FoutSleutel }> = {
  'persoon.voornaam': { veld: 'wr-voornaam', fout: 'voornaam' },
  'persoon.achternaam': { veld: 'wr-achternaam', fout: 'achternaam' },
  'persoon.telefoonnummer': { veld: 'wr-telefoon', fout: 'telefoon', nodig: 'telefoonNodig' },
  'persoon.eMailadres': { veld: 'wr-email', fout: 'email', nodig: 'emailNodig' },
  toestemming: { veld: 'wr-toestemming', fout: 'toestemming' },
  reden: { veld: 'wr-reden', fout: 'reden' },
  watIkBelangrijkVind: { veld: 'wr-belangrijk', fout: 'teLang' },
  contactVoorkeur: { veld: 'wr-contact', fout: 'contact' },
  ontvangerId: { veld: 'wr-ontvanger', fout: 'ontvanger' },
};
const VOLGORDE = Object.values(VELDEN).map((v) => v.veld);

type Tekst = 'voornaam' | 'achternaam' | 'telefoon' | 'email' | 'reden' | 'belangrijk';

function Formulier({ ontvangers }: { ontvangers: Ontvangers['ontvangers'] }) {
  const { t } = useWrhT();
  const navigate = useNavigate();
  const verwijs = useVerwijs();
  const formulier = useFormulier();
  const [tekst, setTekst] = useState<Record<Tekst, string>>({
    voornaam: '',
    achternaam: '',
    telefoon: '',
    email: '',
    reden: '',
    belangrijk: '',
  });
  const [toestemming, setToestemming] = useState(false);
  const [contact, setContact] = useState<ContactVoorkeur | undefined>();
  // One organisation to refer to: it is chosen already.
  const [ontvangerId, setOntvangerId] = useState(
    ontvangers.length === 1 ? ontvangers[0]?.id : undefined,
  );
  const zet = (veld: Tekst) => (waarde: string) => setTekst((oud) => ({ ...oud, [veld]: waarde }));

  /** The API's refusals, in the reader's language, on the fields of this form. */
  const vanServer = (error: unknown): FieldError[] => {
    const fouten: FieldError[] = [];
    const params = error instanceof ApiError ? (error.problem?.invalidParams ?? []) : [];
    for (const p of params) {
      const veld = VELDEN[p.name.replace(/^body\./, '')];
      if (!veld || fouten.some((f) => f.field === veld.veld)) continue;
      const sleutel =
        p.code === 'too_big'
          ? 'teLang'
          : p.code === 'custom' && veld.nodig
            ? veld.nodig
            : veld.fout;
      fouten.push({
        field: veld.veld,
        message: t(`welzijnsreceptHuisarts.formulier.fout.${sleutel}`),
      });
    }
    // In the order of the form, as the summary lists them.
    fouten.sort((a, b) => VOLGORDE.indexOf(a.field) - VOLGORDE.indexOf(b.field));
    return fouten.length > 0
      ? fouten
      : [{ field: 'wr-verstuur', message: t('welzijnsreceptHuisarts.formulier.fout.mislukt') }];
  };

  const verstuur = (verzenden: boolean) =>
    void formulier.submit(
      // The API checks everything (one set of rules); its answer is shown per field.
      () => [],
      async () => {
        const leeg = (s: string) => (s.trim() ? s.trim() : undefined);
        // Sent as filled in, missing answers too: the API says what is missing.
        const recept = {
          persoon: {
            voornaam: tekst.voornaam,
            achternaam: tekst.achternaam,
            telefoonnummer: leeg(tekst.telefoon),
            eMailadres: leeg(tekst.email),
          },
          toestemming,
          reden: tekst.reden,
          watIkBelangrijkVind: tekst.belangrijk,
          contactVoorkeur: contact,
          ontvangerId,
          verzenden,
        } as NieuwReceptInvoer;
        await verwijs.mutateAsync(recept);
        navigate('/werkplek/welzijnsrecept', {
          state: {
            melding: t(`welzijnsreceptHuisarts.formulier.${verzenden ? 'verstuurd' : 'bewaard'}`),
          },
        });
      },
      vanServer,
    );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    verstuur(true);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={formulier.errors} attempt={formulier.attempt} />
      <section aria-labelledby="wr-persoon">
        <Heading2 id="wr-persoon">{t('welzijnsreceptHuisarts.formulier.persoon')}</Heading2>
        <TextField
          id="wr-voornaam"
          label={t('welzijnsreceptHuisarts.formulier.voornaam')}
          value={tekst.voornaam}
          onChange={zet('voornaam')}
          error={formulier.errorFor('wr-voornaam')}
          spellCheck={false}
        />
        <TextField
          id="wr-achternaam"
          label={t('welzijnsreceptHuisarts.formulier.achternaam')}
          value={tekst.achternaam}
          onChange={zet('achternaam')}
          error={formulier.errorFor('wr-achternaam')}
          spellCheck={false}
        />
        <TextField
          id="wr-telefoon"
          label={t('welzijnsreceptHuisarts.formulier.telefoon')}
          description={t('welzijnsreceptHuisarts.formulier.telefoonHint')}
          value={tekst.telefoon}
          onChange={zet('telefoon')}
          error={formulier.errorFor('wr-telefoon')}
          inputMode="tel"
        />
        <TextField
          id="wr-email"
          type="email"
          label={t('welzijnsreceptHuisarts.formulier.email')}
          description={t('welzijnsreceptHuisarts.formulier.emailHint')}
          value={tekst.email}
          onChange={zet('email')}
          error={formulier.errorFor('wr-email')}
          spellCheck={false}
        />
        <KeuzeGroep
          id="wr-toestemming"
          soort="checkbox"
          legend={t('welzijnsreceptHuisarts.formulier.toestemmingKop')}
          fout={formulier.errorFor('wr-toestemming')}
          opties={[{ waarde: 'ja', label: t('welzijnsreceptHuisarts.formulier.toestemming') }]}
          gekozen={toestemming ? ['ja'] : []}
          onChange={(gekozen) => setToestemming(gekozen.includes('ja'))}
        />
      </section>

      <section aria-labelledby="wr-recept">
        <Heading2 id="wr-recept">{t('welzijnsreceptHuisarts.formulier.recept')}</Heading2>
        <Tekstvak
          id="wr-reden"
          label={t('welzijnsreceptHuisarts.formulier.reden')}
          hint={t('welzijnsreceptHuisarts.formulier.redenHint')}
          fout={formulier.errorFor('wr-reden')}
          waarde={tekst.reden}
          onChange={zet('reden')}
        />
        <Tekstvak
          id="wr-belangrijk"
          label={t('welzijnsreceptHuisarts.formulier.belangrijk')}
          hint={t('welzijnsreceptHuisarts.formulier.belangrijkHint')}
          fout={formulier.errorFor('wr-belangrijk')}
          waarde={tekst.belangrijk}
          onChange={zet('belangrijk')}
          rijen={3}
        />
        <KeuzeGroep
          id="wr-contact"
          soort="radio"
          legend={t('welzijnsreceptHuisarts.formulier.contact')}
          fout={formulier.errorFor('wr-contact')}
          opties={CONTACT_VOORKEUREN.map((c) => ({
            waarde: c,
            label: t(`welzijnsreceptHuisarts.contactVoorkeur.${c}`),
          }))}
          gekozen={contact ? [contact] : []}
          onChange={([c]) => setContact(c)}
        />
        <KeuzeGroep
          id="wr-ontvanger"
          soort="radio"
          legend={t('welzijnsreceptHuisarts.formulier.ontvanger')}
          fout={formulier.errorFor('wr-ontvanger')}
          opties={ontvangers.map((o) => ({ waarde: o.id, label: o.naam }))}
          gekozen={ontvangerId ? [ontvangerId] : []}
          onChange={([id]) => setOntvangerId(id)}
        />
      </section>

      <div className="kring-lw-acties">
        <Button
          id="wr-verstuur"
          type="submit"
          appearance="primary-action-button"
          disabled={formulier.busy}
        >
          {t('welzijnsreceptHuisarts.formulier.verstuur')}
        </Button>
        <Button
          appearance="secondary-action-button"
          disabled={formulier.busy}
          onClick={() => verstuur(false)}
        >
          {t('welzijnsreceptHuisarts.formulier.concept')}
        </Button>
      </div>
    </form>
  );
}

/** `/werkplek/welzijnsrecept/nieuw`: the GP's web form, for practices without a FHIR system. */
export function HuisartsFormulierPage() {
  const { t } = useWrhT();
  return (
    <HuisartsPagina
      titel={t('welzijnsreceptHuisarts.formulier.titel')}
      intro={t('welzijnsreceptHuisarts.formulier.intro')}
    >
      <Ontvangen />
    </HuisartsPagina>
  );
}

/** The form, once it is known where this practice can refer to. */
function Ontvangen() {
  const { t } = useWrhT();
  const ontvangers = useOntvangers();
  if (ontvangers.isError) {
    return <LaadFout error={ontvangers.error} onRetry={() => void ontvangers.refetch()} />;
  }
  if (!ontvangers.data) return <LoadingStatus loading />;
  if (ontvangers.data.ontvangers.length === 0) {
    return (
      <Alert type="warning">
        <Paragraph>{t('welzijnsreceptHuisarts.formulier.geenOntvangers')}</Paragraph>
      </Alert>
    );
  }
  return <Formulier ontvangers={ontvangers.data.ontvangers} />;
}
