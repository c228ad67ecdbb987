import { Button } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { EINDE_REDENEN, type EindeReden } from '../../../shared/koppeling.ts';
import { type Koppeling, useKoppelingStap } from '../../api/loketWerk.ts';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import { Foutoverzicht, Groep, Keuzes, type Melding, TekstVak } from '../hulp-vragen/formulier.tsx';

type Handeling = Koppeling['mogelijk'][number];

/**
 * The coordinator's steps on one match (the workflow says which: `mogelijk`). Approving and
 * starting happen at once; withdrawing asks why in a few words, ending asks for the reason
 * (kept for outcome measurement) — each in a small form with its error summary.
 */
export function KoppelingStappen({
  k,
  onMelding,
}: {
  k: Koppeling;
  onMelding: (tekst: string) => void;
}) {
  const { t } = useDeelVertaling<'loketWerk' | 'loket' | 'koppelingVervolg'>();
  const stap = useKoppelingStap();
  const [open, setOpen] = useState<'afwijzen' | 'beeindigen' | null>(null);
  const [reden, setReden] = useState<EindeReden | undefined>(undefined);
  const [toelichting, setToelichting] = useState('');
  const [meldingen, setMeldingen] = useState<Melding[]>([]);
  const [poging, setPoging] = useState(0);
  const id = `lw-stap-${k.id}`;
  const fout = (veld: string) => meldingen.find((m) => m.veld === veld)?.tekst;

  const zet = (handeling: Handeling, extra: { reden?: EindeReden; toelichting?: string } = {}) =>
    stap.mutate(
      { id: k.id, handeling, ...extra },
      {
        onSuccess: (nieuw) => {
          setOpen(null);
          setMeldingen([]);
          onMelding(
            t('loketWerk.koppelingen.stapGedaan', {
              inwoner: k.inwoner,
              vrijwilliger: k.vrijwilliger,
              status: t(`loketWerk.koppelingStatus.${nieuw.status}`),
            }),
          );
        },
        onError: () => setMeldingen([{ veld: id, tekst: t('loketWerk.koppelingen.stapMislukt') }]),
      },
    );

  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    setPoging((n) => n + 1);
    const fouten: Melding[] = [];
    if (open === 'afwijzen' && !toelichting.trim()) {
      fouten.push({
        veld: `${id}-toelichting`,
        tekst: t('loketWerk.koppelingen.fout.toelichting'),
      });
    }
    if (open === 'beeindigen' && !reden) {
      fouten.push({ veld: `${id}-reden`, tekst: t('loketWerk.koppelingen.fout.reden') });
    }
    setMeldingen(fouten);
    if (fouten.length > 0 || !open) return;
    zet(open, {
      ...(reden && open === 'beeindigen' ? { reden } : {}),
      ...(toelichting.trim() ? { toelichting: toelichting.trim() } : {}),
    });
  };

  if (k.mogelijk.length === 0) return null;
  if (open) {
    return (
      <form noValidate onSubmit={verstuur} className="kring-hv-form">
        <Foutoverzicht meldingen={meldingen} poging={poging} id={`${id}-fouten`} />
        {open === 'beeindigen' ? (
          <Groep
            id={`${id}-reden`}
            legenda={t('loketWerk.koppelingen.redenLabel')}
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
        ) : null}
        <TekstVak
          id={`${id}-toelichting`}
          label={
            open === 'afwijzen'
              ? t('loketWerk.koppelingen.intrekkenLabel')
              : t('loketWerk.koppelingen.toelichting')
          }
          waarde={toelichting}
          onChange={setToelichting}
          fout={fout(`${id}-toelichting`)}
          rijen={2}
        />
        <div className="kring-lw-knoppen">
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={stap.isPending}
            disabled={stap.isPending}
          >
            {t('loketWerk.koppelingen.bevestig')}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => setOpen(null)}>
            {t('loketWerk.koppelingen.annuleer')}
          </Button>
        </div>
      </form>
    );
  }
  return (
    <div className="kring-lw-knoppen" id={id}>
      {k.mogelijk.map((h) => (
        <Button
          key={h}
          appearance={
            h === 'goedkeuren' || h === 'starten'
              ? 'primary-action-button'
              : 'secondary-action-button'
          }
          disabled={stap.isPending}
          aria-label={`${t(`loketWerk.koppelingen.stap.${h}`)}: ${k.inwoner} – ${k.vrijwilliger}`}
          onClick={() => (h === 'afwijzen' || h === 'beeindigen' ? setOpen(h) : zet(h))}
        >
          {t(`loketWerk.koppelingen.stap.${h}`)}
        </Button>
      ))}
      {fout(id) ? <p className="kring-lw-fout">{fout(id)}</p> : null}
    </div>
  );
}
