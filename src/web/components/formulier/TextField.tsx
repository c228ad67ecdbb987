import { Textbox } from '@utrecht/component-library-react';
import type { ChangeEvent, HTMLAttributes } from 'react';
import { Veld } from './Veld.tsx';

/*
 * Lazy pages import Veld from here, not from Veld.tsx: then Veld and TextField are reached
 * from the same pages and stay one chunk of the first load. A lazy page that imports only
 * Veld.tsx splits Veld into a chunk of its own (one more file for every page, ≈0.4 kB gzip).
 */
export { beschrijving, Veld } from './Veld.tsx';

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

/** A labelled text field (see Veld for the pattern). */
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
  return (
    <Veld id={id} label={label} description={description} error={error}>
      {(describedBy) => (
        <Textbox
          id={id}
          name={id}
          type={type}
          value={value}
          invalid={!!error}
          autoComplete={autoComplete}
          inputMode={inputMode}
          spellCheck={spellCheck}
          aria-describedby={describedBy}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        />
      )}
    </Veld>
  );
}
