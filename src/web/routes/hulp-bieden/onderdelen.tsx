import './hulp-bieden.css';
import { Alert, Link, Paragraph, Textbox } from '@utrecht/component-library-react';
import type { ChangeEvent, ReactNode } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';
import { Groep } from '../../components/formulier/KeuzeGroep.tsx';
import {
  Tekstvak as GedeeldTekstvak,
  type TekstvakProps,
} from '../../components/formulier/Tekstvak.tsx';
import { Veld } from '../../components/formulier/TextField.tsx';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import type { Fout } from './concept.ts';

// The form parts these pages share with other forms (the coordinator's pages import them
// from here too).
export { KeuzeGroep, type Optie } from '../../components/formulier/KeuzeGroep.tsx';

/** The typed `t` of these pages: their own texts and the front door's shared words. */
export const useHbT = () => useDeelVertaling<'hulpBieden' | 'loket'>();

/** The words for an error code of the form, in the reader's language. */
export function useFoutTekst() {
  const { t } = useHbT();
  return (fout: Fout) => t(`hulpBieden.fout.${fout.code}`);
}

/** A short text input (postcode, hours, year) with label, hint and inline error (see Veld). */
export function Invoerveld({
  id,
  label,
  hint,
  fout,
  waarde,
  onChange,
  breedte,
  inputMode,
  autoComplete,
}: Omit<TekstvakProps, 'rijen' | 'className'> & {
  breedte?: 'kort' | 'midden';
  inputMode?: 'numeric' | 'tel' | 'text';
  autoComplete?: string;
}) {
  return (
    <Veld id={id} label={label} description={hint} error={fout} className="kring-hb-veld">
      {(describedBy) => (
        <Textbox
          id={id}
          name={id}
          value={waarde}
          invalid={!!fout}
          inputMode={inputMode}
          autoComplete={autoComplete ?? 'off'}
          className={breedte ? `kring-hb-invoer--${breedte}` : undefined}
          aria-describedby={describedBy}
          onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.currentTarget.value)}
        />
      )}
    </Veld>
  );
}

/** A longer text (about yourself, intake notes) with the spacing of these forms. */
export function Tekstvak(props: TekstvakProps) {
  return <GedeeldTekstvak className="kring-hb-veld" {...props} />;
}

/** A date the GOV.UK way for a date one knows (on a paper): day, month, year. */
export function DatumVeld({
  id,
  legend,
  hint,
  fout,
  dag,
  maand,
  jaar,
  onChange,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  fout?: string | undefined;
  dag: string;
  maand: string;
  jaar: string;
  onChange: (deel: { dag?: string; maand?: string; jaar?: string }) => void;
}) {
  const { t } = useHbT();
  const basis = id.replace(/-dag$/, '');
  const delen = [
    { sleutel: 'dag', id, waarde: dag, label: t('hulpBieden.datum.dag'), breedte: 'kort' },
    {
      sleutel: 'maand',
      id: `${basis}-maand`,
      waarde: maand,
      label: t('hulpBieden.datum.maand'),
      breedte: 'kort',
    },
    {
      sleutel: 'jaar',
      id: `${basis}-jaar`,
      waarde: jaar,
      label: t('hulpBieden.datum.jaar'),
      breedte: 'midden',
    },
  ] as const;
  return (
    <Groep id={id} legend={legend} hint={hint} fout={fout}>
      <div className="kring-hb-datum">
        {delen.map((d) => (
          <Veld key={d.sleutel} id={d.id} label={d.label} className="kring-hb-datum__deel">
            {() => (
              <Textbox
                id={d.id}
                name={d.id}
                value={d.waarde}
                invalid={!!fout}
                inputMode="numeric"
                autoComplete="off"
                className={`kring-hb-invoer--${d.breedte}`}
                onChange={(e: ChangeEvent<HTMLInputElement>) =>
                  onChange({ [d.sleutel]: e.currentTarget.value })
                }
              />
            )}
          </Veld>
        ))}
      </div>
    </Groep>
  );
}

/** A link inside the app that carries router state (e.g. "came from the check page"). */
export function StapLink({
  to,
  state,
  children,
  className,
}: {
  to: string;
  state?: unknown;
  children: ReactNode;
  className?: string;
}) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to, { state });
  return (
    <Link href={href} onClick={navigate} className={className}>
      {children}
    </Link>
  );
}

/** A plain warning paragraph in an alert (not logged in, not found). */
export function Melding({ children }: { children: ReactNode }) {
  return (
    <Alert type="warning">
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}
