import {
  Alert,
  Heading2,
  Link,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldError {
  /** The id of the field; the link moves focus there. */
  field: string;
  message: string;
}

/**
 * The error summary at the top of a form (GOV.UK / NL Design System pattern): after a
 * failed submit it takes focus, so screen readers read it at once, and each error links to
 * its field. `attempt` changes at every submit, so the summary takes focus again.
 */
export function ErrorSummary({ errors, attempt }: { errors: FieldError[]; attempt: number }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (attempt > 0 && errors.length > 0) ref.current?.focus();
  }, [attempt, errors.length]);
  if (errors.length === 0) return null;
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
          {errors.map((e) => (
            <UnorderedListItem key={`${e.field}-${e.message}`}>
              <Link
                href={`#${e.field}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(e.field)?.focus();
                }}
              >
                {e.message}
              </Link>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </Alert>
    </section>
  );
}
