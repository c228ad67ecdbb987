import './keuzegroep.css';
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { PageHeading } from '../PageHeading.tsx';
import { beschrijving } from './TextField.tsx';

export interface Optie<T extends string | number> {
  waarde: T;
  label: string;
  hint?: string | undefined;
}

export interface GroepProps {
  /** The group's id: its hint is `<id>-hint`, its error `<id>-fout`. */
  id: string;
  legend: ReactNode;
  /**
   * The page asks only this: the legend holds the page's h1 (the GOV.UK pattern: the
   * question is said once, as heading and as the group's name).
   */
  alsKop?: boolean;
  hint?: ReactNode;
  fout?: string | undefined;
}

/**
 * A fieldset with a legend (WCAG 1.3.1) for answers that belong together, with the hint and
 * the error under the legend; the fieldset points at both with aria-describedby.
 */
export function Groep({
  id,
  legend,
  alsKop = false,
  hint,
  fout,
  children,
}: GroepProps & { children: ReactNode }) {
  return (
    <Fieldset
      invalid={!!fout}
      aria-describedby={beschrijving(id, hint, fout)}
      className="kring-groep"
    >
      <FieldsetLegend
        className={alsKop ? 'kring-groep__legend kring-groep__legend--kop' : 'kring-groep__legend'}
      >
        {alsKop ? <PageHeading>{legend}</PageHeading> : legend}
      </FieldsetLegend>
      {hint ? (
        <FormFieldDescription id={`${id}-hint`} className="kring-groep__hint">
          {hint}
        </FormFieldDescription>
      ) : null}
      {fout ? (
        <FormFieldErrorMessage id={`${id}-fout`} className="kring-groep__fout">
          {fout}
        </FormFieldErrorMessage>
      ) : null}
      {children}
    </Fieldset>
  );
}

export interface KeuzesProps<T extends string | number> {
  id: string;
  /** Checkboxes (several answers) or radio buttons (one answer). */
  soort: 'checkbox' | 'radio';
  opties: readonly Optie<T>[];
  gekozen: readonly T[];
  /** The choice in the order of the options, whatever order they were ticked in. */
  onChange: (gekozen: T[]) => void;
  fout?: string | undefined;
}

/**
 * The options of a group. The first input carries the group's id, so the error summary's
 * link lands on it; an option's hint is read with its input (`<input id>-uitleg`).
 */
export function Keuzes<T extends string | number>({
  id,
  soort,
  opties,
  gekozen,
  onChange,
  fout,
}: KeuzesProps<T>) {
  const kies = (waarde: T) => {
    if (soort === 'radio') onChange([waarde]);
    else if (gekozen.includes(waarde)) onChange(gekozen.filter((w) => w !== waarde));
    else onChange(opties.map((o) => o.waarde).filter((w) => w === waarde || gekozen.includes(w)));
  };
  const Invoer = soort === 'radio' ? RadioButton : Checkbox;
  return opties.map((optie, i) => {
    const inputId = i === 0 ? id : `${id}-${optie.waarde}`;
    const hintId = optie.hint ? `${inputId}-uitleg` : undefined;
    return (
      <FormField type={soort} key={optie.waarde} className="kring-keuze">
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
  });
}

/** A group of checkboxes or radio buttons: Groep with its Keuzes. */
export function KeuzeGroep<T extends string | number>({
  id,
  soort,
  legend,
  alsKop,
  hint,
  fout,
  opties,
  gekozen,
  onChange,
}: GroepProps & KeuzesProps<T>) {
  return (
    <Groep id={id} legend={legend} alsKop={alsKop} hint={hint} fout={fout}>
      <Keuzes
        id={id}
        soort={soort}
        opties={opties}
        gekozen={gekozen}
        onChange={onChange}
        fout={fout}
      />
    </Groep>
  );
}

// Not used here: the re-export keeps Tekstvak in this module's chunk. The forms that have a
// group almost all have a text area too, and one chunk less costs their pages ≈0.2 kB gzip
// less (the residents' 150 kB budget).
export { Tekstvak } from './Tekstvak.tsx';
