import { Textarea } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { Invoer } from './invoer.ts';
import { Veld } from './TextField.tsx';

export interface TekstvakProps {
  /** Also the target of the error summary's link (`#id`). */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  fout?: string | undefined;
  waarde: string;
  onChange: (waarde: string) => void;
  rijen?: number;
  /** Another class for the field, beside `kring-field` (see Veld). */
  className?: string | undefined;
}

/** A labelled multi-line text field (a story, intake notes, a message): see Veld. */
export function Tekstvak({
  id,
  label,
  hint,
  fout,
  waarde,
  onChange,
  rijen = 5,
  className,
}: TekstvakProps) {
  return (
    <Veld id={id} label={label} description={hint} error={fout} className={className}>
      {(describedBy) => (
        <Textarea
          id={id}
          name={id}
          rows={rijen}
          value={waarde}
          invalid={!!fout}
          aria-describedby={describedBy}
          onChange={(e: Invoer) => onChange(e.currentTarget.value)}
        />
      )}
    </Veld>
  );
}
