import './hulp-bieden.css';
import {
  Alert,
  ButtonLink,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Link,
  Paragraph,
  RadioButton,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type ChangeEvent, type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref, useLinkClickHandler } from 'react-router';
import { DAGDELEN, DAGEN, type Tijdvak } from '../../../shared/loket.ts';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import type { Fout } from './concept.ts';

/** The typed `t` of these pages: their own texts and the front door's shared words. */
export const useHbT = () => useDeelVertaling<'hulpBieden' | 'loket'>();

/** The words for an error code of the form, in the reader's language. */
export function useFoutTekst() {
  const { t } = useHbT();
  return (fout: Fout) => t(`hulpBieden.fout.${fout.code}`);
}

/** Hint and error ids an input or fieldset points at with aria-describedby. */
export function beschrijving(id: string, hint: unknown, fout: unknown): string | undefined {
  return (
    [hint ? `${id}-hint` : '', fout ? `${id}-fout` : ''].filter(Boolean).join(' ') || undefined
  );
}

function HintEnFout({ id, hint, fout }: { id: string; hint?: ReactNode; fout?: string }) {
  return (
    <>
      {hint ? (
        <FormFieldDescription id={`${id}-hint`} className="kring-hb-hint">
          {hint}
        </FormFieldDescription>
      ) : null}
      {fout ? (
        <FormFieldErrorMessage id={`${id}-fout`} className="kring-hb-foutmelding">
          {fout}
        </FormFieldErrorMessage>
      ) : null}
    </>
  );
}

export interface Optie<T extends string | number> {
  waarde: T;
  label: string;
  hint?: string;
}

/**
 * A group of checkboxes (several answers) or radio buttons (one answer) in a fieldset with a
 * legend, the GOV.UK way: the hint and the error under the legend, the first input carries
 * the group's id so the error summary's link lands on it. `legend` may hold the page's h1.
 */
export function KeuzeGroep<T extends string | number>({
  id,
  soort,
  legend,
  hint,
  fout,
  opties,
  gekozen,
  onChange,
}: {
  id: string;
  soort: 'checkbox' | 'radio';
  legend: ReactNode;
  hint?: ReactNode;
  fout?: string | undefined;
  opties: readonly Optie<T>[];
  gekozen: readonly T[];
  onChange: (gekozen: T[]) => void;
}) {
  const kies = (waarde: T) => {
    if (soort === 'radio') onChange([waarde]);
    else
      onChange(
        gekozen.includes(waarde) ? gekozen.filter((w) => w !== waarde) : [...gekozen, waarde],
      );
  };
  return (
    <Fieldset
      invalid={!!fout}
      aria-describedby={beschrijving(id, hint, fout)}
      className="kring-hb-groep"
    >
      <FieldsetLegend className="kring-hb-legend">{legend}</FieldsetLegend>
      <HintEnFout id={id} hint={hint} fout={fout} />
      {opties.map((optie, i) => {
        const inputId = i === 0 ? id : `${id}-${optie.waarde}`;
        const hintId = optie.hint ? `${inputId}-optiehint` : undefined;
        const Invoer = soort === 'radio' ? RadioButton : Checkbox;
        return (
          <FormField type={soort} key={optie.waarde} className="kring-hb-keuze">
            <div className="utrecht-form-field__input">
              <Invoer
                id={inputId}
                name={id}
                value={String(optie.waarde)}
                checked={gekozen.includes(optie.waarde)}
                invalid={!!fout}
                aria-describedby={hintId}
                onChange={() => kies(optie.waarde)}
              />
            </div>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor={inputId} type={soort}>
                {optie.label}
              </FormLabel>
            </div>
            {optie.hint ? (
              <FormFieldDescription id={hintId} className="utrecht-form-field__description">
                {optie.hint}
              </FormFieldDescription>
            ) : null}
          </FormField>
        );
      })}
    </Fieldset>
  );
}

/** A short text input (postcode, hours, year) with label, hint and inline error. */
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
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  fout?: string | undefined;
  waarde: string;
  onChange: (waarde: string) => void;
  breedte?: 'kort' | 'midden';
  inputMode?: 'numeric' | 'tel' | 'text';
  autoComplete?: string;
}) {
  return (
    <FormField invalid={!!fout} className="kring-field kring-hb-veld">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <HintEnFout id={id} hint={hint} fout={fout} />
      <div className="utrecht-form-field__input">
        <Textbox
          id={id}
          name={id}
          value={waarde}
          invalid={!!fout}
          inputMode={inputMode}
          autoComplete={autoComplete ?? 'off'}
          className={breedte ? `kring-hb-invoer--${breedte}` : undefined}
          aria-describedby={beschrijving(id, hint, fout)}
          onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.currentTarget.value)}
        />
      </div>
    </FormField>
  );
}

/**
 * The weekly availability grid: a table of checkboxes, a row per day and a column per part
 * of the day. Each checkbox has its own label ("maandag ochtend"), so a screen reader names
 * it without reading the headers; the label fills the cell, so the whole cell is a tap
 * target. Fits 320 px in Dutch; a narrow screen with longer words scrolls inside the frame
 * (the checkboxes in it can be reached by keyboard).
 */
export function Rooster({
  id,
  legend,
  hint,
  fout,
  gekozen,
  onChange,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  fout?: string | undefined;
  gekozen: readonly Tijdvak[];
  onChange: (gekozen: Tijdvak[]) => void;
}) {
  const { t } = useHbT();
  const wissel = (vak: Tijdvak) =>
    onChange(gekozen.includes(vak) ? gekozen.filter((v) => v !== vak) : [...gekozen, vak]);
  return (
    <Fieldset
      invalid={!!fout}
      aria-describedby={beschrijving(id, hint, fout)}
      className="kring-hb-groep"
    >
      <FieldsetLegend className="kring-hb-legend">{legend}</FieldsetLegend>
      <HintEnFout id={id} hint={hint} fout={fout} />
      <div className="kring-rooster-kader">
        <Table className="kring-rooster">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">
                <span className="kring-visually-hidden">{t('hulpBieden.rooster.dag')}</span>
              </TableHeaderCell>
              {DAGDELEN.map((deel) => (
                <TableHeaderCell scope="col" key={deel} className="kring-rooster__kolom">
                  {t(`loket.dagdeel.${deel}`)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {DAGEN.map((dag, rij) => (
              <TableRow key={dag}>
                <TableHeaderCell scope="row" className="kring-rooster__dag">
                  {/* On a narrow screen the short name shows ("ma"); screen readers always
                      get the full one, and each checkbox has its own full label anyway. */}
                  <span className="kring-rooster__lang">{t(`loket.dag.${dag}`)}</span>
                  <span className="kring-rooster__kort" aria-hidden="true">
                    {t(`loket.dagKort.${dag}`)}
                  </span>
                </TableHeaderCell>
                {DAGDELEN.map((deel, kolom) => {
                  const vak: Tijdvak = `${dag}-${deel}`;
                  const vakId = rij === 0 && kolom === 0 ? id : `${id}-${vak}`;
                  return (
                    <TableCell key={vak} className="kring-rooster__cel">
                      <label htmlFor={vakId} className="kring-rooster__label">
                        <Checkbox
                          id={vakId}
                          name={id}
                          value={vak}
                          checked={gekozen.includes(vak)}
                          invalid={!!fout}
                          onChange={() => wissel(vak)}
                        />
                        <span className="kring-visually-hidden">
                          {t('hulpBieden.rooster.cel', {
                            dag: t(`loket.dag.${dag}`),
                            dagdeel: t(`loket.dagdeel.${deel}`),
                          })}
                        </span>
                      </label>
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </Fieldset>
  );
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
    <Fieldset
      invalid={!!fout}
      aria-describedby={beschrijving(id, hint, fout)}
      className="kring-hb-groep"
    >
      <FieldsetLegend className="kring-hb-legend">{legend}</FieldsetLegend>
      <HintEnFout id={id} hint={hint} fout={fout} />
      <div className="kring-hb-datum">
        {delen.map((d) => (
          <FormField key={d.sleutel} className="kring-field kring-hb-datum__deel">
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor={d.id}>{d.label}</FormLabel>
            </div>
            <div className="utrecht-form-field__input">
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
            </div>
          </FormField>
        ))}
      </div>
    </Fieldset>
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

/** A link that looks like the primary button ("Beginnen"), navigating inside the app. */
export function KnopLink({ to, children }: { to: string; children: ReactNode }) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <ButtonLink href={href} onClick={navigate} appearance="primary-action-button">
      {children}
    </ButtonLink>
  );
}

export interface OverzichtFout {
  /** Where the link goes: another page (a step) or a field on this page (`#id`). */
  naar: { pagina: string; state?: unknown } | { veld: string };
  tekst: string;
}

/**
 * The error summary of the check page: like components/formulier/ErrorSummary (takes focus
 * at every attempt), but a link can also open the step where the answer is given.
 */
export function Foutoverzicht({ fouten, poging }: { fouten: OverzichtFout[]; poging: number }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (poging > 0 && fouten.length > 0) ref.current?.focus();
  }, [poging, fouten.length]);
  if (fouten.length === 0) return null;
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className="kring-error-summary"
      aria-labelledby="foutoverzicht-titel"
    >
      <Alert type="error">
        <Heading2 id="foutoverzicht-titel">{t('aanmelden.form.errorSummary')}</Heading2>
        <UnorderedList>
          {fouten.map((f) => (
            <UnorderedListItem key={f.tekst}>
              {'pagina' in f.naar ? (
                <StapLink to={f.naar.pagina} state={f.naar.state}>
                  {f.tekst}
                </StapLink>
              ) : (
                <Link
                  href={`#${f.naar.veld}`}
                  onClick={(event) => {
                    event.preventDefault();
                    if ('veld' in f.naar) document.getElementById(f.naar.veld)?.focus();
                  }}
                >
                  {f.tekst}
                </Link>
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </Alert>
    </section>
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

/** A longer text (about yourself, intake notes) with label, hint and inline error. */
export function Tekstvak({
  id,
  label,
  hint,
  fout,
  waarde,
  onChange,
  rijen = 5,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  fout?: string | undefined;
  waarde: string;
  onChange: (waarde: string) => void;
  rijen?: number;
}) {
  return (
    <FormField invalid={!!fout} className="kring-field kring-hb-veld">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <HintEnFout id={id} hint={hint} fout={fout} />
      <div className="utrecht-form-field__input">
        <Textarea
          id={id}
          name={id}
          value={waarde}
          rows={rijen}
          invalid={!!fout}
          aria-describedby={beschrijving(id, hint, fout)}
          onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onChange(e.currentTarget.value)}
        />
      </div>
    </FormField>
  );
}
