import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  TableCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import {
  type Kring,
  type Taak,
  useAgenda,
  useBerichten,
  useKring,
  useMaakAfspraak,
  useMaakNotitie,
  useMaakTaak,
  useNodigUit,
  useNotities,
  useSchrijf,
  useTaakstap,
  useTaken,
  useVerwijderKring,
  useVerwijderLid,
  type Zichtbaarheid,
} from '../../api/zorgkring.ts';
import { ErrorSummary } from '../../components/formulier/ErrorSummary.tsx';
import { KeuzeGroep, Tekstvak } from '../../components/formulier/KeuzeGroep.tsx';
import { TextField } from '../../components/formulier/TextField.tsx';
import { useFormulier } from '../../components/formulier/useFormulier.ts';
import { KolomTabel } from '../../components/KolomTabel.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { DeelSkeleton } from '../hulp-vragen/formulier.tsx';
import {
  InloggenNodig,
  Kaart,
  Laadfout,
  MetBevestiging,
  useTijd,
} from '../mijn-kring/onderdelen.tsx';
import { BASIS, Melding, serverFouten, useZkT } from './onderdelen.tsx';

type Melden = (tekst: string) => void;
const ROLLEN = ['familie', 'vriend', 'buur', 'vrijwilliger', 'professional', 'zorgvrager'] as const;
const HERHALINGEN = ['geen', 'wekelijks', 'tweewekelijks', 'maandelijks'] as const;
const ZICHTBAARHEDEN = ['kring', 'mantelzorger-en-professionals', 'mantelzorger'] as const;
const WEEKDAGEN = [1, 2, 3, 4, 5, 6, 7] as const;

function useDatum() {
  const { i18n } = useZkT();
  const f = new Intl.DateTimeFormat(i18n.language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  return (d: string) => f.format(new Date(`${d}T00:00:00Z`));
}

// --- agenda -----------------------------------------------------------------------------
function Agenda({ id, onMelding }: { id: string; onMelding: Melden }) {
  const { t } = useZkT();
  const datum = useDatum();
  const q = useAgenda(id);
  return (
    <section aria-labelledby="zk-agenda">
      <Heading2 id="zk-agenda">{t('zorgkring.agenda.heading')}</Heading2>
      {q.isPending ? <DeelSkeleton /> : null}
      {q.isError ? <Laadfout error={q.error} onRetry={() => void q.refetch()} /> : null}
      {q.data && q.data.keren.length === 0 ? (
        <Paragraph>{t('zorgkring.agenda.geen')}</Paragraph>
      ) : null}
      {q.data && q.data.keren.length > 0 ? (
        <KolomTabel
          id="zk-agenda-tabel"
          bijschrift={t('zorgkring.agenda.periode', {
            van: datum(q.data.van),
            tot: datum(q.data.tot),
          })}
          kolommen={[
            t('zorgkring.agenda.kolomDatum'),
            t('zorgkring.agenda.kolomTijd'),
            t('zorgkring.agenda.kolomWat'),
            t('zorgkring.agenda.kolomWaar'),
          ]}
        >
          {q.data.keren.map((k) => (
            <TableRow key={`${k.id}-${k.op}`}>
              <TableCell>{datum(k.op)}</TableCell>
              <TableCell>{k.tijd ?? ''}</TableCell>
              <TableCell>
                {k.titel}
                {k.herhaling !== 'geen' ? ` (${t(`zorgkring.agenda.hoeVaak.${k.herhaling}`)})` : ''}
              </TableCell>
              <TableCell>{k.plaats}</TableCell>
            </TableRow>
          ))}
        </KolomTabel>
      ) : null}
      <AfspraakFormulier id={id} onMelding={onMelding} />
    </section>
  );
}

function AfspraakFormulier({ id, onMelding }: { id: string; onMelding: Melden }) {
  const { t } = useZkT();
  const maak = useMaakAfspraak(id);
  const form = useFormulier();
  const [v, setV] = useState({ titel: '', datum: '', tijd: '', plaats: '', tot: '' });
  const [herhaling, setHerhaling] = useState<(typeof HERHALINGEN)[number]>('geen');
  const velden = {
    titel: { id: 'zk-afspraak-titel', tekst: t('zorgkring.agenda.fout.titel') },
    datum: { id: 'zk-afspraak-datum', tekst: t('zorgkring.agenda.fout.datum') },
    tijd: { id: 'zk-afspraak-tijd', tekst: t('zorgkring.agenda.fout.tijd') },
    tot: { id: 'zk-afspraak-tot', tekst: t('zorgkring.agenda.fout.tot') },
  };
  const opslaan = (e: FormEvent) => {
    e.preventDefault();
    void form.submit(
      () => {
        const f = [];
        if (!v.titel.trim()) f.push(velden.titel);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v.datum)) f.push(velden.datum);
        if (v.tijd && !/^([01]\d|2[0-3]):[0-5]\d$/.test(v.tijd)) f.push(velden.tijd);
        return f.map((x) => ({ field: x.id, message: x.tekst }));
      },
      async () => {
        await maak.mutateAsync({
          titel: v.titel.trim(),
          datum: v.datum,
          tijd: v.tijd || null,
          plaats: v.plaats.trim(),
          herhaling,
          tot: herhaling !== 'geen' && v.tot ? v.tot : null,
        });
        setV({ titel: '', datum: '', tijd: '', plaats: '', tot: '' });
        setHerhaling('geen');
        onMelding(t('zorgkring.agenda.toegevoegd'));
      },
      (err) => serverFouten(err, velden, { id: velden.titel.id, tekst: t('zorgkring.mislukt') }),
    );
  };
  const zet = (k: keyof typeof v) => (w: string) => setV((o) => ({ ...o, [k]: w }));
  return (
    <form noValidate onSubmit={opslaan} aria-labelledby="zk-afspraak-kop">
      <Heading3 id="zk-afspraak-kop">{t('zorgkring.agenda.nieuw')}</Heading3>
      <ErrorSummary errors={form.errors} attempt={form.attempt} id="zk-afspraak-fouten" />
      <TextField
        id={velden.titel.id}
        label={t('zorgkring.agenda.titel')}
        value={v.titel}
        onChange={zet('titel')}
        error={form.errorFor(velden.titel.id)}
      />
      <TextField
        id={velden.datum.id}
        label={t('zorgkring.agenda.datum')}
        description={t('zorgkring.agenda.datumHint')}
        value={v.datum}
        onChange={zet('datum')}
        error={form.errorFor(velden.datum.id)}
        inputMode="numeric"
      />
      <TextField
        id={velden.tijd.id}
        label={t('zorgkring.agenda.tijd')}
        description={t('zorgkring.agenda.tijdHint')}
        value={v.tijd}
        onChange={zet('tijd')}
        error={form.errorFor(velden.tijd.id)}
        inputMode="numeric"
      />
      <TextField
        id="zk-afspraak-plaats"
        label={t('zorgkring.agenda.plaats')}
        value={v.plaats}
        onChange={zet('plaats')}
      />
      <KeuzeGroep
        id="zk-afspraak-herhaling"
        soort="radio"
        legend={t('zorgkring.agenda.herhaling')}
        opties={HERHALINGEN.map((h) => ({ waarde: h, label: t(`zorgkring.agenda.hoeVaak.${h}`) }))}
        gekozen={[herhaling]}
        onChange={(w) => setHerhaling(w[0] ?? 'geen')}
      />
      {herhaling !== 'geen' ? (
        <TextField
          id={velden.tot.id}
          label={t('zorgkring.agenda.tot')}
          description={t('zorgkring.agenda.datumHint')}
          value={v.tot}
          onChange={zet('tot')}
          error={form.errorFor(velden.tot.id)}
          inputMode="numeric"
        />
      ) : null}
      <Button
        type="submit"
        appearance="secondary-action-button"
        busy={form.busy}
        disabled={form.busy}
      >
        {t('zorgkring.agenda.knop')}
      </Button>
    </form>
  );
}

// --- tasks ------------------------------------------------------------------------------
function TaakRegel({ id, taak, eigenaar }: { id: string; taak: Taak; eigenaar: boolean }) {
  const { t } = useZkT();
  const datum = useDatum();
  const stap = useTaakstap(id);
  const wanneer = taak.datum
    ? t('zorgkring.taken.opDatum', { datum: datum(taak.datum) })
    : taak.weekdag
      ? t('zorgkring.taken.elkeWeek', {
          dag: t(`zorgkring.weekdag.${taak.weekdag}` as 'zorgkring.weekdag.1'),
        })
      : null;
  const status =
    taak.status === 'gedaan'
      ? t('zorgkring.taken.gedaan')
      : taak.status === 'geclaimd'
        ? taak.doorMij
          ? t('zorgkring.taken.doorMij')
          : t('zorgkring.taken.geclaimd', { naam: taak.geclaimdDoor })
        : t('zorgkring.taken.open');
  const knop = (s: 'claimen' | 'teruggeven' | 'gedaan', tekst: string, hoofd = false) => (
    <Button
      appearance={hoofd ? 'primary-action-button' : 'secondary-action-button'}
      disabled={stap.isPending}
      aria-label={`${tekst}: ${taak.titel}`}
      onClick={() => stap.mutate({ taakId: taak.id, stap: s })}
    >
      {tekst}
    </Button>
  );
  return (
    <Kaart id={`zk-taak-${taak.id}`} kop={taak.titel}>
      {wanneer ? <Paragraph>{wanneer}</Paragraph> : null}
      <Paragraph>{status}</Paragraph>
      <ButtonGroup>
        {taak.status === 'open' ? knop('claimen', t('zorgkring.taken.claimen'), true) : null}
        {taak.status === 'geclaimd' && (taak.doorMij || eigenaar)
          ? knop('gedaan', t('zorgkring.taken.klaar'))
          : null}
        {taak.status === 'geclaimd' && (taak.doorMij || eigenaar)
          ? knop('teruggeven', t('zorgkring.taken.teruggeven'))
          : null}
      </ButtonGroup>
      {stap.isError ? (
        <Alert type="error">
          <Paragraph>
            {stap.error instanceof ApiError && stap.error.status === 409
              ? t('zorgkring.taken.alBezet')
              : t('zorgkring.mislukt')}
          </Paragraph>
        </Alert>
      ) : null}
    </Kaart>
  );
}

function Taken({ id, eigenaar, onMelding }: { id: string; eigenaar: boolean; onMelding: Melden }) {
  const { t } = useZkT();
  const q = useTaken(id);
  return (
    <section aria-labelledby="zk-taken">
      <Heading2 id="zk-taken">{t('zorgkring.taken.heading')}</Heading2>
      <Paragraph>{t('zorgkring.taken.uitleg')}</Paragraph>
      {q.isPending ? <DeelSkeleton /> : null}
      {q.isError ? <Laadfout error={q.error} onRetry={() => void q.refetch()} /> : null}
      {q.data?.taken.length === 0 ? <Paragraph>{t('zorgkring.taken.geen')}</Paragraph> : null}
      {q.data?.taken.map((taak) => (
        <TaakRegel key={taak.id} id={id} taak={taak} eigenaar={eigenaar} />
      ))}
      <TaakFormulier id={id} onMelding={onMelding} />
    </section>
  );
}

function TaakFormulier({ id, onMelding }: { id: string; onMelding: Melden }) {
  const { t } = useZkT();
  const maak = useMaakTaak(id);
  const form = useFormulier();
  const [titel, setTitel] = useState('');
  const [dag, setDag] = useState<number>(0);
  const veld = { id: 'zk-taak-titel', tekst: t('zorgkring.taken.fout.titel') };
  const opslaan = (e: FormEvent) => {
    e.preventDefault();
    void form.submit(
      () => (titel.trim() ? [] : [{ field: veld.id, message: veld.tekst }]),
      async () => {
        await maak.mutateAsync({ titel: titel.trim(), weekdag: dag || null });
        setTitel('');
        setDag(0);
        onMelding(t('zorgkring.taken.toegevoegd'));
      },
      (err) => serverFouten(err, { titel: veld }, { id: veld.id, tekst: t('zorgkring.mislukt') }),
    );
  };
  return (
    <form noValidate onSubmit={opslaan} aria-labelledby="zk-taak-kop">
      <Heading3 id="zk-taak-kop">{t('zorgkring.taken.nieuw')}</Heading3>
      <ErrorSummary errors={form.errors} attempt={form.attempt} id="zk-taak-fouten" />
      <TextField
        id={veld.id}
        label={t('zorgkring.taken.titel')}
        description={t('zorgkring.taken.titelHint')}
        value={titel}
        onChange={setTitel}
        error={form.errorFor(veld.id)}
      />
      <KeuzeGroep
        id="zk-taak-dag"
        soort="radio"
        legend={t('zorgkring.taken.wanneer')}
        opties={[
          { waarde: 0, label: t('zorgkring.taken.geenDag') },
          ...WEEKDAGEN.map((d) => ({
            waarde: d,
            label: t('zorgkring.taken.elkeWeek', {
              dag: t(`zorgkring.weekdag.${d}` as 'zorgkring.weekdag.1'),
            }),
          })),
        ]}
        gekozen={[dag]}
        onChange={(w) => setDag(w[0] ?? 0)}
      />
      <Button
        type="submit"
        appearance="secondary-action-button"
        busy={form.busy}
        disabled={form.busy}
      >
        {t('zorgkring.taken.knop')}
      </Button>
    </form>
  );
}

// --- messages ---------------------------------------------------------------------------
function Berichten({ id }: { id: string }) {
  const { t } = useZkT();
  const { tijd } = useTijd();
  const q = useBerichten(id);
  const schrijf = useSchrijf(id);
  const form = useFormulier();
  const [tekst, setTekst] = useState('');
  const veld = { id: 'zk-bericht', tekst: t('zorgkring.berichten.fout') };
  const stuur = (e: FormEvent) => {
    e.preventDefault();
    void form.submit(
      () => (tekst.trim() ? [] : [{ field: veld.id, message: veld.tekst }]),
      async () => {
        await schrijf.mutateAsync(tekst.trim());
        setTekst('');
      },
      (err) => serverFouten(err, { tekst: veld }, { id: veld.id, tekst: t('zorgkring.mislukt') }),
    );
  };
  return (
    <section aria-labelledby="zk-berichten">
      <Heading2 id="zk-berichten">{t('zorgkring.berichten.heading')}</Heading2>
      {q.isPending ? <DeelSkeleton /> : null}
      {q.isError ? <Laadfout error={q.error} onRetry={() => void q.refetch()} /> : null}
      {q.data?.berichten.length === 0 ? (
        <Paragraph>{t('zorgkring.berichten.geen')}</Paragraph>
      ) : null}
      {q.data && q.data.berichten.length > 0 ? (
        <ol className="kring-zk-berichten">
          {q.data.berichten.map((b) => (
            <li key={b.id}>
              <Paragraph>
                <strong>{b.vanMij ? t('zorgkring.berichten.vanMij') : b.naam}</strong>,{' '}
                <time dateTime={b.op}>{tijd(b.op)}</time>
              </Paragraph>
              <Paragraph>{b.tekst}</Paragraph>
            </li>
          ))}
        </ol>
      ) : null}
      <form noValidate onSubmit={stuur}>
        <ErrorSummary errors={form.errors} attempt={form.attempt} id="zk-bericht-fouten" />
        <Tekstvak
          id={veld.id}
          label={t('zorgkring.berichten.nieuw')}
          waarde={tekst}
          onChange={setTekst}
          fout={form.errorFor(veld.id)}
          rijen={3}
        />
        <Button
          type="submit"
          appearance="secondary-action-button"
          busy={form.busy}
          disabled={form.busy}
        >
          {t('zorgkring.berichten.knop')}
        </Button>
      </form>
    </section>
  );
}

// --- notes ------------------------------------------------------------------------------
function Notities({ id, kring, onMelding }: { id: string; kring: Kring; onMelding: Melden }) {
  const { t } = useZkT();
  const { tijd } = useTijd();
  const q = useNotities(id);
  const maak = useMaakNotitie(id);
  const form = useFormulier();
  const [tekst, setTekst] = useState('');
  const [wie, setWie] = useState<Zichtbaarheid | null>(null);
  // Only the levels this member may read themselves (the server checks the same).
  const mogelijk = ZICHTBAARHEDEN.filter(
    (z) =>
      z === 'kring' ||
      kring.mijnRol === 'mantelzorger' ||
      (z === 'mantelzorger-en-professionals' && kring.mijnRol === 'professional'),
  );
  const velden = {
    tekst: { id: 'zk-notitie', tekst: t('zorgkring.notities.fout.tekst') },
    zichtbaarheid: { id: 'zk-notitie-wie', tekst: t('zorgkring.notities.fout.zichtbaarheid') },
  };
  const opslaan = (e: FormEvent) => {
    e.preventDefault();
    void form.submit(
      () => [
        ...(tekst.trim() ? [] : [{ field: velden.tekst.id, message: velden.tekst.tekst }]),
        ...(wie ? [] : [{ field: velden.zichtbaarheid.id, message: velden.zichtbaarheid.tekst }]),
      ],
      async () => {
        await maak.mutateAsync({ tekst: tekst.trim(), zichtbaarheid: wie });
        setTekst('');
        setWie(null);
        onMelding(t('zorgkring.notities.opgeslagen'));
      },
      (err) => serverFouten(err, velden, { id: velden.tekst.id, tekst: t('zorgkring.mislukt') }),
    );
  };
  return (
    <section aria-labelledby="zk-notities">
      <Heading2 id="zk-notities">{t('zorgkring.notities.heading')}</Heading2>
      <Paragraph>{t('zorgkring.notities.uitleg')}</Paragraph>
      {q.isPending ? <DeelSkeleton /> : null}
      {q.isError ? <Laadfout error={q.error} onRetry={() => void q.refetch()} /> : null}
      {q.data?.notities.length === 0 ? <Paragraph>{t('zorgkring.notities.geen')}</Paragraph> : null}
      {q.data?.notities.map((n) => (
        <Kaart key={n.id} id={`zk-notitie-${n.id}`} kop={`${n.naam}, ${tijd(n.op)}`}>
          <Paragraph>{n.tekst}</Paragraph>
          <Paragraph>
            {t('zorgkring.notities.voor', {
              wie: t(`zorgkring.notities.zichtbaarheid.${n.zichtbaarheid}`),
            })}
          </Paragraph>
        </Kaart>
      ))}
      <form noValidate onSubmit={opslaan}>
        <ErrorSummary errors={form.errors} attempt={form.attempt} id="zk-notitie-fouten" />
        <Tekstvak
          id={velden.tekst.id}
          label={t('zorgkring.notities.tekst')}
          waarde={tekst}
          onChange={setTekst}
          fout={form.errorFor(velden.tekst.id)}
          rijen={3}
        />
        <KeuzeGroep
          id={velden.zichtbaarheid.id}
          soort="radio"
          legend={t('zorgkring.notities.wie')}
          opties={mogelijk.map((z) => ({
            waarde: z,
            label: t(`zorgkring.notities.zichtbaarheid.${z}`),
          }))}
          gekozen={wie ? [wie] : []}
          onChange={(w) => setWie(w[0] ?? null)}
          fout={form.errorFor(velden.zichtbaarheid.id)}
        />
        <Button
          type="submit"
          appearance="secondary-action-button"
          busy={form.busy}
          disabled={form.busy}
        >
          {t('zorgkring.notities.knop')}
        </Button>
      </form>
    </section>
  );
}

// --- members ----------------------------------------------------------------------------
function Leden({ kring, onMelding }: { kring: Kring; onMelding: Melden }) {
  const { t } = useZkT();
  const navigate = useNavigate();
  const verwijder = useVerwijderLid(kring.id);
  const weg = useVerwijderKring();
  const eigenaar = kring.mijnRol === 'mantelzorger';
  return (
    <section aria-labelledby="zk-leden">
      <Heading2 id="zk-leden">{t('zorgkring.leden.heading')}</Heading2>
      <ul className="kring-zk-lijst">
        {kring.leden.map((l) => (
          <li key={l.accountId}>
            {l.naam} {l.ikZelf ? t('zorgkring.leden.ikZelf') : ''} – {t(`zorgkring.rol.${l.rol}`)}
            {eigenaar && !l.ikZelf ? (
              <MetBevestiging
                knop={`${t('zorgkring.leden.verwijderen')}: ${l.naam}`}
                vraag={t('zorgkring.leden.verwijderenVraag', { naam: l.naam })}
                ja={t('zorgkring.leden.verwijderenJa')}
                bezig={verwijder.isPending}
                onJa={() =>
                  verwijder.mutate(l.accountId, {
                    onSuccess: () => onMelding(t('zorgkring.leden.verwijderd')),
                  })
                }
              />
            ) : null}
          </li>
        ))}
        {kring.uitnodigingen.map((u) => (
          <li key={u.id}>
            {u.eMailadres} – {t(`zorgkring.rol.${u.rol}`)} – {t('zorgkring.leden.wachten')}
          </li>
        ))}
      </ul>
      {eigenaar ? <UitnodigFormulier id={kring.id} onMelding={onMelding} /> : null}
      <ButtonGroup>
        {eigenaar ? (
          <MetBevestiging
            knop={t('zorgkring.leden.kringVerwijderen')}
            vraag={t('zorgkring.leden.kringVerwijderenVraag')}
            ja={t('zorgkring.leden.kringVerwijderenJa')}
            bezig={weg.isPending}
            onJa={() => weg.mutate(kring.id, { onSuccess: () => navigate(BASIS) })}
          />
        ) : (
          <MetBevestiging
            knop={t('zorgkring.leden.verlaten')}
            vraag={t('zorgkring.leden.verlatenVraag')}
            ja={t('zorgkring.leden.verlatenJa')}
            bezig={verwijder.isPending}
            onJa={() =>
              verwijder.mutate(kring.leden.find((l) => l.ikZelf)!.accountId, {
                onSuccess: () => navigate(BASIS),
              })
            }
          />
        )}
      </ButtonGroup>
      {verwijder.isError || weg.isError ? (
        <Alert type="error">
          <Paragraph>{t('zorgkring.mislukt')}</Paragraph>
        </Alert>
      ) : null}
    </section>
  );
}

function UitnodigFormulier({ id, onMelding }: { id: string; onMelding: Melden }) {
  const { t } = useZkT();
  const nodig = useNodigUit(id);
  const form = useFormulier();
  const [email, setEmail] = useState('');
  const [rol, setRol] = useState<(typeof ROLLEN)[number] | null>(null);
  const [bericht, setBericht] = useState('');
  const velden = {
    eMailadres: { id: 'zk-uitn-email', tekst: t('zorgkring.uitnodigen.fout.email') },
    rol: { id: 'zk-uitn-rol', tekst: t('zorgkring.uitnodigen.fout.rol') },
    bericht: { id: 'zk-uitn-bericht', tekst: t('zorgkring.uitnodigen.fout.bericht') },
  };
  const stuur = (e: FormEvent) => {
    e.preventDefault();
    void form.submit(
      () => [
        ...(/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())
          ? []
          : [{ field: velden.eMailadres.id, message: velden.eMailadres.tekst }]),
        ...(rol ? [] : [{ field: velden.rol.id, message: velden.rol.tekst }]),
      ],
      async () => {
        await nodig.mutateAsync({ eMailadres: email.trim(), rol: rol!, bericht: bericht.trim() });
        setEmail('');
        setRol(null);
        setBericht('');
        onMelding(t('zorgkring.uitnodigen.verstuurd'));
      },
      (err) =>
        err instanceof ApiError && err.status === 409
          ? [{ field: velden.eMailadres.id, message: t('zorgkring.uitnodigen.al') }]
          : serverFouten(err, velden, { id: velden.eMailadres.id, tekst: t('zorgkring.mislukt') }),
    );
  };
  return (
    <form noValidate onSubmit={stuur} aria-labelledby="zk-uitn-kop">
      <Heading3 id="zk-uitn-kop">{t('zorgkring.uitnodigen.heading')}</Heading3>
      <Paragraph>{t('zorgkring.uitnodigen.uitleg')}</Paragraph>
      <ErrorSummary errors={form.errors} attempt={form.attempt} id="zk-uitn-fouten" />
      <TextField
        id={velden.eMailadres.id}
        type="email"
        autoComplete="off"
        label={t('zorgkring.uitnodigen.email')}
        description={t('zorgkring.uitnodigen.emailHint')}
        value={email}
        onChange={setEmail}
        error={form.errorFor(velden.eMailadres.id)}
      />
      <KeuzeGroep
        id={velden.rol.id}
        soort="radio"
        legend={t('zorgkring.uitnodigen.rol')}
        hint={t('zorgkring.uitnodigen.professionalHint')}
        opties={ROLLEN.map((r) => ({ waarde: r, label: t(`zorgkring.rol.${r}`) }))}
        gekozen={rol ? [rol] : []}
        onChange={(w) => setRol(w[0] ?? null)}
        fout={form.errorFor(velden.rol.id)}
      />
      <Tekstvak
        id={velden.bericht.id}
        label={t('zorgkring.uitnodigen.bericht')}
        hint={t('zorgkring.uitnodigen.berichtHint')}
        waarde={bericht}
        onChange={setBericht}
        fout={form.errorFor(velden.bericht.id)}
        rijen={3}
      />
      <Button
        type="submit"
        appearance="primary-action-button"
        busy={form.busy}
        disabled={form.busy}
      >
        {t('zorgkring.uitnodigen.knop')}
      </Button>
    </form>
  );
}

// --- the page ---------------------------------------------------------------------------
/** One circle: agenda, tasks, messages, notes and members, each a section with a heading. */
export function KringPagina() {
  const { t } = useZkT();
  const { id = '' } = useParams();
  const q = useKring(id);
  const [melding, setMelding] = useState<string | null>(null);
  useDocumentTitle(
    q.data ? t('zorgkring.kring.title', { voorWie: q.data.voorWie }) : t('zorgkring.title'),
  );
  const fout = q.error instanceof ApiError ? q.error.status : 0;
  return (
    <>
      <Paragraph>
        <RouterLink to={BASIS}>{t('zorgkring.kring.terug')}</RouterLink>
      </Paragraph>
      <PageHeading>
        {q.data ? t('zorgkring.kring.title', { voorWie: q.data.voorWie }) : t('zorgkring.title')}
      </PageHeading>
      {q.isPending ? <DeelSkeleton /> : null}
      {fout === 401 ? <InloggenNodig terug={`${BASIS}/${id}`} /> : null}
      {fout === 404 ? (
        <Alert type="warning">
          <Paragraph>{t('zorgkring.kring.nietGevonden')}</Paragraph>
        </Alert>
      ) : null}
      {q.isError && fout !== 401 && fout !== 404 ? (
        <Laadfout error={q.error} onRetry={() => void q.refetch()} />
      ) : null}
      {q.data ? (
        <>
          <Paragraph>
            {t('zorgkring.rolVanMij', { rol: t(`zorgkring.rol.${q.data.mijnRol}`) })}
          </Paragraph>
          <nav aria-labelledby="zk-inhoud">
            <Paragraph id="zk-inhoud">{t('zorgkring.kring.inhoud')}</Paragraph>
            <ul className="kring-zk-lijst">
              {(['agenda', 'taken', 'berichten', 'notities', 'leden'] as const).map((s) => (
                <li key={s}>
                  <a href={`#zk-${s}`}>{t(`zorgkring.${s}.heading`)}</a>
                </li>
              ))}
            </ul>
          </nav>
          <Melding tekst={melding} />
          <Agenda id={id} onMelding={setMelding} />
          <Taken id={id} eigenaar={q.data.mijnRol === 'mantelzorger'} onMelding={setMelding} />
          <Berichten id={id} />
          <Notities id={id} kring={q.data} onMelding={setMelding} />
          <Leden kring={q.data} onMelding={setMelding} />
        </>
      ) : null}
    </>
  );
}
