import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import {
  type InstrumentAntwoord,
  useInstrument,
  useWijzigInstrument,
} from '../../api/draaglast.ts';
import { ErrorSummary, type FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { TextField } from '../../components/formulier/TextField.tsx';
import { useFormulier } from '../../components/formulier/useFormulier.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { DeelSkeleton } from '../hulp-vragen/formulier.tsx';
import { Laadfout } from '../mijn-kring/onderdelen.tsx';
import { useDlT } from './onderdelen.tsx';

type Drempel = 'licht' | 'matig' | 'zwaar';
const DREMPELS: readonly Drempel[] = ['licht', 'matig', 'zwaar'];

/**
 * The gemeente's questions (their texts) and band thresholds. The server validates them
 * again (both parts, texts 5–200 characters, thresholds 1–100 and increasing); its field
 * names (`body.vragen.2.tekst`, `body.drempels.matig`) point at the fields here.
 */
function Formulier({ instrument }: { instrument: InstrumentAntwoord }) {
  const { t } = useDlT();
  const wijzig = useWijzigInstrument();
  const form = useFormulier();
  const [teksten, setTeksten] = useState(instrument.vragen.map((v) => v.tekst));
  const [drempels, setDrempels] = useState(
    Object.fromEntries(DREMPELS.map((d) => [d, String(instrument.drempels[d])])) as Record<
      Drempel,
      string
    >,
  );
  const [klaar, setKlaar] = useState(false);
  const getal = (s: string) => (/^\d{1,3}$/.test(s.trim()) ? Number(s.trim()) : Number.NaN);

  const controleer = (): FieldError[] => {
    const fouten: FieldError[] = [];
    teksten.forEach((tekst, i) => {
      const n = tekst.trim().length;
      if (n < 5 || n > 200) {
        fouten.push({
          field: `dl-i-vraag-${i}`,
          message: t('draaglast.instrument.fout.tekst', { nummer: i + 1 }),
        });
      }
    });
    const w = DREMPELS.map((d) => getal(drempels[d]));
    DREMPELS.forEach((d, i) => {
      const x = w[i]!;
      if (!(x >= 1 && x <= 100)) {
        fouten.push({
          field: `dl-i-${d}`,
          message: t('draaglast.instrument.fout.getal', { band: t(`draaglast.band.${d}`) }),
        });
      } else if (i > 0 && !(x > w[i - 1]!)) {
        fouten.push({
          field: `dl-i-${d}`,
          message: t('draaglast.instrument.fout.oplopend', { band: t(`draaglast.band.${d}`) }),
        });
      }
    });
    return fouten;
  };

  const vanServer = (error: unknown): FieldError[] => {
    const namen = error instanceof ApiError ? (error.problem?.invalidParams ?? []) : [];
    const fouten = namen.flatMap((p): FieldError[] => {
      const vraag = /^body\.vragen\.(\d+)\.tekst$/.exec(p.name);
      if (vraag) {
        const i = Number(vraag[1]);
        return [
          {
            field: `dl-i-vraag-${i}`,
            message: t('draaglast.instrument.fout.tekst', { nummer: i + 1 }),
          },
        ];
      }
      const d = DREMPELS.find((x) => p.name === `body.drempels.${x}`);
      return d
        ? [
            {
              field: `dl-i-${d}`,
              message: t('draaglast.instrument.fout.oplopend', { band: t(`draaglast.band.${d}`) }),
            },
          ]
        : [];
    });
    return fouten.length > 0
      ? fouten
      : [{ field: 'dl-i-opslaan', message: t('draaglast.consulent.mislukt') }];
  };

  const opslaan = () => {
    setKlaar(false);
    return form.submit(
      controleer,
      async () => {
        await wijzig.mutateAsync({
          vragen: instrument.vragen.map((v, i) => ({ ...v, tekst: teksten[i]!.trim() })),
          drempels: {
            licht: getal(drempels.licht),
            matig: getal(drempels.matig),
            zwaar: getal(drempels.zwaar),
          },
        });
        setKlaar(true);
      },
      vanServer,
    );
  };

  const deel = (soort: 'last' | 'kracht') => (
    <section aria-labelledby={`dl-i-${soort}`}>
      <Heading2 id={`dl-i-${soort}`}>
        {t(soort === 'last' ? 'draaglast.formulier.deelLast' : 'draaglast.formulier.deelKracht')}
      </Heading2>
      {instrument.vragen.map((v, i) =>
        v.deel === soort ? (
          <TextField
            key={v.id}
            id={`dl-i-vraag-${i}`}
            label={t('draaglast.instrument.vraag', { nummer: i + 1 })}
            value={teksten[i]!}
            onChange={(w) => setTeksten((ts) => ts.map((x, j) => (j === i ? w : x)))}
            error={form.errorFor(`dl-i-vraag-${i}`)}
          />
        ) : null,
      )}
    </section>
  );

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void opslaan();
      }}
    >
      <ErrorSummary errors={form.errors} attempt={form.attempt} />
      <div role="status">
        {klaar ? (
          <Alert type="ok">
            <Paragraph>{t('draaglast.instrument.klaar')}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {deel('last')}
      {deel('kracht')}
      <section aria-labelledby="dl-i-grenzen">
        <Heading2 id="dl-i-grenzen">{t('draaglast.instrument.grenzen')}</Heading2>
        <Paragraph>{t('draaglast.instrument.grenzenUitleg')}</Paragraph>
        {DREMPELS.map((d) => (
          <TextField
            key={d}
            id={`dl-i-${d}`}
            label={t('draaglast.instrument.grens', { band: t(`draaglast.band.${d}`) })}
            value={drempels[d]}
            inputMode="numeric"
            onChange={(w) => setDrempels((x) => ({ ...x, [d]: w }))}
            error={form.errorFor(`dl-i-${d}`)}
          />
        ))}
      </section>
      <Button
        id="dl-i-opslaan"
        type="submit"
        appearance="primary-action-button"
        disabled={form.busy}
      >
        {t('draaglast.instrument.opslaan')}
      </Button>
    </form>
  );
}

/** `/werkplek/draaglast/instrument`: the functioneel beheerder or a consulent. */
export function InstrumentPagina() {
  const { t } = useDlT();
  const q = useInstrument();
  useDocumentTitle(t('draaglast.instrument.titel'));
  return (
    <>
      <PageHeading>{t('draaglast.instrument.titel')}</PageHeading>
      <Paragraph>{t('draaglast.instrument.intro')}</Paragraph>
      {q.isPending ? <DeelSkeleton /> : null}
      {q.isError ? <Laadfout error={q.error} onRetry={() => void q.refetch()} /> : null}
      {q.data ? <Formulier instrument={q.data} /> : null}
      <Paragraph>
        <RouterLink to="/werkplek/draaglast">{t('draaglast.consulent.terug')}</RouterLink>
      </Paragraph>
    </>
  );
}
