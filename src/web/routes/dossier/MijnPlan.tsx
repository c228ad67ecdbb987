import './mijn-plan.css';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import type { Actie, Plan } from '../../../server/modules/plannen/model.ts';
import { apiGet, apiSend } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ErrorSummary, type FieldError } from '../../components/formulier/ErrorSummary.tsx';
import type { Invoer } from '../../components/formulier/invoer.ts';
import { Veld } from '../../components/formulier/TextField.tsx';
import { type DeelT, useDeelVertaling } from '../../i18n/deelVertaling.ts';

/**
 * "Mijn plan" in Mijn Kring: the plan the case team made with the resident, in plain words
 * (what they want, the steps, who does what and by when), and their answer: agree, or say
 * what they want differently. A chunk of its own, loaded after the rest of Mijn Kring, so the
 * page's first load stays within the residents' budget. Only what is already in Mijn Kring
 * is used (TanStack's query, the front door's form parts), no mutation library.
 */

const SLEUTEL = ['mijn', 'plan'] as const;

/**
 * A date in the reader's language. Written here rather than taken from mijn-kring/onderdelen:
 * every module this chunk imports is listed (with its hash) in Mijn Kring's own chunk for
 * preloading, and Mijn Kring is at its budget.
 */
function useDatum() {
  const { i18n } = useDeelVertaling<'mijnKring'>();
  const opmaak = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' });
  return (iso: string) => opmaak.format(new Date(iso));
}

function wieDoetHet(t: DeelT<'mijnKring'>, a: Actie): string {
  const naam = a.eigenaar.trim();
  switch (a.eigenaarSoort) {
    case 'zelf':
      return t('mijnKring.plan.wie.zelf');
    case 'netwerk':
      return naam ? t('mijnKring.plan.wie.netwerkNaam', { naam }) : t('mijnKring.plan.wie.netwerk');
    case 'vrijwilliger':
      return t('mijnKring.plan.wie.vrijwilliger');
    case 'voorziening':
      return naam
        ? t('mijnKring.plan.wie.voorzieningNaam', { naam })
        : t('mijnKring.plan.wie.voorziening');
    default:
      return naam
        ? t('mijnKring.plan.wie.professionalNaam', { naam })
        : t('mijnKring.plan.wie.professional');
  }
}

function Stap({ a }: { a: Actie }) {
  const { t } = useDeelVertaling<'mijnKring'>();
  const datum = useDatum();
  return (
    <li className="kring-mk-stap">
      <Paragraph className="kring-mk-stap__wat">{a.omschrijving}</Paragraph>
      <Paragraph>{wieDoetHet(t, a)}</Paragraph>
      {a.deadline ? (
        <Paragraph>
          {t('mijnKring.plan.wanneer', { datum: datum(`${a.deadline}T12:00:00Z`) })}
        </Paragraph>
      ) : null}
      <Paragraph>
        {t(`mijnKring.plan.status.${a.status}`)}
        {a.teLaat ? ` ${t('mijnKring.plan.teLaat')}` : ''}
      </Paragraph>
      {a.hulpvraagId ? <Paragraph>{t('mijnKring.plan.vrijwilligerGezocht')}</Paragraph> : null}
    </li>
  );
}

/**
 * Agree, or say what should be different (then a text is needed): two buttons under one text
 * field. No radio group: that would pull the shared group's parts into this chunk, and every
 * module it loads costs Mijn Kring's first load a line in its preload list.
 */
function Reactie({ onMelding }: { onMelding: (tekst: string) => void }) {
  const { t } = useDeelVertaling<'mijnKring'>();
  const client = useQueryClient();
  const [tekst, setTekst] = useState('');
  const [fouten, setFouten] = useState<FieldError[]>([]);
  const [poging, setPoging] = useState(0);
  const [bezig, setBezig] = useState(false);
  const fout = fouten.find((f) => f.field === 'mp-tekst')?.message;

  const verstuur = (akkoord: boolean) => {
    setPoging((n) => n + 1);
    const lijst: FieldError[] = [];
    if (!akkoord && !tekst.trim()) {
      lijst.push({ field: 'mp-tekst', message: t('mijnKring.plan.fout.tekst') });
    }
    if ([...tekst.trim()].length > 2000) {
      lijst.push({ field: 'mp-tekst', message: t('mijnKring.plan.fout.lang') });
    }
    setFouten(lijst);
    if (lijst.length > 0) return;
    setBezig(true);
    apiSend<{ plan: Plan | null }>('POST', '/mijn/plan/reacties', {
      akkoord,
      tekst: tekst.trim(),
    }).then(
      (antwoord) => {
        client.setQueryData(SLEUTEL, antwoord);
        setBezig(false);
        setTekst('');
        setPoging(0);
        onMelding(akkoord ? t('mijnKring.plan.eensGezegd') : t('mijnKring.plan.andersGezegd'));
      },
      () => {
        setBezig(false);
        setFouten([{ field: 'mp-eens', message: t('mijnKring.mislukt') }]);
      },
    );
  };

  return (
    <div className="kring-hv-form">
      <ErrorSummary errors={fouten} attempt={poging} id="mp-fouten" />
      <Paragraph>{t('mijnKring.plan.vraag')}</Paragraph>
      {/* Veld with a Textarea, as components/formulier/Tekstvak is: importing Tekstvak here
          would split it out of the chunk it shares with the radio groups (one more file on
          every form page, ≈0.2 kB gzip). */}
      <Veld
        id="mp-tekst"
        label={t('mijnKring.plan.watAnders')}
        description={t('mijnKring.plan.watAndersHint')}
        error={fout}
      >
        {(describedBy) => (
          <Textarea
            id="mp-tekst"
            name="mp-tekst"
            rows={3}
            value={tekst}
            invalid={!!fout}
            aria-describedby={describedBy}
            onChange={(e: Invoer) => setTekst(e.currentTarget.value)}
          />
        )}
      </Veld>
      <ButtonGroup>
        <Button
          id="mp-eens"
          appearance="primary-action-button"
          busy={bezig}
          disabled={bezig}
          onClick={() => verstuur(true)}
        >
          {t('mijnKring.plan.eens')}
        </Button>
        <Button
          appearance="secondary-action-button"
          busy={bezig}
          disabled={bezig}
          onClick={() => verstuur(false)}
        >
          {t('mijnKring.plan.anders')}
        </Button>
      </ButtonGroup>
    </div>
  );
}

/** The section; nothing at all when the resident has no plan. */
export function MijnPlan({ onMelding }: { onMelding: (tekst: string) => void }) {
  const { t } = useDeelVertaling<'mijnKring'>();
  const datum = useDatum();
  const plan = useQuery({
    queryKey: SLEUTEL,
    queryFn: ({ signal }) => apiGet<{ plan: Plan | null }>('/mijn/plan', signal),
    retry: false,
  });
  if (plan.isPending) return null;
  if (plan.isError) {
    return (
      <section aria-labelledby="mk-plan" id="plan">
        <Heading2 id="mk-plan">{t('mijnKring.plan.heading')}</Heading2>
        <ErrorAlert onRetry={() => void plan.refetch()} />
      </section>
    );
  }
  const p = plan.data.plan;
  if (!p) return null;
  const laatste = p.reacties.at(-1);
  return (
    <section aria-labelledby="mk-plan" id="plan">
      <Heading2 id="mk-plan">{t('mijnKring.plan.heading')}</Heading2>
      <Paragraph>
        {t('mijnKring.plan.intro', { door: p.gewijzigdDoor, datum: datum(p.gewijzigdOp) })}
      </Paragraph>
      <div className="kring-mk-kaart">
        <Heading3>{t('mijnKring.plan.doel')}</Heading3>
        <Paragraph className="kring-mk-stip">{p.hoofddoel}</Paragraph>
      </div>
      {p.doelen.length > 0 ? (
        <>
          <Paragraph>{t('mijnKring.plan.stappenIntro')}</Paragraph>
          {p.doelen.map((d) => (
            <article key={d.id} className="kring-mk-kaart" aria-labelledby={`mk-doel-${d.id}`}>
              <h3 id={`mk-doel-${d.id}`} className="utrecht-heading-3">
                {d.titel}
              </h3>
              {d.acties.length === 0 ? (
                <Paragraph>{t('mijnKring.plan.geenStappen')}</Paragraph>
              ) : (
                <ul className="kring-mk-stappen">
                  {d.acties.map((a) => (
                    <Stap key={a.id} a={a} />
                  ))}
                </ul>
              )}
            </article>
          ))}
        </>
      ) : null}
      <Heading3>{t('mijnKring.plan.reactieKop')}</Heading3>
      {laatste ? (
        <Paragraph>
          {t(laatste.akkoord ? 'mijnKring.plan.laatsteEens' : 'mijnKring.plan.laatsteAnders', {
            datum: datum(laatste.op),
          })}
        </Paragraph>
      ) : null}
      <Reactie onMelding={onMelding} />
    </section>
  );
}
