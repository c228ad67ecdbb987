import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import type { FieldError } from './ErrorSummary.tsx';

/**
 * Form state for the error pattern: field errors (client checks and the server's
 * `invalidParams`), a counter of submit attempts for the summary's focus, and busy.
 * Server reasons are mapped to translated texts by field; the server's own words are not
 * shown, so the page stays in the user's language.
 */
export function useFormulier() {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  async function submit(
    check: () => FieldError[],
    work: () => Promise<void>,
    fromServer: (error: unknown) => FieldError[],
  ): Promise<void> {
    setAttempt((n) => n + 1);
    const local = check();
    setErrors(local);
    if (local.length > 0) return;
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setErrors(fromServer(error));
    } finally {
      setBusy(false);
    }
  }

  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return { errors, attempt, busy, submit, errorFor };
}

/** True when the server's problem names this body field (`body.<name>`). */
export function gaatOver(error: unknown, name: string): boolean {
  return (
    error instanceof ApiError &&
    (error.problem?.invalidParams?.some((p) => p.name === `body.${name}`) ?? false)
  );
}

/** The HTTP status of a failed request, or 0 for a network failure. */
export function statusVan(error: unknown): number {
  return error instanceof ApiError ? error.status : 0;
}
