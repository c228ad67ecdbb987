import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

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
  children,
}: {
  /** The input's id; also the target of the error summary's link (`#id`). */
  id: string;
  label: string;
  description?: string | undefined;
  error?: string | undefined;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const describedBy = [description ? `${id}-hint` : '', error ? `${id}-fout` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <FormField invalid={!!error} className="kring-field">
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
      <div className="utrecht-form-field__input">{children(describedBy || undefined)}</div>
    </FormField>
  );
}
