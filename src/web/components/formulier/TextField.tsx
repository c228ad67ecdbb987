import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Textbox,
} from '@utrecht/component-library-react';
import type { ChangeEvent, HTMLAttributes } from 'react';

export interface TextFieldProps {
  /** Also the target of the error summary's link (`#id`). */
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: string;
  error?: string;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  spellCheck?: boolean;
}

/**
 * A labelled text field in the NL Design System / GOV.UK pattern: label, optional hint,
 * the error message above the input, and the input pointing at both with
 * aria-describedby so a screen reader reads them when the field gets focus.
 */
export function TextField({
  id,
  label,
  value,
  onChange,
  description,
  error,
  type = 'text',
  autoComplete,
  inputMode,
  spellCheck,
}: TextFieldProps) {
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
      <div className="utrecht-form-field__input">
        <Textbox
          id={id}
          name={id}
          type={type}
          value={value}
          invalid={!!error}
          autoComplete={autoComplete}
          inputMode={inputMode}
          spellCheck={spellCheck}
          aria-describedby={describedBy || undefined}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        />
      </div>
    </FormField>
  );
}
