import { Alert, Paragraph } from '@utrecht/component-library-react';
import { ApiError } from '../../api/client.ts';
import type { FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { type DeelT, useDeelVertaling } from '../../i18n/deelVertaling.ts';

export const BASIS = '/mijn-kring/zorgkring';

export const useZkT = () => useDeelVertaling<'zorgkring'>();
export type ZkT = DeelT<'zorgkring'>;

/**
 * The server's field errors (`body.<naam>`) as this page's fields and translated texts;
 * any other failure: one general message on the first field.
 */
export function serverFouten(
  error: unknown,
  velden: Record<string, { id: string; tekst: string }>,
  algemeen: { id: string; tekst: string },
): FieldError[] {
  const params = error instanceof ApiError ? (error.problem?.invalidParams ?? []) : [];
  const fouten = params
    .map((p) => velden[p.name.replace(/^body\./, '')])
    .filter((v): v is { id: string; tekst: string } => !!v)
    .map((v) => ({ field: v.id, message: v.tekst }));
  return fouten.length > 0 ? fouten : [{ field: algemeen.id, message: algemeen.tekst }];
}

/** A short confirmation after an action, read out by screen readers. */
export function Melding({ tekst }: { tekst: string | null }) {
  return (
    <div role="status" aria-live="polite">
      {tekst ? (
        <Alert type="ok">
          <Paragraph>{tekst}</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}
