import { Button, Heading4, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import type { EvaluatieInvoer, MijnStap } from '../../../server/modules/koppelingen/model.ts';
import {
  EINDE_REDENEN,
  type EindeReden,
  EVALUATIE_OORDELEN,
  type EvaluatieOordeel,
} from '../../../shared/koppeling.ts';
import { apiSend } from '../../api/client.ts';
import { type MijnKoppeling, useActie } from '../../api/mijnKring.ts';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import { Foutoverzicht, Groep, Keuzes, type Melding, TekstVak } from '../hulp-vragen/formulier.tsx';

type Melden = (tekst: string) => void;

/*
 * What follows "both said yes": after the introduction go on or stop, later stop with a
 * reason, and a month after the start say how it goes.
 */

const te = (n: string) => [...n.trim()].length > 1000;

/** "Het klikt, we gaan door" or "we stoppen" (kennismaking), or only "stoppen" (actief). */
function DoorgaanOfStoppen({ k, onMelding }: { k: MijnKoppeling; onMelding: Melden }) {
  const { t } = useDeelVertaling<'mijnKring' | 'koppelingVervolg'>();
  const stap = useActie(({ id, ...invoer }: MijnStap & { id: string }) =>
    apiSend<MijnKoppeling>('POST', `/mijn/koppelingen/${id}/stappen`, invoer),
  );
  const kanStarten = k.mogelijk.includes('starten');
  const [keuze, setKeuze] = useState<'door' | 'stop' | undefined>(undefined);
  const [reden, setReden] = useState<EindeReden | undefined>(undefined);
  const [toelichting, setToelichting] = useState('');
  const [meldingen, setMeldingen] = useState<Melding[]>([]);
  const [poging, setPoging] = useState(0);
  const id = `vervolg-${k.id}`;
  const fout = (veld: string) => meldingen.find((m) => m.veld === veld)?.tekst;
  const stoppen = keuze === 'stop' || !kanStarten;

  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    setPoging((n) => n + 1);
    const fouten: Melding[] = [];
    if (kanStarten && !keuze) fouten.push({ veld: id, tekst: t('koppelingVervolg.fout.keuze') });
    if (stoppen && keuze !== undefined && !reden) {
      fouten.push({ veld: `${id}-reden`, tekst: t('koppelingVervolg.fout.reden') });
    }
    if (!kanStarten && !reden) {
      fouten.push({ veld: `${id}-reden`, tekst: t('koppelingVervolg.fout.reden') });
    }
    if (te(toelichting)) {
      fouten.push({ veld: `${id}-toelichting`, tekst: t('koppelingVervolg.fout.lang') });
    }
    setMeldingen(fouten);
    if (fouten.length > 0) return;
    const invoer: MijnStap & { id: string } = stoppen
      ? {
          id: k.id,
          handeling: 'beeindigen',
          ...(reden ? { reden } : {}),
          ...(toelichting.trim() ? { toelichting: toelichting.trim() } : {}),
        }
      : { id: k.id, handeling: 'starten' };
    stap.mutate(invoer, {
      onSuccess: () =>
        onMelding(stoppen ? t('koppelingVervolg.gestopt') : t('koppelingVervolg.gestart')),
      onError: () => setMeldingen([{ veld: id, tekst: t('mijnKring.mislukt') }]),
    });
  };

  return (
    <form noValidate onSubmit={verstuur} className="kring-hv-form">
      <Heading4>
        {kanStarten ? t('koppelingVervolg.kennismakingKop') : t('koppelingVervolg.stoppenKop')}
      </Heading4>
      <Foutoverzicht meldingen={meldingen} poging={poging} id={`${id}-fouten`} />
      {kanStarten ? (
        <Groep id={id} legenda={t('koppelingVervolg.kennismakingVraag')} fout={fout(id)}>
          <Keuzes
            id={id}
            waarde={keuze}
            onChange={setKeuze}
            fout={fout(id)}
            opties={[
              { waarde: 'door', label: t('koppelingVervolg.doorgaan') },
              { waarde: 'stop', label: t('koppelingVervolg.stoppen') },
            ]}
          />
        </Groep>
      ) : null}
      {stoppen && (keuze === 'stop' || !kanStarten) ? (
        <>
          <Groep
            id={`${id}-reden`}
            legenda={t('koppelingVervolg.redenVraag')}
            fout={fout(`${id}-reden`)}
          >
            <Keuzes
              id={`${id}-reden`}
              waarde={reden}
              onChange={setReden}
              fout={fout(`${id}-reden`)}
              opties={EINDE_REDENEN.map((r) => ({
                waarde: r,
                label: t(`koppelingVervolg.eindeReden.${r}`),
              }))}
            />
          </Groep>
          <TekstVak
            id={`${id}-toelichting`}
            label={t('koppelingVervolg.toelichting')}
            hint={t('koppelingVervolg.toelichtingHint')}
            waarde={toelichting}
            onChange={setToelichting}
            fout={fout(`${id}-toelichting`)}
            rijen={3}
          />
        </>
      ) : null}
      <Button
        type="submit"
        appearance={kanStarten ? 'primary-action-button' : 'secondary-action-button'}
        busy={stap.isPending}
        disabled={stap.isPending}
      >
        {t('koppelingVervolg.versturen')}
      </Button>
    </form>
  );
}

/** A month after the start: how it goes and whether to go on; once. */
function Evaluatie({ k, onMelding }: { k: MijnKoppeling; onMelding: Melden }) {
  const { t } = useDeelVertaling<'mijnKring' | 'koppelingVervolg'>();
  const stuur = useActie(({ id, ...invoer }: EvaluatieInvoer & { id: string }) =>
    apiSend<MijnKoppeling>('POST', `/mijn/koppelingen/${id}/evaluatie`, invoer),
  );
  const [oordeel, setOordeel] = useState<EvaluatieOordeel | undefined>(undefined);
  const [doorgaan, setDoorgaan] = useState<'ja' | 'nee' | undefined>(undefined);
  const [opmerking, setOpmerking] = useState('');
  const [meldingen, setMeldingen] = useState<Melding[]>([]);
  const [poging, setPoging] = useState(0);
  const id = `evaluatie-${k.id}`;
  const fout = (veld: string) => meldingen.find((m) => m.veld === veld)?.tekst;

  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    setPoging((n) => n + 1);
    const fouten: Melding[] = [];
    if (!oordeel) fouten.push({ veld: id, tekst: t('koppelingVervolg.fout.oordeel') });
    if (!doorgaan) {
      fouten.push({ veld: `${id}-door`, tekst: t('koppelingVervolg.fout.doorgaan') });
    }
    if (te(opmerking)) {
      fouten.push({ veld: `${id}-opmerking`, tekst: t('koppelingVervolg.fout.lang') });
    }
    setMeldingen(fouten);
    if (fouten.length > 0 || !oordeel) return;
    stuur.mutate(
      {
        id: k.id,
        oordeel,
        doorgaan: doorgaan === 'ja',
        ...(opmerking.trim() ? { opmerking: opmerking.trim() } : {}),
      },
      {
        onSuccess: () => onMelding(t('koppelingVervolg.bedankt')),
        onError: () => setMeldingen([{ veld: id, tekst: t('mijnKring.mislukt') }]),
      },
    );
  };

  return (
    <form noValidate onSubmit={verstuur} className="kring-hv-form">
      <Heading4>{t('koppelingVervolg.evaluatieKop')}</Heading4>
      <Paragraph>{t('koppelingVervolg.evaluatieIntro')}</Paragraph>
      <Foutoverzicht meldingen={meldingen} poging={poging} id={`${id}-fouten`} />
      <Groep id={id} legenda={t('koppelingVervolg.oordeelVraag')} fout={fout(id)}>
        <Keuzes
          id={id}
          waarde={oordeel}
          onChange={setOordeel}
          fout={fout(id)}
          opties={EVALUATIE_OORDELEN.map((o) => ({
            waarde: o,
            label: t(`koppelingVervolg.oordeel.${o}`),
          }))}
        />
      </Groep>
      <Groep
        id={`${id}-door`}
        legenda={t('koppelingVervolg.doorgaanVraag')}
        fout={fout(`${id}-door`)}
      >
        <Keuzes
          id={`${id}-door`}
          waarde={doorgaan}
          onChange={setDoorgaan}
          fout={fout(`${id}-door`)}
          opties={[
            { waarde: 'ja', label: t('koppelingVervolg.ja') },
            { waarde: 'nee', label: t('koppelingVervolg.nee') },
          ]}
        />
      </Groep>
      <TekstVak
        id={`${id}-opmerking`}
        label={t('koppelingVervolg.opmerking')}
        hint={t('koppelingVervolg.opmerkingHint')}
        waarde={opmerking}
        onChange={setOpmerking}
        fout={fout(`${id}-opmerking`)}
        rijen={3}
      />
      <Button
        type="submit"
        appearance="primary-action-button"
        busy={stuur.isPending}
        disabled={stuur.isPending}
      >
        {t('koppelingVervolg.versturen')}
      </Button>
    </form>
  );
}

/** The next step of a running match for one side, as the workflow allows it now. */
export function KoppelingVervolg({ k, onMelding }: { k: MijnKoppeling; onMelding: Melden }) {
  const { t } = useDeelVertaling<'mijnKring' | 'koppelingVervolg'>();
  return (
    <>
      {k.eindeReden ? (
        <Paragraph>
          {t('koppelingVervolg.gestoptMet', {
            reden: t(`koppelingVervolg.eindeReden.${k.eindeReden}`),
          })}
        </Paragraph>
      ) : null}
      {k.mogelijk.includes('evalueren') ? <Evaluatie k={k} onMelding={onMelding} /> : null}
      {k.evaluatie?.mijnAntwoord ? (
        <Paragraph>
          {t('koppelingVervolg.mijnAntwoord', {
            oordeel: t(`koppelingVervolg.oordeel.${k.evaluatie.mijnAntwoord.oordeel}`),
          })}
        </Paragraph>
      ) : null}
      {k.mogelijk.includes('beeindigen') ? <DoorgaanOfStoppen k={k} onMelding={onMelding} /> : null}
    </>
  );
}
