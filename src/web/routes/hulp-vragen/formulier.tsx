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
  RadioButton,
  Textarea,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type MouseEvent, type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref, useLinkClickHandler } from 'react-router';
import type { Invoer } from '../../components/formulier/invoer.ts';
import { PageHeading } from '../../components/PageHeading.tsx';

/** The ids a group's hint and error get, for the fieldset's aria-describedby. */
const beschrijving = (id: string, hint?: string, fout?: string) =>
  [hint ? `${id}-hint` : '', fout ? `${id}-fout` : ''].filter(Boolean).join(' ') || undefined;

/**
 * Radio buttons or checkboxes in a fieldset with a legend (WCAG 1.3.1), hint and error
 * under the legend. `alsKop`: the page asks only this, so the legend holds the page's h1
 * (the GOV.UK pattern: the question is said once, as heading and as the group's name).
 */
export function Groep({
  id,
  legenda,
  alsKop = false,
  hint,
  fout,
  children,
}: {
  id: string;
  legenda: string;
  alsKop?: boolean;
  hint?: string | undefined;
  fout?: string | undefined;
  children: ReactNode;
}) {
  return (
    <Fieldset
      invalid={!!fout}
      aria-describedby={beschrijving(id, hint, fout)}
      className="kring-hv-groep"
    >
      <FieldsetLegend className={alsKop ? 'kring-hv-legenda--kop' : 'kring-hv-legenda'}>
        {alsKop ? <PageHeading>{legenda}</PageHeading> : legenda}
      </FieldsetLegend>
      {hint ? (
        <FormFieldDescription id={`${id}-hint`} className="kring-hv-hint">
          {hint}
        </FormFieldDescription>
      ) : null}
      {fout ? <FormFieldErrorMessage id={`${id}-fout`}>{fout}</FormFieldErrorMessage> : null}
      {children}
    </Fieldset>
  );
}

export interface Optie<T extends string> {
  waarde: T;
  label: string;
  hint?: string | undefined;
}

/** The first option carries the group's id: the error summary's link lands there. */
const optieId = (id: string, waarde: string, index: number) =>
  index === 0 ? id : `${id}-${waarde}`;

export function Keuzes<T extends string>({
  id,
  opties,
  waarde,
  onChange,
  fout,
}: {
  id: string;
  opties: readonly Optie<T>[];
  waarde: T | undefined;
  onChange: (waarde: T) => void;
  fout?: string | undefined;
}) {
  return opties.map((optie, i) => {
    const optieVeld = optieId(id, optie.waarde, i);
    return (
      <FormField type="radio" key={optie.waarde} className="kring-hv-optie">
        <RadioButton
          id={optieVeld}
          name={id}
          value={optie.waarde}
          checked={waarde === optie.waarde}
          invalid={!!fout}
          aria-describedby={optie.hint ? `${optieVeld}-uitleg` : undefined}
          onChange={() => onChange(optie.waarde)}
        />
        <FormLabel htmlFor={optieVeld} type="radio">
          {optie.label}
        </FormLabel>
        {optie.hint ? (
          <FormFieldDescription id={`${optieVeld}-uitleg`} className="kring-hv-optie-hint">
            {optie.hint}
          </FormFieldDescription>
        ) : null}
      </FormField>
    );
  });
}

export function Vinkjes<T extends string>({
  id,
  opties,
  waarden,
  onChange,
  fout,
}: {
  id: string;
  opties: readonly Optie<T>[];
  waarden: readonly T[];
  onChange: (waarden: T[]) => void;
  fout?: string | undefined;
}) {
  return opties.map((optie, i) => {
    const optieVeld = optieId(id, optie.waarde, i);
    const aan = waarden.includes(optie.waarde);
    return (
      <FormField type="checkbox" key={optie.waarde} className="kring-hv-optie">
        <Checkbox
          id={optieVeld}
          name={id}
          value={optie.waarde}
          checked={aan}
          invalid={!!fout}
          onChange={() =>
            onChange(
              aan
                ? waarden.filter((w) => w !== optie.waarde)
                : opties
                    .map((o) => o.waarde)
                    .filter((w) => w === optie.waarde || waarden.includes(w)),
            )
          }
        />
        <FormLabel htmlFor={optieVeld} type="checkbox">
          {optie.label}
        </FormLabel>
      </FormField>
    );
  });
}

/**
 * A labelled multi-line text field, the same pattern as components/formulier/Veld (label,
 * hint, error above the input, aria-describedby). Written out here: importing Veld from a
 * lazy page would split it out of the first load's TextField chunk (one more request).
 */
export function TekstVak({
  id,
  label,
  hint,
  fout,
  waarde,
  onChange,
  rijen = 5,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  fout?: string | undefined;
  waarde: string;
  onChange: (waarde: string) => void;
  rijen?: number;
}) {
  return (
    <FormField invalid={!!fout} className="kring-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {hint ? (
        <FormFieldDescription id={`${id}-hint`} className="utrecht-form-field__description">
          {hint}
        </FormFieldDescription>
      ) : null}
      {fout ? (
        <FormFieldErrorMessage id={`${id}-fout`} className="utrecht-form-field__error-message">
          {fout}
        </FormFieldErrorMessage>
      ) : null}
      <div className="utrecht-form-field__input">
        <Textarea
          id={id}
          name={id}
          rows={rijen}
          value={waarde}
          invalid={!!fout}
          aria-describedby={beschrijving(id, hint, fout)}
          className="kring-hv-tekstvak"
          onChange={(e: Invoer) => onChange(e.currentTarget.value)}
        />
      </div>
    </FormField>
  );
}

export interface Melding {
  /** The input's id, on this page or on the step named by `naar`. */
  veld: string;
  tekst: string;
  /** Another page of the form where the field is (the link goes there). */
  naar?: string | undefined;
}

function NaarLink({ naar, children }: { naar: string; children: ReactNode }) {
  const href = useHref(naar);
  const onClick = useLinkClickHandler<HTMLAnchorElement>(naar);
  return (
    <Link href={href} onClick={onClick}>
      {children}
    </Link>
  );
}

/**
 * The error summary (like components/formulier/ErrorSummary) whose links may also lead to
 * another step: the server's answer on sending names fields of every step at once.
 */
export function Foutoverzicht({
  meldingen,
  poging,
  id = 'foutoverzicht-titel',
}: {
  meldingen: Melding[];
  poging: number;
  /** The heading's id: unique when a page has more than one form. */
  id?: string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (poging > 0 && meldingen.length > 0) ref.current?.focus();
  }, [poging, meldingen.length]);
  if (meldingen.length === 0) return null;
  return (
    <section ref={ref} tabIndex={-1} className="kring-error-summary" aria-labelledby={id}>
      <Alert type="error">
        <Heading2 id={id}>{t('aanmelden.form.errorSummary')}</Heading2>
        <UnorderedList>
          {meldingen.map((m) => (
            <UnorderedListItem key={`${m.veld}-${m.tekst}`}>
              {m.naar ? (
                <NaarLink naar={m.naar}>{m.tekst}</NaarLink>
              ) : (
                <Link
                  href={`#${m.veld}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(m.veld)?.focus();
                  }}
                >
                  {m.tekst}
                </Link>
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </Alert>
    </section>
  );
}

/** A link that looks like a button (a start button, "Ga verder"), navigating in the app. */
export function KnopLink({
  naar,
  children,
  secundair = false,
  onClick,
  staat,
}: {
  naar: string;
  children: ReactNode;
  secundair?: boolean;
  onClick?: () => void;
  /** The router's state for the next page (never personal data in the address). */
  staat?: unknown;
}) {
  const href = useHref(naar);
  const navigeer = useLinkClickHandler<HTMLAnchorElement>(naar, { state: staat });
  return (
    <ButtonLink
      href={href}
      appearance={secundair ? 'secondary-action-button' : 'primary-action-button'}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        onClick?.();
        navigeer(event);
      }}
    >
      {children}
    </ButtonLink>
  );
}

/** A few grey lines while part of a page loads (no spinner); screen readers hear the text. */
export function DeelSkeleton() {
  const { t } = useTranslation();
  return (
    <div aria-busy="true">
      <p role="status" className="kring-visually-hidden">
        {t('status.loading')}
      </p>
      <div aria-hidden="true">
        <div className="kring-skeleton__line" />
        <div className="kring-skeleton__line kring-skeleton__line--short" />
      </div>
    </div>
  );
}
