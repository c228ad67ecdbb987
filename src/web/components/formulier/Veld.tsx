import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/** The ids of a hint and an error that an input or a fieldset points at (aria-describedby). */
export function beschrijving(id: string, hint: unknown, fout: unknown): string | undefined {
  return (
    [hint ? `${id}-hint` : '', fout ? `${id}-fout` : ''].filter(Boolean).join(' ') || undefined
  );
}

/**
 * The shell of a labelled form field in the NL Design System / GOV.UK pattern: label,
 * optional hint, the error message above the input. `children` gets the ids the input must
 * point at with aria-describedby, so a screen reader reads hint and error on focus.
 */
export function Veld({
  id,
  label,
  description,
  error,
  className,
  children,
}: {
  /** The input's id; also the target of the error summary's link (`#id`). */
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  /** Another class beside `kring-field`, for a form's own spacing. */
  className?: string | undefined;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  return (
    <FormField invalid={!!error} className={className ? `kring-field ${className}` : 'kring-field'}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description ? (
        <FormFieldDescription id={`${id}-hint`} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      ) : null}
      {error ? (
        <FormFieldErrorMessage id={`${id}-fout`} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      ) : null}
      <div className="utrecht-form-field__input">
        {children(beschrijving(id, description, error))}
      </div>
    </FormField>
  );
}
