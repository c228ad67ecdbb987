import {
  Alert,
  Heading2,
  Link,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref, useLinkClickHandler } from 'react-router';

export interface FieldError {
  /** The id of the field; the link moves focus there. */
  field: string;
  message: string;
  /**
   * The page of a form with several pages where the field is (a step): the link opens it,
   * with `state` for the router (never personal data in the address).
   */
  naar?: string | undefined;
  state?: unknown;
}

function NaarLink({
  naar,
  state,
  children,
}: {
  naar: string;
  state: unknown;
  children: ReactNode;
}) {
  const href = useHref(naar);
  const onClick = useLinkClickHandler<HTMLAnchorElement>(naar, { state });
  return (
    <Link href={href} onClick={onClick}>
      {children}
    </Link>
  );
}

/**
 * The error summary at the top of a form (GOV.UK / NL Design System pattern): after a
 * failed submit it takes focus, so screen readers read it at once, and each error links to
 * its field, or to the step of the form where it is answered. `attempt` changes at every
 * submit, so the summary takes focus again. `id` is the heading's: unique when a page has
 * more than one form.
 */
export function ErrorSummary({
  errors,
  attempt,
  id = 'foutoverzicht-titel',
}: {
  errors: FieldError[];
  attempt: number;
  id?: string | undefined;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (attempt > 0 && errors.length > 0) ref.current?.focus();
  }, [attempt, errors.length]);
  if (errors.length === 0) return null;
  return (
    <section ref={ref} tabIndex={-1} className="kring-error-summary" aria-labelledby={id}>
      <Alert type="error">
        <Heading2 id={id}>{t('aanmelden.form.errorSummary')}</Heading2>
        <UnorderedList>
          {errors.map((e) => (
            <UnorderedListItem key={`${e.field}-${e.message}`}>
              {e.naar ? (
                <NaarLink naar={e.naar} state={e.state}>
                  {e.message}
                </NaarLink>
              ) : (
                <Link
                  href={`#${e.field}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(e.field)?.focus();
                  }}
                >
                  {e.message}
                </Link>
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </Alert>
    </section>
  );
}
