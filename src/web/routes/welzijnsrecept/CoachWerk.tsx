import {
  Button,
  DataList,
  Heading2,
  Paragraph,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { CONTACT_SOORTEN } from '../../../shared/welzijnsrecept.ts';
import {
  type ContactSoort,
  type Recept,
  useAfsluiting,
  useContactmoment,
  useTaakAfronden,
  useVerkenning,
} from '../../api/welzijnsrecept.ts';
import { KeuzeGroep, Tekstvak } from '../../components/formulier/KeuzeGroep.tsx';
import { gaatOver, useFormulier } from '../../components/formulier/useFormulier.ts';
import { KolomTabel } from '../../components/KolomTabel.tsx';
import { DatumInvoer, Keuzelijst, teLang } from '../dossier/onderdelen.tsx';
import { Gegeven } from '../loket-werk/onderdelen.tsx';
import {
  CoachFormulier,
  fouten,
  isDatum,
  mislukt,
  useDatum,
  useWrcT,
  vandaag,
  type WerkDeel,
} from './CoachOnderdelen.tsx';

type Deel = WerkDeel;

// ---- Contactmomenten ----

function ContactFormulier({ id, onMelding }: Pick<Deel, 'id' | 'onMelding'>) {
  const { t } = useWrcT();
  const leg = useContactmoment(id);
  const formulier = useFormulier();
  const [datum, setDatum] = useState(vandaag());
  const [soort, setSoort] = useState<ContactSoort | ''>('');
  const [notitie, setNotitie] = useState('');
  const foutDatum = {
    field: 'wrc-contact-datum',
    message: t('welzijnsreceptCoach.contact.foutDatum'),
  };

  const verstuur = () =>
    formulier.submit(
      () =>
        fouten(
          !isDatum(datum) && foutDatum,
          !soort && {
            field: 'wrc-contact-soort',
            message: t('welzijnsreceptCoach.contact.foutSoort'),
          },
          teLang(notitie, 500) && {
            field: 'wrc-contact-notitie',
            message: t('welzijnsreceptCoach.algemeen.teLang'),
          },
        ),
      async () => {
        if (!soort) return;
        await leg.mutateAsync({ datum, soort, notitie: notitie.trim() });
        setSoort('');
        setNotitie('');
        onMelding(t('welzijnsreceptCoach.contact.opgeslagen'));
      },
      (error) => [
        gaatOver(error, 'datum')
          ? foutDatum
          : mislukt('wrc-contact', t('welzijnsreceptCoach.algemeen.mislukt')),
      ],
    );

  return (
    <CoachFormulier
      naam="wrc-contact"
      kop={t('welzijnsreceptCoach.contact.formKop')}
      formulier={formulier}
      onVerstuur={() => void verstuur()}
      knop={t('welzijnsreceptCoach.contact.opslaan')}
    >
      <DatumInvoer
        id="wrc-contact-datum"
        label={t('welzijnsreceptCoach.contact.datum')}
        fout={formulier.errorFor('wrc-contact-datum')}
        waarde={datum}
        onChange={setDatum}
      />
      <Keuzelijst
        id="wrc-contact-soort"
        label={t('welzijnsreceptCoach.contact.soort')}
        fout={formulier.errorFor('wrc-contact-soort')}
        waarde={soort}
        opties={[
          { waarde: '', label: t('welzijnsreceptCoach.contact.kies') },
          ...CONTACT_SOORTEN.map((s) => ({
            waarde: s,
            label: t(`welzijnsreceptCoach.contact.soorten.${s}`),
          })),
        ]}
        onChange={(w) => setSoort(CONTACT_SOORTEN.find((s) => s === w) ?? '')}
      />
      <Tekstvak
        id="wrc-contact-notitie"
        label={t('welzijnsreceptCoach.contact.notitie')}
        hint={t('welzijnsreceptCoach.contact.notitieHint')}
        fout={formulier.errorFor('wrc-contact-notitie')}
        waarde={notitie}
        onChange={setNotitie}
        rijen={3}
      />
    </CoachFormulier>
  );
}

/** The log of contactmomenten (date, kind, short note) and, while the loop runs, the form. */
export function Contactmomenten({ id, werk, kanVastleggen, onMelding }: Deel) {
  const { t } = useWrcT();
  const { dag } = useDatum();
  const momenten = werk.contactmomenten;
  return (
    <section aria-labelledby="wrc-contactmomenten">
      <Heading2 id="wrc-contactmomenten">{t('welzijnsreceptCoach.contact.kop')}</Heading2>
      {momenten.length === 0 ? (
        <Paragraph>{t('welzijnsreceptCoach.contact.leeg')}</Paragraph>
      ) : (
        <KolomTabel
          id="wrc-contact-tabel"
          bijschrift={t('welzijnsreceptCoach.contact.tabel')}
          kolommen={(['datum', 'soort', 'notitie', 'door'] as const).map((k) =>
            t(`welzijnsreceptCoach.contact.kolom.${k}`),
          )}
        >
          {momenten.map((m) => (
            <TableRow key={m.id}>
              <TableHeaderCell scope="row">{dag(m.datum)}</TableHeaderCell>
              <TableCell>{t(`welzijnsreceptCoach.contact.soorten.${m.soort}`)}</TableCell>
              <TableCell>{m.notitie}</TableCell>
              <TableCell>{m.door}</TableCell>
            </TableRow>
          ))}
        </KolomTabel>
      )}
      {kanVastleggen ? <ContactFormulier id={id} onMelding={onMelding} /> : null}
    </section>
  );
}

// ---- Interests and possibilities ----

export function Verkenning({ id, werk, kanVastleggen, onMelding }: Deel) {
  const { t } = useWrcT();
  const bewaar = useVerkenning(id);
  const formulier = useFormulier();
  const [interesses, setInteresses] = useState(werk.interesses);
  const [mogelijkheden, setMogelijkheden] = useState(werk.mogelijkheden);
  const teLangOp = (veld: string, tekst: string) =>
    teLang(tekst, 2000) && { field: veld, message: t('welzijnsreceptCoach.algemeen.teLang') };

  const verstuur = () =>
    formulier.submit(
      () =>
        fouten(
          teLangOp('wrc-interesses', interesses),
          teLangOp('wrc-mogelijkheden', mogelijkheden),
        ),
      async () => {
        await bewaar.mutateAsync({
          interesses: interesses.trim(),
          mogelijkheden: mogelijkheden.trim(),
        });
        onMelding(t('welzijnsreceptCoach.verkenning.opgeslagen'));
      },
      () => [mislukt('wrc-verkenning', t('welzijnsreceptCoach.algemeen.mislukt'))],
    );

  return (
    <section aria-labelledby="wrc-verkenning">
      <Heading2 id="wrc-verkenning">{t('welzijnsreceptCoach.verkenning.kop')}</Heading2>
      {kanVastleggen ? (
        <CoachFormulier
          naam="wrc-verkenning"
          labelledBy="wrc-verkenning"
          formulier={formulier}
          onVerstuur={() => void verstuur()}
          knop={t('welzijnsreceptCoach.verkenning.opslaan')}
          hoofdknop={false}
        >
          <Tekstvak
            id="wrc-interesses"
            label={t('welzijnsreceptCoach.verkenning.interesses')}
            hint={t('welzijnsreceptCoach.verkenning.interessesHint')}
            fout={formulier.errorFor('wrc-interesses')}
            waarde={interesses}
            onChange={setInteresses}
            rijen={3}
          />
          <Tekstvak
            id="wrc-mogelijkheden"
            label={t('welzijnsreceptCoach.verkenning.mogelijkheden')}
            hint={t('welzijnsreceptCoach.verkenning.mogelijkhedenHint')}
            fout={formulier.errorFor('wrc-mogelijkheden')}
            waarde={mogelijkheden}
            onChange={setMogelijkheden}
            rijen={3}
          />
        </CoachFormulier>
      ) : (
        <DataList className="kring-lw-gegevens" appearance="rows">
          <Gegeven label={t('welzijnsreceptCoach.verkenning.interesses')}>
            {werk.interesses}
          </Gegeven>
          <Gegeven label={t('welzijnsreceptCoach.verkenning.mogelijkheden')}>
            {werk.mogelijkheden}
          </Gegeven>
        </DataList>
      )}
    </section>
  );
}

// ---- Follow-up tasks ----

/** The follow-up tasks (three months after the start), the open ones with "afronden". */
export function Taken({ id, werk, onMelding }: Deel) {
  const { t } = useWrcT();
  const { dag, moment } = useDatum();
  const rondAf = useTaakAfronden(id);
  const [fout, setFout] = useState(false);
  const nu = vandaag();
  return (
    <section aria-labelledby="wrc-taken">
      <Heading2 id="wrc-taken">{t('welzijnsreceptCoach.taken.kop')}</Heading2>
      {fout ? (
        <Paragraph className="kring-lw-te-laat" role="alert">
          {t('welzijnsreceptCoach.algemeen.mislukt')}
        </Paragraph>
      ) : null}
      {werk.taken.length === 0 ? (
        <Paragraph>{t('welzijnsreceptCoach.taken.leeg')}</Paragraph>
      ) : (
        <ul className="kring-wrc-taken">
          {werk.taken.map((taak) => (
            <li key={taak.id} className="kring-wrc-taak">
              <Paragraph>{t('welzijnsreceptCoach.taken.vervolg')}</Paragraph>
              {taak.gedaanOp ? (
                <Paragraph>
                  {t('welzijnsreceptCoach.taken.gedaan', { datum: moment(taak.gedaanOp) })}
                </Paragraph>
              ) : (
                <>
                  <Paragraph>
                    {t('welzijnsreceptCoach.taken.uiterlijk', { datum: dag(taak.vervaltOp) })}
                    {taak.vervaltOp < nu ? (
                      <>
                        {' '}
                        <span className="kring-lw-te-laat">
                          {t('welzijnsreceptCoach.taken.teLaat')}
                        </span>
                      </>
                    ) : null}
                  </Paragraph>
                  <Button
                    type="button"
                    appearance="secondary-action-button"
                    busy={rondAf.isPending}
                    onClick={() => {
                      setFout(false);
                      rondAf.mutate(taak.id, {
                        onSuccess: () => onMelding(t('welzijnsreceptCoach.taken.afgerond')),
                        onError: () => setFout(true),
                      });
                    }}
                  >
                    {t('welzijnsreceptCoach.taken.afronden')}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

// ---- Closing ----

type Einde = 'completed' | 'failed';

/**
 * How the loop may end from its status (the state machine, server/…/status.ts): the API's
 * `mogelijk` leaves these out, as they go through closing (with a summary), not a button.
 */
const EINDES: Partial<Record<Recept['status'], readonly Einde[]>> = {
  'in-progress': ['completed', 'failed'],
  accepted: ['failed'],
  'on-hold': ['failed'],
};

function AfsluitFormulier({
  id,
  kan,
  onMelding,
}: Pick<Deel, 'id' | 'onMelding'> & { kan: readonly Einde[] }) {
  const { t } = useWrcT();
  const sluit = useAfsluiting(id);
  const formulier = useFormulier();
  const [einde, setEinde] = useState<Einde | null>(null);
  const [samenvatting, setSamenvatting] = useState('');
  const [terugkoppeling, setTerugkoppeling] = useState('');
  const [reden, setReden] = useState('');
  const foutReden = {
    field: 'wrc-afsluit-reden',
    message: t('welzijnsreceptCoach.afsluiting.foutReden'),
  };
  /** Empty or over its limit: the error of a field that must be filled in. */
  const nodig = (veld: string, tekst: string, max: number, leeg: string) =>
    !tekst.trim()
      ? { field: veld, message: leeg }
      : teLang(tekst, max) && { field: veld, message: t('welzijnsreceptCoach.algemeen.teLang') };

  const verstuur = () =>
    formulier.submit(
      () =>
        fouten(
          !einde && { field: 'wrc-einde', message: t('welzijnsreceptCoach.afsluiting.foutHoe') },
          nodig(
            'wrc-samenvatting',
            samenvatting,
            2000,
            t('welzijnsreceptCoach.afsluiting.foutSamenvatting'),
          ),
          nodig(
            'wrc-terugkoppeling',
            terugkoppeling,
            1000,
            t('welzijnsreceptCoach.afsluiting.foutTerugkoppeling'),
          ),
          einde === 'failed'
            ? nodig('wrc-afsluit-reden', reden, 1000, foutReden.message)
            : teLang(reden, 1000) && {
                field: 'wrc-afsluit-reden',
                message: t('welzijnsreceptCoach.algemeen.teLang'),
              },
        ),
      async () => {
        if (!einde) return;
        await sluit.mutateAsync({
          status: einde,
          samenvatting: samenvatting.trim(),
          terugkoppeling: terugkoppeling.trim(),
          reden: reden.trim(),
        });
        onMelding(t('welzijnsreceptCoach.afsluiting.opgeslagen'));
      },
      (error) => [
        gaatOver(error, 'reden')
          ? foutReden
          : mislukt('wrc-afsluiten', t('welzijnsreceptCoach.algemeen.mislukt')),
      ],
    );

  return (
    <CoachFormulier
      naam="wrc-afsluiten"
      labelledBy="wrc-afsluiting"
      formulier={formulier}
      onVerstuur={() => void verstuur()}
      knop={t('welzijnsreceptCoach.afsluiting.opslaan')}
    >
      <KeuzeGroep
        id="wrc-einde"
        soort="radio"
        legend={t('welzijnsreceptCoach.afsluiting.hoe')}
        fout={formulier.errorFor('wrc-einde')}
        opties={kan.map((s) => ({
          waarde: s,
          label: t(`welzijnsreceptCoach.afsluiting.opties.${s}`),
        }))}
        gekozen={einde ? [einde] : []}
        onChange={([s]) => s && setEinde(s)}
      />
      <Tekstvak
        id="wrc-samenvatting"
        label={t('welzijnsreceptCoach.afsluiting.samenvatting')}
        hint={t('welzijnsreceptCoach.afsluiting.samenvattingHint')}
        fout={formulier.errorFor('wrc-samenvatting')}
        waarde={samenvatting}
        onChange={setSamenvatting}
        rijen={4}
      />
      <Tekstvak
        id="wrc-terugkoppeling"
        label={t('welzijnsreceptCoach.afsluiting.terugkoppeling')}
        hint={t('welzijnsreceptCoach.afsluiting.terugkoppelingHint')}
        fout={formulier.errorFor('wrc-terugkoppeling')}
        waarde={terugkoppeling}
        onChange={setTerugkoppeling}
        rijen={3}
      />
      <Tekstvak
        id="wrc-afsluit-reden"
        label={t('welzijnsreceptCoach.afsluiting.reden')}
        hint={t('welzijnsreceptCoach.afsluiting.redenHint')}
        fout={formulier.errorFor('wrc-afsluit-reden')}
        waarde={reden}
        onChange={setReden}
        rijen={2}
      />
    </CoachFormulier>
  );
}

/** The closing form while the loop may end; afterwards the summary that was written. */
export function Afsluiting({ id, recept, werk, onMelding }: Deel & { recept: Recept }) {
  const { t } = useWrcT();
  const kan = EINDES[recept.status] ?? [];
  if (werk.samenvatting) {
    return (
      <section aria-labelledby="wrc-afsluiting">
        <Heading2 id="wrc-afsluiting">{t('welzijnsreceptCoach.afsluiting.afgesloten')}</Heading2>
        <Paragraph className="kring-wrc-tekst">{werk.samenvatting}</Paragraph>
      </section>
    );
  }
  if (kan.length === 0) return null;
  return (
    <section aria-labelledby="wrc-afsluiting">
      <Heading2 id="wrc-afsluiting">{t('welzijnsreceptCoach.afsluiting.kop')}</Heading2>
      <Paragraph>{t('welzijnsreceptCoach.afsluiting.uitleg')}</Paragraph>
      <AfsluitFormulier id={id} kan={kan} onMelding={onMelding} />
    </section>
  );
}
